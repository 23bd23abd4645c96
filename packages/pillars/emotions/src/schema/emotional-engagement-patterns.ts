import { between, domainTable, id, inOrder, nonNegative, onlyWhen, range, requiredWhen, textEnum, textLength, timestamps, timestamptz } from '@db/core';
import { userSegments } from '@db/retention/tables';
import { date, index, integer, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { EMOTION_COHORT_TYPES, EMOTION_CONTENT_KINDS, EMOTION_MIN_COHORT_SIZE, EMOTION_PERIOD_GRANULARITIES, EMOTIONS } from '../constants.ts';

/**
 * How an emotional response goes with engagement, one cell per row: for a cohort × a period × a kind of content ×
 * an emotion, how people who responded that way engaged afterwards (interacted, clicked through, came back within
 * 7 days, unsubscribed), against the cohort's baseline. "Joy at a foaling post: 41 % interact, +18 % on baseline";
 * "frustration with the assistant: 9 % come back within a week". Computed by a re-running job, upserted on
 * (cohort_type, cohort_key, content_kind, emotion, period_granularity, period_start_on); at least
 * EMOTION_MIN_COHORT_SIZE people per cell; a segment's cells go with it (CASCADE).
 */
export const emotionalEngagementPatterns = domainTable(
  'emotional_engagement_patterns',
  {
    id: id(),
    cohortType: textEnum(EMOTION_COHORT_TYPES).notNull(),
    cohortKey: text().notNull(),
    userSegmentId: uuid().references(() => userSegments.id, { onDelete: 'cascade', name: 'emotional_engagement_patterns_user_segment_id_fkey' }),
    contentKind: textEnum(EMOTION_CONTENT_KINDS).notNull(),
    emotion: textEnum(EMOTIONS).notNull(),
    periodGranularity: textEnum(EMOTION_PERIOD_GRANULARITIES).notNull(),
    periodStartOn: date().notNull(),
    periodEndOn: date().notNull(),
    observationCount: integer().notNull(),
    userCount: integer().notNull(),
    avgIntensity: numeric({ precision: 4, scale: 3 }),
    /** Responses followed by a like, comment, share or reply in the same session, 0-100. */
    interactedPercent: numeric({ precision: 5, scale: 2 }).notNull(),
    /** Responses followed by a click through to the item, 0-100. */
    clickThroughRatePercent: numeric({ precision: 5, scale: 2 }),
    /** People who came back within 7 days, 0-100. */
    returnWithin7dPercent: numeric({ precision: 5, scale: 2 }),
    /** For outreach: unsubscribes after the response, 0-100. */
    unsubscribeRatePercent: numeric({ precision: 5, scale: 2 }),
    avgDwellTimeMs: integer(),
    /** Interaction rate against the cohort's baseline for that content kind, in percent (-100 = none at all). */
    liftVsBaselinePercent: numeric({ precision: 7, scale: 2 }),
    /** Point-biserial correlation between this emotion and interacting, -1..1. */
    engagementCorrelation: numeric({ precision: 4, scale: 3 }),
    computedAt: timestamptz().notNull().defaultNow(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('emotional_engagement_patterns_cell_key').on(t.cohortType, t.cohortKey, t.contentKind, t.emotion, t.periodGranularity, t.periodStartOn),
    index('emotional_engagement_patterns_user_segment_id_idx').on(t.userSegmentId),
    index('emotional_engagement_patterns_period_idx').on(t.periodGranularity, t.periodStartOn),
    textLength(t.cohortKey, { min: 1, max: 64 }),
    requiredWhen(t.userSegmentId, t.cohortType, 'segment', { name: 'emotional_engagement_patterns_segment_check' }),
    onlyWhen(t.userSegmentId, t.cohortType, 'segment', { name: 'emotional_engagement_patterns_segment_type_check' }),
    inOrder(t.periodStartOn, t.periodEndOn, { name: 'emotional_engagement_patterns_period_end_on_check', message: 'must not be before periodStartOn' }),
    nonNegative(t.observationCount),
    range(t.userCount, { min: EMOTION_MIN_COHORT_SIZE, message: `must be at least ${EMOTION_MIN_COHORT_SIZE}: smaller cohorts are suppressed` }),
    between(t.avgIntensity, 0, 1),
    between(t.interactedPercent, 0, 100),
    between(t.clickThroughRatePercent, 0, 100),
    between(t.returnWithin7dPercent, 0, 100),
    between(t.unsubscribeRatePercent, 0, 100),
    nonNegative(t.avgDwellTimeMs),
    range(t.liftVsBaselinePercent, { min: -100 }),
    between(t.engagementCorrelation, -1, 1),
  ],
);
