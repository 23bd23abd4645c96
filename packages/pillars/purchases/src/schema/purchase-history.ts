import {
  createdAt,
  currency,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  money,
  nonNegative,
  positive,
  textEnum,
  timestamptz,
} from '@db/core';
import { horses } from '@db/horses/tables';
import { vetPractices } from '@db/providers/tables';
import { userProfiles } from '@db/users/tables';
import { index, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { PURCHASE_HISTORY_SOURCES, PURCHASE_ITEM_CATEGORIES } from '../constants.ts';
import { invoices } from './invoices.ts';
import { purchaseOrders } from './purchase-orders.ts';

/**
 * What a user has bought, one entry per item, wherever it was bought: fed from this platform's invoices, orders
 * and subscriptions, and imported from elsewhere (sales-company auction results, retailers, a spreadsheet).
 * Append-only and derived: it answers "what did I spend on this horse this year" and "buy again", and goes with
 * the user. Imports upsert on (user_id, source, source_reference).
 */
export const purchaseHistory = domainTable(
  'purchase_history',
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'cascade' }),
    source: textEnum(PURCHASE_HISTORY_SOURCES).notNull(),
    /** The item's id at the source: an invoice line id, an auction lot (GOFFS-2024-NOV-412), a receipt number. */
    sourceReference: text().notNull(),
    category: textEnum(PURCHASE_ITEM_CATEGORIES).notNull(),
    description: text().notNull(),
    horseId: uuid().references(() => horses.id, { onDelete: 'set null' }),
    sellerPracticeId: uuid().references(() => vetPractices.id, { onDelete: 'set null' }),
    /** The seller as the user knows it, also for sellers that are not on the platform (Goffs, a tack shop). */
    sellerName: text().notNull(),
    purchaseOrderId: uuid().references(() => purchaseOrders.id, { onDelete: 'set null' }),
    invoiceId: uuid().references(() => invoices.id, { onDelete: 'set null' }),
    quantity: numeric({ precision: 12, scale: 3 }).notNull().default('1.000'),
    /** What the user paid for the item, tax included. */
    amount: money().notNull(),
    currency: currency(),
    purchasedAt: timestamptz().notNull(),
    ...createdAt(),
  },
  (t) => [
    uniqueIndex('purchase_history_user_id_source_reference_key').on(t.userId, t.source, t.sourceReference),
    index('purchase_history_user_id_purchased_at_idx').on(t.userId, t.purchasedAt),
    index('purchase_history_horse_id_idx').on(t.horseId, t.purchasedAt),
    index('purchase_history_seller_practice_id_idx').on(t.sellerPracticeId),
    index('purchase_history_purchase_order_id_idx').on(t.purchaseOrderId),
    index('purchase_history_invoice_id_idx').on(t.invoiceId),
    formatCheck(t.sourceReference, EXTERNAL_ID),
    positive(t.quantity),
    nonNegative(t.amount),
  ],
);
