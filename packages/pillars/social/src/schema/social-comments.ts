import {
  differ,
  domainTable,
  exactlyOneOf,
  id,
  inOrder,
  nonNegative,
  requiredWhen,
  requiredWith,
  textEnum,
  textLength,
  timestamps,
  timestamptz,
} from '@db/core';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { boolean, index, integer, text, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { SOCIAL_COMMENT_MAX_LENGTH, SOCIAL_MODERATION_STATUSES } from '../constants.ts';
import { erasedContentCheck } from '../content.ts';
import { groupPosts } from './group-posts.ts';
import { socialPosts } from './social-posts.ts';

/**
 * A comment on a post (a profile post or a group post: exactly one of the two), or a reply to another comment
 * of the same thread. A comment is its author's content (cascade on erasure) and part of its post's thread (it
 * goes with the post, and a reply with the comment it answers). Soft-deleted and erased like posts. On a
 * question, the asker can accept one answer: one accepted comment per post (partial unique index).
 */
export const socialComments = domainTable(
  'social_comments',
  {
    id: id(),
    postId: uuid().references(() => socialPosts.id, { onDelete: 'cascade' }),
    groupPostId: uuid().references(() => groupPosts.id, { onDelete: 'cascade' }),
    authorUserId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'cascade' }),
    /** The comment this one replies to: a reply goes with it. */
    parentCommentId: uuid().references((): AnyPgColumn => socialComments.id, { onDelete: 'cascade' }),
    /** Null once the content is erased. */
    body: text(),
    moderationStatus: textEnum(SOCIAL_MODERATION_STATUSES).notNull().default('visible'),
    moderatedAt: timestamptz(),
    likeCount: integer().notNull().default(0),
    replyCount: integer().notNull().default(0),
    /** The answer the asker accepted, on a question. */
    isAcceptedAnswer: boolean().notNull().default(false),
    editedAt: timestamptz(),
    deletedAt: timestamptz(),
    contentErasedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    index('social_comments_post_id_idx').on(t.postId, t.createdAt),
    index('social_comments_group_post_id_idx').on(t.groupPostId, t.createdAt),
    index('social_comments_author_user_id_idx').on(t.authorUserId, t.createdAt),
    index('social_comments_parent_comment_id_idx').on(t.parentCommentId),
    uniqueIndex('social_comments_accepted_answer_key')
      .on(sql`coalesce(${t.postId}, ${t.groupPostId})`)
      .where(sql`${t.isAcceptedAnswer}`),
    index('social_comments_moderation_queue_idx')
      .on(t.moderationStatus, t.createdAt)
      .where(sql`${t.moderationStatus} in ('pending_review', 'flagged')`),
    exactlyOneOf([t.postId, t.groupPostId], { name: 'social_comments_target_check', message: 'a comment is on exactly one of postId or groupPostId' }),
    differ(t.id, t.parentCommentId, { name: 'social_comments_parent_comment_id_check', message: 'a comment cannot reply to itself' }),
    textLength(t.body, { min: 1, max: SOCIAL_COMMENT_MAX_LENGTH }),
    requiredWhen(t.moderatedAt, t.moderationStatus, 'removed', { name: 'social_comments_removed_moderated_at_check' }),
    nonNegative(t.likeCount),
    nonNegative(t.replyCount),
    requiredWith(t.deletedAt, t.contentErasedAt, { name: 'social_comments_erased_deleted_check' }),
    inOrder(t.deletedAt, t.contentErasedAt, { name: 'social_comments_content_erased_at_check', message: 'must not be before deletedAt' }),
    erasedContentCheck({ table: 'social_comments', erasedAt: t.contentErasedAt, body: t.body, deletedAt: t.deletedAt }),
  ],
);
