import {
  between,
  customCheck,
  domainTable,
  id,
  isAbsent,
  isDecimal,
  money,
  nonNegative,
  positive,
  textEnum,
  timestamps,
  units,
} from '@db/core';
import { horses } from '@db/horses/tables';
import { providerServices } from '@db/providers/tables';
import { sql } from 'drizzle-orm';
import { index, integer, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { lineNetUnits } from '../amounts.ts';
import { PURCHASE_ITEM_CATEGORIES, PURCHASE_QUANTITY_UNITS } from '../constants.ts';
import { invoices } from './invoices.ts';

/**
 * One line of an invoice, in the invoice's currency: what was supplied, for which horse, how many of what unit
 * at what price, the discount, and the VAT at the line's rate (Irish rates differ by line: 13.5% veterinary
 * services, 23% most goods, 4.8% live horses). net = round(quantity x unitPrice, 2) - discount (a CHECK); the
 * lines of an issued invoice sum to its subtotal and tax (reconciliation.ts).
 */
export const invoiceLineItems = domainTable(
  'invoice_line_items',
  {
    id: id(),
    /** Lines are part of their invoice: deleting a (draft) invoice deletes them. */
    invoiceId: uuid()
      .notNull()
      .references(() => invoices.id, { onDelete: 'cascade' }),
    /** 1, 2, 3, ... in print order. */
    lineNumber: integer().notNull(),
    category: textEnum(PURCHASE_ITEM_CATEGORIES).notNull(),
    description: text().notNull(),
    /** The horse treated, shod, fed or bought: per-horse cost of keeping. The line outlives the horse's record. */
    horseId: uuid().references(() => horses.id, { onDelete: 'set null' }),
    /** The catalogue service billed, when the seller is a provider. */
    serviceId: uuid().references(() => providerServices.id, { onDelete: 'set null' }),
    /** The seller's product or service code (SKU, practice-management item code). */
    productCode: text(),
    /** How many `unit`s, to 3 decimals (2.5 hours, 0.75 tonne). */
    quantity: numeric({ precision: 12, scale: 3 }).notNull().default('1.000'),
    unit: textEnum(PURCHASE_QUANTITY_UNITS).notNull().default('each'),
    unitPrice: money().notNull(),
    discountAmount: money().notNull().default('0.00'),
    /** round(quantity x unitPrice, 2) - discountAmount: the amount VAT is charged on. */
    netAmount: money().notNull(),
    /** VAT rate of the line, 0-100 (13.50 = 13.5%). */
    taxRatePercent: numeric({ precision: 5, scale: 2 }).notNull().default('0.00'),
    taxAmount: money().notNull().default('0.00'),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('invoice_line_items_invoice_id_line_number_key').on(t.invoiceId, t.lineNumber),
    index('invoice_line_items_horse_id_idx').on(t.horseId),
    index('invoice_line_items_service_id_idx').on(t.serviceId),
    positive(t.lineNumber),
    positive(t.quantity),
    nonNegative(t.unitPrice),
    nonNegative(t.discountAmount),
    // With the net CHECK, this is also "the discount does not exceed quantity x unit price".
    nonNegative(t.netAmount),
    between(t.taxRatePercent, 0, 100),
    nonNegative(t.taxAmount),
    customCheck(
      'invoice_line_items_net_check',
      sql`${t.netAmount} = round(${t.quantity} * ${t.unitPrice}, 2) - ${t.discountAmount}`,
      {
        columns: [t.netAmount, t.quantity, t.unitPrice, t.discountAmount],
        column: t.netAmount,
        message: 'must equal quantity x unitPrice, rounded to the cent, minus discountAmount',
        holds: (row) => {
          const values = [row.net_amount, row.quantity, row.unit_price, row.discount_amount];
          if (values.some(isAbsent) || !values.every(isDecimal)) return true;
          return units(row.net_amount, 2) === lineNetUnits(row.quantity, row.unit_price, row.discount_amount);
        },
        // 2.5 x 33.33 = 83.325, which rounds half away from zero to 83.33.
        violations: [
          { net_amount: '83.32', quantity: '2.500', unit_price: '33.33', discount_amount: '0.00' },
          { net_amount: '180.00', quantity: '1.000', unit_price: '180.00', discount_amount: '18.00' },
        ],
      },
    ),
  ],
);
