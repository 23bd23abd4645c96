/**
 * Per-test isolation cost on PGlite with the equine schema as it stands (run by `pnpm bench:scale` inside each
 * scratch copy, or alone): what the harness does around every test (begin, a write, roll back) against the
 * TRUNCATE of every table it replaced. Prints medians; asserts nothing.
 */
import { getTableName } from 'drizzle-orm';
import { queryRows } from '../packages/core/src/database.ts';
import { beginRollbackTransaction } from '../packages/core/src/testing/isolation.ts';
import { createDb, migrate, userProfiles } from '../packages/equine/src/index.ts';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function timed(runs: number, work: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return median(times);
}

const connection = await createDb();
try {
  await migrate(connection);
  const { db } = connection;
  const tables = await queryRows<{ name: string }>(db, `select format('%I', tablename) as name from pg_tables where schemaname = 'public'`);
  const user = { authSubject: 'bench|isolation', email: 'bench@example.org', displayName: 'Bench' };

  const isolate = (work: (tx: typeof db) => Promise<unknown>) => async () => {
    const test = await beginRollbackTransaction(db);
    await work(test.tx);
    await test.rollback();
  };
  const empty = await timed(50, isolate(async () => {}));
  const writing = await timed(50, isolate((tx) => tx.insert(userProfiles).values(user)));
  const truncate = await timed(5, () => queryRows(db, `truncate ${tables.map((t) => t.name).join(', ')} restart identity cascade`));

  console.log(`isolation on PGlite, ${tables.length} tables:`);
  console.log(`  begin + roll back, per test: ${empty.toFixed(2)} ms (${writing.toFixed(2)} ms with one ${getTableName(userProfiles)} insert)`);
  console.log(`  TRUNCATE of every table, as before: ${truncate.toFixed(1)} ms per test`);
} finally {
  await connection.close();
}
