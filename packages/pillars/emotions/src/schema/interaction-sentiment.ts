import {
  between,
  createdAt,
  domainTable,
  EXTERNAL_ID,
  exactlyOneOf,
  formatCheck,
  id,
  nonNegative,
  SHA256_HEX,
  SNAKE_CASE_KEY,
  textEnum,
  timestamptz,
} from '@db/core';
import { aiAgentSessions } from '@db/agents/tables';
import { aiMessages } from '@db/recommendations/tables';
import { socialComments, socialPosts } from '@db/social/tables';
import { userProfiles } from '@db/users/tables';
import { boolean, index, integer, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { EMOTION_LANGUAGE_TAG, EMOTION_SENTIMENT_LABELS, EMOTIONS } from '../constants.ts';
import { emotionalResponseModels } from './emotional-response-models.ts';

/**
 * The sentiment of something a person wrote or said on the platform: a post, a comment, one of their turns in an
 * assistant conversation (`ai_messages`), or a whole multi-agent session (exactly one). Reviews and in-app
 * feedback are not here: @db/feedback's `feedback_analysis` owns their sentiment. Scores the text as sent
 * (`text_sha256`): an edited post is analysed again, as a new row.
 *
 * Insert-only and high volume, like user_emotion_tracking: BRIN on `analyzed_at`, 180-day retention
 * (`purge_interaction_sentiment`), partitioned by month on a large deployment; the author's own data (CASCADE on
 * the person and on the text). The analysis pipeline's id is the key: (source, external_id) inserts once.
 */
export const interactionSentiment = domainTable(
  'interaction_sentiment',
  {
    id: id(),
    /** The author. CASCADE: theirs alone, gone on erasure. */
    userId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'cascade' }),
    socialPostId: uuid().references(() => socialPosts.id, { onDelete: 'cascade' }),
    socialCommentId: uuid().references(() => socialComments.id, { onDelete: 'cascade' }),
    aiMessageId: uuid().references(() => aiMessages.id, { onDelete: 'cascade' }),
    aiAgentSessionId: uuid().references(() => aiAgentSessions.id, { onDelete: 'cascade', name: 'interaction_sentiment_ai_agent_session_id_fkey' }),
    responseModelId: uuid()
      .notNull()
      .references(() => emotionalResponseModels.id, { onDelete: 'restrict', name: 'interaction_sentiment_response_model_id_fkey' }),
    sentimentLabel: textEnum(EMOTION_SENTIMENT_LABELS).notNull(),
    /** -1 (negative) .. 1 (positive): the valence of the text. */
    sentimentScore: numeric({ precision: 4, scale: 3 }).notNull(),
    /** How strongly it is expressed, 0..1, whatever the direction. */
    magnitude: numeric({ precision: 4, scale: 3 }),
    confidence: numeric({ precision: 4, scale: 3 }).notNull(),
    primaryEmotion: textEnum(EMOTIONS),
    /** The model suspects irony ("great, another abscess"): the label is less reliable. */
    sarcasmSuspected: boolean().notNull().default(false),
    /** The language detected (BCP 47). */
    language: text(),
    /** SHA-256 of the exact text analysed, never the text itself. */
    textSha256: text().notNull(),
    characterCount: integer().notNull(),
    analyzedAt: timestamptz().notNull(),
    /** The analysis pipeline (snake_case) and its id for this analysis. */
    source: text().notNull(),
    externalId: text().notNull(),
    ...createdAt(),
  },
  (t) => [
    uniqueIndex('interaction_sentiment_source_external_id_key').on(t.source, t.externalId),
    index('interaction_sentiment_analyzed_at_brin_idx').using('brin', t.analyzedAt),
    index('interaction_sentiment_user_id_idx').on(t.userId, t.analyzedAt),
    index('interaction_sentiment_social_post_id_idx').on(t.socialPostId),
    index('interaction_sentiment_social_comment_id_idx').on(t.socialCommentId),
    index('interaction_sentiment_ai_message_id_idx').on(t.aiMessageId),
    index('interaction_sentiment_ai_agent_session_id_idx').on(t.aiAgentSessionId),
    index('interaction_sentiment_response_model_id_idx').on(t.responseModelId),
    exactlyOneOf([t.socialPostId, t.socialCommentId, t.aiMessageId, t.aiAgentSessionId], { name: 'interaction_sentiment_subject_check' }),
    between(t.sentimentScore, -1, 1),
    between(t.magnitude, 0, 1),
    between(t.confidence, 0, 1),
    formatCheck(t.language, EMOTION_LANGUAGE_TAG),
    formatCheck(t.textSha256, SHA256_HEX),
    nonNegative(t.characterCount),
    formatCheck(t.source, SNAKE_CASE_KEY),
    formatCheck(t.externalId, EXTERNAL_ID),
  ],
);
