import { between, domainTable, id, inOrder, nonNegative, onlyWhen, range, requiredWhen, textEnum, textLength, timestamps, timestamptz } from '@db/core';
import { userSegments } from '@db/retention/tables';
import { date, index, integer, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { EMOTION_COHORT_TYPES, EMOTION_MIN_COHORT_SIZE, EMOTION_PERIOD_GRANULARITIES, EMOTION_SURFACES, EMOTIONS } from '../constants.ts';

/**
 * The emotion dashboard, one cell per row: a cohort (everyone, a @db/retention segment, a signup month, a plan, a
 * country) × a period × a surface, with the distribution of observed emotions (the share of each, in percent) and
 * the mean valence, arousal and intensity. Computed by a job that re-runs: (cohort_type, cohort_key, surface,
 * period_granularity, period_start_on) is its upsert key. Never about one identifiable person: a cell needs at
 * least EMOTION_MIN_COHORT_SIZE people (the job suppresses smaller ones, the table refuses them). Figures of a
 * segment go with it (CASCADE).
 */
export const emotionAnalytics = domainTable(
  'emotion_analytics',
  {
    id: id(),
    cohortType: textEnum(EMOTION_COHORT_TYPES).notNull(),
    /** The cohort within its type: all, the segment's key, 2024-03, barn, IE. */
    cohortKey: text().notNull(),
    userSegmentId: uuid().references(() => userSegments.id, { onDelete: 'cascade' }),
    surface: textEnum(EMOTION_SURFACES).notNull(),
    periodGranularity: textEnum(EMOTION_PERIOD_GRANULARITIES).notNull(),
    periodStartOn: date().notNull(),
    /** Last day of the period, included. */
    periodEndOn: date().notNull(),
    observationCount: integer().notNull(),
    /** Distinct people behind the figures: at least EMOTION_MIN_COHORT_SIZE. */
    userCount: integer().notNull(),
    avgValence: numeric({ precision: 4, scale: 3 }).notNull(),
    avgArousal: numeric({ precision: 4, scale: 3 }),
    avgIntensity: numeric({ precision: 4, scale: 3 }),
    dominantEmotion: textEnum(EMOTIONS).notNull(),
    /** Share of the period's observations with each primary emotion, 0-100 (they add up to 100, rounding aside). */
    joyPercent: numeric({ precision: 5, scale: 2 }).notNull(),
    sadnessPercent: numeric({ precision: 5, scale: 2 }).notNull(),
    angerPercent: numeric({ precision: 5, scale: 2 }).notNull(),
    fearPercent: numeric({ precision: 5, scale: 2 }).notNull(),
    surprisePercent: numeric({ precision: 5, scale: 2 }).notNull(),
    disgustPercent: numeric({ precision: 5, scale: 2 }).notNull(),
    neutralPercent: numeric({ precision: 5, scale: 2 }).notNull(),
    /** Share of the observations that were self-reported rather than inferred, 0-100. */
    selfReportedPercent: numeric({ precision: 5, scale: 2 }),
    computedAt: timestamptz().notNull().defaultNow(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('emotion_analytics_cell_key').on(t.cohortType, t.cohortKey, t.surface, t.periodGranularity, t.periodStartOn),
    index('emotion_analytics_user_segment_id_idx').on(t.userSegmentId),
    /** The dashboard's time axis: every cohort's cells of one granularity over time. */
    index('emotion_analytics_period_idx').on(t.periodGranularity, t.periodStartOn),
    textLength(t.cohortKey, { min: 1, max: 64 }),
    requiredWhen(t.userSegmentId, t.cohortType, 'segment', { name: 'emotion_analytics_segment_check' }),
    onlyWhen(t.userSegmentId, t.cohortType, 'segment', { name: 'emotion_analytics_segment_type_check' }),
    inOrder(t.periodStartOn, t.periodEndOn, { name: 'emotion_analytics_period_end_on_check', message: 'must not be before periodStartOn' }),
    nonNegative(t.observationCount),
    range(t.userCount, { min: EMOTION_MIN_COHORT_SIZE, message: `must be at least ${EMOTION_MIN_COHORT_SIZE}: smaller cohorts are suppressed` }),
    between(t.avgValence, -1, 1),
    between(t.avgArousal, 0, 1),
    between(t.avgIntensity, 0, 1),
    between(t.joyPercent, 0, 100),
    between(t.sadnessPercent, 0, 100),
    between(t.angerPercent, 0, 100),
    between(t.fearPercent, 0, 100),
    between(t.surprisePercent, 0, 100),
    between(t.disgustPercent, 0, 100),
    between(t.neutralPercent, 0, 100),
    between(t.selfReportedPercent, 0, 100),
  ],
);
