import {
  between,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  onlyWhen,
  requiredWith,
  SNAKE_CASE_KEY,
  textEnum,
  timestamps,
  timestamptz,
} from '@db/core';
import { aiAgentSessions } from '@db/agents/tables';
import { gdprCompliance } from '@db/compliance/tables';
import { userProfiles } from '@db/users/tables';
import { index, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { EMOTION_CONTENT_REACTIONS, EMOTION_PERSONALISED_CONTENT_KINDS, EMOTION_TONES, EMOTIONS } from '../constants.ts';
import { emotionalContextTags } from './emotional-context-tags.ts';
import { emotionalResponseModels } from './emotional-response-models.ts';
import { emotionalStateHistory } from './emotional-state-history.ts';
import { emotionalSupportResources } from './emotional-support-resources.ts';
import { userEmotionTracking } from './user-emotion-tracking.ts';

/**
 * Content adapted to a person's inferred emotion and shown to them: the assistant's tone in a session, a feed
 * banner, a tip on the home screen, a support resource card, the wording of a notification, their own mood
 * summary. Records the variant and tone, the inference it used (links nulled when those are purged, plus the
 * emotion and confidence relied on), the consent it rests on, and what the person made of it. The personalisation
 * service's decision id is the key: (source, external_id) upserts (a reaction arrives later). The person's own
 * (CASCADE, and with the agent session it set the tone of).
 */
export const personalizedEmotionalContent = domainTable(
  'personalized_emotional_content',
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'cascade' }),
    contentKind: textEnum(EMOTION_PERSONALISED_CONTENT_KINDS).notNull(),
    /** The variant shown (snake_case key in the content system), e.g. bereavement_banner_gentle. */
    variantKey: text().notNull(),
    tone: textEnum(EMOTION_TONES).notNull(),
    inferredEmotion: textEnum(EMOTIONS).notNull(),
    inferenceConfidence: numeric({ precision: 4, scale: 3 }).notNull(),
    userEmotionTrackingId: uuid().references(() => userEmotionTracking.id, {
      onDelete: 'set null',
      name: 'personalized_emotional_content_user_emotion_tracking_id_fkey',
    }),
    emotionalStateHistoryId: uuid().references(() => emotionalStateHistory.id, {
      onDelete: 'set null',
      name: 'personalized_emotional_content_state_history_id_fkey',
    }),
    responseModelId: uuid()
      .notNull()
      .references(() => emotionalResponseModels.id, { onDelete: 'restrict', name: 'personalized_emotional_content_response_model_id_fkey' }),
    /** The consent relied on; RESTRICT: the ledger keeps every row. */
    consentRecordId: uuid()
      .notNull()
      .references(() => gdprCompliance.id, { onDelete: 'restrict', name: 'personalized_emotional_content_consent_record_id_fkey' }),
    /** The assistant session whose tone it set (assistant_tone only). */
    aiAgentSessionId: uuid().references(() => aiAgentSessions.id, {
      onDelete: 'cascade',
      name: 'personalized_emotional_content_ai_agent_session_id_fkey',
    }),
    /** The resource a support card showed; SET NULL: the record of the card stays. */
    emotionalSupportResourceId: uuid().references(() => emotionalSupportResources.id, {
      onDelete: 'set null',
      name: 'personalized_emotional_content_support_resource_id_fkey',
    }),
    emotionalContextTagId: uuid().references(() => emotionalContextTags.id, {
      onDelete: 'set null',
      name: 'personalized_emotional_content_context_tag_id_fkey',
    }),
    shownAt: timestamptz().notNull(),
    dismissedAt: timestamptz(),
    reaction: textEnum(EMOTION_CONTENT_REACTIONS),
    reactedAt: timestamptz(),
    /** The personalisation service (snake_case) and its decision id. */
    source: text().notNull(),
    externalId: text().notNull(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('personalized_emotional_content_source_external_id_key').on(t.source, t.externalId),
    index('personalized_emotional_content_user_id_idx').on(t.userId, t.shownAt),
    index('personalized_emotional_content_user_emotion_tracking_id_idx').on(t.userEmotionTrackingId),
    index('personalized_emotional_content_state_history_id_idx').on(t.emotionalStateHistoryId),
    index('personalized_emotional_content_response_model_id_idx').on(t.responseModelId),
    index('personalized_emotional_content_consent_record_id_idx').on(t.consentRecordId),
    index('personalized_emotional_content_ai_agent_session_id_idx').on(t.aiAgentSessionId),
    index('personalized_emotional_content_support_resource_id_idx').on(t.emotionalSupportResourceId),
    index('personalized_emotional_content_context_tag_id_idx').on(t.emotionalContextTagId),
    formatCheck(t.variantKey, SNAKE_CASE_KEY),
    between(t.inferenceConfidence, 0, 1),
    onlyWhen(t.aiAgentSessionId, t.contentKind, 'assistant_tone', { name: 'personalized_emotional_content_session_kind_check' }),
    onlyWhen(t.emotionalSupportResourceId, t.contentKind, 'support_resource_card', { name: 'personalized_emotional_content_resource_kind_check' }),
    inOrder(t.shownAt, t.dismissedAt, { name: 'personalized_emotional_content_dismissed_at_check', message: 'must not be before shownAt' }),
    requiredWith(t.reactedAt, t.reaction, { name: 'personalized_emotional_content_reacted_at_check' }),
    inOrder(t.shownAt, t.reactedAt, { name: 'personalized_emotional_content_reacted_order_check', message: 'must not be before shownAt' }),
    formatCheck(t.source, SNAKE_CASE_KEY),
    formatCheck(t.externalId, EXTERNAL_ID),
  ],
);
