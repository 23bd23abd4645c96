import { domainTable, id, inOrder, nonNegative, onlyWhen, requiredWhen, textEnum, timestamps, timestamptz } from '@db/core';
import { char, date, index, integer, numeric, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { RETENTION_COHORT_TYPES, RETENTION_METRIC_UNITS, RETENTION_METRICS, RETENTION_PERIOD_UNITS } from '../constants.ts';
import { userRetentionCampaigns } from './user-retention-campaigns.ts';
import { userSegments } from './user-segments.ts';

/**
 * The retention table, one cell per row: a cohort (users who signed up in March 2024, barn-plan subscribers, a
 * segment, a campaign's audience) × a period since the cohort began (month 0, 1, 2, ...) × a metric (retained
 * users, retention rate, net revenue retention). Computed by a job that re-runs: (cohort type, cohort key, metric,
 * period unit, period number) is the key it upserts on. Figures derived from a segment or a campaign go with it.
 */
export const retentionMetrics = domainTable(
  'retention_metrics',
  {
    id: id(),
    cohortType: textEnum(RETENTION_COHORT_TYPES).notNull(),
    /** The cohort within its type: 2024-03 for a signup month, barn for a plan, the segment's or campaign's key. */
    cohortKey: text().notNull(),
    /** The day the cohort began (its first period's first day). */
    cohortStartOn: date(),
    /** For segment cohorts: the segment. */
    segmentId: uuid().references(() => userSegments.id, { onDelete: 'cascade' }),
    /** For campaign cohorts: the campaign. */
    retentionCampaignId: uuid().references(() => userRetentionCampaigns.id, {
      onDelete: 'cascade',
      name: 'retention_metrics_retention_campaign_id_fkey',
    }),
    metric: textEnum(RETENTION_METRICS).notNull(),
    periodUnit: textEnum(RETENTION_PERIOD_UNITS).notNull().default('month'),
    /** Periods since the cohort began: 0 is its first. */
    periodNumber: smallint().notNull(),
    periodStartOn: date().notNull(),
    /** Last day of the period, included. */
    periodEndOn: date().notNull(),
    /** Users in the cohort at its start: the denominator of its rates. */
    cohortSize: integer().notNull(),
    /** The figure, in `valueUnit`: users, a percentage (net revenue retention can pass 100), or money. */
    metricValue: numeric({ precision: 16, scale: 4 }).notNull(),
    valueUnit: textEnum(RETENTION_METRIC_UNITS).notNull(),
    /** For money figures: their ISO 4217 currency. */
    valueCurrency: char({ length: 3 }),
    computedAt: timestamptz().notNull().defaultNow(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('retention_metrics_cohort_metric_period_key').on(t.cohortType, t.cohortKey, t.metric, t.periodUnit, t.periodNumber),
    index('retention_metrics_segment_id_idx').on(t.segmentId),
    index('retention_metrics_retention_campaign_id_idx').on(t.retentionCampaignId),
    // The dashboard: every cohort's figures for a metric over calendar time.
    index('retention_metrics_metric_period_idx').on(t.metric, t.periodStartOn),
    onlyWhen(t.segmentId, t.cohortType, 'segment', { name: 'retention_metrics_segment_check' }),
    onlyWhen(t.retentionCampaignId, t.cohortType, 'campaign', { name: 'retention_metrics_campaign_check' }),
    nonNegative(t.periodNumber),
    inOrder(t.periodStartOn, t.periodEndOn, { name: 'retention_metrics_period_end_on_check', message: 'must not be before periodStartOn' }),
    inOrder(t.cohortStartOn, t.periodStartOn, { name: 'retention_metrics_period_start_on_check', message: 'must not be before cohortStartOn' }),
    nonNegative(t.cohortSize),
    requiredWhen(t.valueCurrency, t.valueUnit, 'amount', { name: 'retention_metrics_amount_currency_check' }),
    onlyWhen(t.valueCurrency, t.valueUnit, 'amount', { name: 'retention_metrics_value_currency_unit_check' }),
  ],
);
