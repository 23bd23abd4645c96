import type { AnyColumn } from 'drizzle-orm';
import { snakeCase, type AnyPgColumnBuilder, type PgBuildExtraConfigColumns, type PgTableExtraConfigValue } from 'drizzle-orm/pg-core';
import { isCurrencyColumnName } from './columns.ts';
import { currencyCheck, oneOf } from './rules.ts';

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

/** The CHECKs every equine table gets for free: enumerated text and currency codes. */
function conventionalChecks(tableName: string, columns: Record<string, unknown>): PgTableExtraConfigValue[] {
  return Object.values(columns).flatMap((value) => {
    const column = value as AnyColumn & CheckableColumn;
    const name = `${tableName}_${column.name}_check`;
    const enumValues = column.config.enumValues;
    if (column.columnType === 'PgText' && enumValues?.length) return [oneOf(column, enumValues, { name })];
    if (column.columnType === 'PgChar' && isCurrencyColumnName(column.name)) return [currencyCheck(column, { name })];
    return [];
  });
}

/**
 * An equine table: snake_case SQL names derived from the property names, plus a CHECK for every `textEnum` and
 * `currency` column (declared as rules, so the agreement suite breaks them too).
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
