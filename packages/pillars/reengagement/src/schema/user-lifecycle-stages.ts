import { between, differ, domainTable, id, inOrder, nonNegative, onlyWhen, textEnum, timestamps, timestamptz } from '@db/core';
import { churnPrediction, userRetentionCampaigns } from '@db/retention/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { index, integer, numeric, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { REENGAGEMENT_LIFECYCLE_STAGES, REENGAGEMENT_STAGE_DECIDERS, REENGAGEMENT_STAGE_TRANSITION_REASONS } from '../constants.ts';

/**
 * A user's lifecycle history: one row per stay in a stage (new, onboarding, active, at risk, dormant, churned,
 * reactivated), from `enteredAt` until `leftAt`, never overwritten, so "who was at risk on 1 March" and "how long
 * do owners stay dormant" can be answered. One current stage per user (`leftAt` null, partial unique): a
 * transition closes the current row and opens the next in one transaction. With why the user moved and what
 * decided it (the rules, a churn prediction, a billing event, a person), and the campaign credited with a
 * reactivation. The person's own profiling data: deleted with the user (cascade); the links to predictions,
 * campaigns and whoever changed it by hand are provenance (set null).
 */
export const userLifecycleStages = domainTable(
  'user_lifecycle_stages',
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'cascade' }),
    stage: textEnum(REENGAGEMENT_LIFECYCLE_STAGES).notNull(),
    /** The stage the user came from; null for the first (new). */
    previousStage: textEnum(REENGAGEMENT_LIFECYCLE_STAGES),
    enteredAt: timestamptz().notNull(),
    /** When the user moved on; null: the current stage. */
    leftAt: timestamptz(),
    transitionReason: textEnum(REENGAGEMENT_STAGE_TRANSITION_REASONS).notNull(),
    decidedBy: textEnum(REENGAGEMENT_STAGE_DECIDERS).notNull().default('lifecycle_rules'),
    /** The churn prediction that moved the user (to at_risk, typically): provenance, unset if it goes. */
    churnPredictionId: uuid().references(() => churnPrediction.id, { onDelete: 'set null', name: 'user_lifecycle_stages_churn_prediction_id_fkey' }),
    /** The campaign credited with a reactivation or a win-back: provenance, unset if the campaign is deleted. */
    retentionCampaignId: uuid().references(() => userRetentionCampaigns.id, {
      onDelete: 'set null',
      name: 'user_lifecycle_stages_retention_campaign_id_fkey',
    }),
    /** Who set the stage by hand (manual decisions only): a credit, unset when that user is erased. */
    changedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null', name: 'user_lifecycle_stages_changed_by_user_id_fkey' }),
    /** Whole days spent in the previous stage. */
    daysInPreviousStage: integer(),
    /** The user's engagement score (0..100) on entering the stage. */
    engagementScoreAtEntry: numeric({ precision: 5, scale: 2 }),
    /** When the lifecycle rules last confirmed the stage. */
    lastEvaluatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('user_lifecycle_stages_current_key')
      .on(t.userId)
      .where(sql`${t.leftAt} is null`),
    // A user's history, and the foreign key's index.
    index('user_lifecycle_stages_user_id_idx').on(t.userId, t.enteredAt),
    // Who is in a stage now, longest first: the at-risk and dormant lists campaigns work from.
    index('user_lifecycle_stages_current_stage_idx')
      .on(t.stage, t.enteredAt)
      .where(sql`${t.leftAt} is null`),
    index('user_lifecycle_stages_churn_prediction_id_idx').on(t.churnPredictionId),
    index('user_lifecycle_stages_retention_campaign_id_idx').on(t.retentionCampaignId),
    index('user_lifecycle_stages_changed_by_user_id_idx').on(t.changedByUserId),
    differ(t.previousStage, t.stage, { name: 'user_lifecycle_stages_transition_check', message: 'must differ from previousStage' }),
    inOrder(t.enteredAt, t.leftAt, { name: 'user_lifecycle_stages_left_at_check', message: 'must not be before enteredAt' }),
    onlyWhen(t.changedByUserId, t.decidedBy, 'manual', { name: 'user_lifecycle_stages_changed_by_check' }),
    nonNegative(t.daysInPreviousStage),
    between(t.engagementScoreAtEntry, 0, 100),
  ],
);
