import { getTableName, is, type AnyRelations } from 'drizzle-orm';
import {
  createTableRelationsHelpers,
  extractTablesRelationalConfig,
  relations as legacyRelations,
  normalizeRelation,
  One,
  type Relation,
  type Relations,
} from 'drizzle-orm/_relations';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';

/**
 * Drizzle Studio (drizzle-kit 1.0.0-rc.5) reads relations only as legacy `relations()` objects, not the
 * `defineRelations` ones every package declares, so it shows no relation between tables. This derives the legacy
 * form from ours, for Studio alone (`pnpm db:studio` hands it to drizzle-kit's `startStudioServer`): nothing is
 * declared twice and no package exports it.
 *
 * A legacy `one` carries its join columns, so it stands alone. A legacy `many` carries none: Studio finds its columns
 * on the `one` of the other table that has the same `relationName`, so every `many` is paired with the `one` that
 * joins the same columns the other way, and when a package declares no such `one`, an inverse named
 * `<many>Of<Table>` is added for Studio. Relations through a junction table have no legacy form and are left out.
 */
export function legacyRelationsFor(relations: AnyRelations): Record<string, Relations> {
  const tableKeyOf = new Map(Object.entries(relations).map(([key, entry]) => [entry.table, key]));
  const declared = specsOf(relations);

  const ones = declared.filter((relation) => relation.type === 'one');
  const perTable = new Map<string, LegacySpec[]>();
  const add = (spec: LegacySpec) => perTable.set(spec.tableKey, [...(perTable.get(spec.tableKey) ?? []), spec]);
  const paired = new Set<LegacySpec>();
  for (const many of declared.filter((relation) => relation.type === 'many')) {
    const relationName = `${many.tableKey}.${many.name}`;
    const inverse = ones.find((one) => !paired.has(one) && joinsBack(one, many));
    if (inverse) {
      paired.add(inverse);
      inverse.relationName = relationName;
    } else {
      const targetKey = tableKeyOf.get(many.target)!;
      add({ ...many, type: 'one', tableKey: targetKey, table: many.target, name: `${many.name}Of${capitalised(many.tableKey)}`, target: many.table, from: many.to, to: many.from, relationName });
    }
    add({ ...many, relationName });
  }
  for (const one of ones) add(one);

  return Object.fromEntries(
    [...perTable].map(([tableKey, specs]) => [
      `${tableKey}Relations`,
      legacyRelations(specs[0]!.table, ({ one, many }) =>
        Object.fromEntries(
          specs.map((spec): [string, Relation] =>
            spec.type === 'one'
              ? [spec.name, one(spec.target, { fields: spec.from as [AnyPgColumn], references: spec.to as [AnyPgColumn], ...(spec.relationName && { relationName: spec.relationName }) })]
              : [spec.name, many(spec.target, { relationName: spec.relationName! })],
          ),
        ),
      ),
    ]),
  );
}

interface LegacySpec {
  type: 'one' | 'many';
  tableKey: string;
  table: PgTable;
  name: string;
  target: PgTable;
  from: AnyPgColumn[];
  to: AnyPgColumn[];
  relationName?: string | undefined;
}

/** The builder's columns (`r.users.id`) hold the column under `_`. */
type BuilderColumn = { _: { column: AnyPgColumn } };
const columnsOf = (columns: unknown[]) => (columns as BuilderColumn[]).map((column) => column._.column);

/** Every relation declared, but those through a junction table, which have no legacy form. */
const specsOf = (relations: AnyRelations): LegacySpec[] =>
  Object.entries(relations).flatMap(([tableKey, entry]) =>
    Object.entries(entry.relations)
      .filter(([, relation]) => !relation.through)
      .map(([name, relation]) => describe(tableKey, entry.table as PgTable, name, relation)),
  );

function describe(tableKey: string, table: PgTable, name: string, relation: AnyRelations[string]['relations'][string]): LegacySpec {
  return {
    type: relation.relationType,
    tableKey,
    table,
    name,
    target: relation.targetTable as PgTable,
    from: columnsOf(relation.sourceColumns),
    to: columnsOf(relation.targetColumns),
  };
}

const sameColumns = (a: AnyPgColumn[], b: AnyPgColumn[]) => a.length === b.length && a.every((column, i) => column === b[i]);
const joinsBack = (one: LegacySpec, many: LegacySpec) => one.target === many.table && sameColumns(one.from, many.to) && sameColumns(one.to, many.from);
const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** A relation as Studio's `init` answer lists it. */
export interface StudioRelation {
  table: string;
  name: string;
  type: 'one' | 'many';
  columns: string[];
  refTable: string;
  refColumns: string[];
}

/**
 * The relations Studio would list for these tables and legacy relations, read the way drizzle-kit does
 * (`extractTablesRelationalConfig`, then `normalizeRelation` for each): a relation it could not resolve throws here,
 * where in Studio it would silently empty the whole list.
 */
export function studioRelationsOf(tables: readonly PgTable[], legacy: Record<string, Relations>): StudioRelation[] {
  const schema = { ...Object.fromEntries(tables.map((table) => [getTableName(table), table])), ...legacy };
  const config = extractTablesRelationalConfig(schema, createTableRelationsHelpers);
  return Object.values(config.tables).flatMap((table) =>
    Object.entries(table.relations).map(([name, relation]) => {
      const normalized = normalizeRelation(config.tables, config.tableNamesMap, relation);
      return {
        table: table.dbName,
        name,
        type: is(relation, One) ? ('one' as const) : ('many' as const),
        columns: normalized.fields.map((column) => column.name),
        refTable: relation.referencedTableName,
        refColumns: normalized.references.map((column) => column.name),
      };
    }),
  );
}

/** What Studio should list for a package's declared relations (junction-table relations aside). */
export const declaredStudioRelations = (relations: AnyRelations): StudioRelation[] =>
  specsOf(relations).map((spec) => ({
    table: getTableName(spec.table),
    name: spec.name,
    type: spec.type,
    columns: spec.from.map((column) => column.name),
    refTable: getTableName(spec.target),
    refColumns: spec.to.map((column) => column.name),
  }));
