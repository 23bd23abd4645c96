import { between, COUNTRY_CODE, domainTable, EXTERNAL_ID, formatCheck, id, onlyWhen, textEnum, timestamps, timestamptz, together } from '@db/core';
import { USER_CARD_BRANDS, USER_PAYMENT_LAST_FOUR, USER_PAYMENT_METHOD_STATUSES } from '@db/users/constants';
import { userPaymentMethods, userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { char, foreignKey, index, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { PAYMENT_METHOD_TYPES, PAYMENT_WALLETS } from '../constants.ts';
import { paymentGateways } from './payment-gateways.ts';

/**
 * A payment method as one gateway holds it: the processor's token (Stripe pm_..., Adyen storedPaymentMethodId,
 * GoCardless mandate) with what the processor reports for display and matching. The user's saved method
 * (`user_payment_methods` of @db/users) is what the user sees in their wallet; the same card may be tokenised at
 * several gateways (the platform's account, a practice's connected one) or used once without being saved. Never a
 * card number (PAN) or a CVC: only the token, the last four digits, the expiry and the processor's fingerprint.
 * Upserted on (gateway_id, processor_method_id).
 */
export const paymentMethods = domainTable(
  'payment_methods',
  {
    id: id(),
    /** RESTRICT: a gateway with tokens is disabled, not deleted. */
    gatewayId: uuid()
      .notNull()
      .references(() => paymentGateways.id, { onDelete: 'restrict' }),
    /** The customer: a token is that person's own payment data, deleted on erasure (CASCADE). */
    userId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'cascade' }),
    /**
     * The saved method it tokenises, if the user saved it: provenance (SET NULL; declared below with an explicit
     * name, the generated one would exceed 63 characters).
     */
    userPaymentMethodId: uuid(),
    /** The processor's id of the method, e.g. pm_1PJq...: the natural key, with gatewayId. */
    processorMethodId: text().notNull(),
    /** The processor's customer the method is attached to, e.g. cus_Q8xY... */
    processorCustomerId: text(),
    methodType: textEnum(PAYMENT_METHOD_TYPES).notNull(),
    /** Cards only. */
    brand: textEnum(USER_CARD_BRANDS),
    /** Cards tokenised through a wallet (Apple Pay's device token: its last four may differ from the card's). */
    wallet: textEnum(PAYMENT_WALLETS),
    /** Last four digits of the card or account number. */
    lastFour: text(),
    expiryMonth: smallint(),
    expiryYear: smallint(),
    /** The processor's fingerprint of the underlying card or account: the same card across customers and tokens. */
    fingerprint: text(),
    /** ISO 3166-1 alpha-2 of the issuing bank. */
    issuerCountry: char({ length: 2 }),
    /** Direct debits: the mandate reference the bank shows (GoCardless MD000..., SEPA mandate id). */
    mandateReference: text(),
    status: textEnum(USER_PAYMENT_METHOD_STATUSES).notNull().default('active'),
    /** When the processor last changed the method (card updater, expiry): an older webhook never overwrites it. */
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    foreignKey({
      name: 'payment_methods_user_payment_method_id_fkey',
      columns: [t.userPaymentMethodId],
      foreignColumns: [userPaymentMethods.id],
    }).onDelete('set null'),
    uniqueIndex('payment_methods_gateway_id_processor_method_id_key').on(t.gatewayId, t.processorMethodId),
    index('payment_methods_user_id_idx').on(t.userId, t.status),
    index('payment_methods_user_payment_method_id_idx').on(t.userPaymentMethodId),
    /** A saved method has one live token per gateway; a detached one may be replaced. */
    uniqueIndex('payment_methods_current_key')
      .on(t.userPaymentMethodId, t.gatewayId)
      .where(sql`${t.status} <> 'detached'`),
    /** The same card seen again (fraud checks, duplicate saves). */
    index('payment_methods_fingerprint_idx').on(t.fingerprint),
    formatCheck(t.processorMethodId, EXTERNAL_ID),
    formatCheck(t.processorCustomerId, EXTERNAL_ID),
    onlyWhen(t.brand, t.methodType, 'card', { name: 'payment_methods_brand_card_check' }),
    onlyWhen(t.wallet, t.methodType, 'card', { name: 'payment_methods_wallet_card_check' }),
    formatCheck(t.lastFour, USER_PAYMENT_LAST_FOUR),
    between(t.expiryMonth, 1, 12, { message: 'must be a month 1-12' }),
    between(t.expiryYear, 2000, 2100, { message: 'must be a year 2000-2100' }),
    together(t.expiryMonth, t.expiryYear, { name: 'payment_methods_expiry_check', message: 'expiry month and year go together' }),
    formatCheck(t.fingerprint, EXTERNAL_ID),
    formatCheck(t.issuerCountry, COUNTRY_CODE),
    formatCheck(t.mandateReference, EXTERNAL_ID),
  ],
);
