import { count, eq, getTableName, type AnyRelations } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../database.ts';
import type { TableSchemaCatalog } from '../validation.ts';
import { insertFixtures, withAncestors, type Fixtures } from './fixtures.ts';


export type Row = { id: string } & Record<string, unknown>;

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
  async function insert(table: PgTable, row: Record<string, unknown>): Promise<Row> {
    const values = insertSchemaOf(getTableName(table)).parse(row);
    const [written] = (await database.db.insert(table).values(values as never).returning()) as Row[];
    return written!;
  }

  /** One fixture row in each of `tables` and in every table they point at, parents first. */
  async function seed(...tables: PgTable[]) {
    const rows = await insertFixtures(database.db, [...new Set(tables.flatMap(withAncestors))], fixtures, insertSchemaOf);
    const ref = (name: string) => {
      const row = rows.get(name);
      if (!row) throw new Error(`no ${name} row was seeded`);
      return row.id;
    };
    return { rows, ref };
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
    rowCount: async (table: PgTable) => (await database.db.select({ n: count() }).from(table))[0]!.n,
    rowById: async (table: PgTable, id: string) =>
      (await database.db.select().from(table).where(eq((table as unknown as { id: never }).id, id)))[0] as Row | undefined,
  };
}
