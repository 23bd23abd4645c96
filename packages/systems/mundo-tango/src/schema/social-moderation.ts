import { between, inOrder, nonNegative, oneOf, requiredWith } from '@db/core';
import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, numeric, pgTable, serial, text, timestamp, uniqueIndex, varchar } from 'drizzle-orm/pg-core';
import { legacyForeignKey } from './keys.ts';
import { posts } from './social.ts';
import { users } from './users.ts';

/**
 * Designed (the document names them under "Additional Social Tables"), in the documented tables' style: shares,
 * bookmarks, reports and the moderation queue, a post's edit history, its daily virality figures.
 */
export const SHARE_CHANNELS = ['repost', 'link', 'message', 'external'] as const;
export const REPORT_TARGETS = ['post', 'comment', 'user', 'event', 'message'] as const;
export const REPORT_REASONS = ['spam', 'harassment', 'hate', 'nudity', 'violence', 'misinformation', 'impersonation', 'other'] as const;
export const REPORT_STATUSES = ['open', 'reviewing', 'resolved', 'dismissed'] as const;
export const MODERATION_STATUSES = ['pending', 'in_review', 'actioned', 'dismissed'] as const;
export const MODERATION_ACTIONS = ['none', 'hide', 'remove', 'warn', 'suspend'] as const;

/** A post shared again: reposted, linked, sent in a message or to another platform. */
export const postShares = pgTable(
  'post_shares',
  {
    id: serial('id').primaryKey(),
    postId: integer('post_id').notNull(),
    userId: integer('user_id').notNull(),
    channel: varchar('channel', { enum: SHARE_CHANNELS }).default('repost').notNull(),
    /** For `external`: 'whatsapp', 'facebook', ... */
    platform: varchar('platform'),
    message: text('message'),
    createdAt: timestamp('created_at').defaultNow().notNull(),
  },
  (table) => [
    legacyForeignKey(table.postId, posts.id, 'cascade'),
    legacyForeignKey(table.userId, users.id, 'cascade'),
    index('post_shares_post_idx').on(table.postId),
    index('post_shares_user_idx').on(table.userId),
    oneOf(table.channel, SHARE_CHANNELS),
  ],
);

/** A post a user saved, once per post, in a named collection. */
export const bookmarks = pgTable(
  'bookmarks',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id').notNull(),
    postId: integer('post_id').notNull(),
    collection: varchar('collection').default('saved').notNull(),
    note: text('note'),
    createdAt: timestamp('created_at').defaultNow().notNull(),
  },
  (table) => [
    legacyForeignKey(table.userId, users.id, 'cascade'),
    legacyForeignKey(table.postId, posts.id, 'cascade'),
    uniqueIndex('unique_bookmark').on(table.userId, table.postId),
    index('bookmarks_post_idx').on(table.postId),
  ],
);

/** A user's report of content or of another user: one per reporter and target, so a double tap is one report. */
export const reports = pgTable(
  'reports',
  {
    id: serial('id').primaryKey(),
    reporterId: integer('reporter_id').notNull(),
    targetType: varchar('target_type', { enum: REPORT_TARGETS }).notNull(),
    targetId: integer('target_id').notNull(),
    reason: varchar('reason', { enum: REPORT_REASONS }).notNull(),
    details: text('details'),
    status: varchar('status', { enum: REPORT_STATUSES }).default('open').notNull(),
    reviewedBy: integer('reviewed_by'),
    reviewedAt: timestamp('reviewed_at'),
    resolution: text('resolution'),
    createdAt: timestamp('created_at').defaultNow().notNull(),
  },
  (table) => [
    legacyForeignKey(table.reporterId, users.id, 'cascade'),
    legacyForeignKey(table.reviewedBy, users.id, 'set null'),
    uniqueIndex('unique_report').on(table.reporterId, table.targetType, table.targetId),
    index('reports_target_idx').on(table.targetType, table.targetId),
    index('reports_reviewed_by_idx').on(table.reviewedBy),
    index('reports_open_idx').on(table.createdAt).where(sql`status in ('open', 'reviewing')`),
    oneOf(table.targetType, REPORT_TARGETS),
    oneOf(table.reason, REPORT_REASONS),
    oneOf(table.status, REPORT_STATUSES),
    requiredWith(table.reviewedAt, table.reviewedBy),
    inOrder(table.createdAt, table.reviewedAt),
  ],
);

/** The admins' queue: one open item per target, however many reports it drew. */
export const moderationQueue = pgTable(
  'moderation_queue',
  {
    id: serial('id').primaryKey(),
    targetType: varchar('target_type', { enum: REPORT_TARGETS }).notNull(),
    targetId: integer('target_id').notNull(),
    /** The report that opened the item. */
    reportId: integer('report_id'),
    reportCount: integer('report_count').default(1).notNull(),
    priority: integer('priority').default(0).notNull(),
    status: varchar('status', { enum: MODERATION_STATUSES }).default('pending').notNull(),
    assignedTo: integer('assigned_to'),
    action: varchar('action', { enum: MODERATION_ACTIONS }),
    notes: text('notes'),
    createdAt: timestamp('created_at').defaultNow().notNull(),
    resolvedAt: timestamp('resolved_at'),
  },
  (table) => [
    legacyForeignKey(table.reportId, reports.id, 'set null'),
    legacyForeignKey(table.assignedTo, users.id, 'set null'),
    index('moderation_queue_report_idx').on(table.reportId),
    index('moderation_queue_assigned_idx').on(table.assignedTo),
    uniqueIndex('unique_open_moderation_item').on(table.targetType, table.targetId).where(sql`status in ('pending', 'in_review')`),
    oneOf(table.targetType, REPORT_TARGETS),
    oneOf(table.status, MODERATION_STATUSES),
    oneOf(table.action, MODERATION_ACTIONS),
    nonNegative(table.priority),
    requiredWith(table.action, table.resolvedAt),
    inOrder(table.createdAt, table.resolvedAt),
  ],
);

/** What a post said before each edit. */
export const editHistory = pgTable(
  'edit_history',
  {
    id: serial('id').primaryKey(),
    postId: integer('post_id').notNull(),
    editorId: integer('editor_id').notNull(),
    previousContent: text('previous_content').notNull(),
    previousRichContent: jsonb('previous_rich_content'),
    editedAt: timestamp('edited_at').defaultNow().notNull(),
  },
  (table) => [
    legacyForeignKey(table.postId, posts.id, 'cascade'),
    legacyForeignKey(table.editorId, users.id, 'cascade'),
    index('edit_history_post_idx').on(table.postId, table.editedAt),
    index('edit_history_editor_idx').on(table.editorId),
  ],
);

/** A post's reach per day, for viral-content detection; recomputed in place for the day (post, day unique). */
export const viralAnalytics = pgTable(
  'viral_analytics',
  {
    id: serial('id').primaryKey(),
    postId: integer('post_id').notNull(),
    day: date('day').notNull(),
    views: integer('views').default(0).notNull(),
    uniqueViewers: integer('unique_viewers').default(0).notNull(),
    likes: integer('likes').default(0).notNull(),
    comments: integer('comments').default(0).notNull(),
    shares: integer('shares').default(0).notNull(),
    /** Shares per 100 unique viewers, weighted by the sharers' reach; 0-100. */
    viralityScore: numeric('virality_score', { precision: 5, scale: 2 }),
    computedAt: timestamp('computed_at').defaultNow().notNull(),
  },
  (table) => [
    legacyForeignKey(table.postId, posts.id, 'cascade'),
    uniqueIndex('unique_viral_analytics_day').on(table.postId, table.day),
    nonNegative(table.views),
    nonNegative(table.uniqueViewers),
    nonNegative(table.likes),
    nonNegative(table.comments),
    nonNegative(table.shares),
    between(table.viralityScore, 0, 100),
  ],
);
