import { char, jsonb, numeric, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Column factories for the equine database. Tables are built with `domainTable` (snake_case SQL names derived
 * from the property names), so none of these take a name.
 */

/** `uuid primary key default gen_random_uuid()`: every equine table's key (audit rule 5). */
export const id = () => uuid().primaryKey().defaultRandom();

/** A point in time. Always `timestamptz` (audit rule 6); calendar days use `date()`. */
export const timestamptz = () => timestamp({ withTimezone: true, mode: 'date' });

/** `created_at` alone, for append-only tables (logs, history rows). */
export const createdAt = () => ({ createdAt: timestamptz().notNull().defaultNow() });

/** `created_at` and `updated_at`; drizzle refreshes `updated_at` on every update it issues. */
export const timestamps = () => ({
  createdAt: timestamptz().notNull().defaultNow(),
  updatedAt: timestamptz()
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date()),
});

/** A JSON object, `not null default '{}'` (audit rule 7). Give it a Zod shape in validation.ts. */
export const jsonObject = <T extends Record<string, unknown>>() =>
  jsonb()
    .$type<T>()
    .notNull()
    .default({} as T);

/** A JSON list, `not null default '[]'` (audit rule 7). Give it a Zod shape in validation.ts. */
export const jsonList = <T>() =>
  jsonb()
    .$type<T[]>()
    .notNull()
    .default([]);

/** An amount of money: `numeric(14,2)`, read and written as a decimal string so no cent is lost to floats. */
export const money = () => numeric({ precision: 14, scale: 2 });

/** Whether a column name marks an ISO 4217 code column (`currency`, `<something>_currency`). */
export const isCurrencyColumnName = (name: string) => /(^|_)currency$/.test(name);

/**
 * An ISO 4217 currency code, `char(3)`. `domainTable` adds its CHECK, and `tableSchemas` validates it
 * against the codes the runtime knows. Name the column `currency` or `<something>_currency`.
 */
export const currency = () => char({ length: 3 }).notNull().default('USD');

/**
 * Enumerated text: `text` whose values come from an `as const` list in constants.ts. `domainTable` adds the
 * matching `CHECK (col IN (...))` and drizzle-orm/zod turns it into `z.enum`.
 */
export const textEnum = <const TValues extends readonly [string, ...string[]]>(values: TValues) =>
  text({ enum: values as unknown as [TValues[number], ...TValues[number][]] });
