import {
  COUNTRY_CODE,
  currency,
  CURRENCY_FORMAT,
  domainTable,
  everyElementMatches,
  EXTERNAL_ID,
  formatCheck,
  HTTP_URL,
  id,
  inOrder,
  nonNegative,
  requiredWhen,
  textEnum,
  textLength,
  timestamps,
  timestamptz,
} from '@db/core';
import { vetPractices } from '@db/providers/tables';
import { char, index, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { PAYMENT_GATEWAY_ENVIRONMENTS, PAYMENT_GATEWAY_PROVIDERS, PAYMENT_GATEWAY_STATUSES, PAYMENT_MERCHANT_CATEGORY_CODE } from '../constants.ts';

/**
 * A configured processor account: the platform's own merchant account at a provider (Stripe, Adyen, ...), or a
 * practice's account connected to it (Stripe Connect, Adyen for Platforms), per environment. Every processor-side
 * row of this package hangs off a gateway. Credentials are never stored: `credentialsSecretRef` names the secret
 * in the vault. Unique on (provider, merchant_account_id, environment).
 */
export const paymentGateways = domainTable(
  'payment_gateways',
  {
    id: id(),
    provider: textEnum(PAYMENT_GATEWAY_PROVIDERS).notNull(),
    /** How staff know it, e.g. "Stripe IE (platform)". */
    displayName: text().notNull(),
    /** The processor's account id: Stripe acct_..., Adyen merchant account code, PayPal merchant id. */
    merchantAccountId: text().notNull(),
    environment: textEnum(PAYMENT_GATEWAY_ENVIRONMENTS).notNull(),
    /**
     * The practice whose own account this is (a connected account); null for the platform's. RESTRICT: the
     * gateway's payments are financial records, kept with the practice.
     */
    merchantPracticeId: uuid().references(() => vetPractices.id, { onDelete: 'restrict' }),
    status: textEnum(PAYMENT_GATEWAY_STATUSES).notNull().default('onboarding'),
    /** ISO 4217 codes the account can charge in (presentment currencies), at least one. */
    supportedCurrencies: text().array().notNull(),
    /** The currency payouts settle in, to the account's bank account. */
    settlementCurrency: currency(),
    /** ISO 3166-1 alpha-2: where the merchant account is registered, which sets its fees and SCA rules. */
    countryCode: char({ length: 2 }).notNull(),
    /** ISO 18245 code the account is registered under, e.g. 0742 (veterinary services). */
    merchantCategoryCode: text(),
    /** The default text on the buyer's card statement: 5-22 characters, as card networks allow. */
    statementDescriptor: text(),
    /** Where the secret key lives (a vault path), never the key. */
    credentialsSecretRef: text().notNull(),
    /** The endpoint the processor delivers webhooks to. */
    webhookUrl: text(),
    /** Routing order when several gateways can take a payment: 0 first. */
    routingPriority: smallint().notNull().default(0),
    activatedAt: timestamptz(),
    disabledAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('payment_gateways_merchant_account_key').on(t.provider, t.merchantAccountId, t.environment),
    index('payment_gateways_merchant_practice_id_idx').on(t.merchantPracticeId),
    formatCheck(t.merchantAccountId, EXTERNAL_ID),
    everyElementMatches(t.supportedCurrencies, CURRENCY_FORMAT, {
      what: 'currency',
      violations: [{ supported_currencies: [] }, { supported_currencies: ['EUR', 'gbp'] }, { supported_currencies: ['EUR,GBP'] }],
    }),
    formatCheck(t.countryCode, COUNTRY_CODE),
    formatCheck(t.merchantCategoryCode, PAYMENT_MERCHANT_CATEGORY_CODE),
    textLength(t.statementDescriptor, { min: 5, max: 22 }),
    formatCheck(t.credentialsSecretRef, EXTERNAL_ID),
    formatCheck(t.webhookUrl, HTTP_URL),
    nonNegative(t.routingPriority),
    requiredWhen(t.activatedAt, t.status, 'active', { name: 'payment_gateways_activated_at_check' }),
    requiredWhen(t.disabledAt, t.status, 'disabled', { name: 'payment_gateways_disabled_at_check' }),
    inOrder(t.activatedAt, t.disabledAt, { name: 'payment_gateways_disabled_after_activated_check', message: 'must not be before activatedAt' }),
  ],
);
