import { differ, domainTable, id, inOrder, nonNegative, onlyWhen, textEnum, timestamps, timestamptz } from '@db/core';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { date, index, integer, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { REENGAGEMENT_MEMBERSHIP_CHANGE_REASONS } from '../constants.ts';
import { loyaltyProgramTiers } from './loyalty-program-tiers.ts';

/**
 * Which tier a user holds, and since when: one row per stay in a tier, closed (`endedAt`) when the user moves up
 * or down, never overwritten. One current tier per user (partial unique). With why they entered it, the points
 * behind it as the loyalty engine last computed them (qualifying points in the period, spendable balance, lifetime
 * total; the entries themselves are loyalty_point_transactions), and when the tier must be requalified. The
 * person's own membership: deleted with the user (cascade). Tiers held are retired, never deleted (restrict).
 */
export const loyaltyMemberships = domainTable(
  'loyalty_memberships',
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'cascade' }),
    tierId: uuid()
      .notNull()
      .references(() => loyaltyProgramTiers.id, { onDelete: 'restrict' }),
    /** The tier held before; null on enrolment. */
    previousTierId: uuid().references(() => loyaltyProgramTiers.id, { onDelete: 'restrict', name: 'loyalty_memberships_previous_tier_id_fkey' }),
    startedAt: timestamptz().notNull(),
    /** When the user moved to another tier or left the programme; null: the current tier. */
    endedAt: timestamptz(),
    changeReason: textEnum(REENGAGEMENT_MEMBERSHIP_CHANGE_REASONS).notNull(),
    /** Points counted towards the tier in the current qualification period. */
    qualifyingPoints: integer().notNull().default(0),
    /** Points the user can spend. */
    pointsBalance: integer().notNull().default(0),
    /** Every point ever credited. */
    lifetimePoints: integer().notNull().default(0),
    /** The tier must be requalified by this day; null: held for life. */
    requalifyBy: date(),
    /** Who granted the tier by hand (manual overrides only): a credit, unset when that user is erased. */
    grantedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null', name: 'loyalty_memberships_granted_by_user_id_fkey' }),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('loyalty_memberships_current_key')
      .on(t.userId)
      .where(sql`${t.endedAt} is null`),
    index('loyalty_memberships_user_id_idx').on(t.userId, t.startedAt),
    // A tier's current members, and the foreign key's index.
    index('loyalty_memberships_tier_id_idx').on(t.tierId, t.endedAt),
    index('loyalty_memberships_previous_tier_id_idx').on(t.previousTierId),
    index('loyalty_memberships_granted_by_user_id_idx').on(t.grantedByUserId),
    // The requalification job's queue.
    index('loyalty_memberships_requalify_idx')
      .on(t.requalifyBy)
      .where(sql`${t.endedAt} is null`),
    differ(t.previousTierId, t.tierId, { name: 'loyalty_memberships_tier_change_check', message: 'must differ from previousTierId' }),
    inOrder(t.startedAt, t.endedAt, { name: 'loyalty_memberships_ended_at_check', message: 'must not be before startedAt' }),
    nonNegative(t.qualifyingPoints),
    nonNegative(t.pointsBalance),
    nonNegative(t.lifetimePoints),
    inOrder(t.pointsBalance, t.lifetimePoints, { name: 'loyalty_memberships_balance_within_lifetime_check', message: 'must be at least pointsBalance' }),
    onlyWhen(t.grantedByUserId, t.changeReason, 'manual_override', { name: 'loyalty_memberships_granted_by_check' }),
  ],
);
