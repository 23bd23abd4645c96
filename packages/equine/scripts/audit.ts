/**
 * `pnpm db:audit`: runs the schema audit against the equine database (.data/equine, or DATABASE_URL) and exits 1
 * on any finding. Read-only.
 */
import { auditDatabase, handWrittenChecks } from '@db/core/audit';
import { isTable } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { configuredTarget, createConfiguredDb, equineDatabaseObjects, EXPECTED_TABLES, migrationsFolder, schema } from '../src/index.ts';

const connection = await createConfiguredDb();
try {
  const findings = await auditDatabase(connection.db, {
    expectedTables: EXPECTED_TABLES,
    migrationsFolder,
    schema,
    databaseObjects: equineDatabaseObjects,
  });
  for (const finding of findings) console.log(`${finding.rule.padEnd(18)} ${finding.object}: ${finding.message}`);
  console.log(`audit of ${configuredTarget()}: ${EXPECTED_TABLES.length} tables expected, ${findings.length} findings`);
  const tables = Object.values(schema as Record<string, unknown>).filter((value): value is PgTable => isTable(value));
  const handWritten = handWrittenChecks(tables);
  console.log(`CHECKs with a hand-written Zod twin (no rule helper covers them): ${handWritten.length} of ${tables.length} tables`);
  for (const { table, checks } of handWritten) console.log(`  ${table}: ${checks.join(', ')}`);
  process.exitCode = findings.length ? 1 : 0;
} finally {
  await connection.close();
}
