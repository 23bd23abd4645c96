import {
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  money,
  nonNegative,
  onlyWhen,
  positive,
  requiredWhen,
  textEnum,
  timestamps,
  timestamptz,
} from '@db/core';
import { transactions } from '@db/purchases/tables';
import { sql } from 'drizzle-orm';
import { date, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { FINANCE_INSTALMENT_STATUSES } from '../constants.ts';
import { paymentPlans } from './payment-plans.ts';

/**
 * One instalment of a payment plan as it falls due: its number, due date and amount (in the plan's currency),
 * its collection attempts, and the charge that paid it (`transactions` of @db/purchases). Added to the seed's
 * list: without it, nothing records which instalment was paid by what, or which are overdue. Upserted on
 * (plan_id, instalment_number) when a provider's schedule is synced.
 */
export const paymentPlanInstalments = domainTable(
  'payment_plan_instalments',
  {
    id: id(),
    /** A part of the plan: deleted with it (a plan is deleted only as an unagreed proposal; it is cancelled after). */
    planId: uuid()
      .notNull()
      .references(() => paymentPlans.id, { onDelete: 'cascade' }),
    /** 1 to the plan's instalment count. */
    instalmentNumber: integer().notNull(),
    dueOn: date().notNull(),
    /** In the plan's currency. */
    amount: money().notNull(),
    status: textEnum(FINANCE_INSTALMENT_STATUSES).notNull().default('scheduled'),
    /** The charge that paid it: a financial record pointing at a financial record (RESTRICT). */
    transactionId: uuid().references(() => transactions.id, { onDelete: 'restrict' }),
    /** The provider's id of this payment (GoCardless PM000...). */
    providerPaymentId: text(),
    attemptCount: integer().notNull().default(0),
    lastAttemptAt: timestamptz(),
    /** The provider's code for the last failure, e.g. insufficient_funds, mandate_cancelled. */
    failureCode: text(),
    paidAt: timestamptz(),
    /** A late fee charged on this instalment, as the plan's agreement allows. */
    lateFeeAmount: money(),
    waivedReason: text(),
    /** When the provider last changed the payment: an older webhook never overwrites a newer one. */
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('payment_plan_instalments_plan_id_instalment_number_key').on(t.planId, t.instalmentNumber),
    index('payment_plan_instalments_transaction_id_idx').on(t.transactionId),
    /** Collections' work queue: instalments not yet settled, by due date. */
    index('payment_plan_instalments_due_idx')
      .on(t.dueOn)
      .where(sql`${t.status} in ('scheduled', 'pending', 'failed')`),
    positive(t.instalmentNumber),
    positive(t.amount),
    nonNegative(t.attemptCount),
    nonNegative(t.lateFeeAmount),
    formatCheck(t.providerPaymentId, EXTERNAL_ID),
    requiredWhen(t.paidAt, t.status, 'paid', { name: 'payment_plan_instalments_paid_at_check' }),
    onlyWhen(t.paidAt, t.status, 'paid', { name: 'payment_plan_instalments_paid_at_status_check' }),
    onlyWhen(t.failureCode, t.status, 'failed', { name: 'payment_plan_instalments_failure_code_check' }),
    requiredWhen(t.waivedReason, t.status, 'waived', { name: 'payment_plan_instalments_waived_reason_check' }),
    onlyWhen(t.waivedReason, t.status, 'waived', { name: 'payment_plan_instalments_waived_reason_status_check' }),
    inOrder(t.lastAttemptAt, t.paidAt, { name: 'payment_plan_instalments_paid_after_attempt_check', message: 'must not be before lastAttemptAt' }),
  ],
);
