import { getColumns, getTableName, type InferInsertModel, type Table } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { createInsertSchema, createSelectSchema, createUpdateSchema, type BuildRefine, type BuildSchema, type NoUnknownKeys } from 'drizzle-orm/zod';
import { z } from 'zod';
import { isCurrencyColumnName } from './columns.ts';

/** ISO 4217 codes as the runtime's ICU knows them (Intl.supportedValuesOf, Node 18+). */
export const CURRENCY_CODES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

/** A decimal string that fits `numeric(precision, scale)` without rounding; `nonNegative` for amounts >= 0. */
export function decimalString(precision: number, scale: number, { nonNegative = false } = {}) {
  const whole = precision - scale;
  const fraction = scale > 0 ? `(\\.\\d{1,${scale}})?` : '';
  const sign = nonNegative ? '' : '-?';
  const pattern = new RegExp(`^${sign}\\d{1,${whole}}${fraction}$`);
  const bound = nonNegative ? 'a non-negative' : 'a';
  return z.string().regex(pattern, `must be ${bound} decimal with at most ${whole} digits before the point and ${scale} after`);
}

/** Refinement for a `money()` column that may not go below zero (pair it with a `>= 0` CHECK). */
export const nonNegativeMoney = () => decimalString(14, 2, { nonNegative: true });

export const currencyCode = z
  .string()
  .refine((code) => CURRENCY_CODES.has(code), 'must be an ISO 4217 currency code such as USD or EUR');

export const calendarDate = z.iso.date({ message: 'must be a calendar date (YYYY-MM-DD)' });

interface ColumnFacts {
  columnType: string;
  dataType: string;
  name: string;
  precision?: number;
  scale?: number;
}

type Refinement = z.ZodType | ((schema: never) => z.ZodType);

/**
 * Adds the refinements drizzle-orm/zod cannot derive from column metadata (numeric precision, calendar dates,
 * currency codes) to a table's own ones, which win on the same key. Every jsonb column must be given a shape
 * (as a function, so drizzle keeps it optional/nullable as the column is): this throws when one is missing, so
 * no table accepts arbitrary JSON by oversight.
 */
function withConventions<TRefine extends Record<string, Refinement>>(table: Table, explicit: TRefine): TRefine {
  const refinements: Record<string, Refinement> = {};
  for (const [key, value] of Object.entries(getColumns(table))) {
    const column = value as unknown as ColumnFacts;
    if (column.columnType === 'PgNumeric' && column.precision !== undefined) {
      const schema = decimalString(column.precision, column.scale ?? 0);
      refinements[key] = () => schema;
    } else if (column.columnType === 'PgDateString') {
      refinements[key] = () => calendarDate;
    } else if (column.columnType === 'PgChar' && isCurrencyColumnName(column.name)) {
      refinements[key] = () => currencyCode;
    } else if (column.columnType === 'PgJsonb' && !(key in explicit)) {
      throw new Error(`jsonb column ${column.name} needs a Zod shape in its table's refinements`);
    }
  }
  return { ...refinements, ...explicit };
}

type Columns<TTable extends Table> = TTable['_']['columns'];
type RefineOf<TTable extends Table> = BuildRefine<Pick<Columns<TTable>, keyof InferInsertModel<TTable>>, undefined>;

/**
 * drizzle-orm/zod types a function-refined field as required on insert even when its column has a default or is
 * nullable (at runtime it is optional). This restores the optionality the runtime has.
 */
type Optional<T> = T extends z.ZodType ? z.ZodOptional<T> : T;
type InsertShape<TColumns extends Record<string, any>, TShape> = {
  [K in keyof TShape]: K extends keyof TColumns
    ? TShape[K] extends z.ZodOptional<any>
      ? TShape[K]
      : TColumns[K]['_']['hasDefault'] extends true
        ? Optional<TShape[K]>
        : TColumns[K]['_']['notNull'] extends true
          ? TShape[K]
          : Optional<TShape[K]>
    : TShape[K];
};

/** A table with its insert, select and update schemas. */
export interface TableSchemas<TTable extends Table, TRefine extends Record<string, any>> {
  table: TTable;
  insert: z.ZodObject<InsertShape<Columns<TTable>, BuildSchema<'insert', Columns<TTable>, TRefine, undefined>['shape']>>;
  select: BuildSchema<'select', Columns<TTable>, TRefine, undefined>;
  update: BuildSchema<'update', Columns<TTable>, TRefine, undefined>;
}

/**
 * A table's insert, select and update schemas, as strict as the database: drizzle-orm/zod's derivation, the
 * conventional refinements of `withConventions`, then the table's own (CHECK ranges, patterns, jsonb shapes).
 * Write refinements as functions so drizzle keeps each field optional/nullable exactly as its column is.
 */
export function tableSchemas<TTable extends Table, TRefine extends RefineOf<TTable>>(
  table: TTable,
  refine?: NoUnknownKeys<TRefine, InferInsertModel<TTable>>,
): TableSchemas<TTable, TRefine> {
  const all = withConventions(table, (refine ?? {}) as Record<string, Refinement>) as never;
  return {
    table,
    insert: createInsertSchema(table, all),
    select: createSelectSchema(table, all),
    update: createUpdateSchema(table, all),
  } as unknown as TableSchemas<TTable, TRefine>;
}

/** Refinement for an integer count that may not go below zero (pair it with a `>= 0` CHECK). */
export const nonNegativeInt = (schema: z.ZodInt) => schema.min(0, 'must be 0 or more');
/** Refinement for an integer that must be above zero (pair it with a `> 0` CHECK). */
export const positiveInt = (schema: z.ZodInt) => schema.positive('must be greater than 0');
/** A decimal string that fits `numeric(precision, scale)` and lies within [min, max]. */
export const decimalBetween = (precision: number, scale: number, min: number, max: number) =>
  decimalString(precision, scale).refine(
    (value) => Number(value) >= min && Number(value) <= max,
    `must be between ${min} and ${max}`,
  );
/** Shape of a free-form jsonb object (metadata, provider payloads). */
export const jsonRecord = () => z.record(z.string(), z.unknown());

/** A table with its schemas, the concrete Zod types erased: what generic tooling and tests work with. */
export interface TableSchemaEntry {
  table: PgTable;
  insert: z.ZodType;
  select: z.ZodType;
  update: z.ZodType;
}

/** Tables with their schemas, keyed by SQL table name: what generic tooling and tests iterate over. */
export type TableSchemaCatalog = Readonly<Record<string, TableSchemaEntry>>;

/**
 * A package's catalog: its tables' schemas keyed by SQL table name, built once where the package defines them.
 * Assigning concrete schemas to `TableSchemaCatalog` makes the checker compare every Zod object type
 * structurally (about 0.5M instantiations for 35 tables, at each such assignment); taking them as
 * `TableSchemas<any, any>` compares type arguments only. So tests, scripts and aggregates spread catalogs, at no
 * cost, and applications keep the fully typed `horseSchemas` and friends.
 */
export function tableCatalog(...entries: readonly TableSchemas<any, any>[]): TableSchemaCatalog {
  const catalog: Record<string, TableSchemaEntry> = {};
  for (const entry of entries as readonly TableSchemaEntry[]) {
    const name = getTableName(entry.table);
    if (name in catalog) throw new Error(`table ${name} is listed twice in one catalog`);
    catalog[name] = entry;
  }
  return catalog;
}
