import { currency, domainTable, id, inOrder, money, nonNegative, range, textEnum, timestamps, timestamptz } from '@db/core';
import { boolean, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  USER_BILLING_INTERVALS,
  USER_PAYMENT_PROVIDERS,
  USER_SUBSCRIPTION_PLANS,
  USER_SUBSCRIPTION_STATUSES,
} from '../constants.ts';
import { userPaymentMethods } from './user-payment-methods.ts';
import { userProfiles } from './user-profiles.ts';

/**
 * Platform subscriptions, mirrored from the payment processor (webhooks upsert on provider +
 * provider_subscription_id). Billing history: a user with subscriptions cannot be deleted outright.
 */
export const userSubscriptions = domainTable(
  'user_subscriptions',
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'restrict' }),
    provider: textEnum(USER_PAYMENT_PROVIDERS).notNull(),
    providerSubscriptionId: text().notNull(),
    providerCustomerId: text(),
    /** The processor's price id (Stripe price_..., App Store product id). */
    providerPriceId: text(),
    plan: textEnum(USER_SUBSCRIPTION_PLANS).notNull(),
    status: textEnum(USER_SUBSCRIPTION_STATUSES).notNull(),
    billingInterval: textEnum(USER_BILLING_INTERVALS).notNull(),
    /** Seats (barn and professional plans bill per staff member). */
    quantity: integer().notNull().default(1),
    /** Price per seat per interval, before tax. */
    unitPrice: money().notNull(),
    currency: currency(),
    /** The method charged for renewals; null falls back to the user's default. */
    paymentMethodId: uuid().references(() => userPaymentMethods.id, { onDelete: 'set null' }),
    startedAt: timestamptz().notNull(),
    trialEndsAt: timestamptz(),
    currentPeriodStart: timestamptz().notNull(),
    currentPeriodEnd: timestamptz().notNull(),
    cancelAtPeriodEnd: boolean().notNull().default(false),
    canceledAt: timestamptz(),
    endedAt: timestamptz(),
    cancellationReason: text(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('user_subscriptions_provider_subscription_id_key').on(t.provider, t.providerSubscriptionId),
    index('user_subscriptions_user_id_idx').on(t.userId),
    index('user_subscriptions_payment_method_id_idx').on(t.paymentMethodId),
    index('user_subscriptions_status_current_period_end_idx').on(t.status, t.currentPeriodEnd),
    range(t.quantity, { min: 1 }),
    nonNegative(t.unitPrice),
    inOrder(t.currentPeriodStart, t.currentPeriodEnd, {
      strict: true,
      name: 'user_subscriptions_period_check',
      message: 'must be after the period start',
    }),
  ],
);
