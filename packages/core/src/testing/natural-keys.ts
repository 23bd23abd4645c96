import type { AnyRelations } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { expect, test } from 'vitest';
import type { Database } from '../database.ts';
import type { TableSchemaCatalog } from '../validation.ts';
import type { Fixtures } from './fixtures.ts';
import { fixtureKit } from './kit.ts';
import { refusal } from './refusal.ts';

/** A unique key that ingestion upserts on: a source's id, a processor's id, a natural identity. */
export interface NaturalKeyCase {
  /** The table's SQL name (its fixture's key). */
  name: string;
  table: PgTable;
  /** The key's columns: the ON CONFLICT target. */
  key: PgColumn[];
  /** What a re-import changes. */
  set: Record<string, unknown>;
  /** Overrides of the fixture for every row of the case (a variant the fixture does not show). */
  given?: Record<string, unknown>;
  /** Overrides that keep the plain duplicate clear of the table's other unique keys, so this key refuses it. */
  distinct?: Record<string, unknown>;
  /** The unique index that refuses a plain duplicate. */
  index: string;
}

/**
 * For each case, in the current describe block: the fixture row is written, a re-import of it upserts twice on
 * the key and changes the same row (one row, same id, `set` applied), and a plain insert of it is refused by
 * `index`. What makes an ingestion workflow idempotent.
 */
export function naturalKeyTests(
  database: { readonly db: Database<AnyRelations> },
  catalog: TableSchemaCatalog,
  fixtures: Fixtures,
  cases: readonly NaturalKeyCase[],
) {
  const { insertSchemaOf, seedParentsOf, insertFixture, allRows } = fixtureKit(database, catalog, fixtures);
  test.each(cases)('$name is upserted on its natural key, and a plain duplicate is refused', async ({ name, table, key, set, given, distinct, index }) => {
    const { ref } = await seedParentsOf(table);
    const original = await insertFixture(table, ref, given);
    const reimport = insertSchemaOf(name).parse({ ...fixtures[name]!(ref), ...given, ...set });
    for (let i = 0; i < 2; i++) {
      await database.db.insert(table).values(reimport as never).onConflictDoUpdate({ target: key, set: set as never });
    }
    expect(await allRows(table)).toEqual([expect.objectContaining({ id: original.id, ...set })]);
    expect(await refusal(database.db, () => insertFixture(table, ref, { ...given, ...distinct }))).toMatchObject({ code: '23505', constraint: index });
  });
}
