import { getColumns, getTableName, is, SQL, type Column, type InferInsertModel, type Table } from 'drizzle-orm';
import { getTableConfig, PgDialect, type PgTable } from 'drizzle-orm/pg-core';
import { createInsertSchema, createSelectSchema, createUpdateSchema, type BuildRefine, type BuildSchema, type NoUnknownKeys } from 'drizzle-orm/zod';
import { z } from 'zod';
import { TIME_OF_DAY } from './formats.ts';
import { ruleOf, type Rule } from './rules.ts';


/** A decimal string that fits `numeric(precision, scale)` without rounding. */
export function decimalString(precision: number, scale: number) {
  const whole = precision - scale;
  const fraction = scale > 0 ? `(\\.\\d{1,${scale}})?` : '';
  const pattern = new RegExp(`^-?\\d{1,${whole}}${fraction}$`);
  return z.string().regex(pattern, `must be a decimal with at most ${whole} digits before the point and ${scale} after`);
}



/**
 * numeric(p, s) read as a number: PostgreSQL rounds it to s decimals and refuses 10^(p-s) or more in absolute
 * value (22003), so the bound sits half a unit of the last decimal below that.
 */
export function decimalNumber(precision: number, scale: number) {
  const bound = 10 ** (precision - scale) - 0.5 * 10 ** -scale;
  const message = `must be below ${10 ** (precision - scale)} in absolute value (numeric(${precision}, ${scale}))`;
  return z.number().gt(-bound, { message }).lt(bound, { message });
}

export const calendarDate = z.iso.date({ message: 'must be a calendar date (YYYY-MM-DD)' });

/** `time`: PostgreSQL also takes '24:00' and '8:30 pm'; an API takes HH:MM[:SS] within the day. */
export const timeOfDay = z.string().regex(TIME_OF_DAY.pattern, TIME_OF_DAY.message);

/** `inet` as a host address (what a request's client IP is). */
export const ipAddress = z.union([z.ipv4(), z.ipv6()], { message: 'must be an IPv4 or IPv6 address' });

/** PostgreSQL text cannot hold U+0000 (the insert fails with 22021): found by the agreement suite. */
const NO_NUL = 'must not contain NUL characters';
const TEXT_TYPES = new Set(['PgText', 'PgVarchar', 'PgChar']);

interface ColumnFacts {
  columnType: string;
  enumValues?: readonly string[];
  dataType: string;
  name: string;
  precision?: number;
  scale?: number;
  /** An array column's dimensions (drizzle 1.0 keeps the element's column type). */
  dimensions?: number;
}

type Refinement = z.ZodType | ((schema: never) => z.ZodType);

/**
 * Adds the refinements drizzle-orm/zod cannot derive from column metadata (numeric precision, calendar dates,
 * times of day, inet addresses, text without NUL) to a table's own ones, which win on the same key. Every jsonb
 * column must be given a shape (as a function, so drizzle keeps it optional/nullable as the column is): this
 * throws when one is missing, so no table accepts arbitrary JSON by oversight.
 */
function withConventions<TRefine extends Record<string, Refinement>>(table: Table, explicit: TRefine): TRefine {
  const refinements: Record<string, Refinement> = {};
  for (const [key, value] of Object.entries(getColumns(table))) {
    const column = value as unknown as ColumnFacts;
    if (column.columnType === 'PgNumeric' && column.precision !== undefined) {
      const schema = decimalString(column.precision, column.scale ?? 0);
      refinements[key] = () => schema;
    } else if (column.columnType === 'PgNumericNumber' && column.precision !== undefined) {
      const schema = decimalNumber(column.precision, column.scale ?? 0);
      refinements[key] = () => schema;
    } else if (column.columnType === 'PgDateString') {
      refinements[key] = () => calendarDate;
    } else if (column.columnType === 'PgTime') {
      refinements[key] = () => timeOfDay;
    } else if (column.columnType === 'PgInet') {
      refinements[key] = () => ipAddress;
    } else if (TEXT_TYPES.has(column.columnType) && !column.enumValues?.length && column.dimensions) {
      // text[]: every element (`includes` on the array would only look for an element equal to NUL).
      refinements[key] = (base: z.ZodArray<z.ZodString>) => base.refine((values) => values.every((value) => !value.includes('\0')), NO_NUL);
    } else if (TEXT_TYPES.has(column.columnType) && !column.enumValues?.length) {
      refinements[key] = (base: z.ZodString) => base.refine((value) => !value.includes('\0'), NO_NUL);
    } else if (column.columnType === 'PgJsonb' && !(key in explicit)) {
      throw new Error(`jsonb column ${column.name} needs a Zod shape in its table's refinements`);
    }
  }
  const all: Record<string, Refinement> = { ...refinements, ...explicit };
  for (const [key, value] of Object.entries(getColumns(table))) {
    if ((value as unknown as ColumnFacts).columnType !== 'PgJsonb') continue;
    const shape = all[key]!;
    all[key] = (base: never) => (typeof shape === 'function' ? shape(base) : shape).refine((json) => !(JSON.stringify(json) ?? '').includes('\\u0000'), NO_NUL);
  }
  return all as TRefine;
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

/**
 * A table with its insert, select and update schemas. Insert and update refuse unknown keys at run time; their
 * types leave zod's config parameter at its default, which infers the same output: spelling out `$strict` made
 * every comparison of these types structural (type-checking 350 tables went from 7.4 s to 9.7 s).
 */
export interface TableSchemas<TTable extends Table, TRefine extends Record<string, any>> {
  table: TTable;
  insert: z.ZodObject<InsertShape<Columns<TTable>, BuildSchema<'insert', Columns<TTable>, TRefine, undefined>['shape']>>;
  select: BuildSchema<'select', Columns<TTable>, TRefine, undefined>;
  update: z.ZodObject<BuildSchema<'update', Columns<TTable>, TRefine, undefined>['shape']>;
}

/** A misspelt or foreign key is an error naming it, never a silent drop (an update that would do nothing). */
const unknownFields: z.core.$ZodErrorMap = (issue) =>
  issue.code === 'unrecognized_keys'
    ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `\`${key}\``).join(', ')}`
    : undefined;

/**
 * What the database fills in for a column an insert leaves out, by SQL name: literal defaults, and the current
 * time for `defaultNow()`. Rules judge an insert on the row as it will be stored (an expiry after a defaulted
 * `created_at` is compared with now, as PostgreSQL will).
 */
export function insertDefaults(table: Table): Record<string, () => unknown> {
  const dialect = new PgDialect();
  const defaults: Record<string, () => unknown> = {};
  for (const column of Object.values(getColumns(table)) as Column[]) {
    if (!column.hasDefault || column.default === undefined) continue;
    if (!is(column.default, SQL)) defaults[column.name] = () => column.default;
    else if (dialect.sqlToQuery(column.default).sql === 'now()') defaults[column.name] = () => new Date();
  }
  return defaults;
}

/** The property name of each SQL column of a table (rules name columns; Zod issues name fields). */
/** A table's single-column primary key, by property name (`id` for most tables, `runId` for a run keyed by its id). */
export function primaryKeyOf(table: Table): { field: string; column: Column } {
  const found = Object.entries(getColumns(table) as Record<string, Column>).find(([, column]) => column.primary);
  if (!found) throw new Error(`${getTableName(table)} has no single-column primary key`);
  return { field: found[0], column: found[1] };
}

export function fieldOf(table: Table): (column: string) => string {
  const keyOf = new Map(Object.entries(getColumns(table)).map(([key, column]) => [(column as { name: string }).name, key]));
  return (column) => keyOf.get(column) ?? column;
}

/** The declared rules of a table, with the property name of each SQL column. */
function declaredRules(table: Table) {
  const rules = getTableConfig(table as PgTable).checks.flatMap((constraint) => ruleOf(constraint) ?? []);
  return { rules, field: fieldOf(table) };
}

/**
 * Row rules (several columns) over the parsed object. An insert is judged with the defaults the database will
 * fill in; an update patch that lacks a rule's fields skips the rule.
 */
function rowRefinement(rules: readonly Rule[], field: (column: string) => string, defaults: Record<string, () => unknown> | undefined) {
  // A custom CHECK's conditions are judged (and reported) one by one.
  type Condition = Pick<Rule, 'columns' | 'column' | 'message' | 'holds'>;
  const conditions = rules.flatMap((rule): Condition[] => rule.parts?.map((part) => ({ ...part, message: () => part.message })) ?? [rule]);
  return (value: Record<string, unknown>, ctx: z.RefinementCtx) => {
    for (const rule of conditions) {
      if (!defaults && rule.columns.some((column) => value[field(column)] === undefined)) continue;
      const stored = (column: string) => {
        const given = value[field(column)];
        return given === undefined ? (defaults?.[column]?.() ?? null) : given;
      };
      const row = Object.fromEntries(rule.columns.map((column) => [column, stored(column)]));
      if (!rule.holds(row)) ctx.addIssue({ code: 'custom', path: [field(rule.column)], message: rule.message(field) });
    }
  };
}

/**
 * A table's insert, select and update schemas, as strict as the database: drizzle-orm/zod's derivation, the
 * conventional refinements of `withConventions`, the table's own (jsonb shapes, what no CHECK says), then every
 * rule declared in the table's extra config (rules.ts) on its field or, for rules of several columns, on the row.
 * Insert and update refuse unknown keys; select reads whatever the database returns.
 */
export function tableSchemas<TTable extends Table, TRefine extends RefineOf<TTable>>(
  table: TTable,
  refine?: NoUnknownKeys<TRefine, InferInsertModel<TTable>>,
): TableSchemas<TTable, TRefine> {
  const { insert, select, update, rowRefinementOf } = derived(table, refine as Record<string, Refinement> | undefined);
  return {
    table,
    insert: z.strictObject(insert.shape, { error: unknownFields }).superRefine(rowRefinementOf(insertDefaults(table))),
    select: select.superRefine(rowRefinementOf({})),
    update: z.strictObject(update.shape, { error: unknownFields }).superRefine(rowRefinementOf(undefined)),
  } as unknown as TableSchemas<TTable, TRefine>;
}

/**
 * The insert schema a client gets: the table's, without the fields the server sets (ids, timestamps, denormalised
 * counters), so a client that sends one is refused like any unknown key. Row rules still hold, reading an omitted
 * field as its default. (Zod cannot `.omit()` a schema that carries row refinements.)
 */
export function clientInsertSchema<TTable extends Table, TRefine extends RefineOf<TTable>, TServer extends keyof InferInsertModel<TTable> & string>(
  table: TTable,
  serverFields: readonly TServer[],
  refine?: NoUnknownKeys<TRefine, InferInsertModel<TTable>>,
): z.ZodType<Omit<InferInsertModel<TTable>, TServer>> {
  const { insert, rowRefinementOf } = derived(table, refine as Record<string, Refinement> | undefined);
  const shape = Object.fromEntries(Object.entries(insert.shape).filter(([key]) => !(serverFields as readonly string[]).includes(key)));
  return z.strictObject(shape, { error: unknownFields }).superRefine(rowRefinementOf(insertDefaults(table))) as never;
}

/** drizzle-orm/zod's schemas of a table with every refinement applied, and its row rules as a refinement. */
function derived(table: Table, refine: Record<string, Refinement> | undefined) {
  const { rules, field } = declaredRules(table);
  const refinements = withConventions(table, refine ?? {}) as Record<string, Refinement>;
  for (const rule of rules) {
    if (!rule.refine) continue;
    const key = field(rule.column);
    const before = refinements[key];
    refinements[key] = (schema: z.ZodType) =>
      rule.refine!(before === undefined ? schema : typeof before === 'function' ? (before as (s: z.ZodType) => z.ZodType)(schema) : before);
  }
  const rowRules = rules.filter((rule) => !rule.refine);
  const all = refinements as never;
  return {
    insert: createInsertSchema(table, all) as unknown as z.ZodObject,
    select: createSelectSchema(table, all) as unknown as z.ZodObject,
    update: createUpdateSchema(table, all) as unknown as z.ZodObject,
    rowRefinementOf: (defaults: Parameters<typeof rowRefinement>[2]) => rowRefinement(rowRules, field, defaults),
  };
}

/** Shape of a free-form jsonb object (metadata, provider payloads). */
export const jsonRecord = () => z.record(z.string(), z.unknown());

/** A boolean postgres.js would send as a bool parameter: at the top, or in arrays (of arrays) outside any object. */
const boolParameter = (value: unknown): boolean => typeof value === 'boolean' || (Array.isArray(value) && value.some(boolParameter));

/**
 * A JSON value for a jsonb column holding whatever a model or an SDK returns: an object, an array, a string or a
 * number. Not a missing value (`z.unknown()` would pass one), not null (drizzle writes a JS null as SQL NULL; a
 * nullable column still takes null), and no boolean at the top or in arrays outside any object: postgres.js
 * sends those as bool / bool[] parameters, which PostgreSQL refuses to cast to jsonb (42804). Inside an object,
 * anything JSON goes.
 */
export const jsonValue = () =>
  z
    .union([z.string(), z.number(), z.array(z.unknown()), z.record(z.string(), z.unknown())])
    .refine((value) => !boolParameter(value), 'booleans must sit inside an object (postgres.js sends bare ones as bool parameters)');

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
