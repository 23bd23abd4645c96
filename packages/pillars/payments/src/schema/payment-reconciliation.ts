import {
  allDecimal,
  cents,
  currency,
  customCheck,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  isAbsent,
  money,
  onlyWhen,
  positive,
  requiredWhen,
  textEnum,
  timestamps,
  timestamptz,
  together,
} from '@db/core';
import { refunds } from '@db/purchases/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { date, foreignKey, index, integer, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { PAYMENT_RECONCILIATION_STATUSES, PAYMENT_SETTLEMENT_LINE_TYPES } from '../constants.ts';
import { paymentCaptures } from './payment-captures.ts';
import { paymentDisputes } from './payment-disputes.ts';
import { paymentFees } from './payment-fees.ts';
import { paymentGateways } from './payment-gateways.ts';

/**
 * One line of a processor's payout or settlement report (Stripe's payout reconciliation report, Adyen's settlement
 * details report), matched to what the platform expected: the capture, refund, dispute or fee it settles (the one
 * its line type names, or none for the processor's own adjustments and reserves). Amounts are signed as the
 * balance moves: money in positive, refunds, dispute withdrawals and fees negative. `differenceAmount` is computed
 * by the database (settled - expected). `matched` means no difference; a difference is `resolved` by a person,
 * with a note. Upserted on (gateway_id, processor_payout_id, line_number).
 */
export const paymentReconciliation = domainTable(
  'payment_reconciliation',
  {
    id: id(),
    gatewayId: uuid()
      .notNull()
      .references(() => paymentGateways.id, { onDelete: 'restrict' }),
    /** The payout or settlement batch, e.g. po_1PKc..., Adyen batch 284. */
    processorPayoutId: text().notNull(),
    /** The line's position in the report, from 1. */
    lineNumber: integer().notNull(),
    /** The banking day the payout reached the bank account. */
    settledOn: date().notNull(),
    lineType: textEnum(PAYMENT_SETTLEMENT_LINE_TYPES).notNull(),
    /** The processor object the line is for (balance transaction txn_..., pspReference): what matching starts from. */
    processorReference: text(),
    /** What the line settles, by its type; financial records pointing at financial records (RESTRICT). */
    captureId: uuid().references(() => paymentCaptures.id, { onDelete: 'restrict' }),
    /** The refund of @db/purchases it pays out (explicit name below). */
    refundId: uuid(),
    disputeId: uuid().references(() => paymentDisputes.id, { onDelete: 'restrict' }),
    feeId: uuid().references(() => paymentFees.id, { onDelete: 'restrict' }),
    /** What the platform's records say the line should be; null until matched. */
    expectedAmount: money(),
    /** What the processor settled. */
    settledAmount: money().notNull(),
    /** settled - expected, computed by the database (unbounded numeric: the difference of two extremes still fits). */
    differenceAmount: numeric().generatedAlwaysAs(sql`settled_amount - expected_amount`),
    currency: currency(),
    status: textEnum(PAYMENT_RECONCILIATION_STATUSES).notNull().default('unmatched'),
    resolvedAt: timestamptz(),
    /** The finance staff member who explained a difference: a credit (SET NULL, explicit name below). */
    resolvedByUserId: uuid(),
    resolutionNote: text(),
    /** When the processor last issued the report line (reports are re-generated). */
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    foreignKey({
      name: 'payment_reconciliation_refund_id_fkey',
      columns: [t.refundId],
      foreignColumns: [refunds.id],
    }).onDelete('restrict'),
    foreignKey({
      name: 'payment_reconciliation_resolved_by_user_id_fkey',
      columns: [t.resolvedByUserId],
      foreignColumns: [userProfiles.id],
    }).onDelete('set null'),
    uniqueIndex('payment_reconciliation_payout_line_key').on(t.gatewayId, t.processorPayoutId, t.lineNumber),
    index('payment_reconciliation_capture_id_idx').on(t.captureId),
    index('payment_reconciliation_refund_id_idx').on(t.refundId),
    index('payment_reconciliation_dispute_id_idx').on(t.disputeId),
    index('payment_reconciliation_fee_id_idx').on(t.feeId),
    index('payment_reconciliation_resolved_by_user_id_idx').on(t.resolvedByUserId),
    /** The reconciliation queue: lines still to match, oldest payouts first. */
    index('payment_reconciliation_unmatched_idx')
      .on(t.settledOn)
      .where(sql`${t.status} = 'unmatched'`),
    formatCheck(t.processorPayoutId, EXTERNAL_ID),
    positive(t.lineNumber),
    formatCheck(t.processorReference, EXTERNAL_ID),
    onlyWhen(t.captureId, t.lineType, 'charge', { name: 'payment_reconciliation_capture_check' }),
    onlyWhen(t.refundId, t.lineType, 'refund', { name: 'payment_reconciliation_refund_check' }),
    onlyWhen(t.disputeId, t.lineType, 'dispute', { name: 'payment_reconciliation_dispute_check' }),
    onlyWhen(t.feeId, t.lineType, 'fee', { name: 'payment_reconciliation_fee_check' }),
    requiredWhen(t.expectedAmount, t.status, 'matched', { name: 'payment_reconciliation_expected_check', message: 'a matched line has its expected amount' }),
    customCheck('payment_reconciliation_matched_check', sql`${t.status} <> 'matched' or ${t.settledAmount} = ${t.expectedAmount}`, {
      columns: [t.status, t.settledAmount, t.expectedAmount],
      column: t.settledAmount,
      message: 'must equal expectedAmount on a matched line (a difference is resolved, not matched)',
      holds: (row) => {
        if (isAbsent(row.status) || row.status !== 'matched') return true;
        const amounts = [row.settled_amount, row.expected_amount];
        if (!allDecimal(amounts)) return true;
        return cents(amounts[0]) === cents(amounts[1]);
      },
      violations: [
        { status: 'matched', settled_amount: '201.00', expected_amount: '204.30' },
        { status: 'matched', settled_amount: '-3.31', expected_amount: '-3.30' },
      ],
    }),
    requiredWhen(t.resolvedAt, t.status, 'resolved', { name: 'payment_reconciliation_resolved_at_check' }),
    together(t.resolvedAt, t.resolutionNote, { name: 'payment_reconciliation_resolution_check', message: 'resolvedAt and resolutionNote are given together or not at all' }),
  ],
);
