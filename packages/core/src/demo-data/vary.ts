import type { Faker } from '@faker-js/faker';
import { getTableName, type Column } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';

/**
 * Another row like a fixture: the fixture is the domain expert's example (a vet visit's reason, a horse's registry
 * number, an SMS), so a demo row keeps its shape and varies what a real dataset would vary: people's names,
 * emails and places (from faker), the digits of codes and numbers, enumerated values, and the row's dates, all
 * moved by one offset so that their order and spacing stay plausible. Foreign keys are the caller's; free text
 * is the fixture's. Whatever the insert schema then refuses goes back to the fixture's value (`seedDemoData`).
 */
export function varied(faker: Faker, table: PgTable, columns: Record<string, Column>, fixture: Record<string, unknown>, keep: ReadonlySet<string>) {
  const shiftDays = faker.number.int({ min: -150, max: 150 });
  const person = { firstName: faker.person.firstName(), lastName: faker.person.lastName() };
  const row: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fixture)) {
    const column = columns[key];
    row[key] = !column || keep.has(key) || value === null ? value : variedValue(faker, table, column, value, shiftDays, person);
  }
  return row;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DECIMAL = /^-?\d+(\.\d+)?$/;
const DAY_MS = 86_400_000;

function variedValue(faker: Faker, table: PgTable, column: Column, value: unknown, shiftDays: number, person: { firstName: string; lastName: string }): unknown {
  const enumValues = (column as { enumValues?: readonly string[] }).enumValues;
  if (enumValues?.length && typeof value === 'string') return faker.helpers.arrayElement(enumValues);
  if (value instanceof Date) return new Date(value.getTime() + shiftDays * DAY_MS);
  if (typeof value === 'boolean') return faker.datatype.boolean({ probability: value ? 0.8 : 0.2 });
  if (typeof value === 'number') return Number.isInteger(value) ? Math.round(value * faker.number.float({ min: 0.5, max: 1.5 })) : value * faker.number.float({ min: 0.5, max: 1.5 });
  if (typeof value !== 'string') return value;
  if (DAY.test(value) && column.columnType.includes('Date')) return new Date(Date.parse(value) + shiftDays * DAY_MS).toISOString().slice(0, 10);
  if (DECIMAL.test(value) && column.columnType.includes('Numeric')) return scaledDecimal(faker, value);
  if (UUID.test(value)) return faker.string.uuid();
  return textLike(faker, getTableName(table), column.name, value, person) ?? withOtherDigits(faker, value);
}

/** A decimal scaled by 0.5-1.5, with the fixture's number of decimals. */
function scaledDecimal(faker: Faker, value: string) {
  const decimals = value.split('.')[1]?.length ?? 0;
  return (Number(value) * faker.number.float({ min: 0.5, max: 1.5 })).toFixed(decimals);
}

/** The same code with other digits: IHB-2019-0042 → IHB-7305-1198, +353871234567 → +353874410926. */
function withOtherDigits(faker: Faker, value: string) {
  if (/\s/.test(value) && !/^\+?[\d\s]+$/.test(value)) return value; // prose stays the fixture's
  const keepPrefix = value.startsWith('+') ? 4 : 0; // an E.164 country code and first digit
  return value.slice(0, keepPrefix) + value.slice(keepPrefix).replace(/\d/g, () => String(faker.number.int(9)));
}

/** Values whose meaning the column name gives away. */
function textLike(faker: Faker, table: string, column: string, value: string, person: { firstName: string; lastName: string }): string | undefined {
  if (/email/.test(column) && value.includes('@')) return faker.internet.email({ ...person, provider: value.split('@')[1] }).toLowerCase();
  if (/(^|_)first_name$/.test(column)) return person.firstName;
  if (/(^|_)(last_name|surname)$/.test(column)) return person.lastName;
  if (/^(full_name|display_name|contact_name|owner_name|rider_name|name)$/.test(column) && /(user|profile|person|people|contact|member|rider|owner|staff|vet|farrier|trainer|guest)/.test(table))
    return `${person.firstName} ${person.lastName}`;
  if (column === 'name' && /horse/.test(table)) return horseName(faker);
  if (/(^|_)(city|town)$/.test(column)) return faker.location.city();
  if (/(^|_)(address_line_?1|street|street_address)$/.test(column)) return faker.location.streetAddress();
  if (/(^|_)(company|organisation|organization|business)_name$/.test(column)) return faker.company.name();
  return undefined;
}

/** A show name as breeders give them: Midnight Thunder, Silver Lining. */
const horseName = (faker: Faker) => {
  const word = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  return `${word(faker.word.adjective())} ${word(faker.word.noun())}`;
};
