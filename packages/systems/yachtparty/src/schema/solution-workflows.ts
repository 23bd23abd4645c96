import { sql } from 'drizzle-orm';
import { foreignKey, index, integer, jsonb, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { users } from './users.ts';

/**
 * Migration 002 (described without DDL; written in the style of its neighbours): a Solution Saga's multi-step
 * research for one user's request.
 */
export const solutionWorkflows = pgTable(
  'solution_workflows',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').notNull(),
    requestDescription: text('request_description').notNull(),
    category: varchar('category', { length: 100 }),
    /** 'initiated', 'researching', 'awaiting_expert', 'completed', 'cancelled'. */
    currentStep: varchar('current_step', { length: 100 }).default('initiated'),
    status: varchar('status', { length: 50 }).default('in_progress'),
    perplexityResults: jsonb('perplexity_results'),
    matchedInnovators: jsonb('matched_innovators'),
    communityInsights: jsonb('community_insights'),
    expertRecommendations: jsonb('expert_recommendations'),
    pendingActions: jsonb('pending_actions').default(sql`'[]'::jsonb`),
    completedActions: jsonb('completed_actions').default(sql`'[]'::jsonb`),
    nextActionAt: timestamp('next_action_at', { withTimezone: true }),
    conversationId: uuid('conversation_id'),
    stepCount: integer('step_count').default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).defaultNow(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
  },
  (t) => [
    foreignKey({ name: 'solution_workflows_user_id_fkey', columns: [t.userId], foreignColumns: [users.id] }),
    index('idx_workflows_user').on(t.userId, t.status),
    index('idx_workflows_next_action').on(t.nextActionAt).where(sql`status = 'in_progress'`),
  ],
);
