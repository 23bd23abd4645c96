import { refusal, setupTestDatabase } from '@db/core/testing';
import { eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import {
  featureFlagOverrides,
  featureFlags,
  featureFlagSchemas,
  pricingTiers,
  pricingTierSchemas,
  relations,
  userRoles,
  userRoleSchemas,
  users,
} from '../src/index.ts';
import { dancers } from './helpers.ts';

const t = setupTestDatabase({ database: 'mundo-tango', relations });

describe('feature flags, pricing tiers and roles', () => {
  test('a flag’s key is snake_case and unique; its rollout is 0-100 in Zod and in the database', async () => {
    const flag = { key: 'new_feed_ranking', name: 'New feed ranking', rolloutPercentage: 10 };
    await t.db.insert(featureFlags).values(featureFlagSchemas.insert.parse(flag));
    expect(await refusal(t.db, (tx) => tx.insert(featureFlags).values({ ...flag, name: 'Again' }))).toMatchObject({ code: '23505', constraint: 'feature_flags_key_unique' });
    expect(featureFlagSchemas.insert.safeParse({ ...flag, key: 'New Feed' }).error?.issues[0]?.path).toEqual(['key']);
    const everyone = { ...flag, key: 'milonga_map', rolloutPercentage: 150 };
    expect(featureFlagSchemas.insert.safeParse(everyone).error?.issues[0]?.path).toEqual(['rolloutPercentage']);
    expect(await refusal(t.db, (tx) => tx.insert(featureFlags).values(everyone))).toMatchObject({ code: '23514', constraint: 'feature_flags_rollout_percentage_check' });
  });

  test('a flag is overridden once per user, and its overrides go with it', async () => {
    const [valeria] = await dancers(t.db, 'valeria');
    const [flag] = await t.db.insert(featureFlags).values({ key: 'new_feed_ranking', name: 'New feed ranking' }).returning({ id: featureFlags.id });
    await t.db.insert(featureFlagOverrides).values({ flagId: flag!.id, userId: valeria!, enabled: true, reason: 'beta tester' });
    expect(await refusal(t.db, (tx) => tx.insert(featureFlagOverrides).values({ flagId: flag!.id, userId: valeria!, enabled: false }))).toMatchObject({ code: '23505', constraint: 'unique_feature_flag_override' });
    await t.db.delete(featureFlags).where(eq(featureFlags.id, flag!.id));
    expect(await t.db.$count(featureFlagOverrides)).toBe(0);
  });

  test('a pricing tier is updated in place by its code; a yearly Stripe price needs a yearly price; currencies are ISO 4217', async () => {
    const premium = { code: 'premium', name: 'Premium', monthlyPrice: '9.99', currency: 'USD', features: ['advanced_search', 'event_analytics'], limits: { eventsPerMonth: 20 } };
    await t.db.insert(pricingTiers).values(pricingTierSchemas.insert.parse(premium));
    await t.db
      .insert(pricingTiers)
      .values({ ...premium, monthlyPrice: '12.00', yearlyPrice: '120.00' })
      .onConflictDoUpdate({ target: pricingTiers.code, set: { monthlyPrice: '12.00', yearlyPrice: '120.00' } });
    expect(await t.db.select({ monthly: pricingTiers.monthlyPrice, yearly: pricingTiers.yearlyPrice }).from(pricingTiers)).toEqual([{ monthly: '12.00', yearly: '120.00' }]);
    const monthlyOnly = { ...premium, code: 'basic', stripeYearlyPriceId: 'price_1MoBy5LkdIwHu7ix' };
    expect(pricingTierSchemas.insert.safeParse(monthlyOnly).success).toBe(false);
    expect(await refusal(t.db, (tx) => tx.insert(pricingTiers).values(monthlyOnly))).toMatchObject({ code: '23514', constraint: 'pricing_tiers_stripe_yearly_price_id_yearly_price_check' });
    expect(pricingTierSchemas.insert.safeParse({ ...premium, code: 'community', currency: 'usd' }).success).toBe(false);
  });

  test('a role is held once per user and scope: a global grant cannot be doubled, a city grant is its own', async () => {
    const [admin, valeria] = await dancers(t.db, 'sofia', 'valeria');
    await t.db.insert(userRoles).values(userRoleSchemas.insert.parse({ userId: valeria!, role: 'organizer', grantedBy: admin! }));
    expect(await refusal(t.db, (tx) => tx.insert(userRoles).values({ userId: valeria!, role: 'organizer' }))).toMatchObject({ code: '23505', constraint: 'unique_user_role' });
    await t.db.insert(userRoles).values({ userId: valeria!, role: 'organizer', scope: 'city:buenos-aires' });
    const spaced = { userId: valeria!, role: 'teacher', scope: 'Buenos Aires' } as const;
    expect(userRoleSchemas.insert.safeParse(spaced).error?.issues[0]?.path).toEqual(['scope']);
    expect(await refusal(t.db, (tx) => tx.insert(userRoles).values(spaced))).toMatchObject({ code: '23514', constraint: 'user_roles_scope_format_check' });
  });

  test('a revoked role is granted again by upserting its row; the grant outlives the admin who gave it', async () => {
    const [admin, valeria] = await dancers(t.db, 'sofia', 'valeria');
    const grant = { userId: valeria!, role: 'moderator', scope: 'community:tango-dublin', grantedBy: admin!, grantedAt: new Date('2025-01-10T10:00:00') } as const;
    await t.db.insert(userRoles).values({ ...grant, revokedAt: new Date('2025-06-01T10:00:00'), revokedBy: admin!, revokeReason: 'stepped down' });
    const again = { grantedBy: admin!, grantedAt: new Date('2025-11-02T10:00:00'), revokedAt: null, revokedBy: null, revokeReason: null };
    await t.db
      .insert(userRoles)
      .values({ ...grant, ...again })
      .onConflictDoUpdate({ target: [userRoles.userId, userRoles.role, userRoles.scope], set: again });
    await t.db.delete(users).where(eq(users.id, admin!));
    expect(await t.db.select({ revokedAt: userRoles.revokedAt, grantedBy: userRoles.grantedBy, grantedAt: userRoles.grantedAt }).from(userRoles)).toEqual([
      { revokedAt: null, grantedBy: null, grantedAt: again.grantedAt },
    ]);
  });
});
