import { adminCatalog, adminUsers } from '@db/admin';
import { adminFixtures } from '@db/admin/fixtures';
import {
  appendOnlyRefusal,
  fixtureKit,
  type NaturalKeyCase,
  naturalKeyTests,
  pointing,
  refusal,
  restrictViolation,
  setupTestDatabase,
} from '@db/core/testing';
import { providersCatalog } from '@db/providers';
import { providersFixtures } from '@db/providers/fixtures';
import { communityEvents, socialCatalog } from '@db/social';
import { socialFixtures } from '@db/social/fixtures';
import { userProfiles, usersCatalog } from '@db/users';
import { anotherUserProfile, usersFixtures } from '@db/users/fixtures';
import { sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { describe, expect, test } from 'vitest';
import {
  associationDirectories,
  associationEvents,
  associationMemberships,
  partnershipBenefits,
  partnershipCommunications,
  partnershipContent,
  partnershipContracts,
  partnershipMetrics,
  partnershipReferrals,
  partnerships,
  partnershipsCatalog,
} from '../src/index.ts';
import { partnershipsFixtures } from './fixtures.ts';

/** Natural keys (ingestion upserts), the append-only log, ON DELETE, partial unique indexes and row rules. */
const t = setupTestDatabase();
const fixtures = { ...usersFixtures, ...providersFixtures, ...adminFixtures, ...socialFixtures, ...partnershipsFixtures };
const catalog = { ...usersCatalog, ...providersCatalog, ...adminCatalog, ...socialCatalog, ...partnershipsCatalog };
const { seed, seedParentsOf, insertFixture, rowByKey, rowCount, allRows } = fixtureKit(t, catalog, fixtures);

/**
 * Deletes and updates as plain SQL: what is under test is the database's answer, and an untyped statement costs
 * the type checker nothing (each typed query builder call costs about 2,000 instantiations).
 */
const remove = (table: PgTable, id: string) => t.db.execute(sql`delete from ${table} where id = ${id}`);

describe('natural keys: ingestion upserts', () => {
  const keys: NaturalKeyCase[] = [
    {
      name: 'association_directories',
      table: associationDirectories,
      key: [associationDirectories.source, associationDirectories.externalId],
      set: { memberCount: 5350, memberCountAsOf: '2024-05-31', sourceUpdatedAt: new Date('2024-06-02T06:00:00Z') },
      // Another slug and charity number, so only the source key can refuse the copy.
      distinct: { slug: 'irish-pony-club-copy', registrationNumber: '20012346' },
      index: 'association_directories_source_external_id_key',
    },
    {
      name: 'association_memberships',
      table: associationMemberships,
      key: [associationMemberships.associationId, associationMemberships.membershipNumber],
      set: { validTo: '2025-12-31', renewedOn: '2024-12-10', sourceUpdatedAt: new Date('2024-12-10T18:02:00Z') },
      // A lapsed copy, so the one-current-membership index is not the one refusing it.
      distinct: { status: 'lapsed' },
      index: 'association_memberships_number_key',
    },
    {
      name: 'association_events',
      table: associationEvents,
      key: [associationEvents.associationId, associationEvents.source, associationEvents.externalId],
      set: { status: 'postponed', sourceUpdatedAt: new Date('2024-10-30T12:00:00Z') },
      index: 'association_events_external_key',
    },
    {
      name: 'partnerships',
      table: partnerships,
      key: [partnerships.source, partnerships.externalId],
      set: { tier: 'gold', sourceUpdatedAt: new Date('2024-06-10T09:00:00Z') },
      // A declined copy, so the one-live-partnership index is not the one refusing it.
      distinct: { status: 'declined' },
      index: 'partnerships_source_external_id_key',
    },
    {
      name: 'partnership_contracts',
      table: partnershipContracts,
      key: [partnershipContracts.contractNumber],
      set: { status: 'terminated', terminatedOn: '2024-08-31', terminationReason: 'Replaced by the 2024 agreement' },
      index: 'partnership_contracts_contract_number_key',
    },
    {
      name: 'partnership_benefits',
      table: partnershipBenefits,
      key: [partnershipBenefits.partnershipId, partnershipBenefits.partnerOfferId],
      set: { redemptionCount: 455, sourceUpdatedAt: new Date('2024-06-08T05:00:00Z') },
      index: 'partnership_benefits_partner_offer_key',
    },
    {
      name: 'partnership_referrals',
      table: partnershipReferrals,
      key: [partnershipReferrals.partnershipId, partnershipReferrals.partnerReferralId],
      set: { commissionStatus: 'paid', commissionPaidOn: '2024-04-30' },
      index: 'partnership_referrals_partner_referral_key',
    },
    {
      name: 'partnership_metrics',
      table: partnershipMetrics,
      key: [partnershipMetrics.partnershipId, partnershipMetrics.periodType, partnershipMetrics.periodStart],
      set: { signUpCount: 23, revenueAmount: '1310.00' },
      index: 'partnership_metrics_period_key',
    },
    {
      name: 'partnership_content',
      table: partnershipContent,
      key: [partnershipContent.partnershipId, partnershipContent.externalId],
      set: { viewCount: 2400, clickCount: 195 },
      index: 'partnership_content_external_key',
    },
    // An append-only log: a redelivery is inserted once.
    { name: 'partnership_communications', table: partnershipCommunications, key: [partnershipCommunications.source, partnershipCommunications.externalId], index: 'partnership_communications_source_external_id_key' },
  ];

  naturalKeyTests(t, catalog, fixtures, keys);

  test('the same event id from two associations is two events: the key is scoped by association', async () => {
    const { ref } = await seed(associationEvents);
    const branch = await insertFixture(associationDirectories, ref, {
      name: 'Naas Branch of the Irish Pony Club',
      shortName: null,
      slug: 'ipc-naas-branch',
      associationKind: 'pony_club',
      registrationType: null,
      registrationNumber: null,
      parentAssociationId: ref('association_directories'),
      externalId: 'HSI-AFF-0412',
    });
    await insertFixture(associationEvents, pointing(ref, { association_directories: branch.id }), { eventType: 'rally', title: 'Summer rally' });
    expect(await rowCount(associationEvents)).toBe(2);
  });
});

describe('append-only communications log: the database refuses UPDATE and DELETE', () => {
  test('an entry cannot be edited or removed, its staff member cannot be deleted, and a correction is appended', async () => {
    const { ref } = await seed(partnershipCommunications);
    // A second staff member who only had this call, so no other foreign key can be the one refusing.
    const person = await insertFixture(userProfiles, ref, anotherUserProfile('partnerships-lead'));
    const staff = await insertFixture(adminUsers, pointing(ref, { user_profiles: person.id }), { externalId: 'e3a1c2d4-partnerships-lead' });
    const call = await insertFixture(partnershipCommunications, pointing(ref, { admin_users: staff.id }), { externalId: '47110233999' });

    expect(await refusal(t.db, (tx) => tx.execute(sql`update ${partnershipCommunications} set summary = 'edited afterwards' where id = ${call.id}`))).toEqual(
      appendOnlyRefusal,
    );
    expect(await refusal(t.db, (tx) => tx.execute(sql`delete from ${partnershipCommunications} where id = ${call.id}`))).toEqual(appendOnlyRefusal);
    expect(await refusal(t.db, () => remove(adminUsers, staff.id))).toEqual({
      code: restrictViolation,
      constraint: 'partnership_communications_staff_admin_user_id_fkey',
      column: undefined,
    });

    // The log grows instead: a correction points at the entry it corrects.
    const correction = await insertFixture(partnershipCommunications, ref, {
      externalId: null,
      source: 'manual',
      summary: 'Correction: the offer is reviewed at the September meeting, not before renewal.',
      correctsCommunicationId: ref('partnership_communications'),
    });
    expect(await rowByKey(partnershipCommunications, correction.id)).toMatchObject({ correctsCommunicationId: ref('partnership_communications') });
    expect(await rowCount(partnershipCommunications)).toBe(3);
  });

});

describe('ON DELETE', () => {
  test("erasing a member deletes their membership, and keeps the referral and the guide they are credited on", async () => {
    const { ref } = await seed(associationMemberships, partnershipReferrals, partnershipContent);
    const leaver = await insertFixture(userProfiles, ref, anotherUserProfile('leaver'));
    const as = pointing(ref, { user_profiles: leaver.id });
    const membership = await insertFixture(associationMemberships, as, { membershipNumber: 'IPC-0999001' });
    const referral = await insertFixture(partnershipReferrals, as, { partnerReferralId: 'IPC-REF-99001', convertedSubscriptionId: null });
    const guide = await insertFixture(partnershipContent, as, { externalId: 'ipc-cms-9001' });

    await remove(userProfiles, leaver.id);

    expect(await rowByKey(associationMemberships, membership.id)).toBeUndefined();
    expect(await rowByKey(associationMemberships, ref('association_memberships'))).toMatchObject({ userId: ref('user_profiles') });
    expect(await rowByKey(partnershipReferrals, referral.id)).toMatchObject({ referredUserId: null, status: 'converted', commissionAmount: '12.50' });
    expect(await rowByKey(partnershipContent, guide.id)).toMatchObject({ authorUserId: null, approvalStatus: 'approved' });
  });

  test('a partnership with a contract, and an association with members, cannot be deleted (23503/23001)', async () => {
    const { ref } = await seed(partnershipContracts, associationMemberships);
    expect(await refusal(t.db, () => remove(partnerships, ref('partnerships')))).toEqual({
      code: restrictViolation,
      constraint: 'partnership_contracts_partnership_id_partnerships_id_fkey',
      column: undefined,
    });
    // A partnership with its contracts gone still holds the association; its members hold it anyway.
    expect(await refusal(t.db, () => remove(associationDirectories, ref('association_directories')))).toMatchObject({ code: restrictViolation });
    expect(await rowByKey(partnershipContracts, ref('partnership_contracts'))).toMatchObject({ status: 'active' });
  });

  test("an association's events go with it; the community listing and a branch stay, the branch's parent unset", async () => {
    const { ref } = await seed(associationEvents);
    const branch = await insertFixture(associationDirectories, ref, {
      name: 'Naas Branch of the Irish Pony Club',
      slug: 'ipc-naas-branch',
      registrationType: null,
      registrationNumber: null,
      externalId: 'HSI-AFF-0412',
      parentAssociationId: ref('association_directories'),
      affiliatedFederationId: ref('association_directories'),
    });

    await remove(associationDirectories, ref('association_directories'));

    expect(await rowCount(associationEvents)).toBe(0);
    expect(await rowByKey(communityEvents, ref('community_events'))).toBeDefined();
    expect(await rowByKey(associationDirectories, branch.id)).toMatchObject({ parentAssociationId: null, affiliatedFederationId: null });
  });

  test("deleting a staff account that manages and approved, but never signed or logged, unsets those credits", async () => {
    const { ref } = await seed(partnerships, partnershipContent);
    await remove(adminUsers, ref('admin_users'));
    expect(await rowByKey(partnerships, ref('partnerships'))).toMatchObject({ accountManagerAdminUserId: null, status: 'active' });
    expect(await rowByKey(partnershipContent, ref('partnership_content'))).toMatchObject({
      approvedByAdminUserId: null,
      approvedAt: new Date('2024-05-22T15:30:00Z'),
    });
  });

  test("a members' benefit keeps its association (restrict), and a partnership's benefits, figures and content go with it", async () => {
    const { ref } = await seed(partnershipBenefits, partnershipMetrics, partnershipContent);
    const insurer = await insertFixture(partnerships, ref, {
      partnerKind: 'insurer',
      associationId: null,
      partnerName: 'FBD Insurance',
      partnerLegalName: 'FBD Insurance plc',
      tier: 'gold',
      scopes: ['member_benefits', 'referrals'],
      externalId: '15893374377',
    });
    const insurerOffer = { partnerOfferId: 'FBD-IPC-10', promoCode: 'FBDIPC10', title: '10% off horse insurance for IPC members' };
    await insertFixture(partnershipBenefits, pointing(ref, { partnerships: insurer.id }), insurerOffer);

    // The association is named by both benefits (and partnered): refused.
    expect(await refusal(t.db, () => remove(associationDirectories, ref('association_directories')))).toMatchObject({ code: restrictViolation });

    await remove(partnerships, insurer.id);
    expect((await allRows(partnershipBenefits)).map((row) => row.partnershipId)).toEqual([ref('partnerships')]);

    await remove(partnerships, ref('partnerships'));
    for (const table of [partnershipBenefits, partnershipMetrics, partnershipContent]) expect(await rowCount(table)).toBe(0);
  });
});

describe('partial unique indexes: one current row', () => {
  test('one current membership per user and association; a new number is accepted once the old one has lapsed', async () => {
    const { ref } = await seed(associationMemberships);
    const renewal = { membershipNumber: 'IPC-0488120', validFrom: '2025-03-01', validTo: '2025-12-31', renewedOn: null };
    expect(await refusal(t.db, () => insertFixture(associationMemberships, ref, renewal))).toMatchObject({
      code: '23505',
      constraint: 'association_memberships_current_key',
    });

    await t.db.execute(sql`update ${associationMemberships} set status = 'lapsed' where id = ${ref('association_memberships')}`);
    await insertFixture(associationMemberships, ref, renewal);
    // Another association: a membership of its own.
    const society = await insertFixture(associationDirectories, ref, {
      name: 'Irish Draught Horse Society',
      shortName: 'IDHS',
      slug: 'irish-draught-horse-society',
      associationKind: 'breed_society',
      registrationNumber: '20008811',
      externalId: 'HSI-AFF-0007',
    });
    await insertFixture(associationMemberships, pointing(ref, { association_directories: society.id }), { membershipNumber: 'IDHS-3321' });

    const current = (await allRows(associationMemberships)).filter((row) => row.status === 'active');
    expect(current.map((row) => row.membershipNumber).sort()).toEqual(['IDHS-3321', 'IPC-0488120']);
  });

  test('one live partnership per association; an ended one is history beside it', async () => {
    const { ref } = await seed(partnerships);
    const previous = {
      status: 'ended',
      startedOn: '2019-03-01',
      endedOn: '2021-02-28',
      endReason: 'contract_expired',
      source: 'platform',
      externalId: null,
      sourceUpdatedAt: null,
    };
    await insertFixture(partnerships, ref, previous);
    expect(await refusal(t.db, () => insertFixture(partnerships, ref, { ...previous, status: 'negotiating', endedOn: null, endReason: null }))).toMatchObject({
      code: '23505',
      constraint: 'partnerships_live_association_key',
    });
    expect(await rowCount(partnerships)).toBe(2);
  });
});

/**
 * Rules of one row, in Zod and in the database. `bad` breaks exactly one rule (declared once, in the table);
 * `field` is where Zod reports it and `check` the constraint PostgreSQL names.
 */
const rowRules: { table: string; field: string; bad: Record<string, unknown>; check: string }[] = [
  { table: 'partnerships', field: 'associationId', bad: { partnerKind: 'insurer' }, check: 'partnerships_association_kind_check' },
  { table: 'partnerships', field: 'endedOn', bad: { endReason: 'contract_expired' }, check: 'partnerships_end_reason_ended_check' },
  { table: 'partnership_contracts', field: 'supersedesContractId', bad: { contractType: 'amendment' }, check: 'partnership_contracts_amendment_check' },
  { table: 'partnership_contracts', field: 'signedOn', bad: { signedOn: null }, check: 'partnership_contracts_active_signed_check' },
  { table: 'partnership_benefits', field: 'eligibleAssociationId', bad: { eligibility: 'subscribers' }, check: 'partnership_benefits_association_only_check' },
  { table: 'partnership_referrals', field: 'partnerReferralId', bad: { partnerReferralId: null }, check: 'partnership_referrals_inbound_id_check' },
  { table: 'partnership_content', field: 'approvedAt', bad: { approvedAt: null }, check: 'partnership_content_approved_at_check' },
  { table: 'association_memberships', field: 'verifiedAt', bad: { verifiedAt: null }, check: 'association_memberships_verification_check' },
  { table: 'association_directories', field: 'registrationNumber', bad: { registrationNumber: null }, check: 'association_directories_registration_check' },
  { table: 'association_events', field: 'endsAt', bad: { endsAt: new Date('2024-11-16T10:00:00Z') }, check: 'association_events_ends_at_check' },
];

describe('row rules: Zod and the database refuse the same row', () => {
  test.each(rowRules)('$table: $check', async ({ table: name, field, bad, check }) => {
    const { table, insert } = catalog[name]!;
    const { ref } = await seedParentsOf(table);
    const row: Record<string, unknown> = { ...fixtures[name]!(ref), ...bad };

    expect(insert.safeParse(row).error?.issues.map((issue) => issue.path[0])).toEqual([field]);
    expect(await refusal(t.db, (tx) => tx.insert(table).values(row as never))).toEqual({ code: '23514', constraint: check, column: undefined });
    expect(await rowCount(table)).toBe(0);
  });
});
