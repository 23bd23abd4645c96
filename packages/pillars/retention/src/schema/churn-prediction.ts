import {
  between,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  jsonList,
  positive,
  textEnum,
  timestamps,
  timestamptz,
  together,
} from '@db/core';
import { aiModels } from '@db/recommendations/tables';
import { userProfiles, userSubscriptions } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { index, numeric, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { RETENTION_CHURN_OUTCOMES, RETENTION_RISK_BANDS } from '../constants.ts';

/** A feature that moved the score and by how much (a SHAP value), e.g. { feature: 'days_since_last_seen', contribution: 0.21 }. */
export type RetentionChurnFactor = {
  feature: string;
  contribution: number;
  /** The user's value of the feature, as the model saw it (no personal data: counts, days, flags). */
  value?: string | number | boolean | null;
};

/**
 * A churn model's prediction for one user: the probability (0..1) that the user churns within `horizonDays` of
 * `scoredAt`, with the model version that said so (`modelId`, a row of @db/recommendations' model registry,
 * `ai_models`) and its main drivers. Every scoring run adds a row and closes the user's previous one for that
 * model version (`supersededAt`): one current prediction per user and model version, and the history stays to
 * evaluate the model against `outcome`. The scoring pipeline upserts on (user, model version, run).
 *
 * "Model" in both keys is a version (an `ai_models` row), so a shadow version can score beside the active one.
 * The database cannot see that two versions share a name: when a new version takes over, the scoring pipeline
 * supersedes, in the same transaction, the user's current row from the previous version of that model name.
 *
 * Profiling data about the person alone: deleted with the user (cascade). Evidence of what a model said: the
 * model cannot be deleted while its predictions exist (restrict; models are retired through their status).
 */
export const churnPrediction = domainTable(
  'churn_prediction',
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'cascade' }),
    /** The subscription at risk, when the model scores subscriptions; kept, unset, if the subscription goes. */
    subscriptionId: uuid().references(() => userSubscriptions.id, { onDelete: 'set null' }),
    /** The model version that scored it, e.g. owner-churn-gbm 2025.02.1: kept while predictions point at it. */
    modelId: uuid()
      .notNull()
      .references(() => aiModels.id, { onDelete: 'restrict' }),
    /** The batch run that produced it (the pipeline's run id): part of the upsert key. */
    scoringRunId: text().notNull(),
    /** Probability of churning within the horizon, 0..1. */
    score: numeric({ precision: 5, scale: 4 }).notNull(),
    riskBand: textEnum(RETENTION_RISK_BANDS).notNull(),
    horizonDays: smallint().notNull().default(90),
    scoredAt: timestamptz().notNull(),
    /** When a later run replaced it; null: the current prediction. */
    supersededAt: timestamptz(),
    topFactors: jsonList<RetentionChurnFactor>(),
    /** What happened within the horizon, recorded afterwards to evaluate the model. */
    outcome: textEnum(RETENTION_CHURN_OUTCOMES),
    outcomeObservedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('churn_prediction_user_id_model_run_key').on(t.userId, t.modelId, t.scoringRunId),
    uniqueIndex('churn_prediction_current_key')
      .on(t.userId, t.modelId)
      .where(sql`${t.supersededAt} is null`),
    // The foreign key's index, and a model version's predictions in time (evaluating it against outcomes).
    index('churn_prediction_model_id_idx').on(t.modelId, t.scoredAt),
    index('churn_prediction_subscription_id_idx').on(t.subscriptionId),
    // The at-risk list a campaign targets: current predictions by score.
    index('churn_prediction_current_score_idx')
      .on(t.modelId, t.score)
      .where(sql`${t.supersededAt} is null`),
    formatCheck(t.scoringRunId, EXTERNAL_ID),
    between(t.score, 0, 1),
    positive(t.horizonDays),
    inOrder(t.scoredAt, t.supersededAt, { name: 'churn_prediction_superseded_at_check', message: 'must not be before scoredAt' }),
    together(t.outcome, t.outcomeObservedAt, { name: 'churn_prediction_outcome_pair_check', message: 'outcome and outcomeObservedAt are given together or not at all' }),
    inOrder(t.scoredAt, t.outcomeObservedAt, { name: 'churn_prediction_outcome_observed_at_check', message: 'must not be before scoredAt' }),
  ],
);
