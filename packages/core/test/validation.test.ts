import { getTableConfig } from 'drizzle-orm/pg-core';
import { date, integer, text } from 'drizzle-orm/pg-core';
import { describe, expect, expectTypeOf, test } from 'vitest';
import { z } from 'zod';
import {
  currency,
  decimalString,
  domainTable,
  E164_PHONE,
  formatCheck,
  formatted,
  HTTP_URL,
  id,
  inOrder,
  jsonList,
  money,
  tableSchemas,
  textEnum,
  timestamps,
  requiredWhen,
  together,
  withRowRules,
} from '../src/index.ts';

const GAITS = ['walk', 'trot', "canter's"] as const;
const lessons = domainTable('lessons', {
  id: id(),
  title: text().notNull(),
  gait: textEnum(GAITS).notNull(),
  fee: money(),
  feeCurrency: currency(),
  heldOn: date(),
  riders: integer().notNull(),
  notes: jsonList<string>(),
  ...timestamps(),
});

describe('domainTable', () => {
  test('adds a CHECK for every enumerated text and currency column', () => {
    const checks = getTableConfig(lessons).checks.map((check) => check.name);
    expect(checks.sort()).toEqual(['lessons_fee_currency_check', 'lessons_gait_check']);
  });
});

describe('tableSchemas', () => {
  const schemas = tableSchemas(lessons, { notes: () => z.array(z.string()), riders: (s) => s.min(1) });
  const valid = { title: 'Flatwork', gait: 'trot', riders: 2 } as const;
  const issuesOf = (input: unknown) => schemas.insert.safeParse(input).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);

  test('accepts a valid row and leaves defaulted and nullable columns optional', () => {
    expect(schemas.insert.parse(valid)).toEqual(valid);
  });

  test.each([
    [{ fee: '12.345' }, 'fee: must be a decimal with at most 12 digits before the point and 2 after'],
    [{ fee: '1e5' }, 'fee: must be a decimal'],
    [{ feeCurrency: 'usd' }, 'feeCurrency: must be an ISO 4217 currency code'],
    [{ feeCurrency: 'ZZZ' }, 'feeCurrency: must be an ISO 4217 currency code'],
    [{ heldOn: '2024-02-30' }, 'heldOn: must be a calendar date'],
    [{ gait: 'gallop' }, 'gait: Invalid option'],
    [{ riders: 0 }, 'riders: Too small'],
    [{ notes: [1] }, 'notes.0: Invalid input'],
  ])('rejects %o naming the field', (change, message) => {
    expect(issuesOf({ ...valid, ...change })?.join('\n')).toContain(message);
  });

  test('requires a Zod shape for every jsonb column', () => {
    expect(() => tableSchemas(lessons)).toThrow('jsonb column notes needs a Zod shape');
  });
});

describe('decimalString', () => {
  test.each([
    ['0', true],
    ['-3.5', true],
    ['123456789012.99', true],
    ['1234567890123', false],
    ['.5', false],
  ])('numeric(14,2) %s -> %s', (value, ok) => {
    expect(decimalString(14, 2).safeParse(value).success).toBe(ok);
  });

  test('nonNegative rejects a minus sign', () => {
    expect(decimalString(14, 2, { nonNegative: true }).safeParse('-1').success).toBe(false);
  });
});

describe('formats', () => {
  const contacts = domainTable('contacts', { id: id(), phone: text(), site: text() }, (t) => [
    formatCheck(t.phone, E164_PHONE),
    formatCheck(t.site, HTTP_URL),
  ]);

  test('one pattern gives the CHECK and the Zod refinement', () => {
    const checks = getTableConfig(contacts).checks.map((c) => c.name).sort();
    expect(checks).toEqual(['contacts_phone_format_check', 'contacts_site_format_check']);
    const schemas = tableSchemas(contacts, { phone: formatted(E164_PHONE), site: formatted(HTTP_URL) });
    expect(schemas.insert.safeParse({ phone: '+353871234567', site: 'https://example.ie' }).success).toBe(true);
    expect(schemas.insert.safeParse({ phone: '0871234567' }).error?.issues[0]?.message).toBe(E164_PHONE.message);
  });
});

describe('row rules', () => {
  const stays = domainTable('stays', {
    id: id(),
    arrivedOn: date(),
    leftOn: date(),
    note: text(),
    noteBy: text(),
    status: textEnum(['booked', 'cancelled']).notNull(),
    cancelledOn: date(),
  });
  const schemas = withRowRules(tableSchemas(stays), [
    inOrder('arrivedOn', 'leftOn', 'must not be before arrival'),
    together('note', 'noteBy', 'a note needs its author'),
    requiredWhen('cancelledOn', 'status', 'cancelled'),
  ]);

  test('report on the named field and pass on null, as SQL does', () => {
    const issues = (input: object) => schemas.insert.safeParse(input).error?.issues.map((i) => `${String(i.path[0])}: ${i.message}`);
    const booked = { status: 'booked' };
    expect(issues({ ...booked, arrivedOn: '2024-05-02', leftOn: '2024-05-01' })).toEqual(['leftOn: must not be before arrival']);
    expect(issues({ ...booked, arrivedOn: '2024-05-02' })).toBeUndefined();
    expect(issues({ ...booked, note: 'lame' })).toEqual(['noteBy: a note needs its author']);
    expect(issues({ status: 'cancelled' })).toEqual(['cancelledOn: is required when status is cancelled']);
    expect(issues({ status: 'cancelled', cancelledOn: '2024-05-01' })).toBeUndefined();
  });

  test('an update patch is checked only on the fields it carries', () => {
    expect(schemas.update.safeParse({ leftOn: '2024-05-01' }).success).toBe(true);
    expect(schemas.update.safeParse({ arrivedOn: '2024-05-02', leftOn: '2024-05-01' }).success).toBe(false);
  });
});

describe('tableSchemas typing', () => {
  test('refinements written inline get their column schema as context', () => {
    const counts = domainTable('counts', { id: id(), name: text().notNull(), n: integer().notNull() });
    // Type-checked by tsc (noImplicitAny): `s` must be inferred as the column's Zod type.
    const schemas = tableSchemas(counts, { n: (s) => s.min(0, 'must be 0 or more') });
    expectTypeOf(schemas.insert.shape.n).toEqualTypeOf<z.ZodInt>();
    expect(schemas.insert.safeParse({ name: 'x', n: -1 }).error?.issues[0]?.message).toBe('must be 0 or more');
  });
});
