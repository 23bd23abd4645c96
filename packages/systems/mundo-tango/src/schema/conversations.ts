import { inOrder, oneOf, requiredWhen } from '@db/core';
import { boolean, index, integer, pgTable, serial, text, timestamp, uniqueIndex, varchar } from 'drizzle-orm/pg-core';
import { legacyForeignKey } from './keys.ts';
import { users } from './users.ts';

/**
 * Designed (the document names them as the "alternative messaging structure"), in the documented tables' style:
 * conversations, their participants (added: a conversation needs its members), messages, typing indicators and
 * delivery receipts.
 */
export const CONVERSATION_TYPES = ['direct', 'group'] as const;
export const PARTICIPANT_ROLES = ['member', 'admin'] as const;
export const MESSAGE_TYPES = ['text', 'image', 'video', 'audio', 'file', 'system'] as const;

export const conversations = pgTable(
  'conversations',
  {
    id: serial('id').primaryKey(),
    type: varchar('type', { enum: CONVERSATION_TYPES }).default('direct').notNull(),
    title: text('title'),
    createdBy: integer('created_by'),
    lastMessageAt: timestamp('last_message_at'),
    createdAt: timestamp('created_at').defaultNow(),
    updatedAt: timestamp('updated_at').defaultNow(),
  },
  (table) => [
    legacyForeignKey(table.createdBy, users.id, 'set null'),
    index('conversations_created_by_idx').on(table.createdBy),
    index('conversations_last_message_idx').on(table.lastMessageAt),
    oneOf(table.type, CONVERSATION_TYPES),
    requiredWhen(table.title, table.type, 'group'),
  ],
);

/** Who is in a conversation, once each. */
export const conversationParticipants = pgTable(
  'conversation_participants',
  {
    id: serial('id').primaryKey(),
    conversationId: integer('conversation_id').notNull(),
    userId: integer('user_id').notNull(),
    role: varchar('role', { enum: PARTICIPANT_ROLES }).default('member').notNull(),
    muted: boolean('muted').default(false).notNull(),
    joinedAt: timestamp('joined_at').defaultNow().notNull(),
    leftAt: timestamp('left_at'),
  },
  (table) => [
    legacyForeignKey(table.conversationId, conversations.id, 'cascade'),
    legacyForeignKey(table.userId, users.id, 'cascade'),
    uniqueIndex('unique_conversation_participant').on(table.conversationId, table.userId),
    index('conversation_participants_user_idx').on(table.userId),
    oneOf(table.role, PARTICIPANT_ROLES),
    inOrder(table.joinedAt, table.leftAt),
  ],
);

/**
 * A message. The sender's app names it (`client_message_id`), so a message sent twice over a flaky connection is
 * stored once.
 */
export const messages = pgTable(
  'messages',
  {
    id: serial('id').primaryKey(),
    conversationId: integer('conversation_id').notNull(),
    senderId: integer('sender_id').notNull(),
    clientMessageId: varchar('client_message_id').notNull(),
    messageType: varchar('message_type', { enum: MESSAGE_TYPES }).default('text').notNull(),
    content: text('content').notNull(),
    mediaUrl: text('media_url'),
    replyToId: integer('reply_to_id'),
    editedAt: timestamp('edited_at'),
    deletedAt: timestamp('deleted_at'),
    createdAt: timestamp('created_at').defaultNow().notNull(),
  },
  (table) => [
    legacyForeignKey(table.conversationId, conversations.id, 'cascade'),
    legacyForeignKey(table.senderId, users.id, 'cascade'),
    legacyForeignKey(table.replyToId, table.id, 'set null'),
    index('messages_conversation_created_idx').on(table.conversationId, table.createdAt),
    index('messages_reply_to_idx').on(table.replyToId),
    uniqueIndex('unique_client_message').on(table.senderId, table.clientMessageId),
    oneOf(table.messageType, MESSAGE_TYPES),
    inOrder(table.createdAt, table.editedAt),
  ],
);

/** Who is typing where, until it expires; one row per user and conversation, upserted. */
export const typingIndicators = pgTable(
  'typing_indicators',
  {
    id: serial('id').primaryKey(),
    conversationId: integer('conversation_id').notNull(),
    userId: integer('user_id').notNull(),
    startedAt: timestamp('started_at').defaultNow().notNull(),
    expiresAt: timestamp('expires_at').notNull(),
  },
  (table) => [
    legacyForeignKey(table.conversationId, conversations.id, 'cascade'),
    legacyForeignKey(table.userId, users.id, 'cascade'),
    uniqueIndex('unique_typing_indicator').on(table.conversationId, table.userId),
    index('typing_indicators_user_idx').on(table.userId),
    inOrder(table.startedAt, table.expiresAt, { strict: true }),
  ],
);

/** When a message reached each recipient, and when they read it. */
export const deliveryReceipts = pgTable(
  'delivery_receipts',
  {
    id: serial('id').primaryKey(),
    messageId: integer('message_id').notNull(),
    userId: integer('user_id').notNull(),
    deliveredAt: timestamp('delivered_at').defaultNow().notNull(),
    readAt: timestamp('read_at'),
  },
  (table) => [
    legacyForeignKey(table.messageId, messages.id, 'cascade'),
    legacyForeignKey(table.userId, users.id, 'cascade'),
    uniqueIndex('unique_delivery_receipt').on(table.messageId, table.userId),
    index('delivery_receipts_user_idx').on(table.userId),
    inOrder(table.deliveredAt, table.readAt),
  ],
);
