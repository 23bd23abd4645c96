import { fixtureKit, pointing, setupTestDatabase } from '@db/core/testing';
import { healthCatalog, healthRecords, healthReminders, vetVisits } from '@db/health';
import { healthFixtures } from '@db/health/fixtures';
import { horseOwnershipHistory, horses, horsesCatalog } from '@db/horses';
import { horsesFixtures } from '@db/horses/fixtures';
import { providersCatalog, providerStaff, veterinarians, vetPractices } from '@db/providers';
import { providersFixtures } from '@db/providers/fixtures';
import { billingAddresses, invoices, purchaseHistory, purchasesCatalog, shippingAddresses, transactions } from '@db/purchases';
import { purchasesFixtures } from '@db/purchases/fixtures';
import {
  userActivityLog,
  userPaymentMethods,
  userPreferences,
  userProfiles,
  userProfileSchemas,
  userRoles,
  userSessions,
  usersCatalog,
  userSubscriptions,
} from '@db/users';
import { anotherUserProfile, usersFixtures } from '@db/users/fixtures';
import { getColumns } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import {
  accessControlLists,
  anonymisedProfile,
  authenticationLogs,
  complianceCatalog,
  currentConsents,
  dataPrivacyRequests,
  eraseUser,
  ErasureError,
  erasureSummarySchema,
  gdprCompliance,
  PROFILE_COLUMNS_KEPT,
  sessionSecurity,
} from '../src/index.ts';
import { complianceFixtures } from './fixtures.ts';

/**
 * The erasure of a user across every pillar this package can see: users, horses, providers, purchases, health and
 * compliance itself. Everything runs in the test's rolled-back transaction (eraseUser's own transaction is then a
 * savepoint), with the migrations' append-only triggers in place, so the erasure is shown to need no UPDATE or DELETE on a log.
 */
const t = setupTestDatabase();
const catalogs = [usersCatalog, horsesCatalog, providersCatalog, purchasesCatalog, healthCatalog, complianceCatalog];
const catalog = Object.assign({}, ...catalogs) as typeof complianceCatalog;
const fixtures = { ...usersFixtures, ...horsesFixtures, ...providersFixtures, ...purchasesFixtures, ...healthFixtures, ...complianceFixtures };
const { seed, insertFixture, rowCount, rowByKey, allRows } = fixtureKit(t, catalog, fixtures);

const everyTable = Object.values(catalog).map((entry) => entry.table);
/** Every row of every table, in a stable order. */
const snapshot = async () =>
  Promise.all(everyTable.map(async (table) => (await allRows(table)).sort((a, b) => String(a.id).localeCompare(String(b.id)))));

/**
 * One row in every table of the six packages, all pointing at the fixture user (Siobhán): her sessions, roles,
 * cards, horse (which she entered and owns), her practice staff record, her invoice and the billing address it was
 * sent to, her clinical entries, her consents and sign-ins. A second user takes over what she authored.
 */
async function scenario() {
  const { ref } = await seed(...everyTable);
  const userId = ref('user_profiles');
  const successor = await insertFixture(userProfiles, ref, anotherUserProfile('yard-manager'));
  // An address of hers that no document points at, and another person's address: the first goes, the second stays.
  const spare = await insertFixture(billingAddresses, ref, { label: 'Old flat', isDefault: false });
  const neighbours = await insertFixture(billingAddresses, pointing(ref, { user_profiles: successor.id }));
  // A second consent purpose, already withdrawn: nothing to withdraw again.
  await insertFixture(gdprCompliance, ref, {
    purpose: 'profiling',
    decision: 'withdrawn',
    source: null,
    externalId: null,
    capturedAt: new Date('2024-04-02T12:00:00Z'),
  });
  return { ref, userId, successor, spare, neighbours, requestId: ref('data_privacy_requests') };
}

describe('eraseUser', () => {
  test('anonymises the profile, deletes her own rows, nulls her credits, keeps the records, hands her horse over', async () => {
    const { ref, userId, successor, spare, neighbours, requestId } = await scenario();
    const consentRowsBefore = await rowCount(gdprCompliance);

    const summary = await eraseUser(t.db, { userId, requestId, successorUserId: successor.id });

    // The profile: anonymised in place, erased.
    const profile = (await rowByKey(userProfiles, userId))!;
    expect(profile).toMatchObject({ ...anonymisedProfile(userId, profile.erasedAt as Date), status: 'erased' });
    expect(profile.erasedAt).toEqual(new Date(summary.erasedAt));
    expect(JSON.stringify(profile)).not.toMatch(/Siobh|Byrne|siobhan|353871234567|1986-04-12|Naas/);

    // Her own rows (CASCADE) are gone, with what cascades from them.
    for (const table of [userSessions, userRoles, userPreferences, userPaymentMethods, purchaseHistory, healthReminders, providerStaff, accessControlLists, sessionSecurity]) {
      expect(await rowCount(table), (table as unknown as { _: { name: string } })._?.name).toBe(0);
    }
    expect(await rowByKey(billingAddresses, spare.id)).toBeUndefined();
    expect(await rowByKey(billingAddresses, neighbours.id)).toMatchObject({ userId: successor.id, fullName: neighbours.fullName });

    // The billing address her invoice was sent to stays (the invoice is a legal record): archived, contact nulled.
    expect(await rowByKey(billingAddresses, ref('billing_addresses'))).toMatchObject({
      userId,
      fullName: 'Siobhán Byrne',
      label: null,
      email: null,
      phone: null,
      isDefault: false,
      archivedAt: expect.any(Date),
    });
    // So does the delivery address of her order, minus its phone, instructions and yard coordinates.
    expect(await rowByKey(shippingAddresses, ref('shipping_addresses'))).toMatchObject({ userId, phone: null, deliveryInstructions: null, latitude: null, isDefault: false });
    expect(summary.retained).toEqual([
      { table: 'billing_addresses', id: ref('billing_addresses'), heldBy: expect.stringContaining('billing_address_id'), neutralised: true },
      { table: 'shipping_addresses', id: ref('shipping_addresses'), heldBy: expect.stringContaining('shipping_address_id'), neutralised: true },
    ]);

    // Credits and provenance (SET NULL) are nulled; the rows stay.
    expect(await rowByKey(healthRecords, ref('health_records'))).toMatchObject({ recordedByUserId: null });
    expect(await rowByKey(vetVisits, ref('vet_visits'))).toMatchObject({ requestedByUserId: null });
    expect(await rowByKey(vetPractices, ref('vet_practices'))).toMatchObject({ ownerUserId: null });
    expect(await rowByKey(veterinarians, ref('veterinarians'))).toMatchObject({ userId: null });
    expect(await rowByKey(horses, ref('horses'))).toMatchObject({ breederUserId: null });
    expect((await allRows(userActivityLog)).map((row) => row.userId)).toEqual([null]);

    // Authorship goes to the successor.
    expect(await rowByKey(horses, ref('horses'))).toMatchObject({ createdByUserId: successor.id });

    // Legal, financial, clinical and audit records (RESTRICT) stay, pointing at the anonymised profile.
    expect(await rowByKey(invoices, ref('invoices'))).toMatchObject({ buyerUserId: userId, totalAmount: '204.30' });
    expect(await rowByKey(transactions, ref('transactions'))).toMatchObject({ payerUserId: userId, paymentMethodId: null });
    expect(await rowByKey(userSubscriptions, ref('user_subscriptions'))).toMatchObject({ userId, paymentMethodId: null });
    expect(await rowByKey(horseOwnershipHistory, ref('horse_ownership_history'))).toMatchObject({ ownerUserId: userId });
    expect(await rowByKey(authenticationLogs, ref('authentication_logs'))).toMatchObject({ userId });
    expect(await rowByKey(dataPrivacyRequests, requestId)).toMatchObject({ subjectUserId: userId });

    // The consent ledger: one withdrawal appended for the purpose still granted; the current decisions say so.
    expect(await rowCount(gdprCompliance)).toBe(consentRowsBefore + 1);
    expect((await currentConsents(t.db, userId)).map(({ purpose, decision }) => [purpose, decision])).toEqual([
      ['marketing_email', 'withdrawn'],
      ['profiling', 'withdrawn'],
    ]);

    // The request: completed, with the summary as evidence.
    const request = (await rowByKey(dataPrivacyRequests, requestId))!;
    expect(request).toMatchObject({ status: 'completed', completedAt: new Date(summary.erasedAt), resolution: { erasure: summary } });
    expect(erasureSummarySchema.parse(summary)).toEqual(summary);
    expect(summary).toMatchObject({
      userId,
      alreadyErased: false,
      successorUserId: successor.id,
      consentsWithdrawn: 1,
      reassigned: { 'horses.created_by_user_id': 1 },
      deleted: expect.objectContaining({
        user_sessions: 1,
        user_roles: 1,
        user_preferences: 1,
        billing_addresses: 1,
        purchase_history: 1,
        health_reminders: 1,
        provider_staff: 1,
        access_control_lists: 1,
      }),
      nulled: expect.objectContaining({
        'health_records.recorded_by_user_id': 1,
        'vet_practices.owner_user_id': 1,
        'user_activity_log.user_id': 1,
        'access_control_lists.granted_by_user_id': 1,
      }),
      kept: expect.objectContaining({
        'invoices.buyer_user_id': 1,
        'transactions.payer_user_id': 1,
        'user_subscriptions.user_id': 1,
        'horse_ownership_history.owner_user_id': 1,
        'authentication_logs.user_id': 1,
        'gdpr_compliance.user_id': consentRowsBefore + 1,
        'data_privacy_requests.subject_user_id': 1,
      }),
    });
    // Nothing that could still point at her is left unaccounted for: every row referencing her is kept or retained.
    const referencing = Object.values(summary.kept).reduce((sum, n) => sum + n, 0);
    expect(referencing).toBeGreaterThan(0);
  });

  test('without a successor, what she authored is kept pointing at the anonymised profile', async () => {
    const { ref, userId, requestId } = await scenario();
    const summary = await eraseUser(t.db, { userId, requestId });
    expect(await rowByKey(horses, ref('horses'))).toMatchObject({ createdByUserId: userId });
    expect(summary.reassigned).toEqual({});
    expect(summary.kept).toMatchObject({ 'horses.created_by_user_id': 1 });
  });

  test('erasing twice is a no-op; a later request about an erased user completes saying so', async () => {
    const { ref, userId, successor, requestId } = await scenario();
    const first = await eraseUser(t.db, { userId, requestId, successorUserId: successor.id });
    const before = await snapshot();

    const second = await eraseUser(t.db, { userId, requestId, successorUserId: successor.id });
    expect(second).toEqual(first);
    expect(await snapshot()).toEqual(before);

    // A new ticket, received after the erasure: it completes now, not at the (earlier) erasure instant.
    await new Promise((resolve) => setTimeout(resolve, 5));
    const receivedAt = new Date(Date.parse(first.erasedAt) + 2);
    const again = await insertFixture(dataPrivacyRequests, ref, {
      externalId: '48999',
      receivedAt,
      dueAt: new Date(receivedAt.getTime() + 720 * 3600 * 1000),
      identityVerifiedAt: receivedAt,
    });
    const later = await eraseUser(t.db, { userId, requestId: again.id });
    expect(later).toMatchObject({ alreadyErased: true, erasedAt: first.erasedAt, deleted: {}, nulled: {}, kept: {}, retained: [], consentsWithdrawn: 0 });
    expect(await rowByKey(dataPrivacyRequests, again.id)).toMatchObject({ status: 'completed', completedAt: expect.any(Date), resolution: { erasure: later } });
    expect(await rowByKey(userProfiles, userId)).toEqual(before[everyTable.indexOf(userProfiles)]!.find((row) => row.id === userId));
  });

  test('an unknown user, an unknown request or a request not ready fails clearly and changes nothing', async () => {
    const { ref, userId, requestId } = await scenario();
    const unknown = '0b7f3c52-9a41-4d6e-8f2b-5c1d7e9a3b40';

    await expect(eraseUser(t.db, { userId: unknown, requestId })).rejects.toThrow(new ErasureError(`cannot erase user ${unknown}: user_profiles has no such row`));
    await expect(eraseUser(t.db, { userId, requestId: unknown })).rejects.toThrow(/data_privacy_requests has no row/);
    await expect(eraseUser(t.db, { userId: 'siobhan', requestId })).rejects.toThrow(ErasureError);
    await expect(eraseUser(t.db, { userId, requestId, successorUserId: userId })).rejects.toThrow(/own successor/);

    const unverified = await insertFixture(dataPrivacyRequests, ref, { externalId: '48214', identityVerifiedAt: null, identityVerificationMethod: null, status: 'awaiting_identity' });
    await expect(eraseUser(t.db, { userId, requestId: unverified.id })).rejects.toThrow(/identity is not verified/);
    const access = await insertFixture(dataPrivacyRequests, ref, { externalId: '48215', kind: 'access' });
    await expect(eraseUser(t.db, { userId, requestId: access.id })).rejects.toThrow(/access request, not an erasure request/);

    expect(await rowByKey(userProfiles, userId)).toMatchObject({ status: 'active', email: 'siobhan.byrne@example.ie' });
    expect(await rowCount(userSessions)).toBe(1);
  });

  test('the anonymised profile passes the profile rules and covers every column', async () => {
    const { userId } = await scenario();
    const anonymised = anonymisedProfile(userId, new Date('2024-07-01T00:00:00Z'));
    expect(userProfileSchemas.update.safeParse(anonymised).success).toBe(true);
    const covered = [...Object.keys(anonymised), ...PROFILE_COLUMNS_KEPT].sort();
    expect(covered).toEqual(Object.keys(getColumns(userProfiles)).sort());
  });
});
