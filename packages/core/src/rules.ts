import { getTableName, sql, type AnyColumn, type SQL, type Table } from 'drizzle-orm';
import { check, type Check } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { CURRENCY_FORMAT, currencyCode, type TextFormat } from './formats.ts';

/**
 * Rules declared once, in a table's extra config: each helper returns the table's CHECK (for drizzle-kit) and
 * registers, on that CHECK's SQL, the rule's Zod twin that `tableSchemas` applies by itself and the shape the
 * agreement suite breaks on purpose. Rows here are keyed by SQL column name, holding parsed values (Date for
 * timestamptz, strings for date, time and numeric).
 */
export type SqlRow = Record<string, unknown>;

/** What a rule says, declaratively: enough for the agreement suite to generate rows that break it. */
export type RuleShape =
  | { kind: 'range'; column: string; min?: number | undefined; max?: number | undefined; exclusiveMin?: boolean; exclusiveMax?: boolean }
  | { kind: 'length'; column: string; min?: number | undefined; max?: number | undefined }
  | { kind: 'format'; column: string; format: TextFormat; when?: { column: string; value: string } | undefined }
  | { kind: 'oneOf'; column: string; values: readonly string[] }
  | { kind: 'allOneOf'; column: string; values: readonly string[] }
  | { kind: 'inOrder'; earlier: string; later: string; strict: boolean }
  | { kind: 'together'; columns: readonly string[] }
  | { kind: 'differ'; first: string; second: string }
  | { kind: 'requiredWhen'; field: string; column: string; value: string }
  | { kind: 'requiredWith'; field: string; trigger: string }
  | { kind: 'onlyWhen'; field: string; column: string; value: string }
  | { kind: 'atLeastOneOf'; columns: readonly string[] }
  | { kind: 'exactlyOneOf'; columns: readonly string[] }
  | { kind: 'custom'; columns: readonly string[]; violations: readonly SqlRow[] };

export interface Rule {
  /** The CHECK constraint's name. */
  name: string;
  shape: RuleShape;
  /** The column an issue is reported on (SQL name). */
  column: string;
  /** Every column the rule reads (SQL names): an update patch lacking one of them skips the rule. */
  columns: readonly string[];
  /** The message of the issue, given the property name of a column (messages name fields as the API does). */
  message: (field: (column: string) => string) => string;
  /** Whether a row passes, with SQL's semantics: NULL passes unless the rule is about being null. */
  holds: (row: SqlRow) => boolean;
  /** A rule of one column refines that field's own schema, so its issue comes with the field's others. */
  refine?: ((schema: z.ZodType) => z.ZodType) | undefined;
  /** A custom CHECK's conditions, each its own row rule (reported on its own field). */
  parts?: readonly { columns: readonly string[]; column: string; message: string; holds: (row: SqlRow) => boolean }[] | undefined;
}

const rules = new WeakMap<SQL, Rule>();

/** The rule a CHECK was declared with, if a helper declared it. */
export const ruleOf = (constraint: Check): Rule | undefined => rules.get(constraint.value);

/** The SQL name of the table a column belongs to (extra-config columns carry their table). */
export const tableNameOf = (column: AnyColumn): string => getTableName((column as unknown as { table: Table }).table);

/** Quotes a value as an SQL string literal (DDL cannot take bind parameters). */
export const sqlLiteral = (value: string): string => `'${value.replaceAll("'", "''")}'`;

export const isAbsent = (value: unknown): value is null | undefined => value === null || value === undefined;

interface Naming {
  /** The constraint's name when it must stay as deployed; `<table>_<columns>_check` otherwise. */
  name?: string | undefined;
  message?: string | undefined;
}

/** Registers the twin on the CHECK's SQL and returns the CHECK. */
function declare(columns: readonly AnyColumn[], expression: SQL, naming: Naming, rule: Omit<Rule, 'name' | 'message' | 'columns'> & { message: Rule['message'] }) {
  const name = naming.name ?? `${tableNameOf(columns[0]!)}_${columns.map((column) => column.name).join('_')}_check`;
  const message = naming.message;
  rules.set(expression, {
    ...rule,
    name,
    columns: columns.map((column) => column.name),
    message: message === undefined ? rule.message : () => message,
  });
  return check(name, expression);
}

// ---------------------------------------------------------------------------------------------------------------
// one column

interface Bounds extends Naming {
  min?: number;
  max?: number;
  /** `> min` instead of `>= min`. */
  exclusiveMin?: boolean;
}

/**
 * A numeric range: `between min and max`, `>= min`, `> min` or `> min and <= max`, on integer and numeric columns
 * alike (numeric values are decimal strings, compared by value).
 */
export function range(column: AnyColumn, bounds: Bounds) {
  const { min, max, exclusiveMin = false } = bounds;
  const above = (value: number) => (min === undefined ? true : exclusiveMin ? value > min : value >= min);
  const below = (value: number) => (max === undefined ? true : value <= max);
  const expression =
    min !== undefined && max !== undefined
      ? exclusiveMin
        ? sql`${column} > ${sql.raw(String(min))} and ${column} <= ${sql.raw(String(max))}`
        : sql`${column} between ${sql.raw(String(min))} and ${sql.raw(String(max))}`
      : min !== undefined
        ? sql`${column} ${sql.raw(exclusiveMin ? '>' : '>=')} ${sql.raw(String(min))}`
        : sql`${column} <= ${sql.raw(String(max))}`;
  const message =
    min !== undefined && max !== undefined
      ? exclusiveMin
        ? `must be greater than ${min} and at most ${max}`
        : `must be between ${min} and ${max}`
      : min !== undefined
        ? exclusiveMin
          ? min === 0
            ? 'must be greater than 0'
            : `must be greater than ${min}`
          : min === 0
            ? 'must be 0 or more'
            : `must be ${min} or more`
        : `must be ${max} or less`;
  const holds = (value: unknown) => isAbsent(value) || (above(Number(value)) && below(Number(value)));
  const text = bounds.message ?? message;
  return declare([column], expression, bounds, {
    shape: { kind: 'range', column: column.name, min, max, exclusiveMin },
    column: column.name,
    message: () => message,
    holds: (row) => holds(row[column.name]),
    // Numbers get Zod's own bounds, which generators read: behind a refinement, valid values of 100-599 in the
    // integer range would be found by chance only. Numeric columns are decimal strings: a refinement.
    refine: (schema) => {
      if (!(schema instanceof z.ZodNumber)) return schema.refine(holds, text);
      const bounded = min === undefined ? schema : exclusiveMin ? schema.gt(min, text) : schema.gte(min, text);
      return max === undefined ? bounded : bounded.lte(max, text);
    },
  });
}

/** `>= 0`: counts, amounts, sort orders. */
export const nonNegative = (column: AnyColumn, naming: Naming = {}) => range(column, { ...naming, min: 0 });
/** `> 0`: sizes, durations, quantities that cannot be nil. */
export const positive = (column: AnyColumn, naming: Naming = {}) => range(column, { ...naming, min: 0, exclusiveMin: true });
/** `between min and max`, both included. */
export const between = (column: AnyColumn, min: number, max: number, naming: Naming = {}) =>
  range(column, { ...naming, min, max });

/** `char_length(column)` within bounds: free text that must not be blank or unbounded. */
export function textLength(column: AnyColumn, bounds: Naming & { min?: number; max?: number }) {
  const { min, max } = bounds;
  const length = sql`char_length(${column})`;
  const expression =
    min !== undefined && max !== undefined
      ? sql`${length} between ${sql.raw(String(min))} and ${sql.raw(String(max))}`
      : min !== undefined
        ? sql`${length} >= ${sql.raw(String(min))}`
        : sql`${length} <= ${sql.raw(String(max))}`;
  const message =
    min !== undefined && max !== undefined
      ? `must be ${min} to ${max} characters`
      : min !== undefined
        ? `must be at least ${min} character${min === 1 ? '' : 's'}`
        : `must be at most ${max} characters`;
  const fits = (value: unknown) =>
    isAbsent(value) || ([...String(value)].length >= (min ?? 0) && [...String(value)].length <= (max ?? Infinity));
  return declare([column], expression, bounds, {
    shape: { kind: 'length', column: column.name, min, max },
    column: column.name,
    message: () => message,
    holds: (row) => fits(row[column.name]),
    refine: (schema) => schema.refine(fits, bounds.message ?? message),
  });
}

/**
 * `CHECK (column ~ 'pattern')` from a text format defined once (formats.ts), named
 * `<table>_<column>_format_check`. NULL passes, as in any CHECK.
 */
export function formatCheck(column: AnyColumn, format: TextFormat, naming: Naming = {}) {
  const matches = (value: unknown) => isAbsent(value) || format.pattern.test(String(value));
  return declare(
    [column],
    sql`${column} ~ ${sql.raw(sqlLiteral(format.pattern.source))}`,
    { name: `${tableNameOf(column)}_${column.name}_format_check`, ...naming },
    {
      shape: { kind: 'format', column: column.name, format },
      column: column.name,
      message: () => format.message,
      holds: (row) => matches(row[column.name]),
      refine: (schema) => (schema as z.ZodString).regex(format.pattern, naming.message ?? format.message),
    },
  );
}

/**
 * An ISO 4217 code: `CHECK (column ~ '^[A-Z]{3}$')`, what `domainTable` adds for every `currency()` column. Its
 * Zod twin is stricter: the code must be one the runtime knows (USD, EUR), not just three capitals.
 */
export function currencyCheck(column: AnyColumn, naming: Naming = {}) {
  return declare([column], sql`${column} ~ ${sql.raw(sqlLiteral(CURRENCY_FORMAT.pattern.source))}`, naming, {
    shape: { kind: 'format', column: column.name, format: CURRENCY_FORMAT },
    column: column.name,
    message: () => CURRENCY_FORMAT.message,
    holds: (row) => isAbsent(row[column.name]) || CURRENCY_FORMAT.pattern.test(String(row[column.name])),
    refine: () => currencyCode,
  });
}

/** `CHECK (column in (...))` from an `as const` list: what `domainTable` adds for every `textEnum` column. */
export function oneOf(column: AnyColumn, values: readonly string[], naming: Naming = {}) {
  return declare([column], sql`${column} in (${sql.raw(values.map(sqlLiteral).join(', '))})`, naming, {
    shape: { kind: 'oneOf', column: column.name, values },
    column: column.name,
    message: () => `must be one of ${values.join(', ')}`,
    holds: (row) => isAbsent(row[column.name]) || values.includes(String(row[column.name])),
    // drizzle-orm/zod already makes the column a z.enum of the same values.
  });
}

/** A `text[]` whose every element comes from an `as const` list: `column <@ array[...]::text[]`. */
export function allOneOf(column: AnyColumn, values: readonly string[], naming: Naming = {}) {
  const allowed = (value: unknown) => isAbsent(value) || (value as unknown[]).every((element) => values.includes(String(element)));
  const message = `every element must be one of ${values.join(', ')}`;
  return declare([column], sql`${column} <@ array[${sql.raw(values.map(sqlLiteral).join(', '))}]::text[]`, naming, {
    shape: { kind: 'allOneOf', column: column.name, values },
    column: column.name,
    message: () => message,
    holds: (row) => allowed(row[column.name]),
    refine: (schema) => schema.refine(allowed, naming.message ?? message),
  });
}

// ---------------------------------------------------------------------------------------------------------------
// several columns

/**
 * Values as PostgreSQL orders them: instants by time, numbers and numeric strings ('100.00' after '20.00') by
 * value, calendar dates and times of day as zero-padded strings ('HH:MM' as 'HH:MM:00').
 */
const comparable = (value: unknown) =>
  value instanceof Date
    ? value.getTime()
    : typeof value === 'number' || /^-?\d+(\.\d+)?$/.test(String(value))
      ? Number(value)
      : /^\d{2}:\d{2}$/.test(String(value))
        ? `${value}:00`
        : String(value);

/** `later >= earlier` (`>` when strict): end dates, expiry times, maxima. */
export function inOrder(earlier: AnyColumn, later: AnyColumn, options: Naming & { strict?: boolean } = {}) {
  const strict = options.strict ?? false;
  return declare([earlier, later], sql`${later} ${sql.raw(strict ? '>' : '>=')} ${earlier}`, options, {
    shape: { kind: 'inOrder', earlier: earlier.name, later: later.name, strict },
    column: later.name,
    message: (field) => (strict ? `must be after ${field(earlier.name)}` : `must not be before ${field(earlier.name)}`),
    holds: (row) => {
      const [a, b] = [row[earlier.name], row[later.name]];
      if (isAbsent(a) || isAbsent(b)) return true;
      return strict ? comparable(b) > comparable(a) : comparable(b) >= comparable(a);
    },
  });
}

/** Both set or both null: `(a is null) = (b is null)`. */
export function together(first: AnyColumn, second: AnyColumn, naming: Naming = {}) {
  return declare([first, second], sql`(${first} is null) = (${second} is null)`, naming, {
    shape: { kind: 'together', columns: [first.name, second.name] },
    column: second.name,
    message: (field) => `${field(first.name)} and ${field(second.name)} are given together or not at all`,
    holds: (row) => isAbsent(row[first.name]) === isAbsent(row[second.name]),
  });
}

/** Different when both are set: `a <> b` (a horse is not its own sire). */
export function differ(first: AnyColumn, second: AnyColumn, naming: Naming = {}) {
  return declare([first, second], sql`${second} <> ${first}`, naming, {
    shape: { kind: 'differ', first: first.name, second: second.name },
    column: second.name,
    message: (field) => `must differ from ${field(first.name)}`,
    holds: (row) => isAbsent(row[first.name]) || isAbsent(row[second.name]) || row[first.name] !== row[second.name],
  });
}

/** `field` is set whenever `column` is `value`: `column <> value or field is not null` (verified needs a time). */
export function requiredWhen(field: AnyColumn, column: AnyColumn, value: string, naming: Naming = {}) {
  return declare([column, field], sql`${column} <> ${sql.raw(sqlLiteral(value))} or ${field} is not null`, naming, {
    shape: { kind: 'requiredWhen', field: field.name, column: column.name, value },
    column: field.name,
    message: (name) => `is required when ${name(column.name)} is ${value}`,
    holds: (row) => row[column.name] !== value || !isAbsent(row[field.name]),
  });
}

/** `field` is set whenever `trigger` is: `trigger is null or field is not null` (an end reason needs an end date). */
export function requiredWith(field: AnyColumn, trigger: AnyColumn, naming: Naming = {}) {
  return declare([trigger, field], sql`${trigger} is null or ${field} is not null`, naming, {
    shape: { kind: 'requiredWith', field: field.name, trigger: trigger.name },
    column: field.name,
    message: (name) => `is required when ${name(trigger.name)} is given`,
    holds: (row) => isAbsent(row[trigger.name]) || !isAbsent(row[field.name]),
  });
}

/** `field` is only set when `column` is `value`: `field is null or column = value` (a death date needs deceased). */
export function onlyWhen(field: AnyColumn, column: AnyColumn, value: string, naming: Naming = {}) {
  return declare([field, column], sql`${field} is null or ${column} = ${sql.raw(sqlLiteral(value))}`, naming, {
    shape: { kind: 'onlyWhen', field: field.name, column: column.name, value },
    column: field.name,
    message: (name) => `is only set when ${name(column.name)} is ${value}`,
    holds: (row) => isAbsent(row[field.name]) || isAbsent(row[column.name]) || row[column.name] === value,
  });
}

/** At least one of the columns is set: `a is not null or b is not null ...` (a horse has some name). */
export function atLeastOneOf(columns: readonly AnyColumn[], naming: Naming = {}) {
  const expression = sql.join(
    columns.map((column) => sql`${column} is not null`),
    sql.raw(' or '),
  );
  return declare(columns, expression, naming, {
    shape: { kind: 'atLeastOneOf', columns: columns.map((column) => column.name) },
    column: columns.at(-1)!.name,
    message: (field) => `give at least one of ${columns.map((column) => field(column.name)).join(', ')}`,
    holds: (row) => columns.some((column) => !isAbsent(row[column.name])),
  });
}

/** `a`, `a and b`, `a, b and c`. */
const listing = (items: readonly string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

/**
 * Exactly one of the columns is set (a row about one of several kinds of thing, each a typed foreign key):
 * `(a is null) <> (b is null)` for two, `num_nonnulls(a, b, c, ...) = 1` for more.
 */
export function exactlyOneOf(columns: readonly [AnyColumn, AnyColumn, ...AnyColumn[]], naming: Naming = {}) {
  const [first, second] = columns;
  const expression =
    columns.length === 2 ? sql`(${first} is null) <> (${second} is null)` : sql`num_nonnulls(${sql.join([...columns], sql`, `)}) = 1`;
  return declare(columns, expression, naming, {
    shape: { kind: 'exactlyOneOf', columns: columns.map((column) => column.name) },
    column: columns.at(-1)!.name,
    message: (field) => `give exactly one of ${listing(columns.map((column) => field(column.name)))}`,
    holds: (row) => columns.filter((column) => !isAbsent(row[column.name])).length === 1,
  });
}

/** `column` matches `format` whenever `when` is `value`: `when <> value or column ~ pattern` (microchip numbers). */
export function formatWhen(column: AnyColumn, format: TextFormat, when: AnyColumn, value: string, naming: Naming = {}) {
  const expression = sql`${when} <> ${sql.raw(sqlLiteral(value))} or ${column} ~ ${sql.raw(sqlLiteral(format.pattern.source))}`;
  return declare([when, column], expression, naming, {
    shape: { kind: 'format', column: column.name, format, when: { column: when.name, value } },
    column: column.name,
    message: (field) => `${format.message} when ${field(when.name)} is ${value}`,
    holds: (row) => row[when.name] !== value || isAbsent(row[column.name]) || format.pattern.test(String(row[column.name])),
  });
}

/**
 * A `text[]` of at least one element, each matching `element`: an open set (cloud regions, table names, feature
 * keys) that `allOneOf` cannot list. A CHECK cannot loop over elements, so the elements joined with commas must
 * match the element's pattern repeated with commas; no element may hold a comma (the formats used here never
 * do) or be NULL (it joins as '', which fails). A custom CHECK underneath, its twin testing each element;
 * `violations` break it for the agreement suite.
 */
export function everyElementMatches(
  column: AnyColumn,
  element: TextFormat,
  options: { what: string; violations: readonly SqlRow[]; name?: string },
) {
  const source = element.pattern.source;
  if (!source.startsWith('^') || !source.endsWith('$')) throw new Error(`everyElementMatches: ${source} is not anchored at both ends`);
  const body = source.slice(1, -1).includes('|') ? `(${source.slice(1, -1)})` : source.slice(1, -1);
  const isList = (value: unknown) =>
    Array.isArray(value) && value.every((item) => typeof item === 'string' && !item.includes(',') && element.pattern.test(item));
  return customCheck(
    options.name ?? `${tableNameOf(column)}_${column.name}_check`,
    sql`cardinality(${column}) >= 1 and array_to_string(${column}, ' ', '') !~ ',' and array_to_string(${column}, ',', '') ~ ${sql.raw(sqlLiteral(`^${body}(,${body})*$`))}`,
    {
      parts: [
        {
          columns: [column],
          column,
          message: `must name at least one ${options.what}`,
          holds: (row) => isAbsent(row[column.name]) || (Array.isArray(row[column.name]) && (row[column.name] as unknown[]).length >= 1),
        },
        { columns: [column], column, message: `every element ${element.message}, without commas`, holds: (row) => isAbsent(row[column.name]) || isList(row[column.name]) },
      ],
      violations: options.violations,
    },
  );
}

/** One condition of a custom CHECK, reported on its own field. */
export interface CustomPart {
  /** The columns the condition reads: an update patch lacking one of them skips it. */
  columns: readonly AnyColumn[];
  /** The column the issue is reported on. */
  column: AnyColumn;
  message: string;
  holds: (row: SqlRow) => boolean;
}

/**
 * A CHECK no helper above covers, with its twin beside it: the SQL and its `holds` are written side by side, so
 * keep them short. A compound CHECK can give its conditions as `parts`, each reported on its own field (and an
 * update patch is judged on the parts whose columns it carries). `violations` are patches (by SQL column name)
 * that break it, for the agreement suite. `pnpm db:audit` lists these.
 */
export function customCheck(name: string, expression: SQL, twin: (CustomPart | { parts: readonly CustomPart[] }) & { violations: readonly SqlRow[] }) {
  const parts = 'parts' in twin ? twin.parts : [twin];
  const columns = [...new Set(parts.flatMap((part) => part.columns))];
  return declare(columns, expression, { name }, {
    shape: { kind: 'custom', columns: columns.map((column) => column.name), violations: twin.violations },
    column: parts[0]!.column.name,
    message: () => parts[0]!.message,
    holds: (row) => parts.every((part) => part.holds(row)),
    parts: parts.map((part) => ({
      columns: part.columns.map((column) => column.name),
      column: part.column.name,
      message: part.message,
      holds: part.holds,
    })),
  });
}
