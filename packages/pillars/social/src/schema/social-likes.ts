import { customCheck, domainTable, id, isAbsent, textEnum, timestamps } from '@db/core';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { index, unique, uuid } from 'drizzle-orm/pg-core';
import { SOCIAL_REACTIONS } from '../constants.ts';
import { groupPosts } from './group-posts.ts';
import { privateMessages } from './private-messages.ts';
import { socialComments } from './social-comments.ts';
import { socialPosts } from './social-posts.ts';

/**
 * A like (or another reaction) by a user on exactly one item: a post, a comment, a group post or a message.
 * One per user and item: the unique key spans the user and the four targets with NULLS NOT DISTINCT, so a
 * second like of the same post is refused and changing the reaction updates the row. A like is its user's
 * (cascade on erasure) and goes with the item (cascade). Unliking deletes the row.
 */
export const socialLikes = domainTable(
  'social_likes',
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'cascade' }),
    postId: uuid().references(() => socialPosts.id, { onDelete: 'cascade' }),
    commentId: uuid().references(() => socialComments.id, { onDelete: 'cascade' }),
    groupPostId: uuid().references(() => groupPosts.id, { onDelete: 'cascade' }),
    messageId: uuid().references(() => privateMessages.id, { onDelete: 'cascade' }),
    reaction: textEnum(SOCIAL_REACTIONS).notNull().default('like'),
    ...timestamps(),
  },
  (t) => [
    unique('social_likes_user_target_key').on(t.userId, t.postId, t.commentId, t.groupPostId, t.messageId).nullsNotDistinct(),
    index('social_likes_post_id_idx').on(t.postId),
    index('social_likes_comment_id_idx').on(t.commentId),
    index('social_likes_group_post_id_idx').on(t.groupPostId),
    index('social_likes_message_id_idx').on(t.messageId),
    customCheck('social_likes_target_check', sql`num_nonnulls(${t.postId}, ${t.commentId}, ${t.groupPostId}, ${t.messageId}) = 1`, {
      columns: [t.postId, t.commentId, t.groupPostId, t.messageId],
      column: t.postId,
      message: 'a like is on exactly one of postId, commentId, groupPostId or messageId',
      holds: (row) => [row.post_id, row.comment_id, row.group_post_id, row.message_id].filter((value) => !isAbsent(value)).length === 1,
      violations: [
        { post_id: null, comment_id: null, group_post_id: null, message_id: null },
        { post_id: '0b6f3c2e-5a1d-4e8f-9c7b-2d4a6e8f0a1c', comment_id: '6e2d9a4b-8c1f-4b3e-a5d7-9f0e2c4a6b8d' },
      ],
    }),
  ],
);
