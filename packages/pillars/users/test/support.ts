import type { Database } from '@db/core';
import { insertFixtures, withAncestors, type Fixtures } from '@db/core/testing';
import { count, getTableName, type AnyRelations } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import { userProfiles, usersTableSchemas } from '../src/index.ts';
import { usersFixtures } from './fixtures.ts';

/** Helpers shared by this package's test files (not a test file itself). */

export const fixtures: Fixtures = { ...usersFixtures };
export const schemas: Record<string, { table: PgTable; insert: z.ZodType; update: z.ZodType }> = usersTableSchemas;
export const insertSchemaOf = (name: string) => schemas[name]!.insert;

interface DriverError {
  code?: string;
  /** PGlite names it like node-postgres, postgres.js with a `_name` suffix. */
  constraint?: string;
  constraint_name?: string;
}

/** The SQLSTATE and constraint a statement was refused with (the driver error is the cause); undefined if accepted. */
export async function refusal(statement: PromiseLike<unknown>) {
  try {
    await statement;
  } catch (error) {
    const cause = ((error as { cause?: DriverError }).cause ?? error) as DriverError;
    return { code: cause.code, constraint: cause.constraint ?? cause.constraint_name };
  }
  return undefined;
}

/** Row helpers over a test file's database (`db` is read at call time: it exists from beforeAll on). */
export function rowsIn(database: { readonly db: Database<AnyRelations> }) {
  /** Parses `row` with the table's insert schema and inserts it. */
  const insertValid = async (table: PgTable, row: Record<string, unknown>) => {
    const values = insertSchemaOf(getTableName(table)).parse(row);
    const [inserted] = (await database.db.insert(table).values(values as never).returning()) as ({ id: string } & Record<string, unknown>)[];
    return inserted!;
  };
  return {
    insertValid,
    /** One fixture row in `table` and in every table it points at; the rows by SQL table name. */
    withParents: (table: PgTable) => insertFixtures(database.db, withAncestors(table), fixtures, insertSchemaOf),
    /** Fixture rows in the tables `table` points at, not in `table` itself. */
    parentsOf: (table: PgTable) => insertFixtures(database.db, withAncestors(table).slice(0, -1), fixtures, insertSchemaOf),
    /** A second person, distinct from the fixture user on every natural key. */
    anotherUser: (name: string) =>
      insertValid(userProfiles, {
        ...fixtures.user_profiles!(() => ''),
        authSubject: `test|${name}`,
        email: `${name}@example.ie`,
        displayName: name,
      }),
    rowCount: async (table: PgTable) => (await database.db.select({ n: count() }).from(table))[0]!.n,
  };
}
