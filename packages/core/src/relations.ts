import type { AnyRelations, TableRelationalConfig } from 'drizzle-orm';

type RelationParts = Record<string, TableRelationalConfig>;

type MergeTwo<A extends RelationParts, B extends RelationParts> = {
  [K in keyof A | keyof B]: K extends keyof A
    ? K extends keyof B
      ? { table: A[K]['table']; name: A[K]['name']; relations: A[K]['relations'] & B[K]['relations'] }
      : A[K]
    : K extends keyof B
      ? B[K]
      : never;
};

/** The type of several relation parts merged per table and per relation key. */
export type MergedRelations<TParts extends readonly RelationParts[]> = TParts extends readonly [
  infer Head extends RelationParts,
  ...infer Rest extends readonly RelationParts[],
]
  ? MergeTwo<Head, MergedRelations<Rest>>
  : {};

/**
 * Merges relation parts (from `defineRelationsPart`) per table and per relation key. Object spread would be a
 * shallow merge: a later part that mentions a table replaces that table's whole entry and silently drops its
 * relations. Here a relation key defined twice, or one table name bound to two different tables, throws.
 */
export function mergeRelationParts<const TParts extends readonly RelationParts[]>(
  ...parts: TParts
): MergedRelations<TParts> & AnyRelations {
  const merged: RelationParts = {};
  for (const part of parts) {
    for (const [tableKey, entry] of Object.entries(part)) {
      const existing = merged[tableKey];
      if (!existing) {
        merged[tableKey] = { ...entry, relations: { ...entry.relations } };
        continue;
      }
      if (existing.table !== entry.table) {
        throw new Error(`relation parts bind "${tableKey}" to two different tables`);
      }
      for (const [relationKey, relation] of Object.entries(entry.relations)) {
        if (relationKey in existing.relations) {
          throw new Error(`relation ${tableKey}.${relationKey} is defined in more than one part`);
        }
        existing.relations[relationKey] = relation;
      }
    }
  }
  return merged as MergedRelations<TParts> & AnyRelations;
}
