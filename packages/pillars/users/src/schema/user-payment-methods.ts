import { between, COUNTRY_CODE, domainTable, formatCheck, id, textEnum, timestamps, together } from '@db/core';
import { sql } from 'drizzle-orm';
import { boolean, char, index, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  USER_CARD_BRANDS,
  USER_PAYMENT_LAST_FOUR,
  USER_PAYMENT_METHOD_STATUSES,
  USER_PAYMENT_METHOD_TYPES,
  USER_PAYMENT_PROVIDERS,
} from '../constants.ts';
import { userProfiles } from './user-profiles.ts';

/**
 * Saved payment methods as tokens of the processor (Stripe pm_..., etc.). No card number, CVC or bank account
 * number is ever stored: only what the processor returns for display (brand, last four digits, expiry).
 */
export const userPaymentMethods = domainTable(
  'user_payment_methods',
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'cascade' }),
    provider: textEnum(USER_PAYMENT_PROVIDERS).notNull(),
    providerPaymentMethodId: text().notNull(),
    providerCustomerId: text(),
    methodType: textEnum(USER_PAYMENT_METHOD_TYPES).notNull(),
    /** Card network, for cards and wallets; null for bank debits. */
    brand: textEnum(USER_CARD_BRANDS),
    /** Bank name, for direct debits. */
    bankName: text(),
    /** Last four digits of the card or account number, as the processor reports them. */
    lastFour: text(),
    expiryMonth: smallint(),
    expiryYear: smallint(),
    holderName: text(),
    billingCountryCode: char({ length: 2 }),
    billingPostalCode: text(),
    /** The processor's fingerprint of the underlying card/account: spots the same card saved twice. */
    fingerprint: text(),
    isDefault: boolean().notNull().default(false),
    status: textEnum(USER_PAYMENT_METHOD_STATUSES).notNull().default('active'),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('user_payment_methods_provider_payment_method_id_key').on(t.provider, t.providerPaymentMethodId),
    index('user_payment_methods_user_id_idx').on(t.userId),
    /** At most one default method per user. */
    uniqueIndex('user_payment_methods_user_id_default_key')
      .on(t.userId)
      .where(sql`${t.isDefault}`),
    index('user_payment_methods_fingerprint_idx').on(t.fingerprint),
    formatCheck(t.lastFour, USER_PAYMENT_LAST_FOUR),
    between(t.expiryMonth, 1, 12, { message: 'must be a month 1-12' }),
    between(t.expiryYear, 2000, 2100, { message: 'must be a year 2000-2100' }),
    together(t.expiryMonth, t.expiryYear, { name: 'user_payment_methods_expiry_check', message: 'expiry month and year go together' }),
    formatCheck(t.billingCountryCode, COUNTRY_CODE),
  ],
);
