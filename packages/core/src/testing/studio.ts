import { is, type AnyRelations } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { expect, test } from 'vitest';
import { declaredStudioRelations, legacyRelationsFor, studioRelationsOf } from '../studio.ts';

/**
 * The package's relations reach Drizzle Studio: Studio's own reading of the legacy relations `pnpm db:studio` derives
 * lists every relation the package declares, with its columns, and resolves every one (an unresolved relation
 * empties Studio's whole list).
 */
export function describeStudioRelations(exports: Record<string, unknown> & { relations: AnyRelations }) {
  test('Drizzle Studio lists every relation the package declares', () => {
    const tables = Object.values(exports).filter((value): value is PgTable => is(value, PgTable));
    const listed = new Set(studioRelationsOf(tables, legacyRelationsFor(exports.relations)).map((relation) => JSON.stringify(relation)));
    const declared = declaredStudioRelations(exports.relations).map((relation) => JSON.stringify(relation));
    expect(declared.length).toBeGreaterThan(0);
    expect(declared.filter((relation) => !listed.has(relation))).toEqual([]);
  });
}
