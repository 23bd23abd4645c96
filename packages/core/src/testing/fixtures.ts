import { getTableName, type AnyRelations } from 'drizzle-orm';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../database.ts';

/**
 * A valid sample row per table, keyed by SQL table name. `ref(table)` returns the id of a row already inserted
 * into that table, so a fixture can point its foreign keys at real rows; the harness inserts tables in foreign-key
 * order. Rows are insert-schema input: Date for timestamptz, 'YYYY-MM-DD' for date, strings for numeric.
 */
/** The id of the row a fixture points at in a table, by SQL table name. */
export type Ref = (tableName: string) => string;

export type Fixtures = Record<string, (ref: Ref) => Record<string, unknown>>;

/**
 * A row that breaks exactly one rule, for the rejection tests: its insert schema must reject it with an issue
 * whose path is `field`, and the database must reject the same row sent straight through drizzle.
 */
export interface InvalidRow {
  table: string;
  field: string;
  /** What is wrong, e.g. 'wrong enum value', 'negative quantity', 'malformed uuid'. */
  why: string;
  row: (ref: (tableName: string) => string) => Record<string, unknown>;
}

/** The tables a table points at through its foreign keys, itself excluded. */
function referencedTables(table: PgTable): PgTable[] {
  return getTableConfig(table)
    .foreignKeys.map((foreignKey) => foreignKey.reference().foreignTable)
    .filter((target) => target !== table);
}

/**
 * `table` preceded by every table it depends on through foreign keys, parents before children (a depth-first
 * topological order), each once.
 */
export function withAncestors(table: PgTable): PgTable[] {
  const ordered: PgTable[] = [];
  const visit = (current: PgTable, path: PgTable[]) => {
    if (ordered.includes(current)) return;
    if (path.includes(current)) throw new Error(`foreign-key cycle through ${getTableName(current)}`);
    for (const parent of referencedTables(current)) visit(parent, [...path, current]);
    ordered.push(current);
  };
  visit(table, []);
  return ordered;
}

/** A function handing fixtures the ids of the rows inserted so far, by SQL table name. */
export function refsOf(inserted: ReadonlyMap<string, { id: string }>): Ref {
  return (tableName) => {
    const row = inserted.get(tableName);
    if (!row) throw new Error(`no ${tableName} row inserted yet: is there a foreign key to it?`);
    return row.id;
  };
}

/** `ref`, except for the tables of `ids` (SQL name to row id): fixtures pointing at a second user, another horse. */
export const pointing =
  (ref: Ref, ids: Readonly<Record<string, string>>): Ref =>
  (tableName) =>
    ids[tableName] ?? ref(tableName);

export type Row = { id: string } & Record<string, unknown>;

/** Parses `row` with the table's insert schema, inserts it and returns the stored row. */
export async function insertParsed(
  db: Database<AnyRelations>,
  table: PgTable,
  insertSchema: { parse(input: unknown): unknown },
  row: Record<string, unknown>,
): Promise<Row> {
  const values = insertSchema.parse(row);
  const [written] = (await db.insert(table).values(values as never).returning()) as Row[];
  return written!;
}

/**
 * Inserts one fixture row into each of the given tables, in order, after parsing it with the table's insert
 * schema. Returns the inserted rows by SQL table name.
 */
export async function insertFixtures(
  db: Database<AnyRelations>,
  tables: readonly PgTable[],
  fixtures: Fixtures,
  insertSchemaOf: (tableName: string) => { parse(input: unknown): unknown },
): Promise<Map<string, Row>> {
  const inserted = new Map<string, Row>();
  const ref = refsOf(inserted);
  for (const table of tables) {
    const name = getTableName(table);
    const fixture = fixtures[name];
    if (!fixture) throw new Error(`no fixture for table ${name}`);
    inserted.set(name, await insertParsed(db, table, insertSchemaOf(name), fixture(ref)));
  }
  return inserted;
}
