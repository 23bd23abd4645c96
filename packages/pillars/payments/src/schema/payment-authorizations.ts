import {
  between,
  currency,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
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
import { invoices, transactions } from '@db/purchases/tables';
import { sql } from 'drizzle-orm';
import { foreignKey, index, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  PAYMENT_AUTHORIZATION_CODE,
  PAYMENT_AUTHORIZATION_STATUSES,
  PAYMENT_INITIATORS,
  PAYMENT_SCA_EXEMPTIONS,
  PAYMENT_THREE_DS_OUTCOMES,
} from '../constants.ts';
import { paymentGateways } from './payment-gateways.ts';
import { paymentMethods } from './payment-methods.ts';
import { recurringPaymentSchedules } from './recurring-payment-schedules.ts';

/**
 * The processor's authorisation of an amount on a payment method: the issuer's hold on the funds (Stripe's
 * charge of a PaymentIntent, Adyen's AUTHORISATION pspReference), with its 3-D Secure outcome and risk score.
 * The commercial record is @db/purchases: the `transactions` row is the ledger entry of the money collected; this
 * row, its captures and voids are the processor's lifecycle events that settle it. Captures plus released voids
 * never exceed the amount authorised, in its currency (a deferred trigger, reconciliation.ts). A zero amount is a
 * card verification. Upserted on (gateway_id, processor_authorization_id).
 */
export const paymentAuthorizations = domainTable(
  'payment_authorizations',
  {
    id: id(),
    gatewayId: uuid()
      .notNull()
      .references(() => paymentGateways.id, { onDelete: 'restrict' }),
    /** The token charged; SET NULL: the record outlives a token removed on erasure (explicit name below). */
    paymentMethodId: uuid(),
    /** The ledger entry this authorisation collects for, once there is one: a financial record (RESTRICT). */
    transactionId: uuid().references(() => transactions.id, { onDelete: 'restrict' }),
    /** The invoice it pays, when it is taken before the transaction exists (a deposit hold, an estimate). */
    invoiceId: uuid().references(() => invoices.id, { onDelete: 'restrict' }),
    /** The schedule that charged it (merchant-initiated renewals and instalments): RESTRICT (explicit name below). */
    recurringScheduleId: uuid(),
    /** The processor's id, e.g. ch_3PJq... or Adyen's pspReference: the natural key, with gatewayId. */
    processorAuthorizationId: text().notNull(),
    amount: money().notNull(),
    currency: currency(),
    status: textEnum(PAYMENT_AUTHORIZATION_STATUSES).notNull().default('pending'),
    initiator: textEnum(PAYMENT_INITIATORS).notNull().default('customer'),
    /** The issuer's approval code. */
    authorizationCode: text(),
    /** The card scheme's id of the authorisation (Visa TID, Mastercard trace id): chains later merchant-initiated charges. */
    networkTransactionId: text(),
    threeDsOutcome: textEnum(PAYMENT_THREE_DS_OUTCOMES),
    scaExemption: textEnum(PAYMENT_SCA_EXEMPTIONS),
    /** The processor's fraud score normalised to 0 (lowest risk) - 100 (Stripe Radar reports 0-99). */
    riskScore: smallint(),
    /** The issuer's or processor's decline code, e.g. insufficient_funds, do_not_honor. */
    declineCode: text(),
    authorizedAt: timestamptz(),
    /** When the hold lapses uncaptured (7 days for most online card payments; 30 for some MCCs). */
    expiresAt: timestamptz(),
    /** When the processor last changed the authorisation: an older webhook never overwrites a newer state. */
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    foreignKey({
      name: 'payment_authorizations_payment_method_id_fkey',
      columns: [t.paymentMethodId],
      foreignColumns: [paymentMethods.id],
    }).onDelete('set null'),
    foreignKey({
      name: 'payment_authorizations_recurring_schedule_id_fkey',
      columns: [t.recurringScheduleId],
      foreignColumns: [recurringPaymentSchedules.id],
    }).onDelete('restrict'),
    uniqueIndex('payment_authorizations_processor_authorization_id_key').on(t.gatewayId, t.processorAuthorizationId),
    index('payment_authorizations_payment_method_id_idx').on(t.paymentMethodId),
    index('payment_authorizations_transaction_id_idx').on(t.transactionId),
    index('payment_authorizations_invoice_id_idx').on(t.invoiceId),
    index('payment_authorizations_recurring_schedule_id_idx').on(t.recurringScheduleId, t.authorizedAt),
    /** Holds to capture or release before they lapse, soonest first. */
    index('payment_authorizations_open_idx')
      .on(t.expiresAt)
      .where(sql`${t.status} in ('authorized', 'partially_captured')`),
    formatCheck(t.processorAuthorizationId, EXTERNAL_ID),
    nonNegative(t.amount),
    formatCheck(t.authorizationCode, PAYMENT_AUTHORIZATION_CODE),
    formatCheck(t.networkTransactionId, EXTERNAL_ID),
    between(t.riskScore, 0, 100),
    onlyWhen(t.declineCode, t.status, 'declined', { name: 'payment_authorizations_decline_code_check' }),
    requiredWhen(t.authorizedAt, t.status, 'authorized', { name: 'payment_authorizations_authorized_at_check' }),
    inOrder(t.authorizedAt, t.expiresAt, { strict: true, name: 'payment_authorizations_expires_at_check', message: 'must be after authorizedAt' }),
  ],
);
