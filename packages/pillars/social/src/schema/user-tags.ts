import { between, domainTable, exactlyOneOf, id, nonNegative, requiredWhen, requiredWith, textEnum, timestamps, timestamptz, together } from '@db/core';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { boolean, index, integer, numeric, unique, uuid } from 'drizzle-orm/pg-core';
import { SOCIAL_TAG_STATUSES, SOCIAL_USER_TAG_ROLES } from '../constants.ts';
import { groupPosts } from './group-posts.ts';
import { socialPosts } from './social-posts.ts';

/**
 * A person tagged on a post or a group post (exactly one): the rider in a jumping photo, the groom, the
 * photographer, optionally at a point of one of the post's photos. Once per person and post. The tagged person
 * approves or declines the tag (pending until then) and chooses whether it shows on their profile. A tag is the
 * tagged person's (cascade on erasure) and goes with its post (cascade); the tagger is a credit (set null).
 */
export const userTags = domainTable(
  'user_tags',
  {
    id: id(),
    taggedUserId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'cascade' }),
    taggedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    socialPostId: uuid().references(() => socialPosts.id, { onDelete: 'cascade' }),
    groupPostId: uuid().references(() => groupPosts.id, { onDelete: 'cascade' }),
    taggedAs: textEnum(SOCIAL_USER_TAG_ROLES),
    status: textEnum(SOCIAL_TAG_STATUSES).notNull().default('pending'),
    /** When the tagged person approved or declined it. */
    respondedAt: timestamptz(),
    /** Listed under "photos of you" on the tagged person's profile. */
    showOnProfile: boolean().notNull().default(true),
    /** Which of the post's media (0-based) the tag is on, and where, in percent of its width and height. */
    mediaIndex: integer(),
    xPercent: numeric({ precision: 5, scale: 2 }),
    yPercent: numeric({ precision: 5, scale: 2 }),
    ...timestamps(),
  },
  (t) => [
    unique('user_tags_post_key').on(t.taggedUserId, t.socialPostId, t.groupPostId).nullsNotDistinct(),
    index('user_tags_tagged_by_user_id_idx').on(t.taggedByUserId),
    index('user_tags_social_post_id_idx').on(t.socialPostId),
    index('user_tags_group_post_id_idx').on(t.groupPostId),
    // A person's tags awaiting their review.
    index('user_tags_pending_idx')
      .on(t.taggedUserId, t.createdAt)
      .where(sql`${t.status} = 'pending'`),
    exactlyOneOf([t.socialPostId, t.groupPostId], { name: 'user_tags_post_check', message: 'a tag is on exactly one of socialPostId or groupPostId' }),
    requiredWhen(t.respondedAt, t.status, 'declined', { name: 'user_tags_declined_responded_at_check' }),
    nonNegative(t.mediaIndex),
    between(t.xPercent, 0, 100),
    between(t.yPercent, 0, 100),
    together(t.xPercent, t.yPercent, { name: 'user_tags_position_check' }),
    requiredWith(t.mediaIndex, t.xPercent, { name: 'user_tags_position_media_check' }),
  ],
);
