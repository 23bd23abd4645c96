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
import { AI_QUERY_STATUSES, AI_QUERY_SURFACES, AI_QUERY_TYPES } from '../constants.ts';
import { aiModels } from './ai-models.ts';

/**
 * A one-shot question to a model outside a conversation: a natural-language search ("mobile vets near Naas who do
 * dentals"), "summarise this horse's health record", "compare these two livery yards". The client's request id is
 * the idempotency key: a retried request upserts instead of being billed twice. The query text is the user's:
 * erasure deletes it (cascade); visitors who are not signed in ask with no user.
 */
export const aiQueries = domainTable(
  'ai_queries',
  {
    id: id(),
    /** The client's idempotency key (Idempotency-Key header or the app's request uuid). */
    requestId: text().notNull(),
    userId: uuid().references(() => userProfiles.id, { onDelete: 'cascade' }),
    sessionId: uuid().references(() => userSessions.id, { onDelete: 'set null' }),
    /** The horse whose page or record the query was asked about. */
    horseId: uuid().references(() => horses.id, { onDelete: 'set null' }),
    modelId: uuid()
      .notNull()
      .references(() => aiModels.id, { onDelete: 'restrict' }),
    queryType: textEnum(AI_QUERY_TYPES).notNull(),
    surface: textEnum(AI_QUERY_SURFACES).notNull(),
    queryText: text().notNull(),
    responseText: text(),
    status: textEnum(AI_QUERY_STATUSES).notNull().default('pending'),
    inputTokens: integer(),
    outputTokens: integer(),
    latencyMs: integer(),
    /** Model-usage costs are fractions of a cent per call: 6 decimals, not money()'s 2, in `currency`. */
    cost: numeric({ precision: 14, scale: 6 }),
    currency: currency(),
    requestedAt: timestamptz().notNull().defaultNow(),
    completedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('ai_queries_request_id_key').on(t.requestId),
    index('ai_queries_user_id_idx').on(t.userId, t.requestedAt),
    index('ai_queries_session_id_idx').on(t.sessionId),
    index('ai_queries_horse_id_idx').on(t.horseId),
    index('ai_queries_model_id_idx').on(t.modelId, t.requestedAt),
    /** The retry worker's queue. */
    index('ai_queries_pending_idx').on(t.requestedAt).where(sql`${t.status} = 'pending'`),
    formatCheck(t.requestId, EXTERNAL_ID),
    requiredWhen(t.completedAt, t.status, 'completed', { name: 'ai_queries_completed_at_check' }),
    inOrder(t.requestedAt, t.completedAt, { name: 'ai_queries_completed_after_requested_check', message: 'must not be before requestedAt' }),
    nonNegative(t.inputTokens),
    nonNegative(t.outputTokens),
    nonNegative(t.latencyMs),
    nonNegative(t.cost),
  ],
);
