import { allOneOf, between, currencyCheck, formatCheck, inOrder, nonNegative, oneOf, requiredWith, SLUG, SNAKE_CASE_KEY, type TextFormat } from '@db/core';
import { sql } from 'drizzle-orm';
import { boolean, char, index, integer, jsonb, numeric, pgTable, serial, text, timestamp, uniqueIndex, varchar } from 'drizzle-orm/pg-core';
import { legacyForeignKey } from './keys.ts';
import { ENVIRONMENTS } from './platform-secrets.ts';
import { users } from './users.ts';

/**
 * Designed (the document names them: feature_flags "Feature rollout control", pricing_tiers "Dynamic pricing",
 * user_roles "RBAC configuration"), in the documented tables' style, with feature_flag_overrides added (a flag
 * turned on or off for one user, with a foreign key, where an id array would keep deleted users).
 */
export const USER_ROLE_NAMES = [
  'super_admin',
  'admin',
  'moderator',
  'community_leader',
  'organizer',
  'teacher',
  'dj',
  'performer',
  'photographer',
  'host',
  'volunteer',
  'dancer',
] as const;
export const FLAG_RULE_OPERATORS = ['in', 'not_in', 'equals', 'not_equals', 'gte', 'lte', 'contains'] as const;

/** Where a role applies: everywhere, or in one city or community, by slug. */
export const ROLE_SCOPE: TextFormat = {
  pattern: /^(global|(city|community):[a-z0-9]+(-[a-z0-9]+)*)$/,
  message: 'must be global, city:<slug> or community:<slug>, such as city:buenos-aires',
};
/** A Stripe Price id. */
export const STRIPE_PRICE_ID: TextFormat = { pattern: /^price_[A-Za-z0-9]+$/, message: 'must be a Stripe price id such as price_1MoBy5LkdIwHu7ix' };

/** One targeting rule of a flag, evaluated in order: contexts whose attribute compares with the values get `serve`. */
export interface FeatureFlagRule {
  /** A context attribute: user.city, user.subscriptionTier, user.tangoRoles, app.version. */
  attribute: string;
  operator: (typeof FLAG_RULE_OPERATORS)[number];
  values: string[];
  serve: boolean;
}

/**
 * A feature flag, looked up by its snake_case key from code (unique): off unless `enabled`; then served to the
 * allowed roles, the users with an override, the contexts its rules match and `rollout_percentage` of the rest,
 * in the listed environments, between `starts_at` and `ends_at`. The owner answers for its removal; ownership is
 * reassigned, not a record (SET NULL).
 */
export const featureFlags = pgTable(
  'feature_flags',
  {
    id: serial('id').primaryKey(),
    key: varchar('key').notNull().unique('feature_flags_key_unique'),
    name: varchar('name').notNull(),
    description: text('description'),
    enabled: boolean('enabled').default(false).notNull(),
    rolloutPercentage: integer('rollout_percentage').default(0).notNull(),
    targetingRules: jsonb('targeting_rules').$type<FeatureFlagRule[]>().default([]).notNull(),
    allowedRoles: text('allowed_roles').array().default([]).notNull(),
    environments: text('environments').array().default(['production', 'preview', 'development']).notNull(),
    ownerId: integer('owner_id'),
    startsAt: timestamp('starts_at'),
    endsAt: timestamp('ends_at'),
    createdAt: timestamp('created_at').defaultNow(),
    updatedAt: timestamp('updated_at').defaultNow(),
  },
  (table) => [
    legacyForeignKey(table.ownerId, users.id, 'set null'),
    index('feature_flags_owner_idx').on(table.ownerId),
    formatCheck(table.key, SNAKE_CASE_KEY),
    between(table.rolloutPercentage, 0, 100),
    allOneOf(table.allowedRoles, USER_ROLE_NAMES),
    allOneOf(table.environments, ENVIRONMENTS),
    inOrder(table.startsAt, table.endsAt, { strict: true }),
  ],
);

/** A flag forced on or off for one user (beta testers, a user the new feed breaks for), once per flag and user. */
export const featureFlagOverrides = pgTable(
  'feature_flag_overrides',
  {
    id: serial('id').primaryKey(),
    flagId: integer('flag_id').notNull(),
    userId: integer('user_id').notNull(),
    enabled: boolean('enabled').notNull(),
    reason: text('reason'),
    createdBy: integer('created_by'),
    expiresAt: timestamp('expires_at'),
    createdAt: timestamp('created_at').defaultNow().notNull(),
    updatedAt: timestamp('updated_at').defaultNow(),
  },
  (table) => [
    legacyForeignKey(table.flagId, featureFlags.id, 'cascade'),
    legacyForeignKey(table.userId, users.id, 'cascade'),
    legacyForeignKey(table.createdBy, users.id, 'set null'),
    uniqueIndex('unique_feature_flag_override').on(table.flagId, table.userId),
    index('feature_flag_overrides_user_idx').on(table.userId),
    index('feature_flag_overrides_created_by_idx').on(table.createdBy),
    inOrder(table.createdAt, table.expiresAt, { strict: true }),
  ],
);

/**
 * A subscription tier as sold (free, basic, premium, community): its code (what `users.subscription_tier` holds),
 * monthly and yearly price, the feature keys it unlocks and its limits, and the Stripe prices that bill it, each
 * unique so a Stripe webhook finds its tier. No yearly price means no yearly plan, so no yearly Stripe price.
 */
export const pricingTiers = pgTable(
  'pricing_tiers',
  {
    id: serial('id').primaryKey(),
    code: varchar('code').notNull().unique('pricing_tiers_code_unique'),
    name: varchar('name').notNull(),
    description: text('description'),
    monthlyPrice: numeric('monthly_price', { precision: 12, scale: 2 }).default('0').notNull(),
    yearlyPrice: numeric('yearly_price', { precision: 12, scale: 2 }),
    currency: char('currency', { length: 3 }).default('USD').notNull(),
    /** Feature keys the tier unlocks (feature_flags keys and the app's entitlements). */
    features: text('features').array().default([]).notNull(),
    /** Quotas by name, null for unlimited: { "eventsPerMonth": 5, "photoUploads": null }. */
    limits: jsonb('limits').default({}).notNull(),
    trialDays: integer('trial_days').default(0).notNull(),
    isActive: boolean('is_active').default(true).notNull(),
    sortOrder: integer('sort_order').default(0).notNull(),
    stripeMonthlyPriceId: varchar('stripe_monthly_price_id').unique('pricing_tiers_stripe_monthly_price_id_unique'),
    stripeYearlyPriceId: varchar('stripe_yearly_price_id').unique('pricing_tiers_stripe_yearly_price_id_unique'),
    createdAt: timestamp('created_at').defaultNow(),
    updatedAt: timestamp('updated_at').defaultNow(),
  },
  (table) => [
    index('pricing_tiers_active_sort_idx').on(table.sortOrder).where(sql`is_active`),
    formatCheck(table.code, SLUG),
    nonNegative(table.monthlyPrice),
    nonNegative(table.yearlyPrice),
    currencyCheck(table.currency),
    nonNegative(table.trialDays),
    nonNegative(table.sortOrder),
    formatCheck(table.stripeMonthlyPriceId, STRIPE_PRICE_ID),
    formatCheck(table.stripeYearlyPriceId, STRIPE_PRICE_ID),
    requiredWith(table.yearlyPrice, table.stripeYearlyPriceId),
  ],
);

/**
 * A role granted to a user, everywhere (`global`) or in one city or community: the RBAC assignments beside the
 * document's single `users.role`. (user, role, scope) is unique and the scope is never NULL ('global' by default),
 * so a global grant cannot be doubled; a revoked grant is granted again by upserting the same row. Expired or
 * revoked grants stay as the record of who could do what.
 */
export const userRoles = pgTable(
  'user_roles',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id').notNull(),
    role: varchar('role', { enum: USER_ROLE_NAMES }).notNull(),
    scope: varchar('scope').default('global').notNull(),
    grantedBy: integer('granted_by'),
    grantedAt: timestamp('granted_at').defaultNow().notNull(),
    expiresAt: timestamp('expires_at'),
    revokedAt: timestamp('revoked_at'),
    revokedBy: integer('revoked_by'),
    revokeReason: text('revoke_reason'),
    notes: text('notes'),
    createdAt: timestamp('created_at').defaultNow(),
    updatedAt: timestamp('updated_at').defaultNow(),
  },
  (table) => [
    legacyForeignKey(table.userId, users.id, 'cascade'),
    legacyForeignKey(table.grantedBy, users.id, 'set null'),
    legacyForeignKey(table.revokedBy, users.id, 'set null'),
    uniqueIndex('unique_user_role').on(table.userId, table.role, table.scope),
    /** Who holds a role in a scope now (the organizers of Buenos Aires). */
    index('user_roles_role_scope_idx').on(table.role, table.scope).where(sql`revoked_at is null`),
    index('user_roles_granted_by_idx').on(table.grantedBy),
    index('user_roles_revoked_by_idx').on(table.revokedBy),
    oneOf(table.role, USER_ROLE_NAMES),
    formatCheck(table.scope, ROLE_SCOPE),
    inOrder(table.grantedAt, table.expiresAt, { strict: true }),
    inOrder(table.grantedAt, table.revokedAt),
    requiredWith(table.revokedAt, table.revokedBy),
    requiredWith(table.revokedAt, table.revokeReason),
  ],
);
