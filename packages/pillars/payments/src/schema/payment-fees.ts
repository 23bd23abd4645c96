import {
  between,
  currency,
  domainTable,
  exactlyOneOf,
  EXTERNAL_ID,
  formatCheck,
  id,
  money,
  nonNegative,
  positive,
  textEnum,
  timestamps,
  timestamptz,
} from '@db/core';
import { refunds } from '@db/purchases/tables';
import { boolean, date, index, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { PAYMENT_FEE_TYPES } from '../constants.ts';
import { paymentCaptures } from './payment-captures.ts';
import { paymentDisputes } from './payment-disputes.ts';
import { paymentGateways } from './payment-gateways.ts';

/**
 * A processor fee on one payment object: a capture's processing fee (and its interchange and scheme parts, where
 * the processor itemises them), a dispute's fee, a refund's fee; exactly one of the three. A returned fee (a won
 * dispute's) is a row of its own, `isReversal`. Account-level charges (monthly fees, payout fees) come in
 * settlement lines (`payment_reconciliation`). Upserted on (gateway_id, processor_balance_transaction_id,
 * fee_type): one balance transaction itemises several fees.
 */
export const paymentFees = domainTable(
  'payment_fees',
  {
    id: id(),
    gatewayId: uuid()
      .notNull()
      .references(() => paymentGateways.id, { onDelete: 'restrict' }),
    /** The object charged for, exactly one; financial records pointing at financial records (RESTRICT). */
    captureId: uuid().references(() => paymentCaptures.id, { onDelete: 'restrict' }),
    disputeId: uuid().references(() => paymentDisputes.id, { onDelete: 'restrict' }),
    refundId: uuid().references(() => refunds.id, { onDelete: 'restrict' }),
    /** The processor's balance transaction that carries the fee, e.g. txn_3PJq...: the natural key's source id. */
    processorBalanceTransactionId: text().notNull(),
    feeType: textEnum(PAYMENT_FEE_TYPES).notNull(),
    /** The fee, in the settlement currency. */
    amount: money().notNull(),
    currency: currency(),
    /** VAT charged on the fee, when the processor charges it (included in amount). */
    taxAmount: money(),
    /** The percentage part of a blended rate, e.g. 1.5 for 1.5% + EUR 0.25. */
    ratePercent: numeric({ precision: 6, scale: 4 }),
    /** The fixed part of the rate, e.g. 0.25. */
    fixedAmount: money(),
    /** A fee given back (a dispute won): money returned to the balance. */
    isReversal: boolean().notNull().default(false),
    incurredAt: timestamptz().notNull(),
    /** The banking day the fee is deducted from the balance (its payout). */
    availableOn: date(),
    /** When the processor last changed the fee. */
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('payment_fees_balance_transaction_fee_type_key').on(t.gatewayId, t.processorBalanceTransactionId, t.feeType),
    index('payment_fees_capture_id_idx').on(t.captureId),
    index('payment_fees_dispute_id_idx').on(t.disputeId),
    index('payment_fees_refund_id_idx').on(t.refundId),
    exactlyOneOf([t.captureId, t.disputeId, t.refundId], {
      name: 'payment_fees_subject_check',
      message: 'a fee is charged on exactly one of captureId, disputeId and refundId',
    }),
    formatCheck(t.processorBalanceTransactionId, EXTERNAL_ID),
    positive(t.amount),
    nonNegative(t.taxAmount),
    between(t.ratePercent, 0, 100),
    nonNegative(t.fixedAmount),
  ],
);
