import type { Database } from '@db/core';
import { insertFixtures, withAncestors, type Fixtures } from '@db/core/testing';
import { usersTableSchemas } from '@db/users';
import { usersFixtures } from '@db/users/fixtures';
import { count, eq, type AnyRelations } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import { horsesTableSchemas } from '../src/index.ts';
import { horsesFixtures } from './fixtures.ts';

/** Shared by this package's test files: fixtures of the package and of @db/users, and small database helpers. */

export type Ref = (tableName: string) => string;
export type Row = { id: string } & Record<string, unknown>;

export const fixtures: Fixtures = { ...usersFixtures, ...horsesFixtures };
export const catalog = { ...usersTableSchemas, ...horsesTableSchemas } as unknown as Record<
  string,
  { table: PgTable; insert: z.ZodType; update: z.ZodType }
>;
export const insertSchemaOf = (name: string) => catalog[name]!.insert;

/** Every table of the package, each after the tables it references (user_profiles first). */
export const everyTable = [...new Set(Object.values(horsesTableSchemas).flatMap((schemas) => withAncestors(schemas.table)))];

/** SQLSTATE and constraint of the driver error behind a refused statement; undefined if it was accepted. */
export async function refusal(statement: PromiseLike<unknown>) {
  try {
    await statement;
    return undefined;
  } catch (error) {
    const cause = ((error as { cause?: unknown }).cause ?? {}) as { code?: string; constraint?: string; constraint_name?: string };
    return { code: cause.code, constraint: cause.constraint ?? cause.constraint_name };
  }
}

export function databaseHelpers(t: { readonly db: Database<AnyRelations> }) {
  /** Inserts the fixture rows of `tables` in order; `ref` hands out their ids. */
  async function seedTables(tables: readonly PgTable[]) {
    const rows = await insertFixtures(t.db, tables, fixtures, insertSchemaOf);
    return { rows, ref: ((name) => rows.get(name)!.id) as Ref };
  }
  /** The fixture row of `name` with `overrides`, parsed by its insert schema and inserted. */
  async function add(name: string, ref: Ref, overrides: Record<string, unknown> = {}): Promise<Row> {
    const values = insertSchemaOf(name).parse({ ...fixtures[name]!(ref), ...overrides });
    const [row] = await t.db.insert(catalog[name]!.table).values(values as never).returning();
    return row as Row;
  }
  return {
    /** One fixture row in `table` and in each table it depends on. */
    seed: (table: PgTable) => seedTables(withAncestors(table)),
    seedTables,
    add,
    /** A second person, distinct on every natural key of the fixture user. */
    anotherUser: (ref: Ref, name: string) =>
      add('user_profiles', ref, { authSubject: `test|${name}`, email: `${name}@example.ie`, displayName: name }),
    rowCount: async (table: PgTable) => (await t.db.select({ n: count() }).from(table))[0]!.n,
    allRows: async (table: PgTable) => (await t.db.select().from(table)) as Record<string, unknown>[],
    byId: async (table: PgTable, id: string) =>
      (await t.db.select().from(table).where(eq((table as unknown as { id: never }).id, id)))[0] as Record<string, unknown> | undefined,
  };
}
