import {
  between,
  domainTable,
  EXTERNAL_ID,
  exactlyOneOf,
  formatCheck,
  id,
  inOrder,
  jsonObject,
  textEnum,
  timestamps,
  timestamptz,
  together,
} from '@db/core';
import { aiAgentInteractions } from '@db/agents/tables';
import { userReviews } from '@db/feedback/tables';
import { aiRecommendations } from '@db/recommendations/tables';
import { outreachMessages } from '@db/retention/tables';
import { socialComments, socialPosts } from '@db/social/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { index, numeric, text, unique, uuid } from 'drizzle-orm/pg-core';
import { EMOTIONS, type Emotion } from '../constants.ts';
import { emotionalResponseModels } from './emotional-response-models.ts';
import { userEmotionTracking } from './user-emotion-tracking.ts';

/** The model's calibrated probability per label it emits, 0..1 (labels outside its label set are absent). */
export type EmotionProbabilities = Partial<Record<Emotion, number>>;

/**
 * What a configuration predicts a response to one thing will be, before it is shown: how an outreach message, a
 * recommendation or a post is likely to land, for everyone (no user) or for one person. One target (exactly one
 * typed foreign key), one configuration version, one person or none: a re-run of the batch upserts on that key
 * (a unique index, NULLS NOT DISTINCT, so the person-less rows are keyed too). Once the response is observed, the
 * actual emotion is recorded beside it (with the observation, SET NULL when that is purged), for calibration
 * reports. CASCADE on the person and on the target.
 */
export const emotionPredictionResults = domainTable(
  'emotion_prediction_results',
  {
    id: id(),
    responseModelId: uuid()
      .notNull()
      .references(() => emotionalResponseModels.id, { onDelete: 'restrict', name: 'emotion_prediction_results_response_model_id_fkey' }),
    /** Null: the prediction for the audience at large. */
    userId: uuid().references(() => userProfiles.id, { onDelete: 'cascade' }),
    socialPostId: uuid().references(() => socialPosts.id, { onDelete: 'cascade' }),
    socialCommentId: uuid().references(() => socialComments.id, { onDelete: 'cascade', name: 'emotion_prediction_results_social_comment_id_fkey' }),
    aiRecommendationId: uuid().references(() => aiRecommendations.id, {
      onDelete: 'cascade',
      name: 'emotion_prediction_results_ai_recommendation_id_fkey',
    }),
    aiAgentInteractionId: uuid().references(() => aiAgentInteractions.id, {
      onDelete: 'cascade',
      name: 'emotion_prediction_results_ai_agent_interaction_id_fkey',
    }),
    outreachMessageId: uuid().references(() => outreachMessages.id, {
      onDelete: 'cascade',
      name: 'emotion_prediction_results_outreach_message_id_fkey',
    }),
    userReviewId: uuid().references(() => userReviews.id, { onDelete: 'cascade' }),
    predictedEmotion: textEnum(EMOTIONS).notNull(),
    predictedValence: numeric({ precision: 4, scale: 3 }),
    predictedArousal: numeric({ precision: 4, scale: 3 }),
    predictedIntensity: numeric({ precision: 4, scale: 3 }),
    confidence: numeric({ precision: 4, scale: 3 }).notNull(),
    labelProbabilities: jsonObject<EmotionProbabilities>(),
    /** The batch run that wrote it (the scheduler's run id). */
    runId: text(),
    predictedAt: timestamptz().notNull(),
    /** After this the prediction is stale and is not used. */
    expiresAt: timestamptz(),
    actualEmotion: textEnum(EMOTIONS),
    actualObservedAt: timestamptz(),
    /** The observation that turned out to be the response; SET NULL when it is purged. */
    userEmotionTrackingId: uuid().references(() => userEmotionTracking.id, {
      onDelete: 'set null',
      name: 'emotion_prediction_results_user_emotion_tracking_id_fkey',
    }),
    ...timestamps(),
  },
  (t) => [
    unique('emotion_prediction_results_target_key')
      .on(
        t.responseModelId,
        t.userId,
        t.socialPostId,
        t.socialCommentId,
        t.aiRecommendationId,
        t.aiAgentInteractionId,
        t.outreachMessageId,
        t.userReviewId,
      )
      .nullsNotDistinct(),
    index('emotion_prediction_results_response_model_id_idx').on(t.responseModelId, t.predictedAt),
    index('emotion_prediction_results_user_id_idx').on(t.userId, t.predictedAt),
    index('emotion_prediction_results_social_post_id_idx').on(t.socialPostId),
    index('emotion_prediction_results_social_comment_id_idx').on(t.socialCommentId),
    index('emotion_prediction_results_ai_recommendation_id_idx').on(t.aiRecommendationId),
    index('emotion_prediction_results_ai_agent_interaction_id_idx').on(t.aiAgentInteractionId),
    index('emotion_prediction_results_outreach_message_id_idx').on(t.outreachMessageId),
    index('emotion_prediction_results_user_review_id_idx').on(t.userReviewId),
    index('emotion_prediction_results_user_emotion_tracking_id_idx').on(t.userEmotionTrackingId),
    /** The calibration job: predictions still waiting for their outcome. */
    index('emotion_prediction_results_pending_idx')
      .on(t.predictedAt)
      .where(sql`${t.actualEmotion} is null`),
    exactlyOneOf([t.socialPostId, t.socialCommentId, t.aiRecommendationId, t.aiAgentInteractionId, t.outreachMessageId, t.userReviewId], {
      name: 'emotion_prediction_results_target_check',
    }),
    between(t.predictedValence, -1, 1),
    between(t.predictedArousal, 0, 1),
    between(t.predictedIntensity, 0, 1),
    between(t.confidence, 0, 1),
    formatCheck(t.runId, EXTERNAL_ID),
    inOrder(t.predictedAt, t.expiresAt, { strict: true, name: 'emotion_prediction_results_expires_at_check', message: 'must be after predictedAt' }),
    together(t.actualEmotion, t.actualObservedAt, { name: 'emotion_prediction_results_actual_check' }),
    inOrder(t.predictedAt, t.actualObservedAt, { name: 'emotion_prediction_results_observed_at_check', message: 'must not be before predictedAt' }),
  ],
);
