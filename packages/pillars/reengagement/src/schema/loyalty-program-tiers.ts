import {
  between,
  currency,
  domainTable,
  formatCheck,
  id,
  inOrder,
  jsonList,
  money,
  nonNegative,
  positive,
  requiredWhen,
  SNAKE_CASE_KEY,
  textEnum,
  timestamps,
} from '@db/core';
import { sql } from 'drizzle-orm';
import { date, index, integer, numeric, smallint, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { REENGAGEMENT_HEX_COLOUR, REENGAGEMENT_QUALIFICATION_PERIODS, REENGAGEMENT_TIER_STATUSES } from '../constants.ts';

/** One benefit of a tier, e.g. { key: 'priority_booking', label: 'Priority yard-visit booking' }. */
export type LoyaltyTierBenefit = {
  /** A snake_case key the apps know. */
  key: string;
  /** What the member reads. */
  label: string;
  /** The benefit's figure, where it has one (a count of free call-outs, a percentage). */
  value?: string | number;
};

/**
 * The loyalty programme's tiers (Bronze, Silver, Gold, ...): a rank (1 is the entry tier; unique among the tiers
 * in force), the points needed over a qualification period, how long a tier lasts before it must be requalified
 * and the grace before a downgrade, the points multiplier and standing discount it brings, an optional annual
 * spend alternative, its benefits, and the dates it is offered. A tier anyone has held is retired (status and
 * `effectiveTo`), never deleted: loyalty_memberships and the points ledger restrict. Who holds which tier:
 * loyalty_memberships.
 */
export const loyaltyProgramTiers = domainTable(
  'loyalty_program_tiers',
  {
    id: id(),
    /** Stable snake_case key, e.g. gold. */
    key: text().notNull(),
    name: text().notNull(),
    description: text(),
    /** 1 for the entry tier, upwards. */
    rank: smallint().notNull(),
    status: textEnum(REENGAGEMENT_TIER_STATUSES).notNull().default('draft'),
    /** Points needed within the qualification period to reach the tier. */
    pointsThreshold: integer().notNull(),
    qualificationPeriod: textEnum(REENGAGEMENT_QUALIFICATION_PERIODS).notNull().default('rolling_12_months'),
    /** Months a reached tier lasts before it must be requalified; null: for life. */
    tierValidityMonths: smallint(),
    /** Days a member keeps the tier after failing to requalify. */
    downgradeGraceDays: smallint().notNull().default(30),
    /** Points earned are multiplied by this (1.00 on the entry tier). */
    pointsMultiplier: numeric({ precision: 4, scale: 2 }).notNull().default('1.00'),
    /** Standing discount on the platform's own plans and services. */
    discountPercent: numeric({ precision: 5, scale: 2 }),
    /** Reached also by spending this much within the qualification period, whatever the points. */
    minAnnualSpend: money(),
    currency: currency(),
    benefits: jsonList<LoyaltyTierBenefit>(),
    badgeColourHex: text(),
    /** First and last day the tier is offered (last day included). */
    effectiveFrom: date().notNull(),
    effectiveTo: date(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('loyalty_program_tiers_key_key').on(t.key),
    // One tier per rank among the tiers in force; retired tiers keep theirs as history.
    uniqueIndex('loyalty_program_tiers_rank_key')
      .on(t.rank)
      .where(sql`${t.status} <> 'retired'`),
    index('loyalty_program_tiers_points_threshold_idx').on(t.pointsThreshold),
    formatCheck(t.key, SNAKE_CASE_KEY),
    positive(t.rank),
    nonNegative(t.pointsThreshold),
    positive(t.tierValidityMonths),
    nonNegative(t.downgradeGraceDays),
    between(t.pointsMultiplier, 1, 10),
    between(t.discountPercent, 0, 100),
    nonNegative(t.minAnnualSpend),
    formatCheck(t.badgeColourHex, REENGAGEMENT_HEX_COLOUR),
    inOrder(t.effectiveFrom, t.effectiveTo, { name: 'loyalty_program_tiers_effective_to_check', message: 'must not be before effectiveFrom' }),
    requiredWhen(t.effectiveTo, t.status, 'retired', { name: 'loyalty_program_tiers_retired_check' }),
  ],
);
