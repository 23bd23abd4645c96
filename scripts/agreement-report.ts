/**
 * Sums the agreement suite's per-table records (one JSON line per table, written where AGREEMENT_REPORT points)
 * into one line per database: the tables covered, the generated cases, and the tables whose CHECKs are hand-written.
 * Usage: tsx scripts/agreement-report.ts <file> <label>
 */
import { readFileSync } from 'node:fs';

interface Record {
  database: string;
  table: string;
  validRows: number;
  violations: number;
  constraints: string[];
  handWritten: string[];
}

const [file, label = ''] = process.argv.slice(2);
const records = readFileSync(file!, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as Record);

const byDatabase = new Map<string, Record[]>();
for (const record of records) byDatabase.set(record.database, [...(byDatabase.get(record.database) ?? []), record]);
for (const [database, tables] of byDatabase) {
  const valid = tables.reduce((sum, table) => sum + table.validRows, 0);
  const broken = tables.reduce((sum, table) => sum + table.violations, 0);
  const fewest = Math.min(...tables.map((table) => table.validRows));
  console.log(
    `${label}agreement ${database}: ${tables.length} tables, ${valid + broken} generated cases ` +
      `(${valid} valid rows, at least ${fewest} per table; ${broken} constraints broken, each refused by Zod and the database)`,
  );
  const handWritten = tables.filter((table) => table.handWritten.length);
  if (handWritten.length) {
    console.log(`${label}agreement ${database}: hand-written CHECK twins in ${handWritten.map((table) => `${table.table} (${table.handWritten.join(', ')})`).join('; ')}`);
  }
}
