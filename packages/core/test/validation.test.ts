import { date, getTableConfig, integer, jsonb, PgDialect, text } from 'drizzle-orm/pg-core';
import fc from 'fast-check';
import { describe, expect, expectTypeOf, test } from 'vitest';
import { z } from 'zod';
import {
  between,
  clientInsertSchema,
  currency,
  decimalString,
  domainTable,
  E164_PHONE,
  formatCheck,
  HTTP_URL,
  id,
  inOrder,
  jsonList,
  jsonValue,
  LANGUAGE_TAG,
  money,
  nonNegative,
  positive,
  requiredWhen,
  tableSchemas,
  textEnum,
  timestamps,
  together,
} from '../src/index.ts';
import { arbitraryOf } from '../src/testing/arbitraries.ts';

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

  test('clientInsertSchema: the insert schema without the server’s fields, refusing them as unknown keys', () => {
    const client = clientInsertSchema(lessons, ['id', 'createdAt', 'updatedAt', 'riders'], { notes: () => z.array(z.string()) });
    expect(client.safeParse({ title: 'Flatwork', gait: 'trot' }).success).toBe(true);
    expect(client.safeParse({ title: 'Flatwork', gait: 'trot', riders: 2 }).error?.issues[0]?.message).toContain('riders');
    expect(client.safeParse({ title: 'Flatwork', gait: 'gallop' }).success).toBe(false);
  });

  test('refuses NUL in every element of a text[] column, as PostgreSQL does', () => {
    const tagged = tableSchemas(domainTable('tagged', { id: id(), tags: text().array().notNull() }));
    expect(tagged.insert.safeParse({ tags: ['ok', 'no\0'] }).error?.issues[0]?.message).toBe('must not contain NUL characters');
    expect(tagged.insert.safeParse({ tags: ['ok', 'fine'] }).success).toBe(true);
  });

  test('jsonValue: any JSON a driver can write to a NOT NULL jsonb column, nothing missing, no bare booleans', () => {
    const outputs = tableSchemas(domainTable('outputs', { id: id(), output: jsonb().notNull() }), { output: jsonValue });
    const accepts = (output: unknown) => outputs.insert.safeParse(output === undefined ? {} : { output }).success;
    expect([{ ok: true }, [{ ok: true }], [1, 'a'], 'text', 12].map(accepts)).toEqual([true, true, true, true, true]);
    expect([undefined, null, true, [true], [[false]]].map(accepts)).toEqual([false, false, false, false, false]);
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
});

describe('formats', () => {
  const contacts = domainTable('contacts', { id: id(), phone: text(), site: text() }, (t) => [
    formatCheck(t.phone, E164_PHONE),
    formatCheck(t.site, HTTP_URL),
  ]);

  test('one declaration gives the CHECK and the Zod refinement', () => {
    const checks = getTableConfig(contacts).checks.map((c) => c.name).sort();
    expect(checks).toEqual(['contacts_phone_format_check', 'contacts_site_format_check']);
    const schemas = tableSchemas(contacts);
    expect(schemas.insert.safeParse({ phone: '+353871234567', site: 'https://example.ie' }).success).toBe(true);
    expect(schemas.insert.safeParse({ phone: '0871234567' }).error?.issues[0]?.message).toBe(E164_PHONE.message);
  });

  test('LANGUAGE_TAG takes the tags people really send: script, region, numeric region and variant subtags', () => {
    const real = ['en', 'ga', 'en-IE', 'zh-Hant-TW', 'es-419', 'sr-Latn-RS', 'de-CH-1996', 'yue-HK'];
    expect(real.filter((tag) => !LANGUAGE_TAG.pattern.test(tag))).toEqual([]);
    expect(['en_IE', 'EN', 'English', 'en-', ''].filter((tag) => LANGUAGE_TAG.pattern.test(tag))).toEqual([]);
  });
});

describe('rules declared beside the table', () => {
  const stays = domainTable(
    'stays',
    {
      id: id(),
      arrivedOn: date(),
      leftOn: date(),
      note: text(),
      noteBy: text(),
      status: textEnum(['booked', 'cancelled']).notNull(),
      cancelledOn: date(),
      nights: integer(),
      deposit: money(),
    },
    (t) => [
      inOrder(t.arrivedOn, t.leftOn),
      together(t.note, t.noteBy),
      requiredWhen(t.cancelledOn, t.status, 'cancelled'),
      positive(t.nights),
      nonNegative(t.deposit),
    ],
  );
  const schemas = tableSchemas(stays);
  const issues = (input: object) => schemas.insert.safeParse(input).error?.issues.map((i) => `${String(i.path[0])}: ${i.message}`);
  const booked = { status: 'booked' };

  test('each renders its CHECK, auto-named after its columns', () => {
    const checks = Object.fromEntries(getTableConfig(stays).checks.map((c) => [c.name, new PgDialect().sqlToQuery(c.value).sql.replaceAll('"stays".', '')]));
    expect(checks).toEqual({
      stays_arrived_on_left_on_check: '"left_on" >= "arrived_on"',
      stays_note_note_by_check: '("note" is null) = ("note_by" is null)',
      stays_status_cancelled_on_check: `"status" <> 'cancelled' or "cancelled_on" is not null`,
      stays_nights_check: '"nights" > 0',
      stays_deposit_check: '"deposit" >= 0',
      stays_status_check: `"status" in ('booked', 'cancelled')`,
    });
  });

  test('and its Zod twin, reported on the named field, passing on null as SQL does', () => {
    expect(issues({ ...booked, arrivedOn: '2024-05-02', leftOn: '2024-05-01' })).toEqual(['leftOn: must not be before arrivedOn']);
    expect(issues({ ...booked, arrivedOn: '2024-05-02' })).toBeUndefined();
    expect(issues({ ...booked, note: 'lame' })).toEqual(['noteBy: note and noteBy are given together or not at all']);
    expect(issues({ status: 'cancelled' })).toEqual(['cancelledOn: is required when status is cancelled']);
    expect(issues({ status: 'cancelled', cancelledOn: '2024-05-01' })).toBeUndefined();
    expect(issues({ ...booked, nights: 0 })).toEqual(['nights: must be greater than 0']);
    expect(issues({ ...booked, deposit: '-0.01' })).toEqual(['deposit: must be 0 or more']);
  });

  test('numeric bounds compare by value, not as text', () => {
    const quotes = domainTable('quotes', { id: id(), low: money(), high: money() }, (t) => [inOrder(t.low, t.high)]);
    const { insert } = tableSchemas(quotes);
    expect(insert.safeParse({ low: '20.00', high: '100.00' }).success).toBe(true);
    expect(insert.safeParse({ low: '100.00', high: '20.00' }).error?.issues[0]?.message).toBe('must not be before low');
  });

  test('an integer range far from 0 is a bound generators read: valid values come by construction, not by chance', () => {
    const replies = domainTable('replies', { id: id(), statusCode: integer().notNull() }, (t) => [between(t.statusCode, 100, 599)]);
    const { insert } = tableSchemas(replies);
    expect(insert.safeParse({ statusCode: 99 }).error?.issues.map((i) => i.message)).toEqual(['must be between 100 and 599']);
    const codes = fc.sample(arbitraryOf((insert as unknown as z.ZodObject).shape.statusCode as z.ZodType), { seed: 1, numRuns: 200 });
    expect(codes.every((code) => Number.isInteger(code) && (code as number) >= 100 && (code as number) <= 599)).toBe(true);
  });

  test('an update patch is checked only on the fields it carries', () => {
    expect(schemas.update.safeParse({ leftOn: '2024-05-01' }).success).toBe(true);
    expect(schemas.update.safeParse({ arrivedOn: '2024-05-02', leftOn: '2024-05-01' }).success).toBe(false);
  });

  test('insert and update refuse unknown keys, naming them; select reads what the database returns', () => {
    expect(issues({ ...booked, nigths: 2 })).toEqual(['undefined: unknown field `nigths`']);
    expect(schemas.update.safeParse({ staus: 'cancelled' }).error?.issues.map((i) => i.message)).toEqual(['unknown field `staus`']);
    expect(schemas.select.safeParse({ ...schemas.select.parse(selectRow()), computed: 1 }).success).toBe(true);
  });
});

/** A row as the database returns it for `stays`. */
const selectRow = () => ({
  id: '0b5e8f2a-3c1d-4e6f-9a7b-2d4c6e8f0a1b',
  arrivedOn: null,
  leftOn: null,
  note: null,
  noteBy: null,
  status: 'booked',
  cancelledOn: null,
  nights: null,
  deposit: null,
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
