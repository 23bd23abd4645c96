import { currency, domainTable, id, inOrder, money, nonNegative, timestamps, timestamptz } from '@db/core';
import { userRetentionCampaigns } from '@db/retention/tables';
import { date, index, integer, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** A non-negative daily count (each gets a CHECK and its Zod twin). */
const count = () => integer().notNull().default(0);

/**
 * A retention campaign's figures for one day (in the campaign's time zone): how many users it targeted and
 * messaged, how many messages arrived, were opened and clicked, how many users converted, came back or opted
 * out, the holdout group's size and reactivations (what the lift is measured against), the revenue attributed to
 * it and what its incentives cost. The rollup job re-runs as late events arrive and upserts on (campaign, day).
 * The per-message detail stays in @db/retention's outreach_messages; the cohort view in its retention_metrics.
 * Figures go with their campaign (cascade).
 */
export const retentionMetricsTracking = domainTable(
  'retention_metrics_tracking',
  {
    id: id(),
    retentionCampaignId: uuid()
      .notNull()
      .references(() => userRetentionCampaigns.id, { onDelete: 'cascade', name: 'retention_metrics_tracking_retention_campaign_id_fkey' }),
    metricDate: date().notNull(),
    /** Users the campaign selected that day (holdout excluded). */
    targetedCount: count(),
    sentCount: count(),
    deliveredCount: count(),
    /** Unique opens and clicks. */
    openedCount: count(),
    clickedCount: count(),
    /** Users who did what the campaign asked (booked, renewed, bought). */
    convertedCount: count(),
    /** Users whose inactivity ended within the attribution window. */
    reactivatedCount: count(),
    unsubscribedCount: count(),
    /** The holdout group that day, and how many of it came back on their own. */
    holdoutCount: count(),
    holdoutReactivatedCount: count(),
    /** Revenue attributed to the campaign's conversions that day. */
    revenueAmount: money().notNull().default('0.00'),
    /** What the redeemed incentives cost that day. */
    incentiveCostAmount: money().notNull().default('0.00'),
    currency: currency(),
    /** When the rollup job last (re)computed the row. */
    computedAt: timestamptz().notNull().defaultNow(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('retention_metrics_tracking_campaign_day_key').on(t.retentionCampaignId, t.metricDate),
    // Dashboards across campaigns by day (time-leading).
    index('retention_metrics_tracking_metric_date_idx').on(t.metricDate),
    nonNegative(t.targetedCount),
    nonNegative(t.sentCount),
    nonNegative(t.deliveredCount),
    nonNegative(t.openedCount),
    nonNegative(t.clickedCount),
    nonNegative(t.convertedCount),
    nonNegative(t.reactivatedCount),
    nonNegative(t.unsubscribedCount),
    nonNegative(t.holdoutCount),
    nonNegative(t.holdoutReactivatedCount),
    inOrder(t.deliveredCount, t.sentCount, { name: 'retention_metrics_tracking_delivered_check', message: 'must be at least deliveredCount' }),
    inOrder(t.holdoutReactivatedCount, t.holdoutCount, {
      name: 'retention_metrics_tracking_holdout_check',
      message: 'must be at least holdoutReactivatedCount',
    }),
    nonNegative(t.revenueAmount),
    nonNegative(t.incentiveCostAmount),
  ],
);
