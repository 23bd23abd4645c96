import { currency, domainTable, id, money, textEnum, timestamps, timestamptz } from '@db/core';
import { userProfiles } from '@db/users';
import { sql } from 'drizzle-orm';
import { boolean, check, date, index, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { HORSE_ACQUISITION_TYPES, HORSE_OWNERSHIP_END_REASONS } from '../constants.ts';
import { horses } from './horses.ts';

/**
 * Who owned (a share of) a horse and when: a legal record. A row is closed by setting `endedOn`, never deleted,
 * so deleting an owner's user profile is refused. Shares of the open rows of a horse are meant to total 100.
 */
export const horseOwnershipHistory = domainTable(
  'horse_ownership_history',
  {
    id: id(),
    horseId: uuid()
      .notNull()
      .references(() => horses.id, { onDelete: 'cascade' }),
    ownerUserId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'restrict' }),
    sharePercent: numeric({ precision: 5, scale: 2 }).notNull().default('100.00'),
    /** The owner of record (registry papers, passport); one per horse among current rows. */
    isPrimaryOwner: boolean().notNull().default(false),
    acquisitionType: textEnum(HORSE_ACQUISITION_TYPES).notNull(),
    startedOn: date().notNull(),
    endedOn: date(),
    endReason: textEnum(HORSE_OWNERSHIP_END_REASONS),
    purchasePrice: money(),
    currency: currency(),
    /** Bill of sale, lease agreement or syndicate agreement reference. */
    transferDocumentRef: text(),
    /** When the breed registry or passport issuer recorded the change of ownership. */
    registryTransferConfirmedAt: timestamptz(),
    notes: text(),
    ...timestamps(),
  },
  (t) => [
    index('horse_ownership_history_horse_id_idx').on(t.horseId, t.startedOn),
    index('horse_ownership_history_owner_user_id_idx').on(t.ownerUserId),
    uniqueIndex('horse_ownership_history_current_primary_owner_key')
      .on(t.horseId)
      .where(sql`${t.endedOn} is null and ${t.isPrimaryOwner}`),
    check('horse_ownership_history_share_percent_check', sql`${t.sharePercent} > 0 and ${t.sharePercent} <= 100`),
    check('horse_ownership_history_ended_on_check', sql`${t.endedOn} >= ${t.startedOn}`),
    check('horse_ownership_history_end_reason_ended_on_check', sql`${t.endReason} is null or ${t.endedOn} is not null`),
    check('horse_ownership_history_purchase_price_check', sql`${t.purchasePrice} >= 0`),
  ],
);
