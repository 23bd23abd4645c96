import {
  differ,
  domainTable,
  formatCheck,
  HTTP_URL,
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
  together,
} from '@db/core';
import { horses } from '@db/horses/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { boolean, index, integer, text, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import {
  SOCIAL_EXTERNAL_ID,
  SOCIAL_MODERATION_STATUSES,
  SOCIAL_POST_MAX_LENGTH,
  SOCIAL_POST_SOURCES,
  SOCIAL_POST_TYPES,
  SOCIAL_POST_VISIBILITIES,
} from '../constants.ts';
import { erasedContentCheck, type SocialMediaItem } from '../content.ts';

/**
 * A post on a user's profile and in their followers' feeds, optionally about one of their horses (it then shows
 * on the horse's page). A post is its author's own content: erasing the author deletes it (cascade), with the
 * comments, likes and tags hanging off it. Deleting it in the app is a soft delete (`deletedAt`); its text and
 * media are erased later (`contentErasedAt`) and the row stays so that shares keep pointing at "a deleted post".
 * Posts cross-posted from a network (a horse's Instagram) are upserted on (source, external_id).
 */
export const socialPosts = domainTable(
  'social_posts',
  {
    id: id(),
    authorUserId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'cascade' }),
    /** The horse the post is about. The post stays when the horse record goes. */
    horseId: uuid().references(() => horses.id, { onDelete: 'set null' }),
    /** The post this one shares; the share stays, without its original, when the original goes. */
    sharedPostId: uuid().references((): AnyPgColumn => socialPosts.id, { onDelete: 'set null' }),
    postType: textEnum(SOCIAL_POST_TYPES).notNull().default('status'),
    /** Null for a photo without a caption, and once the content is erased. */
    body: text(),
    linkUrl: text(),
    media: jsonList<SocialMediaItem>(),
    visibility: textEnum(SOCIAL_POST_VISIBILITIES).notNull().default('public'),
    moderationStatus: textEnum(SOCIAL_MODERATION_STATUSES).notNull().default('visible'),
    /** The last moderation decision (the decisions themselves are in social_moderation_actions). */
    moderatedAt: timestamptz(),
    /** Pinned to the top of the author's profile: one at a time. */
    isPinned: boolean().notNull().default(false),
    likeCount: integer().notNull().default(0),
    commentCount: integer().notNull().default(0),
    shareCount: integer().notNull().default(0),
    /** In the future for a scheduled post. */
    publishedAt: timestamptz().notNull().defaultNow(),
    editedAt: timestamptz(),
    deletedAt: timestamptz(),
    contentErasedAt: timestamptz(),
    /** The network a cross-posted post comes from; null for a post written here. */
    source: textEnum(SOCIAL_POST_SOURCES),
    /** The network's id of the post, e.g. an Instagram media id. */
    externalId: text(),
    /** When the network last changed the post (edited caption, new media), as its API reports it. */
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    index('social_posts_author_user_id_idx').on(t.authorUserId, t.publishedAt),
    index('social_posts_horse_id_idx').on(t.horseId, t.publishedAt),
    index('social_posts_shared_post_id_idx').on(t.sharedPostId),
    uniqueIndex('social_posts_source_external_id_key').on(t.source, t.externalId),
    uniqueIndex('social_posts_pinned_key')
      .on(t.authorUserId)
      .where(sql`${t.isPinned} and ${t.deletedAt} is null`),
    // The public feed and discovery: live public posts, newest first.
    index('social_posts_public_feed_idx')
      .on(t.publishedAt)
      .where(sql`${t.visibility} = 'public' and ${t.moderationStatus} = 'visible' and ${t.deletedAt} is null`),
    // The moderators' queue.
    index('social_posts_moderation_queue_idx')
      .on(t.moderationStatus, t.createdAt)
      .where(sql`${t.moderationStatus} in ('pending_review', 'flagged')`),
    textLength(t.body, { min: 1, max: SOCIAL_POST_MAX_LENGTH }),
    formatCheck(t.linkUrl, HTTP_URL),
    requiredWhen(t.linkUrl, t.postType, 'link', { name: 'social_posts_link_url_check' }),
    differ(t.id, t.sharedPostId, { name: 'social_posts_shared_post_id_check', message: 'a post cannot share itself' }),
    requiredWhen(t.moderatedAt, t.moderationStatus, 'removed', { name: 'social_posts_removed_moderated_at_check' }),
    nonNegative(t.likeCount),
    nonNegative(t.commentCount),
    nonNegative(t.shareCount),
    inOrder(t.publishedAt, t.editedAt, { name: 'social_posts_edited_at_check', message: 'must not be before publishedAt' }),
    requiredWith(t.deletedAt, t.contentErasedAt, { name: 'social_posts_erased_deleted_check' }),
    inOrder(t.deletedAt, t.contentErasedAt, { name: 'social_posts_content_erased_at_check', message: 'must not be before deletedAt' }),
    erasedContentCheck({ table: 'social_posts', erasedAt: t.contentErasedAt, body: t.body, media: t.media, deletedAt: t.deletedAt }),
    together(t.source, t.externalId, { name: 'social_posts_source_pair_check' }),
    formatCheck(t.externalId, SOCIAL_EXTERNAL_ID),
    requiredWith(t.externalId, t.sourceUpdatedAt, { name: 'social_posts_source_updated_at_check' }),
  ],
);
