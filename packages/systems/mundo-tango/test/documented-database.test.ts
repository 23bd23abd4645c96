import { catalogOf, createDocumentedSchema, setupTestDatabase } from '@db/core/testing';
import { generateDrizzleJson, generateMigration } from 'drizzle-kit/api-postgres';
import { getTableName, is } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { expect, test } from 'vitest';
import * as documented from './documented-code.ts';

const t = setupTestDatabase({ database: 'mundo-tango' });
const TABLES = (Object.values(documented) as unknown[])
  .filter((value): value is PgTable => is(value, PgTable))
  .map(getTableName);
/**
 * A name as drizzle-kit 0.x gave it in the owners' database, which the first migration keeps: drizzle-kit 1.0 says
 * `_fkey` for a foreign key and `_key` for a unique column, 0.x said `_fk` and `_unique`.
 */
const asOwnersNamedThem = (entry: string) => entry.replace(/_fkey\b/g, '_fk').replace(/(?<!_p)_key\b/g, '_unique');

/**
 * The acceptance, read literally: drizzle-kit turns the document's code into DDL, which builds a schema of its own
 * beside the one the migrations built, and PostgreSQL's catalog of the two is compared.
 */
test('the migrations build the 22 documented tables as the document’s code does: columns, indexes and constraints', async () => {
  const ddl = await generateMigration(await generateDrizzleJson({}), await generateDrizzleJson({ ...documented }));
  await createDocumentedSchema(t.db, ddl.map((statement) => statement.replace(/"public"\./g, '')).join(';\n'));
  const ours = await catalogOf(t.db, 'public', TABLES);
  const theirs = await catalogOf(t.db, 'documented', TABLES);

  expect(TABLES).toHaveLength(22);
  expect(theirs.columns.length).toBeGreaterThan(200);
  expect(ours.columns).toEqual(theirs.columns);
  expect(ours.indexes).toEqual(theirs.indexes.map(asOwnersNamedThem).sort());
  expect(ours.constraints).toEqual(theirs.constraints.map(asOwnersNamedThem).sort());
});
