import { between, domainTable, formatCheck, id, nonNegative, SNAKE_CASE_KEY, timestamps, timestamptz } from '@db/core';
import { date, index, integer, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { viralCampaigns } from './viral-campaigns.ts';

/**
 * How one content item spread on one day: views, shares, clicks back and the sign-ups they brought, with its
 * share rate and viral coefficient. Content lives in many pillars, so the item is (content_table, content_id),
 * without a foreign key, as on social_shares. The daily job recomputes a day as late figures arrive: it upserts on
 * (content_table, content_id, metric_date).
 */
export const contentViralityMetrics = domainTable(
  'content_virality_metrics',
  {
    id: id(),
    /** snake_case SQL name of the content's table, e.g. user_generated_content, horse_profiles. */
    contentTable: text().notNull(),
    contentId: uuid().notNull(),
    /** The day (platform time, Europe/Dublin) the figures cover. */
    metricDate: date().notNull(),
    /** The campaign the content ran in that day, if any. */
    campaignId: uuid().references(() => viralCampaigns.id, { onDelete: 'set null' }),
    impressionCount: integer().notNull().default(0),
    uniqueViewerCount: integer().notNull().default(0),
    shareCount: integer().notNull().default(0),
    clickCount: integer().notNull().default(0),
    commentCount: integer().notNull().default(0),
    /** Sign-ups attributed to the content that day. */
    signupCount: integer().notNull().default(0),
    /** Viewers who shared it, in percent of unique viewers. */
    shareRatePercent: numeric({ precision: 5, scale: 2 }),
    /** New users brought per viewer who shared. */
    viralCoefficient: numeric({ precision: 6, scale: 3 }),
    /** Mean viewing time of a video, in milliseconds. */
    avgViewDurationMs: integer(),
    computedAt: timestamptz().notNull().defaultNow(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('content_virality_metrics_content_day_key').on(t.contentTable, t.contentId, t.metricDate),
    /** The daily leaderboard: the most shared content of a day. */
    index('content_virality_metrics_metric_date_idx').on(t.metricDate, t.shareCount),
    index('content_virality_metrics_campaign_id_idx').on(t.campaignId, t.metricDate),
    formatCheck(t.contentTable, SNAKE_CASE_KEY),
    nonNegative(t.impressionCount),
    nonNegative(t.uniqueViewerCount),
    nonNegative(t.shareCount),
    nonNegative(t.clickCount),
    nonNegative(t.commentCount),
    nonNegative(t.signupCount),
    between(t.shareRatePercent, 0, 100),
    nonNegative(t.viralCoefficient),
    nonNegative(t.avgViewDurationMs),
  ],
);
