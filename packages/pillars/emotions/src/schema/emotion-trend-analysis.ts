import { between, domainTable, id, inOrder, nonNegative, onlyWhen, range, requiredWhen, textEnum, textLength, timestamps, timestamptz } from '@db/core';
import { userSegments } from '@db/retention/tables';
import { boolean, date, index, integer, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { EMOTION_COHORT_TYPES, EMOTION_MIN_COHORT_SIZE, EMOTION_PERIOD_GRANULARITIES, EMOTION_TREND_DIRECTIONS, EMOTIONS } from '../constants.ts';

/**
 * One emotion's trend in a cohort, period after period: its share of observations, the previous period's, the
 * change in percentage points, the seasonal baseline (competition season, foaling season, winter), a z-score and
 * whether it is an anomaly, and the next period's forecast. Upserted on (cohort_type, cohort_key, emotion,
 * period_granularity, period_start_on) when the job re-runs; at least EMOTION_MIN_COHORT_SIZE people per cell; a
 * segment's rows go with it (CASCADE).
 */
export const emotionTrendAnalysis = domainTable(
  'emotion_trend_analysis',
  {
    id: id(),
    cohortType: textEnum(EMOTION_COHORT_TYPES).notNull(),
    cohortKey: text().notNull(),
    userSegmentId: uuid().references(() => userSegments.id, { onDelete: 'cascade' }),
    emotion: textEnum(EMOTIONS).notNull(),
    periodGranularity: textEnum(EMOTION_PERIOD_GRANULARITIES).notNull(),
    periodStartOn: date().notNull(),
    periodEndOn: date().notNull(),
    observationCount: integer().notNull(),
    userCount: integer().notNull(),
    /** The emotion's share of the period's observations, 0-100. */
    sharePercent: numeric({ precision: 5, scale: 2 }).notNull(),
    previousSharePercent: numeric({ precision: 5, scale: 2 }),
    /** sharePercent - previousSharePercent, in percentage points. */
    changePoints: numeric({ precision: 5, scale: 2 }),
    /** The expected share for this time of year (seasonal baseline), 0-100. */
    seasonalBaselinePercent: numeric({ precision: 5, scale: 2 }),
    /** Standard deviations from the seasonal baseline. */
    zScore: numeric({ precision: 6, scale: 3 }),
    direction: textEnum(EMOTION_TREND_DIRECTIONS).notNull(),
    isAnomaly: boolean().notNull().default(false),
    forecastNextPercent: numeric({ precision: 5, scale: 2 }),
    computedAt: timestamptz().notNull().defaultNow(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('emotion_trend_analysis_cell_key').on(t.cohortType, t.cohortKey, t.emotion, t.periodGranularity, t.periodStartOn),
    index('emotion_trend_analysis_user_segment_id_idx').on(t.userSegmentId),
    index('emotion_trend_analysis_period_idx').on(t.periodGranularity, t.periodStartOn),
    textLength(t.cohortKey, { min: 1, max: 64 }),
    requiredWhen(t.userSegmentId, t.cohortType, 'segment', { name: 'emotion_trend_analysis_segment_check' }),
    onlyWhen(t.userSegmentId, t.cohortType, 'segment', { name: 'emotion_trend_analysis_segment_type_check' }),
    inOrder(t.periodStartOn, t.periodEndOn, { name: 'emotion_trend_analysis_period_end_on_check', message: 'must not be before periodStartOn' }),
    nonNegative(t.observationCount),
    range(t.userCount, { min: EMOTION_MIN_COHORT_SIZE, message: `must be at least ${EMOTION_MIN_COHORT_SIZE}: smaller cohorts are suppressed` }),
    between(t.sharePercent, 0, 100),
    between(t.previousSharePercent, 0, 100),
    between(t.changePoints, -100, 100),
    between(t.seasonalBaselinePercent, 0, 100),
    between(t.forecastNextPercent, 0, 100),
  ],
);
