import { differ, domainTable, exactlyOneOf, id, onlyWhen, textEnum, timestamps, timestamptz } from '@db/core';
import { horses } from '@db/horses/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { boolean, index, unique, uuid } from 'drizzle-orm/pg-core';
import { SOCIAL_FOLLOW_ORIGINS, SOCIAL_FOLLOW_STATUSES } from '../constants.ts';

/**
 * A user following another user, or a horse's page (a young horse's owner-breeder following its career): exactly
 * one of the two. One follow per pair (NULLS NOT DISTINCT over both targets), and nobody follows themselves. A
 * follow of a private profile is `pending` until accepted. It belongs to both people: either one's erasure
 * deletes it (cascade), as does the horse's deletion. Unfollowing deletes the row.
 */
export const userFollows = domainTable(
  'user_follows',
  {
    id: id(),
    followerUserId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'cascade' }),
    followedUserId: uuid().references(() => userProfiles.id, { onDelete: 'cascade' }),
    followedHorseId: uuid().references(() => horses.id, { onDelete: 'cascade' }),
    status: textEnum(SOCIAL_FOLLOW_STATUSES).notNull().default('active'),
    /** When the followed person accepted the request (a private profile). */
    acceptedAt: timestamptz(),
    /** New posts of the followed notify the follower. */
    notificationsEnabled: boolean().notNull().default(true),
    /** Still followed, but left out of the follower's feed. */
    isMuted: boolean().notNull().default(false),
    origin: textEnum(SOCIAL_FOLLOW_ORIGINS).notNull().default('profile'),
    ...timestamps(),
  },
  (t) => [
    unique('user_follows_pair_key').on(t.followerUserId, t.followedUserId, t.followedHorseId).nullsNotDistinct(),
    index('user_follows_followed_user_id_idx').on(t.followedUserId, t.status),
    index('user_follows_followed_horse_id_idx').on(t.followedHorseId),
    // The follow requests waiting for a person's answer.
    index('user_follows_pending_idx')
      .on(t.followedUserId, t.createdAt)
      .where(sql`${t.status} = 'pending'`),
    exactlyOneOf([t.followedUserId, t.followedHorseId], {
      name: 'user_follows_target_check',
      message: 'a follow is of exactly one of followedUserId or followedHorseId',
    }),
    differ(t.followerUserId, t.followedUserId, { name: 'user_follows_self_check', message: 'a user cannot follow themselves' }),
    onlyWhen(t.acceptedAt, t.status, 'active', { name: 'user_follows_accepted_at_check' }),
  ],
);
