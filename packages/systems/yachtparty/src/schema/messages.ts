import { oneOf } from '@db/core';
import { foreignKey, index, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { MESSAGE_DIRECTIONS, MESSAGE_ROLES } from '../constants.ts';
import { conversations } from './conversations.ts';
import { users } from './users.ts';

/** Migration 001. An outbound 'pending' row is announced on 'send_sms' (the `on_message_send` trigger). */
export const messages = pgTable(
  'messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    conversationId: uuid('conversation_id').notNull(),
    userId: uuid('user_id').notNull(),
    /** 'user', 'concierge', 'bouncer', 'innovator', 'system'. */
    role: varchar('role', { length: 50, enum: MESSAGE_ROLES }).notNull(),
    content: text('content').notNull(),
    /** 'inbound', 'outbound'. */
    direction: varchar('direction', { length: 20, enum: MESSAGE_DIRECTIONS }).notNull(),
    twilioMessageSid: varchar('twilio_message_sid', { length: 100 }),
    /** 'queued', 'sent', 'delivered', 'failed', 'pending', 'queued_for_send'. */
    status: varchar('status', { length: 50 }),
    createdAt: timestamp('created_at', { withTimezone: true }).defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
  },
  (t) => [
    foreignKey({ name: 'messages_conversation_id_fkey', columns: [t.conversationId], foreignColumns: [conversations.id] }),
    foreignKey({ name: 'messages_user_id_fkey', columns: [t.userId], foreignColumns: [users.id] }),
    index('idx_messages_conversation').on(t.conversationId, t.createdAt.desc().nullsFirst()),
    index('idx_messages_user').on(t.userId, t.createdAt.desc().nullsFirst()),
    index('idx_messages_twilio').on(t.twilioMessageSid),
    // Forward migration `constraints`, NOT VALID:
    oneOf(t.role, MESSAGE_ROLES),
    oneOf(t.direction, MESSAGE_DIRECTIONS),
  ],
);
