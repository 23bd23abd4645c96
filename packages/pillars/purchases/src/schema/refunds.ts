import {
  currency,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  money,
  onlyWhen,
  positive,
  requiredWhen,
  textEnum,
  timestamps,
  timestamptz,
  together,
} from '@db/core';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { index, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { PURCHASE_PROCESSORS, PURCHASE_REFUND_REASONS, PURCHASE_REFUND_STATUSES } from '../constants.ts';
import { invoices } from './invoices.ts';
import { transactions } from './transactions.ts';

/**
 * Money returned from a transaction, whole or in part. The refunds of a transaction that are pending or
 * succeeded never exceed its amount, in its currency (a deferred trigger, reconciliation.ts, and its Zod twin
 * `refundsWithinPayment`). Processor refunds are upserted on (processor, processor_refund_id); a manual refund
 * (cash, bank transfer back) has neither.
 */
export const refunds = domainTable(
  'refunds',
  {
    id: id(),
    /** The transaction refunded: it cannot be deleted while it has refunds. */
    transactionId: uuid()
      .notNull()
      .references(() => transactions.id, { onDelete: 'restrict' }),
    /** The invoice credited, when the transaction paid several. */
    invoiceId: uuid().references(() => invoices.id, { onDelete: 'restrict' }),
    processor: textEnum(PURCHASE_PROCESSORS),
    /** The processor's refund id, e.g. re_3PJq... */
    processorRefundId: text(),
    amount: money().notNull(),
    /** The transaction's currency (checked by the reconciliation trigger). */
    currency: currency(),
    reason: textEnum(PURCHASE_REFUND_REASONS).notNull(),
    status: textEnum(PURCHASE_REFUND_STATUSES).notNull().default('pending'),
    requestedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    /** The seller's staff member or admin who approved it. */
    approvedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    requestedAt: timestamptz().notNull().defaultNow(),
    /** When the processor confirmed the refund (or it was paid back by hand). */
    processedAt: timestamptz(),
    failureReason: text(),
    notes: text(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('refunds_processor_refund_id_key').on(t.processor, t.processorRefundId),
    index('refunds_transaction_id_idx').on(t.transactionId),
    index('refunds_invoice_id_idx').on(t.invoiceId),
    index('refunds_requested_by_user_id_idx').on(t.requestedByUserId),
    index('refunds_approved_by_user_id_idx').on(t.approvedByUserId),
    /** Refunds still waiting on the processor or an approval. */
    index('refunds_outstanding_idx')
      .on(t.requestedAt)
      .where(sql`${t.status} in ('pending', 'requires_action')`),
    positive(t.amount),
    together(t.processor, t.processorRefundId, { name: 'refunds_processor_refund_check' }),
    formatCheck(t.processorRefundId, EXTERNAL_ID),
    requiredWhen(t.processedAt, t.status, 'succeeded', { name: 'refunds_processed_at_check' }),
    inOrder(t.requestedAt, t.processedAt, { name: 'refunds_processed_after_requested_check', message: 'must not be before requestedAt' }),
    onlyWhen(t.failureReason, t.status, 'failed', { name: 'refunds_failure_reason_check' }),
  ],
);
