import { fixtureKit, refusal, restrictViolation, setupTestDatabase } from '@db/core/testing';
import { eq, getColumns } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { describe, expect, test } from 'vitest';
import {
  userActivityLog,
  userMetrics,
  userPaymentMethods,
  userPermissions,
  userPreferences,
  userProfiles,
  userRoles,
  userSessions,
  userSocialConnections,
  userSubscriptions,
  usersCatalog,
  userVerificationStatus,
} from '../src/index.ts';
import { anotherUserProfile, usersFixtures as fixtures } from './fixtures.ts';

const t = setupTestDatabase();
const schemas = usersCatalog;
const { insert, seed, seedParentsOf, insertFixture, insertSchemaOf, rowCount } = fixtureKit(t, schemas, fixtures);


describe('on delete', () => {
  test("erasing a user cascades to the user's roles, permissions, sessions, preferences, payment methods, verifications, social connections and metrics", async () => {
    const owned = [
      userRoles,
      userPermissions,
      userSessions,
      userPreferences,
      userPaymentMethods,
      userVerificationStatus,
      userSocialConnections,
      userMetrics,
    ];
    const { ref } = await seed(userProfiles, ...owned);
    const other = await insertFixture(userProfiles, ref, anotherUserProfile('bystander'));
    await insert(userSessions, {
      ...fixtures.user_sessions!(() => other.id),
      tokenHash: 'a'.repeat(64),
    });

    await t.db.delete(userProfiles).where(eq(userProfiles.id, ref('user_profiles')));

    for (const table of owned) expect(await rowCount(table)).toBe(table === userSessions ? 1 : 0);
    expect(await t.db.select({ userId: userSessions.userId }).from(userSessions)).toEqual([{ userId: other.id }]);
  });

  test('a user with a subscription cannot be deleted (billing history): 23503/23001, and nothing is removed', async () => {
    const { ref } = await seed(userSubscriptions);
    const userId = ref('user_profiles');

    expect(await refusal(t.db, () => t.db.delete(userProfiles).where(eq(userProfiles.id, userId)))).toEqual({
      code: restrictViolation,
      constraint: 'user_subscriptions_user_id_user_profiles_id_fkey',
    });
    // The refused statement also undid its cascades: the payment method is still there.
    for (const table of [userProfiles, userPaymentMethods, userSubscriptions]) expect(await rowCount(table)).toBe(1);

    await t.db.delete(userSubscriptions).where(eq(userSubscriptions.userId, userId));
    await t.db.delete(userProfiles).where(eq(userProfiles.id, userId));
    expect(await rowCount(userPaymentMethods)).toBe(0);
  });

  test('the activity log outlives its user, impersonator and session, anonymised (set null)', async () => {
    // Committed first, as in production: PostgreSQL re-checks every foreign key of a row its own transaction
    // inserted, so within one transaction the session's cascade and the log's SET NULL would collide.
    await t.commits(userActivityLog);
    const { ref } = await seed(userActivityLog);
    const agent = await insertFixture(userProfiles, ref, anotherUserProfile('support-agent'));
    const impersonated = await insert(userActivityLog, {
      ...fixtures.user_activity_log!(ref),
      impersonatorId: agent.id,
      action: 'profile.updated',
      category: 'profile',
    });

    await t.db.delete(userProfiles).where(eq(userProfiles.id, ref('user_profiles')));
    expect(await rowCount(userSessions)).toBe(0);
    const afterUser = await t.db
      .select({ id: userActivityLog.id, userId: userActivityLog.userId, sessionId: userActivityLog.sessionId })
      .from(userActivityLog);
    expect(afterUser).toHaveLength(2);
    for (const row of afterUser) expect(row).toMatchObject({ userId: null, sessionId: null });

    await t.db.delete(userProfiles).where(eq(userProfiles.id, agent.id));
    const [afterAgent] = await t.db.select().from(userActivityLog).where(eq(userActivityLog.id, impersonated.id));
    expect(afterAgent).toMatchObject({ impersonatorId: null, action: 'profile.updated' });
  });

  test("deleting a grantor or reviewer keeps the grants and verifications they made, with granted_by / reviewed_by null", async () => {
    const { ref } = await seed(userProfiles);
    const grantor = await insertFixture(userProfiles, ref, anotherUserProfile('grantor'));
    const made = [
      { table: userRoles, name: 'user_roles', by: 'grantedBy' },
      { table: userPermissions, name: 'user_permissions', by: 'grantedBy' },
      { table: userVerificationStatus, name: 'user_verification_status', by: 'reviewedBy' },
    ] as const;
    for (const { table, name, by } of made) await insert(table, { ...fixtures[name]!(ref), [by]: grantor.id });

    await t.db.delete(userProfiles).where(eq(userProfiles.id, grantor.id));

    for (const { table, by } of made) {
      const [row] = (await t.db.select().from(table)) as Record<string, unknown>[];
      expect(row).toMatchObject({ userId: ref('user_profiles'), [by]: null });
    }
  });

  test('removing a payment method keeps the subscriptions it paid for, falling back to the default (set null)', async () => {
    const { ref } = await seed(userSubscriptions);
    await t.db.delete(userPaymentMethods).where(eq(userPaymentMethods.id, ref('user_payment_methods')));
    expect(await t.db.select({ id: userSubscriptions.id, paymentMethodId: userSubscriptions.paymentMethodId }).from(userSubscriptions)).toEqual([
      { id: ref('user_subscriptions'), paymentMethodId: null },
    ]);
  });
});

describe('natural keys: ingestion upserts idempotently, a plain duplicate is refused', () => {
  interface NaturalKey {
    table: string;
    key: string[];
    index: string;
    /** What the second delivery of the record changes. */
    update: Record<string, unknown>;
    /** Makes the duplicate distinct on the table's other unique keys, so only `index` is violated. */
    otherKeys?: Record<string, unknown>;
  }
  const naturalKeys: NaturalKey[] = [
    {
      table: 'user_profiles',
      key: ['authSubject'],
      index: 'user_profiles_auth_subject_key',
      update: { displayName: 'Siobhán Byrne-Walsh', status: 'suspended' },
      otherKeys: { email: 'someone.else@example.ie' },
    },
    { table: 'user_preferences', key: ['userId'], index: 'user_preferences_user_id_key', update: { theme: 'dark', unitSystem: 'imperial' } },
    { table: 'user_sessions', key: ['tokenHash'], index: 'user_sessions_token_hash_key', update: { lastSeenAt: new Date('2024-06-01T12:00:00Z') } },
    {
      table: 'user_payment_methods',
      key: ['provider', 'providerPaymentMethodId'],
      index: 'user_payment_methods_provider_payment_method_id_key',
      update: { expiryMonth: 1, expiryYear: 2030 },
      otherKeys: { isDefault: false },
    },
    {
      table: 'user_subscriptions',
      key: ['provider', 'providerSubscriptionId'],
      index: 'user_subscriptions_provider_subscription_id_key',
      update: { status: 'past_due', quantity: 5 },
    },
    {
      table: 'user_verification_status',
      key: ['userId', 'verificationType'],
      index: 'user_verification_status_user_id_verification_type_key',
      update: { attemptCount: 2, providerReference: 'VCI-LOOKUP-2025-000017' },
      otherKeys: { providerReference: 'VCI-LOOKUP-2024-999999' },
    },
    {
      table: 'user_verification_status',
      key: ['provider', 'providerReference'],
      index: 'user_verification_status_provider_reference_key',
      update: { status: 'expired' },
      otherKeys: { verificationType: 'identity' },
    },
    {
      table: 'user_social_connections',
      key: ['provider', 'providerUserId'],
      index: 'user_social_connections_provider_user_id_key',
      update: { followerCount: 13002, handle: 'ballymore.stud' },
    },
    {
      table: 'user_metrics',
      key: ['userId', 'metricDate'],
      index: 'user_metrics_user_id_metric_date_key',
      update: { sessionCount: 5, activeSeconds: 3100 },
    },
  ];

  test.each(naturalKeys.map((c) => [`${c.table} (${c.key.join(', ')})`, c] as const))('%s', async (_, c) => {
    const table = schemas[c.table]!.table;
    const { ref } = await seedParentsOf(table);
    const record = insertSchemaOf(c.table).parse(fixtures[c.table]!(ref)) as Record<string, unknown>;
    const columns = getColumns(table) as Record<string, PgColumn>;
    const set = schemas[c.table]!.update.parse(c.update);
    const upsert = (values: Record<string, unknown>) =>
      t.db
        .insert(table)
        .values(values as never)
        .onConflictDoUpdate({ target: c.key.map((key) => columns[key]!), set: set as never })
        .returning() as unknown as Promise<{ id: string }[]>;

    const [first] = await upsert(record);
    const [again] = await upsert({ ...record, ...c.update });
    expect(again!.id).toBe(first!.id);
    const rows = await t.db.select().from(table);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ ...c.update, id: first!.id });

    expect(await refusal(t.db, () => t.db.insert(table).values({ ...record, ...c.otherKeys } as never))).toEqual({
      code: '23505',
      constraint: c.index,
    });
    expect(await rowCount(table)).toBe(1);
  });

  test('emails are unique regardless of case', async () => {
    await seed(userProfiles);
    const shouting = insertSchemaOf('user_profiles').parse({
      ...fixtures.user_profiles!(() => ''),
      authSubject: 'google-oauth2|1048',
      email: 'Siobhan.Byrne@Example.IE',
    });
    expect(await refusal(t.db, () => t.db.insert(userProfiles).values(shouting as never))).toEqual({
      code: '23505',
      constraint: 'user_profiles_email_lower_key',
    });
  });
});
