import { E164_PHONE, formatCheck } from '@db/core';
import { foreignKey, index, integer, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { users } from './users.ts';

/** Migration 001; `messages_since_summary` came with migration 003. */
export const conversations = pgTable(
  'conversations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').notNull(),
    /** Denormalised from users for the webhook's lookup. */
    phoneNumber: varchar('phone_number', { length: 20 }).notNull(),
    /** 'active', 'paused', 'completed'; the phone-change trigger sets 'closed'. */
    status: varchar('status', { length: 50 }).default('active'),
    conversationSummary: text('conversation_summary'),
    lastSummaryMessageId: uuid('last_summary_message_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).defaultNow(),
    lastMessageAt: timestamp('last_message_at', { withTimezone: true }),
    messagesSinceSummary: integer('messages_since_summary').default(0),
  },
  (t) => [
    foreignKey({ name: 'conversations_user_id_fkey', columns: [t.userId], foreignColumns: [users.id] }),
    index('idx_conversations_user').on(t.userId),
    index('idx_conversations_phone').on(t.phoneNumber),
    index('idx_conversations_status').on(t.status, t.updatedAt),
    // Forward migration `constraints`, NOT VALID:
    formatCheck(t.phoneNumber, E164_PHONE),
  ],
);
