import { index, integer, pgTable, serial, text, timestamp, uniqueIndex, varchar } from 'drizzle-orm/pg-core';
import { legacyForeignKey } from './keys.ts';
import { users } from './users.ts';

/** Friendship: requests, friendships with their closeness score (starts at 75), activities, shared media. Reproduced column for column and
 * index for index (test/fidelity.test.ts); foreign keys and unique constraints under the names the owners' database has.
 */
export const friendRequests = pgTable('friend_requests', {
  id: serial('id').primaryKey(),
  senderId: integer('sender_id').notNull(),
  receiverId: integer('receiver_id').notNull(),
  message: text('message'), // Optional personal message
  status: varchar('status').default('pending').notNull(), // pending, accepted, rejected, cancelled
  createdAt: timestamp('created_at').defaultNow().notNull(),
  respondedAt: timestamp('responded_at'),
}, (table) => [
  legacyForeignKey(table.senderId, users.id, 'cascade'),
  legacyForeignKey(table.receiverId, users.id, 'cascade'),
  index('friend_requests_sender_idx').on(table.senderId),
  index('friend_requests_receiver_idx').on(table.receiverId),
  index('friend_requests_status_idx').on(table.status),
  uniqueIndex('unique_friend_request').on(table.senderId, table.receiverId),
]);

export const friendships = pgTable('friendships', {
  id: serial('id').primaryKey(),
  userId: integer('user_id').notNull(),
  friendId: integer('friend_id').notNull(),
  createdAt: timestamp('created_at').defaultNow().notNull(),

  // Friendship Scoring
  closenessScore: integer('closeness_score').default(75).notNull(), // 0-100, starts at 75
  connectionDegree: integer('connection_degree').default(1).notNull(), // Always 1 for direct friends
  lastInteractionAt: timestamp('last_interaction_at').defaultNow(),
  status: varchar('status').default('active').notNull(), // active, blocked
}, (table) => [
  legacyForeignKey(table.userId, users.id, 'cascade'),
  legacyForeignKey(table.friendId, users.id, 'cascade'),
  index('friendships_user_idx').on(table.userId),
  index('friendships_friend_idx').on(table.friendId),
  index('friendships_closeness_idx').on(table.closenessScore),
  uniqueIndex('unique_friendship').on(table.userId, table.friendId),
]);

export const friendshipActivities = pgTable('friendship_activities', {
  id: serial('id').primaryKey(),
  friendshipId: integer('friendship_id').notNull(),
  activityType: varchar('activity_type').notNull(),
  // Types: message_sent, post_liked, event_attended_together, group_joined_together, memory_shared, dance_together
  metadata: text('metadata'), // JSON string for additional data
  createdAt: timestamp('created_at').defaultNow().notNull(),
}, (table) => [
  legacyForeignKey(table.friendshipId, friendships.id, 'cascade'),
  index('friendship_activities_friendship_idx').on(table.friendshipId),
  index('friendship_activities_type_idx').on(table.activityType),
  index('friendship_activities_date_idx').on(table.createdAt),
]);

export const friendshipMedia = pgTable('friendship_media', {
  id: serial('id').primaryKey(),
  friendRequestId: integer('friend_request_id'),
  friendshipId: integer('friendship_id'),
  uploaderId: integer('uploader_id').notNull(),
  mediaUrl: text('media_url').notNull(),
  mediaType: varchar('media_type').notNull(), // image, video
  caption: text('caption'),
  phase: varchar('phase').notNull(), // request, acceptance, memory
  createdAt: timestamp('created_at').defaultNow().notNull(),
}, (table) => [
  legacyForeignKey(table.friendRequestId, friendRequests.id, 'cascade'),
  legacyForeignKey(table.friendshipId, friendships.id, 'cascade'),
  legacyForeignKey(table.uploaderId, users.id, 'cascade'),
  index('friendship_media_request_idx').on(table.friendRequestId),
  index('friendship_media_friendship_idx').on(table.friendshipId),
  index('friendship_media_uploader_idx').on(table.uploaderId),
]);
