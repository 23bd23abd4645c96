import {
  createdAt,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  nonNegative,
  positive,
  SNAKE_CASE_KEY,
  textEnum,
  timestamptz,
} from '@db/core';
import { purchaseOrders } from '@db/purchases/tables';
import { userProfiles } from '@db/users/tables';
import { date, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { REENGAGEMENT_POINT_ENTRY_TYPES, REENGAGEMENT_POINT_SOURCES } from '../constants.ts';
import { loyaltyProgramTiers } from './loyalty-program-tiers.ts';

/**
 * The loyalty points ledger: every credit (earned on a booking or an order, a bonus, an upward adjustment) and
 * debit (redeemed, expired, a downward adjustment), with the balance after it. Points are
 * redeemable for money's worth, so the ledger is a financial record: append-only (the database refuses UPDATE and
 * DELETE, `reengagementDatabaseObjects`), a correction is a new adjustment entry, its foreign
 * keys restrict, and it is kept when its user is erased, pointing at the anonymised profile. It holds ids, codes and
 * numbers, no personal data. Entries imported from a loyalty platform are added once, on (source, external id).
 * Purged after seven years (`purge_loyalty_point_transactions`), past the six Irish and UK tax law asks for.
 */
export const loyaltyPointTransactions = domainTable(
  'loyalty_point_transactions',
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'restrict' }),
    entryType: textEnum(REENGAGEMENT_POINT_ENTRY_TYPES).notNull(),
    /** Always positive: `entryType` says whether it is a credit or a debit. */
    points: integer().notNull(),
    /** The user's spendable balance after the entry. */
    balanceAfter: integer().notNull(),
    /** The tier held when the points were earned (its multiplier applied). */
    tierId: uuid().references(() => loyaltyProgramTiers.id, { onDelete: 'restrict', name: 'loyalty_point_transactions_tier_id_fkey' }),
    /** The order the points were earned or redeemed on. */
    purchaseOrderId: uuid().references(() => purchaseOrders.id, { onDelete: 'restrict', name: 'loyalty_point_transactions_purchase_order_id_fkey' }),
    /** Why, as a snake_case code: vet_visit_booked, annual_vaccination_logged, referral_bonus. */
    reasonCode: text().notNull(),
    /** When it happened (an order's date, an expiry's day end); created_at is when it was recorded. */
    occurredAt: timestamptz().notNull(),
    /** Earned points lapse at the end of this day unless spent. */
    expiresOn: date(),
    source: textEnum(REENGAGEMENT_POINT_SOURCES).notNull().default('platform'),
    /** The loyalty platform's id of the entry. */
    externalId: text(),
    ...createdAt(),
  },
  (t) => [
    uniqueIndex('loyalty_point_transactions_source_external_id_key').on(t.source, t.externalId),
    // A user's statement, and the foreign key's index.
    index('loyalty_point_transactions_user_id_idx').on(t.userId, t.occurredAt),
    index('loyalty_point_transactions_tier_id_idx').on(t.tierId),
    index('loyalty_point_transactions_purchase_order_id_idx').on(t.purchaseOrderId),
    // Append-only and time-ordered: a BRIN index serves the retention purge and time-range reports for a few pages.
    index('loyalty_point_transactions_created_at_idx').using('brin', t.createdAt),
    positive(t.points),
    nonNegative(t.balanceAfter),
    formatCheck(t.reasonCode, SNAKE_CASE_KEY),
    formatCheck(t.externalId, EXTERNAL_ID),
  ],
);
