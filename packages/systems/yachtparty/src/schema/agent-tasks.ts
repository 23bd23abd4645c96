import { oneOf } from '@db/core';
import { sql } from 'drizzle-orm';
import { foreignKey, index, integer, jsonb, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { TASK_PRIORITIES } from '../constants.ts';
import { users } from './users.ts';

/** Migration 001. Claimed by priority with FOR UPDATE SKIP LOCKED (`claimDueTasks`, process_tasks_batch()). */
export const agentTasks = pgTable(
  'agent_tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    taskType: varchar('task_type', { length: 100 }).notNull(),
    agentType: varchar('agent_type', { length: 50 }).notNull(),
    userId: uuid('user_id'),
    contextId: uuid('context_id'),
    contextType: varchar('context_type', { length: 50 }),
    scheduledFor: timestamp('scheduled_for', { withTimezone: true }).notNull(),
    /** 'urgent', 'high', 'medium', 'low'. */
    priority: varchar('priority', { length: 20, enum: TASK_PRIORITIES }).default('medium'),
    /** 'pending', 'processing', 'completed', 'failed'. */
    status: varchar('status', { length: 50 }).default('pending'),
    retryCount: integer('retry_count').default(0),
    maxRetries: integer('max_retries').default(3),
    lastAttemptedAt: timestamp('last_attempted_at', { withTimezone: true }),
    contextJson: jsonb('context_json').notNull(),
    resultJson: jsonb('result_json'),
    errorLog: text('error_log'),
    createdAt: timestamp('created_at', { withTimezone: true }).defaultNow(),
    createdBy: varchar('created_by', { length: 100 }),
    completedAt: timestamp('completed_at', { withTimezone: true }),
  },
  (t) => [
    foreignKey({ name: 'agent_tasks_user_id_fkey', columns: [t.userId], foreignColumns: [users.id] }),
    index('idx_tasks_due').on(t.status, t.scheduledFor, t.priority).where(sql`status = 'pending'`),
    index('idx_tasks_agent').on(t.agentType, t.status, t.scheduledFor),
    index('idx_tasks_user').on(t.userId, t.status),
    index('idx_tasks_context').on(t.contextType, t.contextId),
    // Forward migration `constraints`, NOT VALID: the batch functions order by these four.
    oneOf(t.priority, TASK_PRIORITIES),
  ],
);
