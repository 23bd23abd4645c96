import { between, domainTable, id, inOrder, requiredWith, textEnum, timestamps, timestamptz } from '@db/core';
import { gdprCompliance } from '@db/compliance/tables';
import { aiRecommendations } from '@db/recommendations/tables';
import { userProfiles } from '@db/users/tables';
import { boolean, index, numeric, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { EMOTION_RECOMMENDATION_OUTCOMES, EMOTION_RECOMMENDATION_STRATEGIES, EMOTIONS } from '../constants.ts';
import { emotionalResponseModels } from './emotional-response-models.ts';
import { emotionalStateHistory } from './emotional-state-history.ts';
import { userEmotionTracking } from './user-emotion-tracking.ts';

/**
 * Why a recommendation (@db/recommendations' `ai_recommendations`) was shown, ranked or held back because of an
 * inferred emotion: the inference it used (an observation or the current state, kept as links that are nulled when
 * those are purged, and as the emotion and confidence relied on at the time), the strategy, the score before and
 * after the adjustment, the consent relied on, and whether the "why am I seeing this" explanation named the
 * emotion (AI Act art. 50(3): people exposed to emotion recognition are told). One per recommendation: upserted on
 * `ai_recommendation_id`. The person's own (CASCADE, and with the recommendation).
 */
export const emotionBasedRecommendations = domainTable(
  'emotion_based_recommendations',
  {
    id: id(),
    aiRecommendationId: uuid()
      .notNull()
      .references(() => aiRecommendations.id, { onDelete: 'cascade', name: 'emotion_based_recommendations_ai_recommendation_id_fkey' }),
    userId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'cascade' }),
    inferredEmotion: textEnum(EMOTIONS).notNull(),
    inferredValence: numeric({ precision: 4, scale: 3 }),
    inferenceConfidence: numeric({ precision: 4, scale: 3 }).notNull(),
    strategy: textEnum(EMOTION_RECOMMENDATION_STRATEGIES).notNull(),
    userEmotionTrackingId: uuid().references(() => userEmotionTracking.id, {
      onDelete: 'set null',
      name: 'emotion_based_recommendations_user_emotion_tracking_id_fkey',
    }),
    emotionalStateHistoryId: uuid().references(() => emotionalStateHistory.id, {
      onDelete: 'set null',
      name: 'emotion_based_recommendations_state_history_id_fkey',
    }),
    responseModelId: uuid()
      .notNull()
      .references(() => emotionalResponseModels.id, { onDelete: 'restrict', name: 'emotion_based_recommendations_response_model_id_fkey' }),
    /** The consent (purpose personalised_recommendations) relied on; RESTRICT: the ledger keeps every row. */
    consentRecordId: uuid()
      .notNull()
      .references(() => gdprCompliance.id, { onDelete: 'restrict', name: 'emotion_based_recommendations_consent_record_id_fkey' }),
    /** The recommendation's score before and after the emotion adjustment, 0..1. */
    baseScore: numeric({ precision: 5, scale: 4 }).notNull(),
    adjustedScore: numeric({ precision: 5, scale: 4 }).notNull(),
    /** The explanation shown with it said that the person's inferred mood played a part. */
    explanationShown: boolean().notNull().default(true),
    decidedAt: timestamptz().notNull(),
    outcome: textEnum(EMOTION_RECOMMENDATION_OUTCOMES),
    outcomeAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('emotion_based_recommendations_ai_recommendation_id_key').on(t.aiRecommendationId),
    index('emotion_based_recommendations_user_id_idx').on(t.userId, t.decidedAt),
    index('emotion_based_recommendations_user_emotion_tracking_id_idx').on(t.userEmotionTrackingId),
    index('emotion_based_recommendations_state_history_id_idx').on(t.emotionalStateHistoryId),
    index('emotion_based_recommendations_response_model_id_idx').on(t.responseModelId),
    index('emotion_based_recommendations_consent_record_id_idx').on(t.consentRecordId),
    between(t.inferredValence, -1, 1),
    between(t.inferenceConfidence, 0, 1),
    between(t.baseScore, 0, 1),
    between(t.adjustedScore, 0, 1),
    requiredWith(t.outcomeAt, t.outcome, { name: 'emotion_based_recommendations_outcome_at_check' }),
    inOrder(t.decidedAt, t.outcomeAt, { name: 'emotion_based_recommendations_outcome_order_check', message: 'must not be before decidedAt' }),
  ],
);
