import {
  between,
  domainTable,
  exactlyOneOf,
  id,
  onlyWhen,
  requiredWhen,
  textEnum,
  textLength,
  timestamps,
  timestamptz,
} from '@db/core';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { boolean, index, numeric, text, unique, uuid } from 'drizzle-orm/pg-core';
import { EMOTION_FEEDBACK_STATUSES, EMOTION_FEEDBACK_TYPES, EMOTION_SURFACES, EMOTIONS } from '../constants.ts';
import { emotionPredictionResults } from './emotion-prediction-results.ts';
import { interactionSentiment } from './interaction-sentiment.ts';
import { userEmotionTracking } from './user-emotion-tracking.ts';

/**
 * A person telling the platform what it inferred about them is right, wrong (and what is right), or not something
 * it should infer at all: about one observation, one sentiment analysis or one prediction (exactly one). The
 * correction is applied to their state and, with their training consent, to the next evaluation set; a rejection
 * can carry an opt-out, which the app records as a withdrawal in the consent ledger. One answer per person and
 * inference: a changed mind upserts (a unique index, NULLS NOT DISTINCT). CASCADE: theirs, and it goes with the
 * inference it is about (including when that is purged).
 */
export const emotionalResponseFeedback = domainTable(
  'emotional_response_feedback',
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'cascade' }),
    userEmotionTrackingId: uuid().references(() => userEmotionTracking.id, {
      onDelete: 'cascade',
      name: 'emotional_response_feedback_user_emotion_tracking_id_fkey',
    }),
    interactionSentimentId: uuid().references(() => interactionSentiment.id, {
      onDelete: 'cascade',
      name: 'emotional_response_feedback_interaction_sentiment_id_fkey',
    }),
    emotionPredictionResultId: uuid().references(() => emotionPredictionResults.id, {
      onDelete: 'cascade',
      name: 'emotional_response_feedback_prediction_result_id_fkey',
    }),
    feedbackType: textEnum(EMOTION_FEEDBACK_TYPES).notNull(),
    /** What the person says they felt, for a correction. */
    correctedEmotion: textEnum(EMOTIONS),
    correctedValence: numeric({ precision: 4, scale: 3 }),
    comment: text(),
    surface: textEnum(EMOTION_SURFACES).notNull(),
    /** The person asked to stop emotion analysis altogether (the consent withdrawal is written to the ledger). */
    optOutRequested: boolean().notNull().default(false),
    submittedAt: timestamptz().notNull().defaultNow(),
    status: textEnum(EMOTION_FEEDBACK_STATUSES).notNull().default('received'),
    appliedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    unique('emotional_response_feedback_inference_key')
      .on(t.userId, t.userEmotionTrackingId, t.interactionSentimentId, t.emotionPredictionResultId)
      .nullsNotDistinct(),
    index('emotional_response_feedback_user_emotion_tracking_id_idx').on(t.userEmotionTrackingId),
    index('emotional_response_feedback_interaction_sentiment_id_idx').on(t.interactionSentimentId),
    index('emotional_response_feedback_prediction_result_id_idx').on(t.emotionPredictionResultId),
    /** The model team's queue: corrections not yet applied. */
    index('emotional_response_feedback_received_idx').on(t.submittedAt).where(sql`${t.status} = 'received'`),
    exactlyOneOf([t.userEmotionTrackingId, t.interactionSentimentId, t.emotionPredictionResultId], {
      name: 'emotional_response_feedback_inference_check',
    }),
    requiredWhen(t.correctedEmotion, t.feedbackType, 'corrected', { name: 'emotional_response_feedback_corrected_check' }),
    onlyWhen(t.correctedEmotion, t.feedbackType, 'corrected', { name: 'emotional_response_feedback_corrected_type_check' }),
    onlyWhen(t.correctedValence, t.feedbackType, 'corrected', { name: 'emotional_response_feedback_valence_type_check' }),
    between(t.correctedValence, -1, 1),
    textLength(t.comment, { min: 1, max: 1000 }),
    requiredWhen(t.appliedAt, t.status, 'applied', { name: 'emotional_response_feedback_applied_at_check' }),
  ],
);
