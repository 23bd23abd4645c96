import { getTableName, sql, type AnyColumn, type SQL, type Table } from 'drizzle-orm';
import {
  check,
  snakeCase,
  type AnyPgColumnBuilder,
  type PgBuildExtraConfigColumns,
  type PgTableExtraConfigValue,
} from 'drizzle-orm/pg-core';
import { isCurrencyColumnName } from './columns.ts';

type ExtraConfig<TColumns extends Record<string, AnyPgColumnBuilder>> = (
  table: PgBuildExtraConfigColumns<TColumns>,
) => PgTableExtraConfigValue[];

/** The facts about a column that decide which CHECK it needs. */
interface CheckableColumn {
  name: string;
  columnType: string;
  /** Extra-config columns carry the enum list on their builder config only. */
  config: { enumValues?: readonly string[] | undefined };
}

/** The SQL name of the table a column belongs to (extra-config columns carry their table). */
export const tableNameOf = (column: AnyColumn): string => getTableName((column as unknown as { table: Table }).table);

/** Quotes a value as an SQL string literal (DDL cannot take bind parameters). */
export const sqlLiteral = (value: string): string => `'${value.replaceAll("'", "''")}'`;

/** `CHECK (column IN ('a', 'b'))` from an `as const` list. */
export const inList = (column: AnyColumn, values: readonly string[]): SQL =>
  sql`${column} in (${sql.raw(values.map(sqlLiteral).join(', '))})`;

/** The CHECKs every equine table gets for free: enumerated text and currency codes. */
function conventionalChecks(tableName: string, columns: Record<string, unknown>): PgTableExtraConfigValue[] {
  return Object.values(columns).flatMap((value) => {
    const column = value as AnyColumn & CheckableColumn;
    const name = `${tableName}_${column.name}_check`;
    const enumValues = column.config.enumValues;
    if (column.columnType === 'PgText' && enumValues?.length) {
      return [check(name, inList(column, enumValues))];
    }
    if (column.columnType === 'PgChar' && isCurrencyColumnName(column.name)) {
      return [check(name, sql`${column} ~ '^[A-Z]{3}$'`)];
    }
    return [];
  });
}

/**
 * An equine table: snake_case SQL names derived from the property names, plus a CHECK for every `textEnum` and
 * `currency` column so the database enforces what the Zod schemas enforce.
 */
export function domainTable<TName extends string, TColumns extends Record<string, AnyPgColumnBuilder>>(
  name: TName,
  columns: TColumns,
  extraConfig: ExtraConfig<TColumns> = () => [],
) {
  return snakeCase.table(name, columns, (table) => [
    ...extraConfig(table),
    ...conventionalChecks(name, table as Record<string, unknown>),
  ]);
}
