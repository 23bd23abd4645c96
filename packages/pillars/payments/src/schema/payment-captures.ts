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
} from '@db/core';
import { transactions } from '@db/purchases/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { boolean, date, foreignKey, index, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { PAYMENT_CAPTURE_METHODS, PAYMENT_CAPTURE_STATUSES } from '../constants.ts';
import { paymentAuthorizations } from './payment-authorizations.ts';

/**
 * Funds taken from an authorisation: one capture, or several partial ones (a multi-capture, an estimate billed in
 * stages). The pending and succeeded captures of an authorisation, plus its released voids, never exceed the amount
 * authorised, and are in its currency (a deferred trigger, reconciliation.ts). A succeeded capture names the
 * @db/purchases `transactions` row it settled. Upserted on (authorization_id, processor_capture_id).
 */
export const paymentCaptures = domainTable(
  'payment_captures',
  {
    id: id(),
    /**
     * A financial record pointing at a financial record (RESTRICT, declared below with an explicit name: the
     * generated one would exceed 63 characters).
     */
    authorizationId: uuid().notNull(),
    /** The ledger entry it settled (RESTRICT); required once the capture succeeded. */
    transactionId: uuid().references(() => transactions.id, { onDelete: 'restrict' }),
    /** The processor's id of the capture (Adyen's capture pspReference, Stripe's balance transaction txn_...). */
    processorCaptureId: text().notNull(),
    /** 1 for the first capture of the authorisation, then 2, 3, ... */
    captureSequence: smallint().notNull().default(1),
    /** False while more partial captures may follow (Stripe's final_capture). */
    isFinalCapture: boolean().notNull().default(true),
    amount: money().notNull(),
    currency: currency(),
    status: textEnum(PAYMENT_CAPTURE_STATUSES).notNull().default('pending'),
    captureMethod: textEnum(PAYMENT_CAPTURE_METHODS).notNull().default('automatic'),
    /** The staff member who captured by hand: a credit (SET NULL). */
    capturedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    requestedAt: timestamptz().notNull().defaultNow(),
    capturedAt: timestamptz(),
    /** The banking day the processor expects the funds in a payout (what reconciliation matches against). */
    expectedSettlementOn: date(),
    failureCode: text(),
    /** When the processor last changed the capture: an older webhook never overwrites a newer state. */
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    foreignKey({
      name: 'payment_captures_authorization_id_fkey',
      columns: [t.authorizationId],
      foreignColumns: [paymentAuthorizations.id],
    }).onDelete('restrict'),
    uniqueIndex('payment_captures_authorization_id_processor_capture_id_key').on(t.authorizationId, t.processorCaptureId),
    index('payment_captures_transaction_id_idx').on(t.transactionId),
    index('payment_captures_captured_by_user_id_idx').on(t.capturedByUserId),
    /** Captures whose settlement is awaited: what the next payout should contain. */
    index('payment_captures_unsettled_idx')
      .on(t.expectedSettlementOn)
      .where(sql`${t.status} = 'pending'`),
    formatCheck(t.processorCaptureId, EXTERNAL_ID),
    positive(t.captureSequence),
    positive(t.amount),
    onlyWhen(t.capturedByUserId, t.captureMethod, 'manual', { name: 'payment_captures_captured_by_check' }),
    requiredWhen(t.transactionId, t.status, 'succeeded', { name: 'payment_captures_transaction_check', message: 'a succeeded capture names the transaction it settled' }),
    requiredWhen(t.capturedAt, t.status, 'succeeded', { name: 'payment_captures_captured_at_check' }),
    inOrder(t.requestedAt, t.capturedAt, { name: 'payment_captures_captured_after_requested_check', message: 'must not be before requestedAt' }),
    onlyWhen(t.failureCode, t.status, 'failed', { name: 'payment_captures_failure_code_check' }),
  ],
);
