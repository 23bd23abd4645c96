import { between, domainTable, id, inOrder, textEnum, timestamps, timestamptz, together } from '@db/core';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { boolean, index, numeric, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { RETENTION_MEMBERSHIP_EXIT_REASONS, RETENTION_MEMBERSHIP_SOURCES } from '../constants.ts';
import { userSegments } from './user-segments.ts';

/**
 * Who is in a segment and when: one row per stay, closed (`exitedAt`) when the user stops matching or is removed,
 * never overwritten, so a campaign's audience on any past day can be rebuilt. One open stay per user and segment.
 * A membership is the person's own data: it goes with the user (cascade), and with the segment.
 */
export const userSegmentMemberships = domainTable(
  'user_segment_memberships',
  {
    id: id(),
    segmentId: uuid()
      .notNull()
      .references(() => userSegments.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'cascade' }),
    entrySource: textEnum(RETENTION_MEMBERSHIP_SOURCES).notNull().default('rule_match'),
    enteredAt: timestamptz().notNull().defaultNow(),
    exitedAt: timestamptz(),
    exitReason: textEnum(RETENTION_MEMBERSHIP_EXIT_REASONS),
    /** In the segment but deliberately not messaged: the control group that campaign results are measured against. */
    isHoldout: boolean().notNull().default(false),
    /** A model segment's score for this user, 0..1. */
    matchScore: numeric({ precision: 5, scale: 4 }),
    /** Who added the user by hand: a credit, unset when that user is erased. */
    addedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null', name: 'user_segment_memberships_added_by_user_id_fkey' }),
    /** When the rules were last evaluated for this user (still matching). */
    lastEvaluatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    index('user_segment_memberships_segment_id_idx').on(t.segmentId, t.enteredAt),
    index('user_segment_memberships_user_id_idx').on(t.userId, t.enteredAt),
    index('user_segment_memberships_added_by_user_id_idx').on(t.addedByUserId),
    uniqueIndex('user_segment_memberships_current_key')
      .on(t.segmentId, t.userId)
      .where(sql`${t.exitedAt} is null`),
    inOrder(t.enteredAt, t.exitedAt, { name: 'user_segment_memberships_exited_at_check', message: 'must not be before enteredAt' }),
    together(t.exitedAt, t.exitReason, { name: 'user_segment_memberships_exit_check', message: 'exitedAt and exitReason are given together or not at all' }),
    between(t.matchScore, 0, 1),
  ],
);
