import {
  domainTable,
  id,
  inOrder,
  jsonList,
  nonNegative,
  requiredWhen,
  requiredWith,
  textEnum,
  textLength,
  timestamps,
  timestamptz,
} from '@db/core';
import { horses } from '@db/horses/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { boolean, index, integer, text, uuid } from 'drizzle-orm/pg-core';
import { SOCIAL_GROUP_POST_APPROVAL_STATUSES, SOCIAL_GROUP_POST_TYPES, SOCIAL_MODERATION_STATUSES, SOCIAL_POST_MAX_LENGTH } from '../constants.ts';
import { erasedContentCheck, type SocialMediaItem } from '../content.ts';
import { communityEvents } from './community-events.ts';
import { groups } from './groups.ts';

/**
 * A post in a group: a discussion, a question, an admin's announcement, a horse for sale, a lost-and-found. It
 * is its group's (cascade) and its author's (cascade on erasure). In a group that approves posts it waits as
 * `pending` until an admin reviews it (`reviewedBy`, a credit: set null). Soft-deleted and erased like profile
 * posts.
 */
export const groupPosts = domainTable(
  'group_posts',
  {
    id: id(),
    groupId: uuid()
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    authorUserId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'cascade' }),
    /** The horse the post is about (a sale ad, a lost pony). */
    horseId: uuid().references(() => horses.id, { onDelete: 'set null' }),
    /** The event an event post announces. */
    communityEventId: uuid().references(() => communityEvents.id, { onDelete: 'set null' }),
    postType: textEnum(SOCIAL_GROUP_POST_TYPES).notNull().default('discussion'),
    title: text(),
    /** Null once the content is erased. */
    body: text(),
    media: jsonList<SocialMediaItem>(),
    approvalStatus: textEnum(SOCIAL_GROUP_POST_APPROVAL_STATUSES).notNull().default('approved'),
    /** The admin who approved or rejected it. */
    reviewedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    reviewedAt: timestamptz(),
    moderationStatus: textEnum(SOCIAL_MODERATION_STATUSES).notNull().default('visible'),
    moderatedAt: timestamptz(),
    /** Pinned to the top of the group by an admin. */
    isPinned: boolean().notNull().default(false),
    likeCount: integer().notNull().default(0),
    commentCount: integer().notNull().default(0),
    publishedAt: timestamptz().notNull().defaultNow(),
    editedAt: timestamptz(),
    deletedAt: timestamptz(),
    contentErasedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    index('group_posts_group_id_idx').on(t.groupId, t.publishedAt),
    // The group's feed: approved, live posts, pinned first then newest.
    index('group_posts_feed_idx')
      .on(t.groupId, t.isPinned, t.publishedAt)
      .where(sql`${t.approvalStatus} = 'approved' and ${t.moderationStatus} = 'visible' and ${t.deletedAt} is null`),
    // Admins' queue: posts awaiting approval.
    index('group_posts_pending_idx')
      .on(t.groupId, t.createdAt)
      .where(sql`${t.approvalStatus} = 'pending'`),
    index('group_posts_author_user_id_idx').on(t.authorUserId, t.publishedAt),
    index('group_posts_horse_id_idx').on(t.horseId),
    index('group_posts_community_event_id_idx').on(t.communityEventId),
    index('group_posts_reviewed_by_user_id_idx').on(t.reviewedByUserId),
    textLength(t.title, { min: 1, max: 200 }),
    textLength(t.body, { min: 1, max: SOCIAL_POST_MAX_LENGTH }),
    requiredWhen(t.reviewedAt, t.approvalStatus, 'rejected', { name: 'group_posts_rejected_reviewed_at_check' }),
    // Who reviewed it implies when; the reviewer may later be erased (set null), the time stays.
    requiredWith(t.reviewedAt, t.reviewedByUserId, { name: 'group_posts_reviewed_by_check' }),
    requiredWhen(t.moderatedAt, t.moderationStatus, 'removed', { name: 'group_posts_removed_moderated_at_check' }),
    nonNegative(t.likeCount),
    nonNegative(t.commentCount),
    inOrder(t.publishedAt, t.editedAt, { name: 'group_posts_edited_at_check', message: 'must not be before publishedAt' }),
    requiredWith(t.deletedAt, t.contentErasedAt, { name: 'group_posts_erased_deleted_check' }),
    inOrder(t.deletedAt, t.contentErasedAt, { name: 'group_posts_content_erased_at_check', message: 'must not be before deletedAt' }),
    erasedContentCheck({ table: 'group_posts', erasedAt: t.contentErasedAt, body: t.body, media: t.media, deletedAt: t.deletedAt }),
  ],
);
