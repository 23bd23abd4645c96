import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';

/**
 * Migration 002 (described without DDL; written in the style of its neighbours): a question put to the expert
 * community by an agent on a member's behalf. The FK map gives it no foreign key: the asker is an agent's
 * context (`requesting_agent_type`, `context_id`).
 */
export const communityRequests = pgTable(
  'community_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestingAgentType: varchar('requesting_agent_type', { length: 50 }).notNull(),
    contextId: uuid('context_id'),
    contextType: varchar('context_type', { length: 50 }),
    question: text('question').notNull(),
    category: varchar('category', { length: 100 }),
    expertiseNeeded: text('expertise_needed').array(),
    targetUserIds: uuid('target_user_ids').array(),
    /** 'open', 'responses_received', 'closed', 'expired'. */
    status: varchar('status', { length: 50 }).default('open'),
    responsesCount: integer('responses_count').default(0),
    closedLoopAt: timestamp('closed_loop_at', { withTimezone: true }),
    closedLoopMessage: text('closed_loop_message'),
    metadata: jsonb('metadata'),
    createdAt: timestamp('created_at', { withTimezone: true }).defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).default(sql`now() + interval '7 days'`),
  },
  (t) => [
    index('idx_community_requests_status').on(t.status, t.createdAt.desc().nullsFirst()),
    index('idx_community_requests_expertise').using('gin', t.expertiseNeeded),
  ],
);
