import { getColumns, is, SQL, type Column } from 'drizzle-orm';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import { fieldOf } from '../validation.ts';

/**
 * A function per unique key of the table (primary key, unique columns, constraints and indexes on plain columns) giving a
 * row's value of that key (a column left out counts with its constant default), or undefined when a column is
 * null or has a computed default: NULLs never collide, and whatever this cannot see (an index on an expression,
 * a `now()` default) the insert's ON CONFLICT DO NOTHING absorbs.
 */
export interface UniqueKey {
  /** The key's columns, by property name. */
  fields: string[];
  valueOf(row: Record<string, unknown>): string | undefined;
}

export function uniqueKeysOf(table: PgTable): UniqueKey[] {
  const config = getTableConfig(table);
  const columns = Object.entries(getColumns(table) as Record<string, Column>);
  const field = fieldOf(table);
  const constantDefault = new Map(columns.filter(([, column]) => column.default !== undefined && !is(column.default, SQL)).map(([key, column]) => [key, column.default]));
  const keys: unknown[][] = [
    ...config.columns.filter((column) => column.isUnique || column.primary).map((column) => [column]),
    ...config.primaryKeys.map((key) => key.columns),
    ...config.uniqueConstraints.map((constraint) => constraint.columns),
    ...config.indexes.filter((index) => index.config.unique && index.config.columns.every((column) => !is(column, SQL))).map((index) => index.config.columns),
  ];
  return keys.map((keyColumns) => {
    const fields = keyColumns.map((column) => field((column as { name: string }).name));
    return {
      fields,
      valueOf(row) {
        const values = fields.map((field) => (field in row ? row[field] : constantDefault.get(field)));
        return values.some((value) => value === null || value === undefined) ? undefined : JSON.stringify(values);
      },
    };
  });
}
