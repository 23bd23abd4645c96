import {
  allDecimal,
  cents,
  currency,
  customCheck,
  domainTable,
  id,
  inOrder,
  money,
  nonNegative,
  onlyWhen,
  positive,
  range,
  requiredWhen,
  textEnum,
  timestamps,
  timestamptz,
} from '@db/core';
import { subscriptionPayments } from '@db/purchases/tables';
import { userSubscriptions } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { date, foreignKey, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { FINANCE_BILLING_CYCLE_STATUSES } from '../constants.ts';

/**
 * The platform's billing schedule: one row per billing period of a subscription (`user_subscriptions` of
 * @db/users), from the upcoming period to the ones long paid. What the period bills (seats, price, discount, VAT)
 * and the processor's invoice issued for it (`subscription_payments` of @db/purchases, which owns the invoice and
 * its collection). The schedule is mirrored from the processor (Stripe's upcoming invoice and subscription
 * schedule) and upserted on (subscription_id, period_start). total = subtotal - discount + tax.
 */
export const billingCycles = domainTable(
  'billing_cycles',
  {
    id: id(),
    /**
     * Billing history: a subscription with cycles cannot be deleted (RESTRICT, as subscription_payments; declared
     * below with an explicit name).
     */
    subscriptionId: uuid().notNull(),
    /** 1 for the first period of the subscription, then 2, 3, ... */
    cycleNumber: integer().notNull(),
    /** First day of the period. */
    periodStart: date().notNull(),
    /** Last day of the period, included. */
    periodEnd: date().notNull(),
    /** When the platform bills the period (the subscription's billing anchor, usually the period's first moment). */
    billingScheduledAt: timestamptz().notNull(),
    status: textEnum(FINANCE_BILLING_CYCLE_STATUSES).notNull().default('scheduled'),
    /** The processor's price id billed for this period: a plan change shows as a new price from one cycle on. */
    providerPriceId: text(),
    /** Seats billed for the period. */
    quantity: integer().notNull().default(1),
    /** Seats x price, plus any proration of a mid-period change, before discount and VAT. */
    subtotalAmount: money().notNull(),
    /** A coupon or a referral credit applied to the period. */
    discountAmount: money().notNull().default('0.00'),
    taxAmount: money().notNull().default('0.00'),
    totalAmount: money().notNull(),
    currency: currency(),
    /**
     * The processor's invoice issued for the period, once there is one: a financial record (RESTRICT, declared
     * below with an explicit name: the generated one would exceed 63 characters), and one cycle per invoice.
     */
    subscriptionPaymentId: uuid(),
    invoicedAt: timestamptz(),
    dueOn: date(),
    paidAt: timestamptz(),
    /** Why a period was not billed: a pause, a free month from a referral. */
    skipReason: text(),
    /** When the processor last changed what the row mirrors: an older webhook never overwrites a newer one. */
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    foreignKey({
      name: 'billing_cycles_subscription_id_fkey',
      columns: [t.subscriptionId],
      foreignColumns: [userSubscriptions.id],
    }).onDelete('restrict'),
    foreignKey({
      name: 'billing_cycles_subscription_payment_id_fkey',
      columns: [t.subscriptionPaymentId],
      foreignColumns: [subscriptionPayments.id],
    }).onDelete('restrict'),
    uniqueIndex('billing_cycles_subscription_id_period_start_key').on(t.subscriptionId, t.periodStart),
    uniqueIndex('billing_cycles_subscription_id_cycle_number_key').on(t.subscriptionId, t.cycleNumber),
    uniqueIndex('billing_cycles_subscription_payment_id_key').on(t.subscriptionPaymentId),
    /** The next period to bill: one scheduled cycle per subscription. */
    uniqueIndex('billing_cycles_next_scheduled_key')
      .on(t.subscriptionId)
      .where(sql`${t.status} = 'scheduled'`),
    /** Billing's work queue: periods still to invoice or collect, by when they are billed. */
    index('billing_cycles_open_idx')
      .on(t.billingScheduledAt)
      .where(sql`${t.status} in ('scheduled', 'invoiced', 'past_due')`),
    positive(t.cycleNumber),
    inOrder(t.periodStart, t.periodEnd, { name: 'billing_cycles_period_check', message: 'must not be before periodStart' }),
    range(t.quantity, { min: 1 }),
    nonNegative(t.subtotalAmount),
    nonNegative(t.discountAmount),
    nonNegative(t.taxAmount),
    nonNegative(t.totalAmount),
    inOrder(t.discountAmount, t.subtotalAmount, { name: 'billing_cycles_discount_check', message: 'must be at least discountAmount' }),
    customCheck('billing_cycles_total_check', sql`${t.totalAmount} = ${t.subtotalAmount} - ${t.discountAmount} + ${t.taxAmount}`, {
      columns: [t.totalAmount, t.subtotalAmount, t.discountAmount, t.taxAmount],
      column: t.totalAmount,
      message: 'must equal subtotalAmount - discountAmount + taxAmount',
      holds: (row) => {
        const amounts = [row.total_amount, row.subtotal_amount, row.discount_amount, row.tax_amount];
        if (!allDecimal(amounts)) return true;
        const [total, subtotal, discount, tax] = amounts.map(cents);
        return total === subtotal! - discount! + tax!;
      },
      violations: [
        { total_amount: '88.56', subtotal_amount: '72.00', discount_amount: '0.00', tax_amount: '15.56' },
        { total_amount: '72.00', subtotal_amount: '72.00', discount_amount: '24.00', tax_amount: '11.04' },
      ],
    }),
    requiredWhen(t.subscriptionPaymentId, t.status, 'invoiced', { name: 'billing_cycles_invoice_check', message: 'an invoiced period names its invoice' }),
    requiredWhen(t.paidAt, t.status, 'paid', { name: 'billing_cycles_paid_at_check' }),
    requiredWhen(t.invoicedAt, t.status, 'paid', { name: 'billing_cycles_paid_invoiced_at_check', message: 'a paid period was invoiced first' }),
    inOrder(t.invoicedAt, t.paidAt, { name: 'billing_cycles_paid_after_invoiced_check', message: 'must not be before invoicedAt' }),
    onlyWhen(t.skipReason, t.status, 'skipped', { name: 'billing_cycles_skip_reason_check' }),
  ],
);
