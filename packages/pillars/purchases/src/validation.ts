import { tableCatalog, tableSchemas } from '@db/core';
import { z } from 'zod';
import { billingAddresses } from './schema/billing-addresses.ts';
import { invoiceLineItems } from './schema/invoice-line-items.ts';
import { invoices } from './schema/invoices.ts';
import { paymentRecords } from './schema/payment-records.ts';
import { purchaseHistory } from './schema/purchase-history.ts';
import { purchaseOrders } from './schema/purchase-orders.ts';
import { refunds } from './schema/refunds.ts';
import { shippingAddresses } from './schema/shipping-addresses.ts';
import { subscriptionPayments } from './schema/subscription-payments.ts';
import { transactionAuditLog } from './schema/transaction-audit-log.ts';
import { transactions } from './schema/transactions.ts';

/**
 * Zod schemas as strict as the tables: every CHECK's twin comes from its table (declared with core's rule
 * helpers); what is left here is the shapes of the jsonb columns. The rules across rows (an invoice's lines sum
 * to its totals, refunds never exceed what was paid) are in reconciliation.ts, with their triggers.
 */

export const billingAddressSchemas = tableSchemas(billingAddresses);
export type BillingAddress = typeof billingAddresses.$inferSelect;
export type NewBillingAddress = typeof billingAddresses.$inferInsert;

export const shippingAddressSchemas = tableSchemas(shippingAddresses);
export type ShippingAddress = typeof shippingAddresses.$inferSelect;
export type NewShippingAddress = typeof shippingAddresses.$inferInsert;

export const purchaseOrderSchemas = tableSchemas(purchaseOrders);
export type PurchaseOrder = typeof purchaseOrders.$inferSelect;
export type NewPurchaseOrder = typeof purchaseOrders.$inferInsert;

export const invoiceSchemas = tableSchemas(invoices);
export type Invoice = typeof invoices.$inferSelect;
export type NewInvoice = typeof invoices.$inferInsert;

export const invoiceLineItemSchemas = tableSchemas(invoiceLineItems);
export type InvoiceLineItem = typeof invoiceLineItems.$inferSelect;
export type NewInvoiceLineItem = typeof invoiceLineItems.$inferInsert;

export const transactionSchemas = tableSchemas(transactions, {
  processorMetadata: () => z.record(z.string().min(1).max(40), z.string().max(500)),
});
export type Transaction = typeof transactions.$inferSelect;
export type NewTransaction = typeof transactions.$inferInsert;

export const refundSchemas = tableSchemas(refunds);
export type Refund = typeof refunds.$inferSelect;
export type NewRefund = typeof refunds.$inferInsert;

export const paymentRecordSchemas = tableSchemas(paymentRecords);
export type PaymentRecord = typeof paymentRecords.$inferSelect;
export type NewPaymentRecord = typeof paymentRecords.$inferInsert;

export const subscriptionPaymentSchemas = tableSchemas(subscriptionPayments);
export type SubscriptionPayment = typeof subscriptionPayments.$inferSelect;
export type NewSubscriptionPayment = typeof subscriptionPayments.$inferInsert;

export const purchaseHistorySchemas = tableSchemas(purchaseHistory);
export type PurchaseHistoryEntry = typeof purchaseHistory.$inferSelect;
export type NewPurchaseHistoryEntry = typeof purchaseHistory.$inferInsert;

export const transactionAuditLogSchemas = tableSchemas(transactionAuditLog, {
  changes: () => z.record(z.string().min(1), z.object({ from: z.unknown().optional(), to: z.unknown().optional() }).strict()),
});
export type TransactionAuditLogEntry = typeof transactionAuditLog.$inferSelect;
export type NewTransactionAuditLogEntry = typeof transactionAuditLog.$inferInsert;

/** Every table of this package with its schemas, keyed by SQL table name (for generic tests and tooling). */
export const purchasesCatalog = tableCatalog(
  billingAddressSchemas,
  shippingAddressSchemas,
  purchaseOrderSchemas,
  invoiceSchemas,
  invoiceLineItemSchemas,
  transactionSchemas,
  refundSchemas,
  paymentRecordSchemas,
  subscriptionPaymentSchemas,
  purchaseHistorySchemas,
  transactionAuditLogSchemas,
);
