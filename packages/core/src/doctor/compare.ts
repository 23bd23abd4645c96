import { CATALOG_KINDS, type CatalogKind, type CatalogObject } from '../catalog.ts';

export type DifferenceStatus = 'missing' | 'extra' | 'different';

/** An object the migrations build that the database lacks (missing), has otherwise (different), or has beyond them (extra). */
export interface Difference {
  kind: CatalogKind;
  name: string;
  status: DifferenceStatus;
  expected?: string;
  actual?: string;
  /** The table it belongs to (see CatalogObject). */
  table?: string;
  /** A missing or extra table: how many of its objects (columns, indexes...) go with it, not listed one by one. */
  along?: Partial<Record<CatalogKind, number>>;
}

export interface KindTally {
  kind: CatalogKind;
  expected: number;
  /** Expected objects the database has exactly as the migrations build them. */
  identical: number;
  missing: number;
  different: number;
  extra: number;
}

export interface CatalogComparison {
  /** Every object counted, those of a missing or extra table included. */
  tallies: KindTally[];
  /** A missing or extra table stands for its columns, constraints, indexes... (its `along`). */
  differences: Difference[];
}

const keyOf = (object: CatalogObject) => `${object.kind}\u0000${object.name}`;
const identity = ({ kind, name, table }: CatalogObject) => ({ kind, name, ...(table ? { table } : {}) });

/** Matches objects by kind and name, then compares their definitions as text. */
export function compareCatalogs(expected: readonly CatalogObject[], actual: readonly CatalogObject[]): CatalogComparison {
  const actualByKey = new Map(actual.map((object) => [keyOf(object), object]));
  const expectedKeys = new Set(expected.map(keyOf));
  const differences: Difference[] = [];
  for (const object of expected) {
    const found = actualByKey.get(keyOf(object));
    if (!found) differences.push({ ...identity(object), status: 'missing', expected: object.definition });
    else if (found.definition !== object.definition) differences.push({ ...identity(object), status: 'different', expected: object.definition, actual: found.definition });
  }
  for (const object of actual) {
    if (!expectedKeys.has(keyOf(object))) differences.push({ ...identity(object), status: 'extra', actual: object.definition });
  }
  differences.sort((a, b) => CATALOG_KINDS.indexOf(a.kind) - CATALOG_KINDS.indexOf(b.kind) || a.name.localeCompare(b.name));
  const tallies = CATALOG_KINDS.map((kind) => {
    const count = (status: DifferenceStatus) => differences.filter((difference) => difference.kind === kind && difference.status === status).length;
    const [missing, different, extra] = [count('missing'), count('different'), count('extra')];
    const ofKind = expected.filter((object) => object.kind === kind).length;
    return { kind, expected: ofKind, identical: ofKind - missing - different, missing, different, extra };
  }).filter((tally) => tally.expected || tally.extra);
  return { tallies, differences: foldIntoTables(differences) };
}

/** Lists a missing (or extra) table once, with the count of its objects that are missing (or extra) with it. */
function foldIntoTables(differences: Difference[]): Difference[] {
  const wholeTables = new Map(
    differences
      .filter((difference) => difference.kind === 'table' && difference.status !== 'different')
      .map((difference) => [`${difference.status} ${difference.name}`, difference]),
  );
  return differences.filter((difference) => {
    const table = difference.kind !== 'table' && difference.table && wholeTables.get(`${difference.status} ${difference.table}`);
    if (!table) return true;
    table.along = { ...table.along, [difference.kind]: (table.along?.[difference.kind] ?? 0) + 1 };
    return false;
  });
}
