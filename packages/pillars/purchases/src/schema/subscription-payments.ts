import {
  currency,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  HTTP_URL,
  id,
  inOrder,
  money,
  nonNegative,
  onlyWhen,
  requiredWhen,
  textEnum,
  timestamps,
  timestamptz,
} from '@db/core';
import { USER_PAYMENT_PROVIDERS } from '@db/users/constants';
import { userSubscriptions } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { foreignKey, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { PURCHASE_SUBSCRIPTION_BILLING_REASONS, PURCHASE_SUBSCRIPTION_PAYMENT_STATUSES } from '../constants.ts';
import { transactions } from './transactions.ts';

/**
 * The bill of one period of a platform subscription (`user_subscriptions` of @db/users): the processor's
 * subscription invoice (Stripe in_...), its collection attempts and the charge that paid it. Webhooks upsert on
 * (provider, provider_invoice_id).
 */
export const subscriptionPayments = domainTable(
  'subscription_payments',
  {
    id: id(),
    /**
     * Billing history: a subscription with payments cannot be deleted (ON DELETE RESTRICT, declared below with
     * an explicit name: the generated one would exceed 63 characters).
     */
    subscriptionId: uuid().notNull(),
    /** The charge that paid it, once there is one. */
    transactionId: uuid().references(() => transactions.id, { onDelete: 'restrict' }),
    /** The subscription's processor (the same list as user_subscriptions.provider). */
    provider: textEnum(USER_PAYMENT_PROVIDERS).notNull(),
    providerInvoiceId: text().notNull(),
    billingReason: textEnum(PURCHASE_SUBSCRIPTION_BILLING_REASONS).notNull().default('subscription_cycle'),
    status: textEnum(PURCHASE_SUBSCRIPTION_PAYMENT_STATUSES).notNull().default('open'),
    periodStart: timestamptz().notNull(),
    periodEnd: timestamptz().notNull(),
    /** The amount billed for the period, tax included. */
    amountDue: money().notNull(),
    /** The VAT included in amountDue. */
    taxAmount: money().notNull().default('0.00'),
    currency: currency(),
    /** Collection attempts so far (Stripe retries a failed renewal on a schedule). */
    attemptCount: integer().notNull().default(0),
    /** The next automatic retry, while the invoice is open. */
    nextAttemptAt: timestamptz(),
    paidAt: timestamptz(),
    /** The decline code of the last failed attempt. */
    lastFailureCode: text(),
    /** The processor's hosted page where the user can see and pay the invoice. */
    hostedInvoiceUrl: text(),
    ...timestamps(),
  },
  (t) => [
    foreignKey({
      name: 'subscription_payments_subscription_id_fkey',
      columns: [t.subscriptionId],
      foreignColumns: [userSubscriptions.id],
    }).onDelete('restrict'),
    uniqueIndex('subscription_payments_provider_invoice_id_key').on(t.provider, t.providerInvoiceId),
    index('subscription_payments_subscription_id_idx').on(t.subscriptionId, t.periodStart),
    index('subscription_payments_transaction_id_idx').on(t.transactionId),
    /** Dunning: open invoices by their next retry. */
    index('subscription_payments_retry_idx')
      .on(t.nextAttemptAt)
      .where(sql`${t.status} = 'open'`),
    formatCheck(t.providerInvoiceId, EXTERNAL_ID),
    inOrder(t.periodStart, t.periodEnd, { strict: true, name: 'subscription_payments_period_check', message: 'must be after periodStart' }),
    nonNegative(t.amountDue),
    nonNegative(t.taxAmount),
    nonNegative(t.attemptCount),
    requiredWhen(t.paidAt, t.status, 'paid', { name: 'subscription_payments_paid_at_check' }),
    onlyWhen(t.nextAttemptAt, t.status, 'open', { name: 'subscription_payments_next_attempt_at_check' }),
    formatCheck(t.hostedInvoiceUrl, HTTP_URL),
  ],
);
