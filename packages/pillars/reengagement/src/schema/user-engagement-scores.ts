import { between, domainTable, EXTERNAL_ID, formatCheck, id, jsonList, nonNegative, textEnum, timestamps, timestamptz } from '@db/core';
import { aiModels } from '@db/recommendations/tables';
import { userProfiles } from '@db/users/tables';
import { date, index, integer, numeric, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { REENGAGEMENT_ENGAGEMENT_BANDS } from '../constants.ts';

/**
 * One part of a score and its weight, e.g. { component: 'recency', score: 62.5, weight: 0.3 }. Models differ in
 * their components (recency, frequency, depth, horse_care, social), so they are a list, not columns.
 */
export type EngagementScoreComponent = {
  /** snake_case component name. */
  component: string;
  /** The component's own score, 0..100. */
  score: number;
  /** Its weight in the total, 0..1. */
  weight: number;
};

/**
 * A user's engagement score for one day from one scoring model version (an `ai_models` row of @db/recommendations:
 * a rules-based RFM scorer is registered there too): 0..100 with its band, the day-on-day change, where it ranks
 * among all users, its components, and the activity figures it read. One row per (user, day, model version), the
 * key the nightly scoring run upserts on. High volume (every active user, every day): a BRIN index on `score_date`,
 * and scores older than 400 days are purged (`purge_user_engagement_scores`): profiling data kept for a year-on-year
 * comparison and no longer. The person's own profiling data: deleted with the user (cascade). The model is kept
 * while its scores exist (restrict).
 */
export const userEngagementScores = domainTable(
  'user_engagement_scores',
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'cascade' }),
    /** The scoring model version. */
    modelId: uuid()
      .notNull()
      .references(() => aiModels.id, { onDelete: 'restrict' }),
    /** The day scored, in the user's time zone. */
    scoreDate: date().notNull(),
    /** 0 (no activity) to 100. */
    score: numeric({ precision: 5, scale: 2 }).notNull(),
    band: textEnum(REENGAGEMENT_ENGAGEMENT_BANDS).notNull(),
    /** Change since the previous day's score, -100..100; null on the first. */
    scoreChange: numeric({ precision: 5, scale: 2 }),
    /** Share of scored users with a lower score that day, 0..100. */
    percentile: numeric({ precision: 5, scale: 2 }),
    components: jsonList<EngagementScoreComponent>(),
    /** Days with any activity in the 30 days to `scoreDate`. */
    activeDaysLast30: smallint().notNull().default(0),
    sessionsLast30Days: integer().notNull().default(0),
    /** Changes to the user's horses' records (health, training, profile) in those 30 days. */
    horseUpdatesLast30Days: integer().notNull().default(0),
    /** Whole days since the user was last seen; null: never seen. */
    daysSinceLastSeen: integer(),
    /** The batch run that produced it (the pipeline's run id). */
    scoringRunId: text().notNull(),
    computedAt: timestamptz().notNull().defaultNow(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('user_engagement_scores_user_day_model_key').on(t.userId, t.scoreDate, t.modelId),
    // A model version's scores by day (dashboards, evaluation), and the foreign key's index.
    index('user_engagement_scores_model_id_idx').on(t.modelId, t.scoreDate),
    // Appended day by day: a BRIN index serves the purge and day-range scans for a few pages.
    index('user_engagement_scores_score_date_idx').using('brin', t.scoreDate),
    between(t.score, 0, 100),
    between(t.scoreChange, -100, 100),
    between(t.percentile, 0, 100),
    between(t.activeDaysLast30, 0, 30),
    nonNegative(t.sessionsLast30Days),
    nonNegative(t.horseUpdatesLast30Days),
    nonNegative(t.daysSinceLastSeen),
    formatCheck(t.scoringRunId, EXTERNAL_ID),
  ],
);
