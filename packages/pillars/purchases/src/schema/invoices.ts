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
import { veterinarians, vetPractices } from '@db/providers/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { date, index, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { PURCHASE_DOCUMENT_NUMBER, PURCHASE_INVOICE_STATUSES } from '../constants.ts';
import { billingAddresses } from './billing-addresses.ts';
import { purchaseOrders } from './purchase-orders.ts';

/**
 * A seller's bill to a buyer: the legal document (VAT invoice). Its lines (`invoice_line_items`) carry the
 * discounts and the tax; once issued (any status but draft) the lines sum to `subtotalAmount` and `taxAmount`
 * (a deferred trigger, reconciliation.ts) and total = subtotal + tax (a CHECK). An issued invoice is never
 * deleted: payments, refunds and transactions refer to it with ON DELETE RESTRICT; it is voided instead.
 */
export const invoices = domainTable(
  'invoices',
  {
    id: id(),
    /** The seller's sequential number, unique per seller as VAT law requires, e.g. CEV-2024-00123. */
    invoiceNumber: text().notNull(),
    sellerPracticeId: uuid().references(() => vetPractices.id, { onDelete: 'restrict' }),
    sellerUserId: uuid().references(() => userProfiles.id, { onDelete: 'restrict' }),
    /** The customer billed. */
    buyerUserId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'restrict' }),
    purchaseOrderId: uuid().references(() => purchaseOrders.id, { onDelete: 'restrict' }),
    /** The bill-to address printed on the invoice; archived, never deleted, once used. */
    billingAddressId: uuid().references(() => billingAddresses.id, { onDelete: 'restrict' }),
    /** The attending vet, for practice invoices; informative, so the invoice outlives the vet's record. */
    veterinarianId: uuid().references(() => veterinarians.id, { onDelete: 'set null' }),
    status: textEnum(PURCHASE_INVOICE_STATUSES).notNull().default('draft'),
    issuedOn: date().notNull(),
    dueOn: date(),
    currency: currency(),
    /** Sum of the lines' net amounts (after line discounts). */
    subtotalAmount: money().notNull(),
    /** Sum of the lines' VAT. */
    taxAmount: money().notNull().default('0.00'),
    totalAmount: money().notNull(),
    paidAt: timestamptz(),
    voidedAt: timestamptz(),
    /** The practice-management or accounting system an imported invoice came from (snake_case, e.g. ezyvet, xero). */
    sourceSystem: text(),
    /** The invoice's id in `sourceSystem`: the upsert key of invoice ingestion, with sourceSystem. */
    externalInvoiceId: text(),
    notes: text(),
    ...timestamps(),
  },
  (t) => [
    // One number per seller, whichever kind of seller it is.
    uniqueIndex('invoices_seller_invoice_number_key').on(sql`coalesce(${t.sellerPracticeId}, ${t.sellerUserId})`, t.invoiceNumber),
    uniqueIndex('invoices_source_system_external_invoice_id_key').on(t.sourceSystem, t.externalInvoiceId),
    index('invoices_seller_practice_id_idx').on(t.sellerPracticeId, t.issuedOn),
    index('invoices_seller_user_id_idx').on(t.sellerUserId),
    index('invoices_buyer_user_id_idx').on(t.buyerUserId, t.issuedOn),
    index('invoices_purchase_order_id_idx').on(t.purchaseOrderId),
    index('invoices_billing_address_id_idx').on(t.billingAddressId),
    index('invoices_veterinarian_id_idx').on(t.veterinarianId),
    /** Receivables: the invoices still awaiting payment, by due date (dunning, aged-debt reports). */
    index('invoices_receivable_due_on_idx')
      .on(t.dueOn)
      .where(sql`${t.status} in ('open', 'partially_paid')`),
    formatCheck(t.invoiceNumber, PURCHASE_DOCUMENT_NUMBER),
    exactlyOneOf([t.sellerPracticeId, t.sellerUserId], {
      name: 'invoices_seller_check',
      message: 'an invoice has exactly one seller: a business (sellerPracticeId) or a private seller (sellerUserId)',
    }),
    differ(t.buyerUserId, t.sellerUserId, { name: 'invoices_self_billing_check', message: 'a user cannot invoice themselves' }),
    inOrder(t.issuedOn, t.dueOn, { name: 'invoices_due_on_check', message: 'must not be before issuedOn' }),
    nonNegative(t.subtotalAmount),
    nonNegative(t.taxAmount),
    nonNegative(t.totalAmount),
    customCheck('invoices_total_check', sql`${t.totalAmount} = ${t.subtotalAmount} + ${t.taxAmount}`, {
      columns: [t.totalAmount, t.subtotalAmount, t.taxAmount],
      column: t.totalAmount,
      message: 'must equal subtotalAmount + taxAmount',
      holds: (row) => {
        const amounts = [row.total_amount, row.subtotal_amount, row.tax_amount];
        if (amounts.some(isAbsent) || !amounts.every(isDecimal)) return true;
        const [total, subtotal, tax] = amounts.map((amount) => units(amount, 2));
        return total === subtotal! + tax!;
      },
      violations: [
        { total_amount: '210.00', subtotal_amount: '180.00', tax_amount: '24.30' },
        { total_amount: '180.00', subtotal_amount: '180.00', tax_amount: '24.30' },
      ],
    }),
    requiredWhen(t.paidAt, t.status, 'paid', { name: 'invoices_paid_at_check' }),
    requiredWhen(t.voidedAt, t.status, 'void', { name: 'invoices_voided_at_check' }),
    onlyWhen(t.voidedAt, t.status, 'void', { name: 'invoices_voided_at_status_check' }),
    together(t.sourceSystem, t.externalInvoiceId, { name: 'invoices_external_invoice_check' }),
    formatCheck(t.sourceSystem, SNAKE_CASE_KEY),
    formatCheck(t.externalInvoiceId, EXTERNAL_ID),
  ],
);
