import { domainTable, id, inOrder, jsonList, onlyWhen, requiredWhen, textEnum, timestamps, timestamptz } from '@db/core';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { index, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { SOCIAL_GROUP_MEMBER_STATUSES, SOCIAL_GROUP_NOTIFICATION_LEVELS, SOCIAL_GROUP_ROLES } from '../constants.ts';
import { groups } from './groups.ts';

/** An answer to one of the questions a group asks people who request to join. */
export interface GroupJoinAnswer {
  question: string;
  answer: string;
}

/**
 * A person's membership of a group, from the invitation or the request to its end. The row is history: leaving,
 * removal or a ban ends it (`leftAt`) and a return is a new row, so one current membership per (group, user)
 * (partial unique index on the invited, requested and active rows). A membership is its member's (cascade on erasure) and its
 * group's (cascade); the person who invited them is a credit (set null).
 */
export const groupMembers = domainTable(
  'group_members',
  {
    id: id(),
    groupId: uuid()
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'cascade' }),
    role: textEnum(SOCIAL_GROUP_ROLES).notNull().default('member'),
    status: textEnum(SOCIAL_GROUP_MEMBER_STATUSES).notNull().default('active'),
    invitedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    /** Answers to the group's membership questions, with a join request. */
    joinAnswers: jsonList<GroupJoinAnswer>(),
    /** When the membership became active (invitation accepted, request approved, or joined an open group). */
    joinedAt: timestamptz(),
    leftAt: timestamptz(),
    /** Why an admin removed or banned the member (shown to the other admins). */
    removalReason: text(),
    /** The end of a temporary ban; null for a permanent one. */
    bannedUntil: timestamptz(),
    notificationLevel: textEnum(SOCIAL_GROUP_NOTIFICATION_LEVELS).notNull().default('highlights'),
    /** Posts after this are unread for the member. */
    lastReadAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    index('group_members_group_id_idx').on(t.groupId, t.status),
    index('group_members_user_id_idx').on(t.userId),
    index('group_members_invited_by_user_id_idx').on(t.invitedByUserId),
    uniqueIndex('group_members_current_key')
      .on(t.groupId, t.userId)
      .where(sql`${t.status} in ('invited', 'requested', 'active')`),
    // Admins' queue: pending join requests of a group, oldest first.
    index('group_members_requests_idx')
      .on(t.groupId, t.createdAt)
      .where(sql`${t.status} = 'requested'`),
    inOrder(t.joinedAt, t.leftAt, { name: 'group_members_left_at_check', message: 'must not be before joinedAt' }),
    requiredWhen(t.joinedAt, t.status, 'active', { name: 'group_members_active_joined_at_check' }),
    requiredWhen(t.leftAt, t.status, 'left', { name: 'group_members_left_left_at_check' }),
    requiredWhen(t.leftAt, t.status, 'removed', { name: 'group_members_removed_left_at_check' }),
    requiredWhen(t.leftAt, t.status, 'banned', { name: 'group_members_banned_left_at_check' }),
    onlyWhen(t.bannedUntil, t.status, 'banned', { name: 'group_members_banned_until_check' }),
    inOrder(t.leftAt, t.bannedUntil, { strict: true, name: 'group_members_banned_until_order_check', message: 'must be after leftAt' }),
  ],
);
