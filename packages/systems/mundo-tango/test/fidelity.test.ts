import { getColumns, getTableName, is, SQL, type Table } from 'drizzle-orm';
import { getTableConfig, PgDialect, PgTable, type PgColumn } from 'drizzle-orm/pg-core';
import { describe, expect, test } from 'vitest';
import * as ours from '../src/tables.ts';
import * as documented from './documented-code.ts';

/**
 * The 22 tables the document gives as code, compared with ours through drizzle's own reading of both: every
 * column (SQL type, NOT NULL, default, primary key, unique), every index (name, columns, unique) and every foreign
 * key (columns, target, ON DELETE). Constraint names are the owners' database's (drizzle-kit 0.x): `_fk` for
 * foreign keys, `<table>_<column>_unique` for unique columns.
 */
const dialect = new PgDialect();
const tables = (module: Record<string, unknown>) =>
  new Map(Object.values(module).filter((value): value is PgTable => is(value, PgTable)).map((table) => [getTableName(table), table]));
const defaultOf = (column: PgColumn) => {
  const value = column.default;
  if (value === undefined) return undefined;
  return is(value, SQL) ? dialect.sqlToQuery(value).sql : JSON.stringify(value);
};
const describeColumns = (table: Table) =>
  Object.values(getColumns(table) as Record<string, PgColumn>).map((column) => ({
    name: column.name,
    type: column.getSQLType(),
    notNull: column.notNull,
    default: defaultOf(column),
    primary: column.primary,
    unique: column.isUnique,
  }));
const describeIndexes = (table: PgTable) =>
  getTableConfig(table)
    .indexes.map((index) => ({ name: index.config.name, unique: index.config.unique, columns: index.config.columns.map((column) => (column as PgColumn).name) }))
    .sort((a, b) => a.name!.localeCompare(b.name!));
const describeForeignKeys = (table: PgTable) =>
  getTableConfig(table)
    .foreignKeys.map((key) => {
      const reference = key.reference();
      return {
        columns: reference.columns.map((column) => column.name),
        target: getTableName(reference.foreignTable),
        targetColumns: reference.foreignColumns.map((column) => column.name),
        onDelete: key.onDelete ?? 'no action',
      };
    })
    .sort((a, b) => a.columns.join().localeCompare(b.columns.join()));

const documentedTables = tables(documented);
const ourTables = tables(ours);

test('the document gives 22 tables, and we define each', () => {
  expect(documentedTables.size).toBe(22);
  expect([...documentedTables.keys()].filter((name) => !ourTables.has(name))).toEqual([]);
});

describe.each([...documentedTables.keys()])('%s', (name) => {
  const theirs = documentedTables.get(name)!;
  const mine = ourTables.get(name)!;

  test('column for column: type, NOT NULL, default, primary key, unique', () => {
    expect(describeColumns(mine)).toEqual(describeColumns(theirs));
  });

  test('index for index: name, columns, unique', () => {
    expect(describeIndexes(mine)).toEqual(describeIndexes(theirs));
  });

  test('foreign keys: columns, target, ON DELETE, under the names of the owners’ database', () => {
    expect(describeForeignKeys(mine)).toEqual(describeForeignKeys(theirs));
    for (const key of getTableConfig(mine).foreignKeys) {
      const { columns, foreignTable, foreignColumns } = key.reference();
      expect(key.getName()).toBe(`${name}_${columns[0]!.name}_${getTableName(foreignTable)}_${foreignColumns[0]!.name}_fk`);
    }
    for (const column of Object.values(getColumns(mine) as Record<string, PgColumn>).filter((column) => column.isUnique)) {
      expect(column.uniqueName).toBe(`${name}_${column.name}_unique`);
    }
  });
});
