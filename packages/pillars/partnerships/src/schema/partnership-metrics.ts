import { currency, domainTable, id, inOrder, money, nonNegative, textEnum, timestamps, timestamptz } from '@db/core';
import { boolean, date, integer, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { PARTNERSHIP_METRIC_PERIODS } from '../constants.ts';
import { partnerships } from './partnerships.ts';

/**
 * A partnership's figures over one day, week, month, quarter or year, computed by a job from referrals, sign-ups,
 * benefit redemptions and content: one row per (`partnership_id`, `period_type`, `period_start`), which the job
 * upserts until the period is closed (`is_final`). Revenue is what the partnership brought the platform; commission
 * what the platform owes the partner for it, both in `currency`. Derived figures: they go with the partnership.
 */
export const partnershipMetrics = domainTable(
  'partnership_metrics',
  {
    id: id(),
    partnershipId: uuid()
      .notNull()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
    periodType: textEnum(PARTNERSHIP_METRIC_PERIODS).notNull(),
    periodStart: date().notNull(),
    /** The last day of the period, included. */
    periodEnd: date().notNull(),
    /** Leads the partner sent the platform. */
    referralsReceivedCount: integer().notNull().default(0),
    /** Leads the platform sent the partner. */
    referralsSentCount: integer().notNull().default(0),
    /** People who signed up on the platform through the partnership. */
    signUpCount: integer().notNull().default(0),
    /** Leads converted into a subscription or a partner's sale. */
    conversionCount: integer().notNull().default(0),
    benefitRedemptionCount: integer().notNull().default(0),
    contentViewCount: integer().notNull().default(0),
    clickCount: integer().notNull().default(0),
    /** Gross revenue brought in the period (refunds are counted in the period they are paid, not netted here). */
    revenueAmount: money().notNull().default('0.00'),
    commissionAmount: money().notNull().default('0.00'),
    currency: currency(),
    /** Closed: the period has ended and the figures will not be recomputed. */
    isFinal: boolean().notNull().default(false),
    computedAt: timestamptz().notNull().defaultNow(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('partnership_metrics_period_key').on(t.partnershipId, t.periodType, t.periodStart),
    inOrder(t.periodStart, t.periodEnd, { name: 'partnership_metrics_period_end_check', message: 'must not be before periodStart' }),
    nonNegative(t.referralsReceivedCount),
    nonNegative(t.referralsSentCount),
    nonNegative(t.signUpCount),
    nonNegative(t.conversionCount),
    nonNegative(t.benefitRedemptionCount),
    nonNegative(t.contentViewCount),
    nonNegative(t.clickCount),
    nonNegative(t.revenueAmount),
    nonNegative(t.commissionAmount),
  ],
);
