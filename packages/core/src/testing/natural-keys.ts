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
  /** What a re-import changes. Absent for an append-only log: a redelivery is inserted once and changes nothing. */
  set?: Record<string, unknown>;
  /** Overrides of the fixture for every row of the case (a variant the fixture does not show). */
  given?: Record<string, unknown>;
  /** Overrides that keep the plain duplicate clear of the table's other unique keys, so this key refuses it. */
  distinct?: Record<string, unknown>;
  /** The unique index that refuses a plain duplicate. */
  index: string;
}

/**
 * For each case, in the current describe block: the fixture row is written, a re-import of it upserts twice on
 * the key and changes the same row (one row, same id, `set` applied), or, for a case without `set` (an
 * append-only log), is inserted twice with ON CONFLICT DO NOTHING and leaves the first row as it was; and a plain
 * insert of it is refused by `index`. What makes an ingestion workflow idempotent.
 */
export function naturalKeyTests(
  database: { readonly db: Database<AnyRelations> },
  catalog: TableSchemaCatalog,
  fixtures: Fixtures,
  cases: readonly NaturalKeyCase[],
) {
  const { insertSchemaOf, seedParentsOf, insertFixture, allRows } = fixtureKit(database, catalog, fixtures);
  const upserted = cases.filter((c) => c.set);
  const redelivered = cases.filter((c) => !c.set);
  const refusesPlainDuplicate = async ({ table, given, distinct, index }: NaturalKeyCase, ref: (name: string) => string) =>
    expect(await refusal(database.db, () => insertFixture(table, ref, { ...given, ...distinct }))).toMatchObject({ code: '23505', constraint: index });

  if (upserted.length) {
    test.each(upserted)('$name is upserted on its natural key, and a plain duplicate is refused', async (c) => {
      const { ref } = await seedParentsOf(c.table);
      const original = await insertFixture(c.table, ref, c.given);
      const reimport = insertSchemaOf(c.name).parse({ ...fixtures[c.name]!(ref), ...c.given, ...c.set });
      for (let i = 0; i < 2; i++) {
        await database.db.insert(c.table).values(reimport as never).onConflictDoUpdate({ target: c.key, set: c.set as never });
      }
      expect(await allRows(c.table)).toEqual([expect.objectContaining({ id: original.id, ...c.set })]);
      await refusesPlainDuplicate(c, ref);
    });
  }
  if (redelivered.length) {
    test.each(redelivered)('$name: a redelivery is inserted once on its natural key, and a plain duplicate is refused', async (c) => {
      const { ref } = await seedParentsOf(c.table);
      const original = await insertFixture(c.table, ref, c.given);
      const redelivery = insertSchemaOf(c.name).parse({ ...fixtures[c.name]!(ref), ...c.given });
      for (let i = 0; i < 2; i++) await database.db.insert(c.table).values(redelivery as never).onConflictDoNothing({ target: c.key });
      expect(await allRows(c.table)).toEqual([original]);
      await refusesPlainDuplicate(c, ref);
    });
  }
}
