import {
  between,
  currency,
  domainTable,
  exactlyOneOf,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  money,
  nonNegative,
  positive,
  requiredWhen,
  textEnum,
  timestamps,
  timestamptz,
} from '@db/core';
import { paymentPlans } from '@db/finance/tables';
import { userSubscriptions } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { date, foreignKey, index, integer, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { PAYMENT_SCHEDULE_INTERVALS, PAYMENT_SCHEDULE_STATUSES } from '../constants.ts';
import { paymentGateways } from './payment-gateways.ts';
import { paymentMethods } from './payment-methods.ts';

/**
 * A schedule the processor charges on its own: a platform subscription's renewals (Stripe sub_..., for a
 * `user_subscriptions` row of @db/users) or an instalment plan's collections (a GoCardless instalment schedule or
 * subscription, for a `payment_plans` row of @db/finance), exactly one of the two. What is billed per period
 * stays with those rows (`billing_cycles`, `payment_plan_instalments`); this is the processor's side: interval,
 * next charge, the method charged, status. Upserted on (gateway_id, processor_schedule_id); at most one live
 * schedule per subscription or plan (partial unique).
 */
export const recurringPaymentSchedules = domainTable(
  'recurring_payment_schedules',
  {
    id: id(),
    // The foreign keys of this table are declared below with explicit names: the generated ones would reach 63
    // characters.
    /** RESTRICT: a gateway with schedules is disabled, not deleted. */
    gatewayId: uuid().notNull(),
    /** The subscription renewed: billing history (RESTRICT). */
    userSubscriptionId: uuid(),
    /** The instalment plan collected: a credit agreement's schedule (RESTRICT). */
    paymentPlanId: uuid(),
    /** The token charged; SET NULL: the schedule outlives a token removed on erasure (and waits for a new one). */
    paymentMethodId: uuid(),
    /** The processor's id: Stripe sub_... or sub_sched_..., GoCardless SB... or IS..., PayPal I-... */
    processorScheduleId: text().notNull(),
    interval: textEnum(PAYMENT_SCHEDULE_INTERVALS).notNull(),
    /** Intervals between charges: (month, 3) is quarterly, (week, 2) fortnightly. */
    intervalCount: smallint().notNull().default(1),
    /** What each charge takes, tax included. */
    amount: money().notNull(),
    currency: currency(),
    status: textEnum(PAYMENT_SCHEDULE_STATUSES).notNull().default('pending_mandate'),
    startsOn: date().notNull(),
    /** The last charge date of a fixed-term schedule (a plan); null runs until cancelled. */
    endsOn: date(),
    nextChargeOn: date(),
    /** Consecutive failed charges (dunning); reset by a successful one. */
    failedAttemptCount: integer().notNull().default(0),
    cancelledAt: timestamptz(),
    /** When the processor last changed the schedule: an older webhook never overwrites a newer state. */
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    foreignKey({
      name: 'recurring_payment_schedules_gateway_id_fkey',
      columns: [t.gatewayId],
      foreignColumns: [paymentGateways.id],
    }).onDelete('restrict'),
    foreignKey({
      name: 'recurring_payment_schedules_payment_plan_id_fkey',
      columns: [t.paymentPlanId],
      foreignColumns: [paymentPlans.id],
    }).onDelete('restrict'),
    foreignKey({
      name: 'recurring_payment_schedules_payment_method_id_fkey',
      columns: [t.paymentMethodId],
      foreignColumns: [paymentMethods.id],
    }).onDelete('set null'),
    foreignKey({
      name: 'recurring_payment_schedules_user_subscription_id_fkey',
      columns: [t.userSubscriptionId],
      foreignColumns: [userSubscriptions.id],
    }).onDelete('restrict'),
    uniqueIndex('recurring_payment_schedules_processor_schedule_id_key').on(t.gatewayId, t.processorScheduleId),
    index('recurring_payment_schedules_user_subscription_id_idx').on(t.userSubscriptionId),
    index('recurring_payment_schedules_payment_plan_id_idx').on(t.paymentPlanId),
    index('recurring_payment_schedules_payment_method_id_idx').on(t.paymentMethodId),
    /** One live schedule per subscription or plan (a replacement is set up once the old one is cancelled). */
    uniqueIndex('recurring_payment_schedules_live_key')
      .on(sql`coalesce(${t.userSubscriptionId}, ${t.paymentPlanId})`)
      .where(sql`${t.status} in ('pending_mandate', 'active', 'past_due', 'paused')`),
    /** The charge run: active schedules by next charge date. */
    index('recurring_payment_schedules_due_idx')
      .on(t.nextChargeOn)
      .where(sql`${t.status} in ('active', 'past_due')`),
    exactlyOneOf([t.userSubscriptionId, t.paymentPlanId], {
      name: 'recurring_payment_schedules_subject_check',
      message: 'a schedule renews a subscription (userSubscriptionId) or collects a plan (paymentPlanId), exactly one',
    }),
    formatCheck(t.processorScheduleId, EXTERNAL_ID),
    between(t.intervalCount, 1, 365),
    positive(t.amount),
    inOrder(t.startsOn, t.endsOn, { name: 'recurring_payment_schedules_ends_on_check', message: 'must not be before startsOn' }),
    inOrder(t.startsOn, t.nextChargeOn, { name: 'recurring_payment_schedules_next_charge_on_check', message: 'must not be before startsOn' }),
    requiredWhen(t.nextChargeOn, t.status, 'active', { name: 'recurring_payment_schedules_next_charge_check', message: 'an active schedule has its next charge date' }),
    nonNegative(t.failedAttemptCount),
    requiredWhen(t.cancelledAt, t.status, 'cancelled', { name: 'recurring_payment_schedules_cancelled_at_check' }),
  ],
);
