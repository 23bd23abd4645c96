/**
 * `pnpm db:seed [database] --scale N [--seed S]`: N realistic rows in every table of the database (after its
 * sample seed), varied from the fixtures the tests use; see core's `seedDemoData`. DATABASE_URL when set, else the
 * embedded .data/<database>.
 */
import { parseArgs } from 'node:util';
import { seedDemoData } from '@db/core';
import { databases } from './databases.ts';

const {
  positionals: [name = 'equine'],
  values: options,
} = parseArgs({ allowPositionals: true, options: { scale: { type: 'string' }, seed: { type: 'string' } } });
const scale = Number(options.scale);
if (!Number.isInteger(scale) || scale < 1) throw new Error('--scale takes a whole number of rows per table, e.g. --scale 10');
const entry = databases[name];
if (!entry) throw new Error(`no database ${name}: ${Object.keys(databases).join(', ')}`);

const sets = await entry.fixtureSets();
const started = performance.now();
const connection = await entry.exports.createConfiguredDb();
try {
  const report = await seedDemoData(connection.db, {
    catalog: Object.assign({}, ...sets.map((set) => set.catalog)),
    fixtures: Object.assign({}, ...sets.map((set) => set.fixtures)),
    scale,
    ...(options.seed && { seed: Number(options.seed) }),
    onTable: progress,
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${name}: ${report.rows} rows added across ${report.tables} tables (scale ${scale}) in ${seconds} s`);
  for (const short of report.short) console.log(`  ${short.table}: ${short.rows} rows (${short.why})`);
} finally {
  await connection.close();
}

/** One line redrawn on a terminal; a line per tenth elsewhere (CI logs). */
function progress(done: number, total: number, table: string) {
  const width = 30;
  const filled = Math.round((done / total) * width);
  const line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${table}`;
  if (process.stdout.isTTY) process.stdout.write(`\r${line.padEnd(process.stdout.columns - 1)}${done === total ? '\n' : ''}`);
  else if (done === total || done % Math.ceil(total / 10) === 0) console.log(line);
}
