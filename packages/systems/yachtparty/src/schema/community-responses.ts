import { boolean, foreignKey, index, integer, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { communityRequests } from './community-requests.ts';
import { users } from './users.ts';

/** Migration 002 (described without DDL; written in the style of its neighbours): an expert's answer. */
export const communityResponses = pgTable(
  'community_responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id').notNull(),
    userId: uuid('user_id').notNull(),
    responseText: text('response_text').notNull(),
    verbatimAnswer: text('verbatim_answer'),
    /** 'provided', 'used', 'thanked'. */
    status: varchar('status', { length: 50 }).default('provided'),
    usefulnessScore: integer('usefulness_score'),
    creditsAwarded: integer('credits_awarded').default(0),
    creditedAt: timestamp('credited_at', { withTimezone: true }),
    closedLoopNotified: boolean('closed_loop_notified').default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).defaultNow(),
  },
  (t) => [
    foreignKey({ name: 'community_responses_request_id_fkey', columns: [t.requestId], foreignColumns: [communityRequests.id] }),
    foreignKey({ name: 'community_responses_user_id_fkey', columns: [t.userId], foreignColumns: [users.id] }),
    index('idx_responses_request').on(t.requestId, t.createdAt),
    index('idx_responses_user').on(t.userId, t.createdAt.desc().nullsFirst()),
  ],
);
