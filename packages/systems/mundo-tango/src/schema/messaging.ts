import { index, integer, pgTable, serial, text, timestamp, uniqueIndex, varchar } from 'drizzle-orm/pg-core';
import { legacyForeignKey } from './keys.ts';
import { users } from './users.ts';

/** Messaging: chat rooms, their participants, messages and reactions. Reproduced column for column and
 * index for index (test/fidelity.test.ts); foreign keys and unique constraints under the names the owners' database has.
 */
export const chatRooms = pgTable('chat_rooms', {
  id: serial('id').primaryKey(),
  type: varchar('type').default('direct').notNull(), // direct, group
  name: text('name'), // For group chats
  avatar: text('avatar'), // For group chats
  lastMessageAt: timestamp('last_message_at'),
  createdAt: timestamp('created_at').defaultNow(),
});

export const chatRoomUsers = pgTable('chat_room_users', {
  id: serial('id').primaryKey(),
  chatRoomId: integer('chat_room_id').notNull(),
  userId: integer('user_id').notNull(),
  lastReadAt: timestamp('last_read_at'),
  joinedAt: timestamp('joined_at').defaultNow(),
}, (table) => [
  legacyForeignKey(table.chatRoomId, chatRooms.id, 'cascade'),
  legacyForeignKey(table.userId, users.id, 'cascade'),
  index('chat_room_users_room_idx').on(table.chatRoomId),
  index('chat_room_users_user_idx').on(table.userId),
  uniqueIndex('unique_chat_participant').on(table.chatRoomId, table.userId),
]);

export const chatMessages = pgTable('chat_messages', {
  id: serial('id').primaryKey(),
  chatRoomId: integer('chat_room_id').notNull(),
  userId: integer('user_id').notNull(),
  message: text('message').notNull(),
  mediaUrl: text('media_url'),
  mediaType: varchar('media_type'), // image, video, audio, file
  readBy: text('read_by').array(), // Array of user IDs
  createdAt: timestamp('created_at').defaultNow(),
}, (table) => [
  legacyForeignKey(table.chatRoomId, chatRooms.id, 'cascade'),
  legacyForeignKey(table.userId, users.id, 'cascade'),
  index('chat_messages_room_idx').on(table.chatRoomId),
  index('chat_messages_user_idx').on(table.userId),
  index('chat_messages_created_at_idx').on(table.createdAt),
]);

export const messageReactions = pgTable('message_reactions', {
  id: serial('id').primaryKey(),
  messageId: integer('message_id').notNull(),
  userId: integer('user_id').notNull(),
  emoji: varchar('emoji').notNull(), // â¤ï¸, ðŸ‘, ðŸ˜‚, etc.
  createdAt: timestamp('created_at').defaultNow().notNull(),
}, (table) => [
  legacyForeignKey(table.messageId, chatMessages.id, 'cascade'),
  legacyForeignKey(table.userId, users.id, 'cascade'),
  index('message_reactions_message_idx').on(table.messageId),
  index('message_reactions_user_idx').on(table.userId),
  uniqueIndex('unique_message_reaction').on(table.messageId, table.userId, table.emoji),
]);
