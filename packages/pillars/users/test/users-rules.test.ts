import { fixtureKit, refusal, setupTestDatabase } from '@db/core/testing';
import { and, eq, isNull } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { userPaymentMethods, userPermissions, userProfiles, userRoles, usersCatalog } from '../src/index.ts';
import { anotherUserProfile, usersFixtures as fixtures } from './fixtures.ts';

const t = setupTestDatabase();
const schemas = usersCatalog;
const { insert, seed, seedParentsOf, insertFixture, insertSchemaOf, rowCount } = fixtureKit(t, schemas, fixtures);

describe('partial unique indexes: one live X per Y, history alongside', () => {
  test('one default payment method per user; non-default methods and other users’ defaults are accepted', async () => {
    const { ref } = await seed(userPaymentMethods);
    const card = (n: number, isDefault: boolean) =>
      insertSchemaOf('user_payment_methods').parse({
        ...fixtures.user_payment_methods!(ref),
        providerPaymentMethodId: `pm_test_${n}`,
        fingerprint: `fp_test_${n}`,
        isDefault,
      });

    expect(await refusal(t.db, () => t.db.insert(userPaymentMethods).values(card(2, true) as never))).toEqual({
      code: '23505',
      constraint: 'user_payment_methods_user_id_default_key',
    });
    await t.db.insert(userPaymentMethods).values([card(3, false), card(4, false)] as never);
    const other = await insertFixture(userProfiles, ref, anotherUserProfile('other-payer'));
    await insert(userPaymentMethods, { ...fixtures.user_payment_methods!(ref), userId: other.id, providerPaymentMethodId: 'pm_test_5' });

    // Switching the default: clear the old one first, then set the new one.
    await t.db.update(userPaymentMethods).set({ isDefault: false }).where(eq(userPaymentMethods.id, ref('user_payment_methods')));
    await t.db.update(userPaymentMethods).set({ isDefault: true }).where(eq(userPaymentMethods.providerPaymentMethodId, 'pm_test_3'));
    const defaults = await t.db
      .select({ userId: userPaymentMethods.userId, method: userPaymentMethods.providerPaymentMethodId })
      .from(userPaymentMethods)
      .where(eq(userPaymentMethods.isDefault, true))
      .orderBy(userPaymentMethods.providerPaymentMethodId);
    expect(defaults).toEqual([
      { userId: ref('user_profiles'), method: 'pm_test_3' },
      { userId: other.id, method: 'pm_test_5' },
    ]);
  });

  test('one live grant of a role per user and scope; a revoked grant stays as history beside the new one', async () => {
    const { ref } = await seed(userRoles);
    const grant = (change: Record<string, unknown>) => ({ ...fixtures.user_roles!(ref), isPrimary: false, ...change });

    expect(await refusal(t.db, () => t.db.insert(userRoles).values(insertSchemaOf('user_roles').parse(grant({})) as never))).toEqual({
      code: '23505',
      constraint: 'user_roles_user_id_role_scope_active_key',
    });
    // The same role in another barn, and another role in the same barn, are other grants.
    await insert(userRoles, grant({ scopeId: '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a' }));
    await insert(userRoles, grant({ role: 'groom' }));

    await t.db
      .update(userRoles)
      .set({ revokedAt: new Date('2024-09-01T09:00:00Z'), revokeReason: 'Left the yard' })
      .where(eq(userRoles.id, ref('user_roles')));
    await insert(userRoles, grant({ validFrom: new Date('2025-03-01T09:00:00Z') }));
    const barnManagerGrants = await t.db
      .select({ revokedAt: userRoles.revokedAt })
      .from(userRoles)
      .where(and(eq(userRoles.role, 'barn_manager'), eq(userRoles.scopeId, fixtures.user_roles!(ref).scopeId as string)));
    expect(barnManagerGrants.map((g) => g.revokedAt === null).sort()).toEqual([false, true]);
  });

  test('platform-wide grants (null scope id) are unique too, not distinct nulls', async () => {
    const { ref } = await seed(userRoles);
    const rider = { ...fixtures.user_roles!(ref), role: 'rider', scopeType: 'platform', scopeId: null, isPrimary: false };
    await insert(userRoles, rider);
    expect(await refusal(t.db, () => t.db.insert(userRoles).values(insertSchemaOf('user_roles').parse(rider) as never))).toEqual({
      code: '23505',
      constraint: 'user_roles_user_id_role_scope_active_key',
    });

    const permission = { ...fixtures.user_permissions!(ref), permissionKey: 'horses:read', scopeType: 'platform', scopeId: null };
    await insert(userPermissions, permission);
    expect(await refusal(t.db, () => t.db.insert(userPermissions).values(insertSchemaOf('user_permissions').parse(permission) as never))).toEqual({
      code: '23505',
      constraint: 'user_permissions_user_id_key_scope_active_key',
    });
  });

  test('one live permission (allow or deny) per user, key and scope; revoking it makes room for the other', async () => {
    const { ref } = await seed(userPermissions);
    const deny = insertSchemaOf('user_permissions').parse({
      ...fixtures.user_permissions!(ref),
      effect: 'deny',
      reason: 'Owner withdrew access',
    });
    expect(await refusal(t.db, () => t.db.insert(userPermissions).values(deny as never))).toEqual({
      code: '23505',
      constraint: 'user_permissions_user_id_key_scope_active_key',
    });

    await t.db.update(userPermissions).set({ revokedAt: new Date() }).where(eq(userPermissions.id, ref('user_permissions')));
    await t.db.insert(userPermissions).values(deny as never);
    const live = await t.db.select({ effect: userPermissions.effect }).from(userPermissions).where(isNull(userPermissions.revokedAt));
    expect(live).toEqual([{ effect: 'deny' }]);
    expect(await rowCount(userPermissions)).toBe(2);
  });
});

describe('row rules: Zod names the field, the database refuses the row (23514), update patches with one field pass', () => {
  interface RowRuleCase {
    table: string;
    rule: string;
    /** The field Zod reports the issue on. */
    field: string;
    constraint: string;
    /** Applied to the table's valid fixture, breaks the rule. */
    change: Record<string, unknown>;
    /** An update patch carrying only one of the rule's fields: the update schema cannot judge it. */
    patch: Record<string, unknown>;
    /** An update patch carrying all of the rule's fields, breaking it. */
    badPatch: Record<string, unknown>;
  }
  const cases: RowRuleCase[] = [
    {
      table: 'user_sessions',
      rule: 'revoked at and revoke reason go together',
      field: 'revokeReason',
      constraint: 'user_sessions_revocation_check',
      change: { revokedAt: new Date('2024-05-20T10:00:00Z') },
      patch: { revokedAt: new Date('2024-05-20T10:00:00Z') },
      badPatch: { revokedAt: new Date('2024-05-20T10:00:00Z'), revokeReason: null },
    },
    {
      table: 'user_payment_methods',
      rule: 'expiry month and year go together',
      field: 'expiryYear',
      constraint: 'user_payment_methods_expiry_check',
      change: { expiryYear: null },
      patch: { expiryMonth: 3 },
      badPatch: { expiryMonth: 3, expiryYear: null },
    },
    {
      table: 'user_subscriptions',
      rule: 'the period ends after it starts (strictly)',
      field: 'currentPeriodEnd',
      constraint: 'user_subscriptions_period_check',
      change: { currentPeriodEnd: new Date('2024-05-01T10:00:00Z') },
      patch: { currentPeriodEnd: new Date('2024-04-01T10:00:00Z') },
      badPatch: { currentPeriodStart: new Date('2024-05-01T10:00:00Z'), currentPeriodEnd: new Date('2024-04-01T10:00:00Z') },
    },
    {
      table: 'user_verification_status',
      rule: 'a verified status has a verification date',
      field: 'verifiedAt',
      constraint: 'user_verification_status_verified_check',
      change: { verifiedAt: null },
      patch: { status: 'verified' },
      badPatch: { status: 'verified', verifiedAt: null },
    },
    {
      table: 'user_roles',
      rule: 'a platform-wide role has no scope id',
      field: 'scopeId',
      constraint: 'user_roles_scope_check',
      change: { scopeType: 'platform' },
      patch: { scopeType: 'platform' },
      badPatch: { scopeType: 'platform', scopeId: '3f6c1d2e-8a4b-4c5d-9e7f-0a1b2c3d4e5f' },
    },
    {
      table: 'user_preferences',
      rule: "quiet hours of zero length ('22:00' is '22:00:00')",
      field: 'quietHoursEnd',
      constraint: 'user_preferences_quiet_hours_check',
      change: { quietHoursStart: '22:00', quietHoursEnd: '22:00:00' },
      patch: { quietHoursEnd: '22:00' },
      badPatch: { quietHoursStart: '07:00:00', quietHoursEnd: '07:00' },
    },
  ];

  test.each(cases.map((c) => [`${c.table}: ${c.rule}`, c] as const))('%s', async (_, c) => {
    const { table, insert, update } = schemas[c.table]!;
    const { ref } = await seedParentsOf(table);
    const row = { ...fixtures[c.table]!(ref), ...c.change };

    const parsed = insert.safeParse(row);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((issue) => issue.path.join('.'))).toEqual([c.field]);

    expect(await refusal(t.db, () => t.db.insert(table).values(row as never))).toEqual({ code: '23514', constraint: c.constraint });
    expect(await rowCount(table)).toBe(0);

    expect(update.safeParse(c.patch).success).toBe(true);
    const badPatch = update.safeParse(c.badPatch);
    expect(badPatch.success).toBe(false);
    expect(badPatch.error!.issues.map((issue) => issue.path.join('.'))).toEqual([c.field]);
  });
});
