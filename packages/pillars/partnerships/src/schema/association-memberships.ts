import {
  currency,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  money,
  nonNegative,
  requiredWhen,
  textEnum,
  timestamps,
  timestamptz,
  together,
} from '@db/core';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { boolean, date, foreignKey, index, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  ASSOCIATION_MEMBERSHIP_SOURCES,
  ASSOCIATION_MEMBERSHIP_STATUSES,
  ASSOCIATION_MEMBERSHIP_TYPES,
  ASSOCIATION_MEMBERSHIP_VERIFICATION_METHODS,
} from '../constants.ts';
import { associationDirectories } from './association-directories.ts';

/**
 * A user's membership of an association: the association's membership number, type, paid-up period and status.
 * One row is one membership number from joining to its end; a renewal extends `valid_to` (and `renewed_on`),
 * a new number after a lapse is a new row, so the history stays. One current (pending, active or suspended)
 * membership per user and association. Natural key: (`association_id`, `membership_number`), what the
 * association's membership system exports and a re-import upserts on. The membership is the member's alone:
 * deleted on their erasure (cascade). The association stays while memberships point at it (restrict).
 */
export const associationMemberships = domainTable(
  'association_memberships',
  {
    id: id(),
    /** FK below (restrict): the generated name would pass PostgreSQL's 63 characters. */
    associationId: uuid().notNull(),
    userId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'cascade' }),
    /** The number on the membership card, as the association's system issues it, e.g. IPC-0452113. */
    membershipNumber: text().notNull(),
    membershipType: textEnum(ASSOCIATION_MEMBERSHIP_TYPES).notNull().default('full'),
    status: textEnum(ASSOCIATION_MEMBERSHIP_STATUSES).notNull().default('active'),
    /** First joined the association (before this number, for a member who lapsed and came back). */
    joinedOn: date(),
    /** The membership under this number: from its first day to the day it is paid up to (null: life, honorary). */
    validFrom: date().notNull(),
    validTo: date(),
    /** The last renewal (paid before or after the period it renews). */
    renewedOn: date(),
    autoRenews: boolean().notNull().default(false),
    /** The subscription paid for the current period. */
    feeAmount: money(),
    currency: currency(),
    cancelledAt: timestamptz(),
    /** How the platform confirmed the membership with the association, and when (both or neither). */
    verificationMethod: textEnum(ASSOCIATION_MEMBERSHIP_VERIFICATION_METHODS),
    verifiedAt: timestamptz(),
    source: textEnum(ASSOCIATION_MEMBERSHIP_SOURCES).notNull().default('self_declared'),
    /** When the association's system last changed the membership. */
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('association_memberships_number_key').on(t.associationId, t.membershipNumber),
    uniqueIndex('association_memberships_current_key')
      .on(t.associationId, t.userId)
      .where(sql`${t.status} in ('pending', 'active', 'suspended')`),
    index('association_memberships_user_id_idx').on(t.userId, t.validFrom),
    /** The renewal reminder queue: active memberships by expiry. */
    index('association_memberships_expiry_idx')
      .on(t.validTo)
      .where(sql`${t.status} = 'active'`),
    foreignKey({
      name: 'association_memberships_association_id_fkey',
      columns: [t.associationId],
      foreignColumns: [associationDirectories.id],
    }).onDelete('restrict'),
    formatCheck(t.membershipNumber, EXTERNAL_ID),
    inOrder(t.validFrom, t.validTo, { name: 'association_memberships_valid_to_check', message: 'must not be before validFrom' }),
    inOrder(t.joinedOn, t.validFrom, { name: 'association_memberships_joined_on_check', message: 'must not be before joinedOn' }),
    nonNegative(t.feeAmount),
    requiredWhen(t.cancelledAt, t.status, 'cancelled', { name: 'association_memberships_cancelled_at_check' }),
    together(t.verificationMethod, t.verifiedAt, { name: 'association_memberships_verification_check' }),
  ],
);
