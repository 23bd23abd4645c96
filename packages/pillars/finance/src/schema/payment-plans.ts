import {
  allDecimal,
  between,
  cents,
  currency,
  customCheck,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  isAbsent,
  money,
  nonNegative,
  onlyWhen,
  positive,
  requiredWhen,
  textEnum,
  timestamps,
  timestamptz,
  together,
} from '@db/core';
import { invoices } from '@db/purchases/tables';
import { userPaymentMethods, userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { date, index, integer, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { FINANCE_INSTALMENT_FREQUENCIES, FINANCE_PAYMENT_PLAN_PROVIDERS, FINANCE_PAYMENT_PLAN_STATUSES } from '../constants.ts';

/**
 * An agreement to settle an invoice (`invoices` of @db/purchases) in instalments: a deposit, then
 * `instalmentCount` instalments, every one of `instalmentAmount` except the last, `finalInstalmentAmount`, which
 * takes the rounding (EUR 1,000.00 in three: 333.33, 333.33, 333.34). So
 * total = deposit + instalment x (count - 1) + final, a CHECK. Each instalment due, with the transaction that
 * paid it, is a `payment_plan_instalments` row; they never sum to more than the plan finances, and a completed
 * plan's settled instalments sum to exactly that (deferred triggers, reconciliation.ts). Plans run by a provider
 * (GoCardless instalment schedules, Klarna) are upserted on (provider, provider_plan_id).
 */
export const paymentPlans = domainTable(
  'payment_plans',
  {
    id: id(),
    /** The invoice settled: a financial record pointing at a financial record (RESTRICT). */
    invoiceId: uuid()
      .notNull()
      .references(() => invoices.id, { onDelete: 'restrict' }),
    /** Who agreed to pay: a party to a credit agreement (RESTRICT; erasure keeps it, anonymised). */
    payerUserId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'restrict' }),
    /** The card or mandate instalments are collected from; the plan outlives a method the user removes. */
    paymentMethodId: uuid().references(() => userPaymentMethods.id, { onDelete: 'set null' }),
    provider: textEnum(FINANCE_PAYMENT_PLAN_PROVIDERS).notNull().default('platform'),
    /** The provider's id of the schedule (GoCardless IS000...), for plans run by a provider. */
    providerPlanId: text(),
    status: textEnum(FINANCE_PAYMENT_PLAN_STATUSES).notNull().default('proposed'),
    frequency: textEnum(FINANCE_INSTALMENT_FREQUENCIES).notNull(),
    instalmentCount: integer().notNull(),
    firstDueOn: date().notNull(),
    /** What the plan settles: the invoice's total, or the balance left after earlier payments. */
    totalAmount: money().notNull(),
    /** Paid up front, when the plan is agreed. */
    depositAmount: money().notNull().default('0.00'),
    instalmentAmount: money().notNull(),
    finalInstalmentAmount: money().notNull(),
    currency: currency(),
    /** Annual interest rate; 0 for the interest-free plans practices and yards usually offer. */
    interestRatePercent: numeric({ precision: 5, scale: 2 }).notNull().default('0.00'),
    /** Charged on each late instalment, as the agreement states. */
    lateFeeAmount: money(),
    agreedAt: timestamptz(),
    completedAt: timestamptz(),
    cancelledAt: timestamptz(),
    cancellationReason: text(),
    /** When the provider last changed the plan: an older webhook never overwrites a newer one. */
    sourceUpdatedAt: timestamptz(),
    notes: text(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('payment_plans_provider_plan_id_key').on(t.provider, t.providerPlanId),
    index('payment_plans_invoice_id_idx').on(t.invoiceId),
    /** One plan at a time governs an invoice: a new one is proposed once the last is cancelled or defaulted. */
    uniqueIndex('payment_plans_live_invoice_key')
      .on(t.invoiceId)
      .where(sql`${t.status} in ('proposed', 'active')`),
    index('payment_plans_payer_user_id_idx').on(t.payerUserId, t.status),
    index('payment_plans_payment_method_id_idx').on(t.paymentMethodId),
    formatCheck(t.providerPlanId, EXTERNAL_ID),
    positive(t.instalmentCount),
    positive(t.totalAmount),
    nonNegative(t.depositAmount),
    positive(t.instalmentAmount),
    positive(t.finalInstalmentAmount),
    between(t.interestRatePercent, 0, 100),
    nonNegative(t.lateFeeAmount),
    inOrder(t.depositAmount, t.totalAmount, { strict: true, name: 'payment_plans_deposit_check', message: 'must be more than depositAmount: something is left to pay in instalments' }),
    customCheck(
      'payment_plans_schedule_total_check',
      sql`${t.totalAmount} = ${t.depositAmount} + ${t.instalmentAmount} * (${t.instalmentCount} - 1) + ${t.finalInstalmentAmount}`,
      {
        columns: [t.totalAmount, t.depositAmount, t.instalmentAmount, t.instalmentCount, t.finalInstalmentAmount],
        column: t.finalInstalmentAmount,
        message: 'must make deposit + instalmentAmount x (instalmentCount - 1) + finalInstalmentAmount equal totalAmount',
        holds: (row) => {
          const amounts = [row.total_amount, row.deposit_amount, row.instalment_amount, row.final_instalment_amount];
          if (!allDecimal(amounts) || isAbsent(row.instalment_count)) return true;
          const [total, deposit, instalment, final] = amounts.map(cents);
          return total === deposit! + instalment! * (BigInt(Number(row.instalment_count)) - 1n) + final!;
        },
        violations: [
          { total_amount: '204.30', deposit_amount: '54.30', instalment_amount: '50.00', instalment_count: 3, final_instalment_amount: '55.00' },
          { total_amount: '1000.00', deposit_amount: '0.00', instalment_amount: '333.33', instalment_count: 3, final_instalment_amount: '333.33' },
        ],
      },
    ),
    requiredWhen(t.agreedAt, t.status, 'active', { name: 'payment_plans_agreed_at_check' }),
    requiredWhen(t.completedAt, t.status, 'completed', { name: 'payment_plans_completed_at_check' }),
    onlyWhen(t.completedAt, t.status, 'completed', { name: 'payment_plans_completed_at_status_check' }),
    requiredWhen(t.cancelledAt, t.status, 'cancelled', { name: 'payment_plans_cancelled_at_check' }),
    together(t.cancelledAt, t.cancellationReason, { name: 'payment_plans_cancellation_check' }),
    inOrder(t.agreedAt, t.completedAt, { name: 'payment_plans_completed_after_agreed_check', message: 'must not be before agreedAt' }),
  ],
);
