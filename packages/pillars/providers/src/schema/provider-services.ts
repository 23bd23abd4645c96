import { between, currency, domainTable, id, money, nonNegative, positive, textEnum, timestamps } from '@db/core';
import { boolean, index, integer, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { PROVIDER_SERVICE_CATEGORIES } from '../constants.ts';
import { vetPractices } from './vet-practices.ts';

/** A practice's service catalogue: what can be booked, how long it takes and what it costs before extras. */
export const providerServices = domainTable(
  'provider_services',
  {
    id: id(),
    practiceId: uuid()
      .notNull()
      .references(() => vetPractices.id, { onDelete: 'cascade' }),
    /** The practice's own code (from its practice-management system), e.g. 'VAC-FLU-TET'. */
    serviceCode: text().notNull(),
    category: textEnum(PROVIDER_SERVICE_CATEGORIES).notNull(),
    name: text().notNull(),
    description: text(),
    durationMinutes: integer().notNull(),
    /** Price before VAT and call-out. */
    basePrice: money().notNull(),
    currency: currency(),
    /** VAT / sales-tax rate applied to the price, 0-100. */
    vatRatePercent: numeric({ precision: 5, scale: 2 }),
    /** Ambulatory: performed at the client's yard. */
    isMobile: boolean().notNull().default(false),
    /** Visit / call-out charge added for mobile services, in `currency`. */
    calloutFee: money(),
    isEmergency: boolean().notNull().default(false),
    requiresReferral: boolean().notNull().default(false),
    bookableOnline: boolean().notNull().default(true),
    isActive: boolean().notNull().default(true),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('provider_services_practice_id_service_code_key').on(t.practiceId, t.serviceCode),
    index('provider_services_category_idx').on(t.category),
    positive(t.durationMinutes),
    nonNegative(t.basePrice),
    nonNegative(t.calloutFee),
    between(t.vatRatePercent, 0, 100),
  ],
);
