import { between, domainTable, exactlyOneOf, id, nonNegative, requiredWhen, requiredWith, textEnum, timestamps, timestamptz, together } from '@db/core';
import { horses } from '@db/horses/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { boolean, index, integer, numeric, unique, uuid } from 'drizzle-orm/pg-core';
import { SOCIAL_TAG_STATUSES } from '../constants.ts';
import { groupPosts } from './group-posts.ts';
import { socialPosts } from './social-posts.ts';

/**
 * A horse tagged on a post or a group post (exactly one), optionally at a point of one of its photos: the post
 * then shows on the horse's page. Once per horse and post. A tag by someone other than the horse's owner waits
 * for the owner's review (`reviewedBy`). A tag goes with its horse and its post (cascade); the tagger and the
 * reviewer are credits (set null).
 */
export const horseTags = domainTable(
  'horse_tags',
  {
    id: id(),
    horseId: uuid()
      .notNull()
      .references(() => horses.id, { onDelete: 'cascade' }),
    taggedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    socialPostId: uuid().references(() => socialPosts.id, { onDelete: 'cascade' }),
    groupPostId: uuid().references(() => groupPosts.id, { onDelete: 'cascade' }),
    status: textEnum(SOCIAL_TAG_STATUSES).notNull().default('pending'),
    /** The owner (or the person managing the horse's page) who approved or declined the tag. */
    reviewedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    reviewedAt: timestamptz(),
    /** Listed in the gallery of the horse's page. */
    showOnHorsePage: boolean().notNull().default(true),
    /** Which of the post's media (0-based) the tag is on, and where, in percent of its width and height. */
    mediaIndex: integer(),
    xPercent: numeric({ precision: 5, scale: 2 }),
    yPercent: numeric({ precision: 5, scale: 2 }),
    ...timestamps(),
  },
  (t) => [
    unique('horse_tags_post_key').on(t.horseId, t.socialPostId, t.groupPostId).nullsNotDistinct(),
    index('horse_tags_tagged_by_user_id_idx').on(t.taggedByUserId),
    index('horse_tags_reviewed_by_user_id_idx').on(t.reviewedByUserId),
    index('horse_tags_social_post_id_idx').on(t.socialPostId),
    index('horse_tags_group_post_id_idx').on(t.groupPostId),
    // Tags waiting for the horse owner's review.
    index('horse_tags_pending_idx')
      .on(t.horseId, t.createdAt)
      .where(sql`${t.status} = 'pending'`),
    exactlyOneOf([t.socialPostId, t.groupPostId], { name: 'horse_tags_post_check', message: 'a tag is on exactly one of socialPostId or groupPostId' }),
    requiredWhen(t.reviewedAt, t.status, 'declined', { name: 'horse_tags_declined_reviewed_at_check' }),
    // Who reviewed it implies when; the reviewer may later be erased (set null), the time stays.
    requiredWith(t.reviewedAt, t.reviewedByUserId, { name: 'horse_tags_reviewed_by_check' }),
    nonNegative(t.mediaIndex),
    between(t.xPercent, 0, 100),
    between(t.yPercent, 0, 100),
    together(t.xPercent, t.yPercent, { name: 'horse_tags_position_check' }),
    requiredWith(t.mediaIndex, t.xPercent, { name: 'horse_tags_position_media_check' }),
  ],
);
