import { fixtureKit, type Ref, refusal, setupTestDatabase } from '@db/core/testing';
import { usersCatalog } from '@db/users';
import { usersFixtures } from '@db/users/fixtures';
import { describe, expect, test } from 'vitest';
import { providerAvailability, providerAvailabilitySchemas, providersCatalog } from '../src/index.ts';
import { providersFixtures } from './fixtures.ts';

/** Multi-column rules: the Zod row rule and the CHECK it twins refuse the same row; a one-field patch passes. */

const t = setupTestDatabase();

const fixtures = { ...usersFixtures, ...providersFixtures };
const schemas = {
  ...usersCatalog,
  ...providersCatalog,
};
const { seedParentsOf, rowCount } = fixtureKit(t, schemas, fixtures);


const issuePaths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => issue.path[0]) ?? [];

/** A recurring weekly slot (the fixture) and the two date exceptions. */
const recurring = (ref: Ref) => fixtures.provider_availability!(ref);
const closure = (ref: Ref) => ({
  practiceId: ref('vet_practices'),
  kind: 'closure',
  exceptionDate: '2025-12-25',
  reason: 'Christmas Day',
});
const extraOpening = (ref: Ref) => ({
  ...closure(ref),
  kind: 'extra_opening',
  exceptionDate: '2025-12-27',
  startTime: '09:00',
  endTime: '12:00',
  isEmergencyOnly: true,
  reason: 'Post-Christmas emergency clinic',
});

interface BrokenRule {
  table: string;
  why: string;
  /** The field Zod reports the issue on. */
  field: string;
  /** The CHECK the database reports. */
  constraint: string;
  /** The columns the rule reads. */
  fields: string[];
  row: (ref: Ref) => Record<string, unknown>;
  /** An update touching only some of `fields`: the rule cannot be judged, so it passes. */
  patch: Record<string, unknown>;
}

const brokenRules: BrokenRule[] = [
  {
    table: 'provider_credentials',
    why: 'verified without a verification time',
    field: 'verifiedAt',
    constraint: 'provider_credentials_verified_at_check',
    fields: ['verificationStatus', 'verifiedAt'],
    row: (ref) => ({ ...fixtures.provider_credentials!(ref), verifiedAt: null }),
    patch: { verificationStatus: 'verified' },
  },
  {
    table: 'provider_partnerships',
    why: 'neither a platform partner nor an external one',
    field: 'externalPartnerName',
    constraint: 'provider_partnerships_partner_check',
    fields: ['partnerPracticeId', 'externalPartnerName'],
    row: (ref) => ({ ...fixtures.provider_partnerships!(ref), externalPartnerName: null }),
    patch: { externalPartnerName: 'Fethard Equine Hospital' },
  },
  {
    table: 'vet_practices',
    why: 'a registration number without its registering body',
    field: 'registeringBody',
    constraint: 'vet_practices_registration_pair_check',
    fields: ['registrationNumber', 'registeringBody'],
    row: (ref) => ({ ...fixtures.vet_practices!(ref), registeringBody: null }),
    patch: { registrationNumber: 'VCI-PP-09999' },
  },
  // The availability kinds: recurring rows are a weekly pattern, closures and extra openings one-day exceptions.
  {
    table: 'provider_availability',
    why: 'a recurring slot without a day of week',
    field: 'dayOfWeek',
    constraint: 'provider_availability_recurring_check',
    fields: ['kind', 'dayOfWeek'],
    row: (ref) => ({ ...recurring(ref), dayOfWeek: null }),
    patch: { kind: 'recurring' },
  },
  {
    table: 'provider_availability',
    why: 'a recurring slot on an exception date',
    field: 'exceptionDate',
    constraint: 'provider_availability_recurring_check',
    fields: ['kind', 'exceptionDate'],
    row: (ref) => ({ ...recurring(ref), exceptionDate: '2025-03-17' }),
    patch: { exceptionDate: '2025-03-17' },
  },
  {
    table: 'provider_availability',
    why: 'a recurring slot without times',
    field: 'startTime',
    constraint: 'provider_availability_recurring_check',
    fields: ['kind', 'startTime'],
    row: (ref) => ({ ...recurring(ref), startTime: null, endTime: null }),
    patch: { startTime: null, endTime: null },
  },
  {
    table: 'provider_availability',
    why: 'a closure without an exception date',
    field: 'exceptionDate',
    constraint: 'provider_availability_exception_check',
    fields: ['kind', 'exceptionDate'],
    row: (ref) => ({ ...closure(ref), exceptionDate: null }),
    patch: { kind: 'closure' },
  },
  {
    table: 'provider_availability',
    why: 'a closure on a day of week',
    field: 'dayOfWeek',
    constraint: 'provider_availability_exception_check',
    fields: ['kind', 'dayOfWeek'],
    row: (ref) => ({ ...closure(ref), dayOfWeek: 4 }),
    patch: { dayOfWeek: 4 },
  },
  {
    table: 'provider_availability',
    why: 'a closure with an effective period',
    field: 'effectiveFrom',
    constraint: 'provider_availability_exception_check',
    fields: ['kind', 'effectiveFrom', 'effectiveTo'],
    row: (ref) => ({ ...closure(ref), effectiveFrom: '2025-12-01', effectiveTo: '2025-12-31' }),
    patch: { kind: 'closure', effectiveFrom: '2025-12-01' },
  },
  {
    table: 'provider_availability',
    why: 'an extra opening without times',
    field: 'startTime',
    constraint: 'provider_availability_extra_opening_check',
    fields: ['kind', 'startTime'],
    row: (ref) => ({ ...extraOpening(ref), startTime: null, endTime: null }),
    patch: { kind: 'extra_opening' },
  },
];

describe('a row breaking a multi-column rule is refused by Zod on the field and by the CHECK', () => {
  test.each(brokenRules.map((rule) => [`${rule.table}: ${rule.why}`, rule] as const))('%s', async (_, rule) => {
    const { table, insert, update } = schemas[rule.table]!;
    const { ref } = await seedParentsOf(table);
    const row = rule.row(ref);

    expect(issuePaths(insert.safeParse(row))).toEqual([rule.field]);
    expect(await refusal(t.db, () => t.db.insert(table).values(row as never))).toEqual({ code: '23514', constraint: rule.constraint });
    expect(await rowCount(table)).toBe(0);

    // An update carrying every field of the rule is judged like an insert; one missing some is not judged.
    const judged = Object.fromEntries(rule.fields.map((field) => [field, row[field] ?? null]));
    expect(issuePaths(update.safeParse(judged))).toContain(rule.field);
    expect(update.safeParse(rule.patch).success).toBe(true);
  });
});

describe('availability kinds: what each kind accepts', () => {
  const accepted: [string, (ref: Ref) => Record<string, unknown>][] = [
    ['a recurring slot with an effective period (the fixture)', recurring],
    ['an open-ended recurring slot', (ref) => ({ ...recurring(ref), effectiveFrom: null, effectiveTo: null })],
    ['an all-day closure (no times)', closure],
    ['a part-day closure', (ref) => ({ ...closure(ref), exceptionDate: '2025-12-24', startTime: '13:00', endTime: '18:00' })],
    ['an extra opening with times', extraOpening],
  ];

  test.each(accepted)('%s', async (_, build) => {
    const { ref } = await seedParentsOf(providerAvailability);
    const values = providerAvailabilitySchemas.insert.parse(build(ref));
    const [written] = await t.db.insert(providerAvailability).values(values).returning();
    expect(written).toMatchObject({ kind: build(ref).kind });
  });

  test('the update schema lets a slot change kind only with the fields that kind needs', () => {
    const { update } = providerAvailabilitySchemas;
    expect(update.safeParse({ kind: 'closure', dayOfWeek: null, exceptionDate: '2025-08-04' }).success).toBe(true);
    expect(issuePaths(update.safeParse({ kind: 'closure', dayOfWeek: 1, exceptionDate: '2025-08-04' }))).toEqual([
      'dayOfWeek',
    ]);
    expect(issuePaths(update.safeParse({ kind: 'recurring', dayOfWeek: 1, exceptionDate: '2025-08-04' }))).toEqual([
      'exceptionDate',
    ]);
  });
});
