import { index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex, varchar } from 'drizzle-orm/pg-core';
import { legacyForeignKey } from './keys.ts';
import { events } from './events.ts';
import { users } from './users.ts';

/** Social: posts, their likes and nested comments, follows (asymmetric). Reproduced column for column and
 * index for index (test/fidelity.test.ts); foreign keys and unique constraints under the names the owners' database has.
 */
export const posts = pgTable('posts', {
  id: serial('id').primaryKey(),
  userId: integer('user_id').notNull(),
  eventId: integer('event_id'),

  // Content
  content: text('content').notNull(),
  richContent: jsonb('rich_content'), // Lexical editor JSON
  plainText: text('plain_text'), // For search indexing
  imageUrl: text('image_url'),
  videoUrl: text('video_url'),
  mediaEmbeds: jsonb('media_embeds'), // YouTube, Spotify, etc.

  // Metadata
  mentions: text('mentions').array(), // @username
  hashtags: text('hashtags').array(), // #tangofestival
  tags: text('tags').array(),

  // Location
  location: text('location'),
  coordinates: jsonb('coordinates'), // { lat, lng }
  placeId: text('place_id'), // Google Places ID
  formattedAddress: text('formatted_address'),

  // Settings
  visibility: varchar('visibility').default('public'), // public, friends, private
  postType: varchar('post_type').default('post'), // post, share, poll

  // Engagement Counters (denormalized for performance)
  likes: integer('likes').default(0),
  comments: integer('comments').default(0),
  shares: integer('shares').default(0),

  createdAt: timestamp('created_at').defaultNow(),
  updatedAt: timestamp('updated_at').defaultNow(),
}, (table) => [
  legacyForeignKey(table.userId, users.id, 'cascade'),
  legacyForeignKey(table.eventId, events.id, 'cascade'),
  index('posts_user_idx').on(table.userId),
  index('posts_event_idx').on(table.eventId),
  index('posts_created_at_idx').on(table.createdAt),
]);

export const postLikes = pgTable('post_likes', {
  id: serial('id').primaryKey(),
  postId: integer('post_id').notNull(),
  userId: integer('user_id').notNull(),
  createdAt: timestamp('created_at').defaultNow().notNull(),
}, (table) => [
  legacyForeignKey(table.postId, posts.id, 'cascade'),
  legacyForeignKey(table.userId, users.id, 'cascade'),
  index('post_likes_post_idx').on(table.postId),
  index('post_likes_user_idx').on(table.userId),
  uniqueIndex('unique_post_like').on(table.postId, table.userId),
]);

export const postComments = pgTable('post_comments', {
  id: serial('id').primaryKey(),
  postId: integer('post_id').notNull(),
  userId: integer('user_id').notNull(),
  parentCommentId: integer('parent_id'), // For nested comments
  content: text('content').notNull(),
  likes: integer('likes').default(0),
  createdAt: timestamp('created_at').defaultNow(),
  updatedAt: timestamp('updated_at').defaultNow(),
}, (table) => [
  legacyForeignKey(table.postId, posts.id, 'cascade'),
  legacyForeignKey(table.userId, users.id, 'cascade'),
  index('post_comments_post_idx').on(table.postId),
  index('post_comments_user_idx').on(table.userId),
  index('post_comments_parent_idx').on(table.parentCommentId),
]);

export const follows = pgTable('follows', {
  id: serial('id').primaryKey(),
  followerId: integer('follower_id').notNull(),
  followingId: integer('following_id').notNull(),
  createdAt: timestamp('created_at').defaultNow().notNull(),
}, (table) => [
  legacyForeignKey(table.followerId, users.id, 'cascade'),
  legacyForeignKey(table.followingId, users.id, 'cascade'),
  index('follows_follower_idx').on(table.followerId),
  index('follows_following_idx').on(table.followingId),
  uniqueIndex('unique_follow').on(table.followerId, table.followingId),
]);
