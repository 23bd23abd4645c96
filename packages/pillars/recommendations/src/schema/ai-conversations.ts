import {
  currency,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  nonNegative,
  requiredWhen,
  textEnum,
  timestamps,
  timestamptz,
} from '@db/core';
import { horses } from '@db/horses/tables';
import { userProfiles, userSessions } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { index, integer, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { AI_CHANNELS, AI_CONVERSATION_STATUSES, AI_CONVERSATION_TOPICS } from '../constants.ts';
import { aiModels } from './ai-models.ts';

/**
 * A multi-turn conversation between a user and the assistant; its turns are `ai_messages`. The conversation and
 * its messages are the user's own words: erasing the user deletes them (cascade). Totals (tokens, cost, message
 * count) are kept up to date by the service as messages arrive. Conversations held by a channel that has its own
 * thread ids (WhatsApp, an assistants API) upsert on (channel, external_thread_id). Pillar 13 (Multi-AI Agents)
 * will hang agent runs off it.
 */
export const aiConversations = domainTable(
  'ai_conversations',
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'cascade' }),
    /** The horse the conversation is about; the conversation stays the user's if the horse goes. */
    horseId: uuid().references(() => horses.id, { onDelete: 'set null' }),
    /** The model the conversation runs on by default (a message may name another). */
    modelId: uuid()
      .notNull()
      .references(() => aiModels.id, { onDelete: 'restrict' }),
    sessionId: uuid().references(() => userSessions.id, { onDelete: 'set null' }),
    channel: textEnum(AI_CHANNELS).notNull(),
    /** The channel's thread id: a WhatsApp conversation id, an OpenAI thread_..., null for our own UI. */
    externalThreadId: text(),
    topic: textEnum(AI_CONVERSATION_TOPICS).notNull().default('general'),
    title: text(),
    status: textEnum(AI_CONVERSATION_STATUSES).notNull().default('active'),
    startedAt: timestamptz().notNull().defaultNow(),
    lastMessageAt: timestamptz(),
    endedAt: timestamptz(),
    messageCount: integer().notNull().default(0),
    totalInputTokens: integer().notNull().default(0),
    totalOutputTokens: integer().notNull().default(0),
    /** Model-usage costs are fractions of a cent per call: 6 decimals, not money()'s 2, in `currency`. */
    totalCost: numeric({ precision: 14, scale: 6 }).notNull().default('0'),
    currency: currency(),
    ...timestamps(),
  },
  (t) => [
    index('ai_conversations_user_id_idx').on(t.userId, t.lastMessageAt),
    index('ai_conversations_horse_id_idx').on(t.horseId),
    index('ai_conversations_model_id_idx').on(t.modelId),
    index('ai_conversations_session_id_idx').on(t.sessionId),
    uniqueIndex('ai_conversations_channel_external_thread_id_key').on(t.channel, t.externalThreadId),
    /** The moderation queue. */
    index('ai_conversations_flagged_idx').on(t.lastMessageAt).where(sql`${t.status} = 'flagged'`),
    formatCheck(t.externalThreadId, EXTERNAL_ID),
    inOrder(t.startedAt, t.lastMessageAt, { name: 'ai_conversations_last_message_at_check', message: 'must not be before startedAt' }),
    inOrder(t.startedAt, t.endedAt, { name: 'ai_conversations_ended_at_check', message: 'must not be before startedAt' }),
    requiredWhen(t.endedAt, t.status, 'closed', { name: 'ai_conversations_closed_check' }),
    nonNegative(t.messageCount),
    nonNegative(t.totalInputTokens),
    nonNegative(t.totalOutputTokens),
    nonNegative(t.totalCost),
  ],
);
