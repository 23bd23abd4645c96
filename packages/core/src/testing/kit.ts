import { count, eq, getTableName, type AnyRelations } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../database.ts';
import { primaryKeyOf, type TableSchemaCatalog } from '../validation.ts';
import { insertFixtures, insertParsed, refsOf, withAncestors, type Fixtures, type Row } from './fixtures.ts';

/**
 * Row helpers over a test file's database, for the tables of `catalog` (by SQL name) with their `fixtures`.
 * `database.db` is read at call time: it exists from beforeAll on.
 */
export function fixtureKit(database: { readonly db: Database<AnyRelations> }, catalog: TableSchemaCatalog, fixtures: Fixtures) {
  const entry = (name: string) => {
    const found = catalog[name];
    if (!found) throw new Error(`no table ${name} in this test's catalog`);
    return found;
  };
  const insertSchemaOf = (name: string) => entry(name).insert;

  /** Parses `row` with the table's insert schema and inserts it. */
  const insert = (table: PgTable, row: Record<string, unknown>) =>
    insertParsed(database.db, table, insertSchemaOf(getTableName(table)), row);

  /** One fixture row in each of `tables` and in every table they point at, parents first. */
  async function seed(...tables: PgTable[]) {
    const rows = await insertFixtures(database.db, [...new Set(tables.flatMap(withAncestors))], fixtures, insertSchemaOf);
    return { rows, ref: refsOf(rows) };
  }

  return {
    insertSchemaOf,
    insert,
    seed,
    /** Fixture rows in the tables `table` points at, not in `table` itself. */
    seedParentsOf: (table: PgTable) => seed(...withAncestors(table).slice(0, -1)),
    /** The fixture row of a table with `overrides`, parsed and inserted. */
    insertFixture: (table: PgTable, ref: (name: string) => string, overrides: Record<string, unknown> = {}) => {
      const fixture = fixtures[getTableName(table)];
      if (!fixture) throw new Error(`no fixture for ${getTableName(table)}`);
      return insert(table, { ...fixture(ref), ...overrides });
    },
    /** Every row of a table, as the test sees it. */
    allRows: async (table: PgTable) => (await database.db.select().from(table)) as Row[],
    rowCount: async (table: PgTable) => (await database.db.select({ n: count() }).from(table))[0]!.n,
    /** The row whose primary key is `key`. */
    rowByKey: async (table: PgTable, key: unknown) =>
      (await database.db.select().from(table).where(eq(primaryKeyOf(table).column, key)))[0] as Row | undefined,
  };
}
