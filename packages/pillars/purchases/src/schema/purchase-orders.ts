import {
  currency,
  customCheck,
  differ,
  domainTable,
  exactlyOneOf,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  isAbsent,
  isDecimal,
  money,
  nonNegative,
  onlyWhen,
  requiredWhen,
  SNAKE_CASE_KEY,
  textEnum,
  timestamps,
  timestamptz,
  together,
  units,
} from '@db/core';
import { horses } from '@db/horses/tables';
import { vetPractices } from '@db/providers/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { date, index, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { PURCHASE_DOCUMENT_NUMBER, PURCHASE_ORDER_STATUSES, PURCHASE_ORDER_TYPES } from '../constants.ts';
import { shippingAddresses } from './shipping-addresses.ts';

/**
 * A buyer's order with one seller: a provider business (a `vet_practices` row: practice, farrier, saddler, feed
 * merchant, livery yard, transporter) or a private seller (a user, e.g. a horse sold privately). The order is
 * the commercial commitment; its invoices itemise and bill it, its transactions pay it. Amounts are after line
 * discounts (VAT is charged on the discounted price), so total = subtotal + delivery + tax.
 */
export const purchaseOrders = domainTable(
  'purchase_orders',
  {
    id: id(),
    /** The platform's order number, shown to both parties, e.g. PO-2024-000123. */
    orderNumber: text().notNull(),
    /** A financial record: the buyer cannot be deleted while their orders exist. */
    buyerUserId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'restrict' }),
    sellerPracticeId: uuid().references(() => vetPractices.id, { onDelete: 'restrict' }),
    sellerUserId: uuid().references(() => userProfiles.id, { onDelete: 'restrict' }),
    orderType: textEnum(PURCHASE_ORDER_TYPES).notNull(),
    /** The horse bought, or the horse the goods or services are for. The order outlives the horse's record. */
    horseId: uuid().references(() => horses.id, { onDelete: 'set null' }),
    /** Where goods go or an ambulatory service is performed; archived, never deleted, once used. */
    shippingAddressId: uuid().references(() => shippingAddresses.id, { onDelete: 'restrict' }),
    status: textEnum(PURCHASE_ORDER_STATUSES).notNull().default('draft'),
    currency: currency(),
    /** Sum of the lines after their discounts, before delivery and tax. */
    subtotalAmount: money().notNull(),
    /** Delivery or call-out charge. */
    shippingAmount: money().notNull().default('0.00'),
    taxAmount: money().notNull().default('0.00'),
    totalAmount: money().notNull(),
    orderedAt: timestamptz().notNull().defaultNow(),
    /** Promised delivery or appointment day. */
    expectedDeliveryOn: date(),
    cancelledAt: timestamptz(),
    cancellationReason: text(),
    /** The shop or practice-management system an imported order came from (snake_case, e.g. shopify). */
    sourceSystem: text(),
    /** The order's id in `sourceSystem`: the upsert key of order ingestion, with sourceSystem. */
    externalOrderId: text(),
    notes: text(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('purchase_orders_order_number_key').on(t.orderNumber),
    uniqueIndex('purchase_orders_source_system_external_order_id_key').on(t.sourceSystem, t.externalOrderId),
    index('purchase_orders_buyer_user_id_idx').on(t.buyerUserId, t.orderedAt),
    index('purchase_orders_seller_practice_id_idx').on(t.sellerPracticeId, t.orderedAt),
    index('purchase_orders_seller_user_id_idx').on(t.sellerUserId),
    index('purchase_orders_horse_id_idx').on(t.horseId),
    index('purchase_orders_shipping_address_id_idx').on(t.shippingAddressId),
    /** A seller's work queue: the orders still to fulfil. */
    index('purchase_orders_open_idx')
      .on(t.sellerPracticeId, t.orderedAt)
      .where(sql`${t.status} in ('submitted', 'confirmed', 'partially_fulfilled')`),
    formatCheck(t.orderNumber, PURCHASE_DOCUMENT_NUMBER),
    exactlyOneOf([t.sellerPracticeId, t.sellerUserId], {
      name: 'purchase_orders_seller_check',
      message: 'an order has exactly one seller: a business (sellerPracticeId) or a private seller (sellerUserId)',
    }),
    differ(t.buyerUserId, t.sellerUserId, { name: 'purchase_orders_self_purchase_check', message: 'a user cannot buy from themselves' }),
    nonNegative(t.subtotalAmount),
    nonNegative(t.shippingAmount),
    nonNegative(t.taxAmount),
    nonNegative(t.totalAmount),
    customCheck('purchase_orders_total_check', sql`${t.totalAmount} = ${t.subtotalAmount} + ${t.shippingAmount} + ${t.taxAmount}`, {
      columns: [t.totalAmount, t.subtotalAmount, t.shippingAmount, t.taxAmount],
      column: t.totalAmount,
      message: 'must equal subtotalAmount + shippingAmount + taxAmount',
      holds: (row) => {
        const amounts = [row.total_amount, row.subtotal_amount, row.shipping_amount, row.tax_amount];
        if (amounts.some(isAbsent) || !amounts.every(isDecimal)) return true;
        const [total, ...parts] = amounts.map((amount) => units(amount, 2));
        return total === parts.reduce((sum, part) => sum + part, 0n);
      },
      violations: [
        { total_amount: '200.00', subtotal_amount: '180.00', shipping_amount: '0.00', tax_amount: '24.30' },
        { total_amount: '180.00', subtotal_amount: '180.00', shipping_amount: '15.00', tax_amount: '0.00' },
      ],
    }),
    requiredWhen(t.cancelledAt, t.status, 'cancelled', { name: 'purchase_orders_cancelled_at_check' }),
    onlyWhen(t.cancelledAt, t.status, 'cancelled', { name: 'purchase_orders_cancelled_at_status_check' }),
    onlyWhen(t.cancellationReason, t.status, 'cancelled', { name: 'purchase_orders_cancellation_reason_check' }),
    inOrder(t.orderedAt, t.cancelledAt, { name: 'purchase_orders_cancelled_after_ordered_check', message: 'must not be before orderedAt' }),
    together(t.sourceSystem, t.externalOrderId, { name: 'purchase_orders_external_order_check' }),
    formatCheck(t.sourceSystem, SNAKE_CASE_KEY),
    formatCheck(t.externalOrderId, EXTERNAL_ID),
  ],
);
