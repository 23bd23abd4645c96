/**
 * `pnpm db:seed`: one sample row in every equine table (the fixtures the tests use), in foreign-key order and in
 * one transaction, so Drizzle Studio has something to show. Skips a database that already holds users.
 */
import { queryRows } from '@db/core';
import { insertFixtures, withAncestors } from '@db/core/testing';
import { configuredTarget, createConfiguredDb, equineCatalog } from '../src/index.ts';
import { fixtures } from '../test/catalog.ts';

const catalog = equineCatalog;
const everyTable = [...new Set(Object.values(catalog).flatMap((entry) => withAncestors(entry.table)))];

const connection = await createConfiguredDb();
try {
  const [users] = await queryRows<{ n: number }>(connection.db, 'select count(*)::int as n from user_profiles');
  if (users!.n > 0) {
    console.log(`${configuredTarget()} already holds data: not seeded`);
  } else {
    await connection.db.transaction((tx) =>
      insertFixtures(tx as never, everyTable, fixtures, (name) => catalog[name]!.insert),
    );
    console.log(`seeded ${configuredTarget()}: one row in each of ${everyTable.length} tables`);
  }
} finally {
  await connection.close();
}
