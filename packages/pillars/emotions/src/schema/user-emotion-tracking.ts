import {
  between,
  createdAt,
  differ,
  domainTable,
  EXTERNAL_ID,
  exactlyOneOf,
  formatCheck,
  id,
  nonNegative,
  requiredWhen,
  SNAKE_CASE_KEY,
  textEnum,
  timestamptz,
} from '@db/core';
import { aiAgentInteractions } from '@db/agents/tables';
import { gdprCompliance } from '@db/compliance/tables';
import { userReviews } from '@db/feedback/tables';
import { aiRecommendations } from '@db/recommendations/tables';
import { outreachMessages } from '@db/retention/tables';
import { socialComments, socialPosts } from '@db/social/tables';
import { userProfiles, userSessions } from '@db/users/tables';
import { index, integer, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { EMOTION_SIGNAL_SOURCES, EMOTION_SURFACES, EMOTIONS } from '../constants.ts';
import { emotionalContextTags } from './emotional-context-tags.ts';
import { emotionalResponseModels } from './emotional-response-models.ts';

/**
 * One observation of a person's emotional response to one thing on the platform: a post or comment they read, a
 * recommendation they were shown, an agent's answer, an outreach message, a review (exactly one, each a typed
 * foreign key). Inferred by a model configuration, reported by the person, or read from the reaction they picked;
 * never about health. Only for people whose consent to emotion analysis is on record (`consent_record_id`, the
 * @db/compliance ledger row relied on).
 *
 * Insert-only and high volume: no updated_at, a BRIN index on `observed_at`, and a 180-day retention
 * (`purge_user_emotion_tracking`, src/database-objects.ts); a large deployment partitions it by month. It is NOT
 * trigger-protected: it is the person's own data, not audit evidence, so it goes with them on erasure and on a
 * withdrawn consent (CASCADE), and with the content it reacted to (CASCADE: `exactly one` leaves no room for SET
 * NULL). The inference pipeline re-delivers events: (source, external_event_id) inserts once.
 */
export const userEmotionTracking = domainTable(
  'user_emotion_tracking',
  {
    id: id(),
    /** CASCADE: a person's emotional data is theirs alone and goes on erasure. */
    userId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'cascade' }),
    socialPostId: uuid().references(() => socialPosts.id, { onDelete: 'cascade' }),
    socialCommentId: uuid().references(() => socialComments.id, { onDelete: 'cascade' }),
    aiRecommendationId: uuid().references(() => aiRecommendations.id, { onDelete: 'cascade', name: 'user_emotion_tracking_ai_recommendation_id_fkey' }),
    aiAgentInteractionId: uuid().references(() => aiAgentInteractions.id, { onDelete: 'cascade', name: 'user_emotion_tracking_ai_agent_interaction_id_fkey' }),
    outreachMessageId: uuid().references(() => outreachMessages.id, { onDelete: 'cascade', name: 'user_emotion_tracking_outreach_message_id_fkey' }),
    userReviewId: uuid().references(() => userReviews.id, { onDelete: 'cascade' }),
    signalSource: textEnum(EMOTION_SIGNAL_SOURCES).notNull(),
    /** The configuration that inferred it; RESTRICT: a version that produced data is retired, not deleted. */
    responseModelId: uuid().references(() => emotionalResponseModels.id, { onDelete: 'restrict', name: 'user_emotion_tracking_response_model_id_fkey' }),
    primaryEmotion: textEnum(EMOTIONS).notNull(),
    secondaryEmotion: textEnum(EMOTIONS),
    /** -1 (unpleasant) .. 1 (pleasant). */
    valence: numeric({ precision: 4, scale: 3 }).notNull(),
    /** 0 (calm) .. 1 (activated). */
    arousal: numeric({ precision: 4, scale: 3 }),
    /** 0..1. */
    intensity: numeric({ precision: 4, scale: 3 }),
    /** Calibrated confidence, 0..1; 1 for a self-report. */
    confidence: numeric({ precision: 4, scale: 3 }).notNull(),
    surface: textEnum(EMOTION_SURFACES).notNull(),
    /** Time spent on the item before the signal (reading, listening). */
    dwellTimeMs: integer(),
    emotionalContextTagId: uuid().references(() => emotionalContextTags.id, { onDelete: 'set null', name: 'user_emotion_tracking_emotional_context_tag_id_fkey' }),
    /** The consent ledger row relied on; RESTRICT: the ledger is append-only and never loses a row. */
    consentRecordId: uuid()
      .notNull()
      .references(() => gdprCompliance.id, { onDelete: 'restrict' }),
    /** The signed-in session it happened in; SET NULL: sessions are purged, the observation stays. */
    userSessionId: uuid().references(() => userSessions.id, { onDelete: 'set null' }),
    observedAt: timestamptz().notNull(),
    /** The pipeline (snake_case: emotion_stream) and its event id: a re-delivered event is inserted once. */
    source: text().notNull(),
    externalEventId: text().notNull(),
    ...createdAt(),
  },
  (t) => [
    uniqueIndex('user_emotion_tracking_source_external_event_id_key').on(t.source, t.externalEventId),
    index('user_emotion_tracking_observed_at_brin_idx').using('brin', t.observedAt),
    /** A person's recent responses (their own view, the trigger engine's window). */
    index('user_emotion_tracking_user_id_idx').on(t.userId, t.observedAt),
    index('user_emotion_tracking_social_post_id_idx').on(t.socialPostId),
    index('user_emotion_tracking_social_comment_id_idx').on(t.socialCommentId),
    index('user_emotion_tracking_ai_recommendation_id_idx').on(t.aiRecommendationId),
    index('user_emotion_tracking_ai_agent_interaction_id_idx').on(t.aiAgentInteractionId),
    index('user_emotion_tracking_outreach_message_id_idx').on(t.outreachMessageId),
    index('user_emotion_tracking_user_review_id_idx').on(t.userReviewId),
    index('user_emotion_tracking_response_model_id_idx').on(t.responseModelId),
    index('user_emotion_tracking_emotional_context_tag_id_idx').on(t.emotionalContextTagId),
    index('user_emotion_tracking_consent_record_id_idx').on(t.consentRecordId),
    index('user_emotion_tracking_user_session_id_idx').on(t.userSessionId),
    exactlyOneOf([t.socialPostId, t.socialCommentId, t.aiRecommendationId, t.aiAgentInteractionId, t.outreachMessageId, t.userReviewId], {
      name: 'user_emotion_tracking_subject_check',
    }),
    requiredWhen(t.responseModelId, t.signalSource, 'model_inference', { name: 'user_emotion_tracking_model_check' }),
    differ(t.primaryEmotion, t.secondaryEmotion, { name: 'user_emotion_tracking_secondary_differs_check', message: 'must differ from primaryEmotion' }),
    between(t.valence, -1, 1),
    between(t.arousal, 0, 1),
    between(t.intensity, 0, 1),
    between(t.confidence, 0, 1),
    nonNegative(t.dwellTimeMs),
    formatCheck(t.source, SNAKE_CASE_KEY),
    formatCheck(t.externalEventId, EXTERNAL_ID),
  ],
);
