import {
  currency,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  jsonObject,
  money,
  nonNegative,
  onlyWhen,
  positive,
  requiredWhen,
  requiredWith,
  textEnum,
  textLength,
  timestamps,
  timestamptz,
  together,
} from '@db/core';
import { userPaymentMethods, userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { char, index, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { PURCHASE_PROCESSORS, PURCHASE_TRANSACTION_KINDS, PURCHASE_TRANSACTION_STATUSES } from '../constants.ts';
import { invoices } from './invoices.ts';
import { purchaseOrders } from './purchase-orders.ts';

/**
 * Money collected from a buyer: one row per processor charge (Stripe PaymentIntent pi_..., Adyen PSP
 * reference) or per manual payment, mirrored from the processor. Webhooks upsert on (processor,
 * processor_transaction_id). How the money is applied to invoices: payment_records; refunds of it: refunds.
 * Payouts to sellers and disputes belong to payment processing (a later pillar).
 */
export const transactions = domainTable(
  'transactions',
  {
    id: id(),
    /** A financial record: the payer cannot be deleted while their transactions exist. */
    payerUserId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'restrict' }),
    purchaseOrderId: uuid().references(() => purchaseOrders.id, { onDelete: 'restrict' }),
    invoiceId: uuid().references(() => invoices.id, { onDelete: 'restrict' }),
    /** The saved method charged; the transaction outlives a method the user removes. */
    paymentMethodId: uuid().references(() => userPaymentMethods.id, { onDelete: 'set null' }),
    processor: textEnum(PURCHASE_PROCESSORS).notNull(),
    /** The processor's id of the charge, e.g. pi_3PJq... : the natural key, with processor. */
    processorTransactionId: text().notNull(),
    kind: textEnum(PURCHASE_TRANSACTION_KINDS).notNull().default('payment'),
    status: textEnum(PURCHASE_TRANSACTION_STATUSES).notNull().default('pending'),
    /** What the buyer is charged, in `currency`. */
    amount: money().notNull(),
    currency: currency(),
    /** The processor's fee, in settlementCurrency. */
    processorFeeAmount: money(),
    /** What reaches the seller's balance before fees, in settlementCurrency (a GBP charge settling in EUR). */
    settlementAmount: money(),
    settlementCurrency: char({ length: 3 }),
    /** The text on the buyer's card statement: 5-22 characters, as card networks allow. */
    statementDescriptor: text(),
    /** The processor's decline or error code, e.g. card_declined, insufficient_funds. */
    failureCode: text(),
    failureMessage: text(),
    initiatedAt: timestamptz().notNull().defaultNow(),
    /** When the charge succeeded (or finally failed or was cancelled). */
    completedAt: timestamptz(),
    /** The processor's key-value metadata on the charge (Stripe metadata: strings only). */
    processorMetadata: jsonObject<Record<string, string>>(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('transactions_processor_transaction_id_key').on(t.processor, t.processorTransactionId),
    index('transactions_payer_user_id_idx').on(t.payerUserId, t.initiatedAt),
    index('transactions_purchase_order_id_idx').on(t.purchaseOrderId),
    index('transactions_invoice_id_idx').on(t.invoiceId),
    index('transactions_payment_method_id_idx').on(t.paymentMethodId),
    /** Reconciliation's work queue: charges the processor has not settled yet. */
    index('transactions_unsettled_idx')
      .on(t.initiatedAt)
      .where(sql`${t.status} in ('pending', 'requires_action', 'authorized')`),
    formatCheck(t.processorTransactionId, EXTERNAL_ID),
    positive(t.amount),
    nonNegative(t.processorFeeAmount),
    positive(t.settlementAmount),
    together(t.settlementAmount, t.settlementCurrency, { name: 'transactions_settlement_check' }),
    requiredWith(t.settlementCurrency, t.processorFeeAmount, {
      name: 'transactions_fee_currency_check',
      message: 'is required with processorFeeAmount (the fee is in the settlement currency)',
    }),
    textLength(t.statementDescriptor, { min: 5, max: 22 }),
    onlyWhen(t.failureCode, t.status, 'failed', { name: 'transactions_failure_code_check' }),
    requiredWhen(t.completedAt, t.status, 'succeeded', { name: 'transactions_completed_at_check' }),
    inOrder(t.initiatedAt, t.completedAt, { name: 'transactions_completed_after_initiated_check', message: 'must not be before initiatedAt' }),
  ],
);
