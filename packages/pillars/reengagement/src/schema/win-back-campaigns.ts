import {
  allOneOf,
  between,
  currency,
  domainTable,
  id,
  inOrder,
  money,
  nonNegative,
  onlyWhen,
  positive,
  range,
  requiredWhen,
  textEnum,
  timestamps,
} from '@db/core';
import { personalizedOffers, userRetentionCampaigns } from '@db/retention/tables';
import { sql } from 'drizzle-orm';
import { boolean, index, integer, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { REENGAGEMENT_CHURN_REASONS, REENGAGEMENT_INCENTIVE_TYPES, REENGAGEMENT_WIN_BACK_GOALS } from '../constants.ts';

/**
 * The win-back settings of a retention programme: a 1:1 extension of @db/retention's `user_retention_campaigns`
 * for users who have already left (cancelled, lapsed or closed). What it adds: whom it wins back (the churn
 * reasons it answers, how long ago they left, whether failed payments are excluded because dunning handles them),
 * what it counts as won back, and the incentive: its type and value, the template offer whose terms each user's
 * `personalized_offers` row copies, how long an offer stays valid and the most an incentive may cost per user.
 * Part of its campaign (cascade).
 */
export const winBackCampaigns = domainTable(
  'win_back_campaigns',
  {
    id: id(),
    retentionCampaignId: uuid()
      .notNull()
      .references(() => userRetentionCampaigns.id, { onDelete: 'cascade', name: 'win_back_campaigns_retention_campaign_id_fkey' }),
    winBackGoal: textEnum(REENGAGEMENT_WIN_BACK_GOALS).notNull(),
    /** The churn reasons it answers; empty: any reason. */
    churnReasons: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Users who left at least this many days ago ... */
    minDaysSinceChurn: integer().notNull().default(30),
    /** ... and at most this many; null: no limit. */
    maxDaysSinceChurn: integer(),
    /** Leave out users whose subscription ended on failed payments (dunning, not marketing, handles them). */
    excludeInvoluntaryChurn: boolean().notNull().default(true),
    incentiveType: textEnum(REENGAGEMENT_INCENTIVE_TYPES).notNull().default('none'),
    incentivePercent: numeric({ precision: 5, scale: 2 }),
    incentiveAmount: money(),
    /** Free days, for a free period (a free month is 30). */
    incentiveFreeDays: integer(),
    currency: currency(),
    /** The offer whose terms the per-user offers copy: provenance, unset if that offer is deleted. */
    templateOfferId: uuid().references(() => personalizedOffers.id, { onDelete: 'set null', name: 'win_back_campaigns_template_offer_id_fkey' }),
    /** Each user's offer is valid this many days from its issue. */
    offerValidDays: integer().notNull().default(30),
    /** The most one user's incentive may cost the platform. */
    maxIncentiveCostPerUser: money(),
    /** The share of the audience it aims to win back. */
    targetWinBackPercent: numeric({ precision: 5, scale: 2 }),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('win_back_campaigns_retention_campaign_id_key').on(t.retentionCampaignId),
    index('win_back_campaigns_template_offer_id_idx').on(t.templateOfferId),
    allOneOf(t.churnReasons, REENGAGEMENT_CHURN_REASONS),
    nonNegative(t.minDaysSinceChurn),
    inOrder(t.minDaysSinceChurn, t.maxDaysSinceChurn, { name: 'win_back_campaigns_churn_window_check', message: 'must not be below minDaysSinceChurn' }),
    range(t.incentivePercent, { min: 0, max: 100, exclusiveMin: true }),
    positive(t.incentiveAmount),
    positive(t.incentiveFreeDays),
    requiredWhen(t.incentivePercent, t.incentiveType, 'percent_discount', { name: 'win_back_campaigns_percent_required_check' }),
    onlyWhen(t.incentivePercent, t.incentiveType, 'percent_discount', { name: 'win_back_campaigns_percent_only_check' }),
    requiredWhen(t.incentiveAmount, t.incentiveType, 'amount_discount', { name: 'win_back_campaigns_amount_required_check' }),
    onlyWhen(t.incentiveAmount, t.incentiveType, 'amount_discount', { name: 'win_back_campaigns_amount_only_check' }),
    requiredWhen(t.incentiveFreeDays, t.incentiveType, 'free_period', { name: 'win_back_campaigns_free_days_required_check' }),
    onlyWhen(t.incentiveFreeDays, t.incentiveType, 'free_period', { name: 'win_back_campaigns_free_days_only_check' }),
    positive(t.offerValidDays),
    nonNegative(t.maxIncentiveCostPerUser),
    between(t.targetWinBackPercent, 0, 100),
  ],
);
