import { oneOf } from '@db/core';
import { sql } from 'drizzle-orm';
import { boolean, foreignKey, index, jsonb, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { TASK_PRIORITIES } from '../constants.ts';
import { conversations } from './conversations.ts';
import { messages } from './messages.ts';
import { users } from './users.ts';

/** Migration 001: the Message Orchestrator's queue (not deployed: empty). */
export const messageQueue = pgTable(
  'message_queue',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').notNull(),
    agentId: varchar('agent_id', { length: 100 }).notNull(),
    messageData: jsonb('message_data').notNull(),
    finalMessage: text('final_message'),
    scheduledFor: timestamp('scheduled_for', { withTimezone: true }).notNull(),
    priority: varchar('priority', { length: 20, enum: TASK_PRIORITIES }).default('medium'),
    /** 'queued', 'approved', 'sent', 'superseded', ... */
    status: varchar('status', { length: 50 }).default('queued'),
    supersededByMessageId: uuid('superseded_by_message_id'),
    supersededReason: varchar('superseded_reason', { length: 100 }),
    conversationContextId: uuid('conversation_context_id'),
    requiresFreshContext: boolean('requires_fresh_context').default(false),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    deliveredMessageId: uuid('delivered_message_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).defaultNow(),
  },
  (t) => [
    foreignKey({ name: 'message_queue_user_id_fkey', columns: [t.userId], foreignColumns: [users.id] }),
    foreignKey({
      name: 'message_queue_superseded_by_message_id_fkey',
      columns: [t.supersededByMessageId],
      foreignColumns: [t.id],
    }),
    foreignKey({ name: 'message_queue_conversation_context_id_fkey', columns: [t.conversationContextId], foreignColumns: [conversations.id] }),
    foreignKey({ name: 'message_queue_delivered_message_id_fkey', columns: [t.deliveredMessageId], foreignColumns: [messages.id] }),
    index('idx_queue_user_pending').on(t.userId, t.status, t.scheduledFor).where(sql`status IN ('queued', 'approved')`),
    index('idx_queue_due').on(t.status, t.scheduledFor, t.priority).where(sql`status = 'approved'`),
    // Forward migration `constraints`: the foreign keys had no index, the priority no CHECK (NOT VALID).
    index('idx_queue_superseded_by').on(t.supersededByMessageId),
    index('idx_queue_conversation_context').on(t.conversationContextId),
    index('idx_queue_delivered_message').on(t.deliveredMessageId),
    oneOf(t.priority, TASK_PRIORITIES),
  ],
);
