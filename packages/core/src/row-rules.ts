import type { z } from 'zod';
import type { TableSchemas } from './validation.ts';

type Row = Record<string, unknown>;

/**
 * The Zod twin of a CHECK that reads several columns. Column refinements see one field at a time, so these run
 * over the whole parsed row. `holds` sees missing values as null and should pass on null, as SQL does.
 */
export interface RowRule {
  /** The fields the rule reads: an update patch that lacks any of them skips the rule. */
  fields: readonly string[];
  /** The field the issue is reported on. */
  path: string;
  message: string;
  holds: (row: Row) => boolean;
}

export const isAbsent = (value: unknown): value is null | undefined => value === null || value === undefined;

function refinement(rules: readonly RowRule[], patch: boolean) {
  return (value: Row, ctx: z.RefinementCtx) => {
    for (const rule of rules) {
      if (patch && rule.fields.some((field) => value[field] === undefined)) continue;
      const row = Object.fromEntries(rule.fields.map((field) => [field, value[field] ?? null]));
      if (!rule.holds(row)) ctx.addIssue({ code: 'custom', path: [rule.path], message: rule.message });
    }
  };
}

/**
 * Adds row rules to a table's insert, select and update schemas. zod 4 refinements keep the object types, but
 * `.pick()`, `.omit()` and `.partial()` refuse a refined object: derive from `tableSchemas(...)` before this.
 */
export function withRowRules<TSchemas extends TableSchemas<any, any>>(schemas: TSchemas, rules: readonly RowRule[]): TSchemas {
  return {
    ...schemas,
    insert: schemas.insert.superRefine(refinement(rules, false)),
    select: schemas.select.superRefine(refinement(rules, false)),
    update: schemas.update.superRefine(refinement(rules, true)),
  };
}

/** Dates compare as Date, calendar dates and times of day as zero-padded strings ('HH:MM' as 'HH:MM:00'). */
const comparable = (value: unknown) =>
  value instanceof Date ? value.getTime() : /^\d{2}:\d{2}$/.test(String(value)) ? `${value}:00` : String(value);

/** `later >= earlier` (`>` when strict): the twin of `CHECK (later >= earlier)`. */
export const inOrder = (earlier: string, later: string, message: string, { strict = false } = {}): RowRule => ({
  fields: [earlier, later],
  path: later,
  message,
  holds: (row) => {
    if (isAbsent(row[earlier]) || isAbsent(row[later])) return true;
    const [a, b] = [comparable(row[earlier]), comparable(row[later])];
    return strict ? b > a : b >= a;
  },
});

/** Both set or both null: the twin of `CHECK ((a is null) = (b is null))`. */
export const together = (first: string, second: string, message: string): RowRule => ({
  fields: [first, second],
  path: second,
  message,
  holds: (row) => isAbsent(row[first]) === isAbsent(row[second]),
});

/** Different when both are set: the twin of `CHECK (a <> b)`. */
export const differ = (first: string, second: string, message: string): RowRule => ({
  fields: [first, second],
  path: second,
  message,
  holds: (row) => isAbsent(row[first]) || isAbsent(row[second]) || row[first] !== row[second],
});

/** `field` is set whenever `column` is `value`: the twin of `CHECK (column <> value or field is not null)`. */
export const requiredWhen = (field: string, column: string, value: string, message = `is required when ${column} is ${value}`): RowRule => ({
  fields: [column, field],
  path: field,
  message,
  holds: (row) => row[column] !== value || !isAbsent(row[field]),
});
