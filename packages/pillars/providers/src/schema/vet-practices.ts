import {
  coordinateChecks,
  coordinates,
  COUNTRY_CODE,
  domainTable,
  E164_PHONE,
  EMAIL,
  formatCheck,
  HTTP_URL,
  IANA_TIME_ZONE,
  id,
  textEnum,
  timestamps,
  together,
} from '@db/core';
import { userProfiles } from '@db/users/tables';
import { boolean, char, index, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { PROVIDER_STATUSES, PROVIDER_TYPES } from '../constants.ts';

/**
 * A provider organisation: a veterinary practice, or any other equine service business (farrier, dentist,
 * physiotherapist, transporter, boarding yard) told apart by `providerType`. Every provider_* table hangs off it.
 */
export const vetPractices = domainTable(
  'vet_practices',
  {
    id: id(),
    providerType: textEnum(PROVIDER_TYPES).notNull(),
    legalName: text().notNull(),
    tradingName: text(),
    /** The number the registering body gives the business, e.g. an RCVS practice premises number. */
    registrationNumber: text(),
    /** Who issued `registrationNumber`, e.g. RCVS, VCI, Farriers Registration Council. */
    registeringBody: text(),
    /** VAT number or other tax id, as printed on invoices. */
    taxId: text(),
    email: text(),
    /** E.164, e.g. +353454412345. */
    phone: text(),
    websiteUrl: text(),
    /** Street lines of the registered / main address (may span lines). */
    streetAddress: text(),
    city: text(),
    region: text(),
    postalCode: text(),
    /** ISO 3166-1 alpha-2. */
    countryCode: char({ length: 2 }).notNull(),
    ...coordinates(),
    /** IANA zone the practice's opening hours are written in, e.g. Europe/Dublin. */
    timezone: text().notNull().default('UTC'),
    /** Offers a 24/7 emergency call-out or admission service. */
    offersEmergencyService: boolean().notNull().default(false),
    status: textEnum(PROVIDER_STATUSES).notNull().default('pending_verification'),
    /** The platform account that owns and administers the listing; the practice outlives it. */
    ownerUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('vet_practices_registering_body_registration_number_key').on(t.registeringBody, t.registrationNumber),
    index('vet_practices_owner_user_id_idx').on(t.ownerUserId),
    index('vet_practices_provider_type_country_code_idx').on(t.providerType, t.countryCode),
    together(t.registrationNumber, t.registeringBody, { name: 'vet_practices_registration_pair_check' }),
    formatCheck(t.email, EMAIL),
    formatCheck(t.phone, E164_PHONE),
    formatCheck(t.websiteUrl, HTTP_URL),
    formatCheck(t.countryCode, COUNTRY_CODE),
    formatCheck(t.timezone, IANA_TIME_ZONE),
    ...coordinateChecks(t),
  ],
);
