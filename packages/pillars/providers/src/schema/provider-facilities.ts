import {
  coordinateChecks,
  coordinates,
  COUNTRY_CODE,
  domainTable,
  E164_PHONE,
  formatCheck,
  id,
  nonNegative,
  textEnum,
  timestamps,
} from '@db/core';
import { sql } from 'drizzle-orm';
import { boolean, char, date, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { PROVIDER_FACILITY_TYPES } from '../constants.ts';
import { vetPractices } from './vet-practices.ts';

/** A premises of a provider: a clinic, a hospital and its theatres, isolation unit, stables, a forge, a depot. */
export const providerFacilities = domainTable(
  'provider_facilities',
  {
    id: id(),
    practiceId: uuid()
      .notNull()
      .references(() => vetPractices.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    facilityType: textEnum(PROVIDER_FACILITY_TYPES).notNull(),
    streetAddress: text(),
    city: text(),
    region: text(),
    postalCode: text(),
    /** ISO 3166-1 alpha-2. */
    countryCode: char({ length: 2 }).notNull(),
    ...coordinates(),
    /** E.164, the premises' own line. */
    phone: text(),
    /** Stalls / boxes for in-patients or boarders. */
    stallCount: integer().notNull().default(0),
    isOpen24Hours: boolean().notNull().default(false),
    /** The practice's main premises; at most one per practice. */
    isPrimary: boolean().notNull().default(false),
    openedOn: date(),
    isActive: boolean().notNull().default(true),
    ...timestamps(),
  },
  (t) => [
    index('provider_facilities_practice_id_idx').on(t.practiceId),
    uniqueIndex('provider_facilities_primary_key').on(t.practiceId).where(sql`${t.isPrimary}`),
    index('provider_facilities_facility_type_country_code_idx').on(t.facilityType, t.countryCode),
    nonNegative(t.stallCount),
    formatCheck(t.countryCode, COUNTRY_CODE),
    ...coordinateChecks(t),
    formatCheck(t.phone, E164_PHONE),
  ],
);
