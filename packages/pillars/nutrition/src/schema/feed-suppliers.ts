import { domainTable, E164_PHONE, EMAIL, formatCheck, HTTP_URL, id, postalAddress, postalAddressChecks, requiredWith, timestamps, timestamptz } from '@db/core';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { boolean, index, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { FEED_CODE, FEED_VAT_NUMBER } from '../constants.ts';

/**
 * A company that makes or sells feed: a compound feed mill, a forage merchant, a supplement brand, a co-op store.
 * Supplier directories and catalogue imports upsert on (country, company registration number): the register of
 * companies of the country of its address (CRO in Ireland, Companies House in the UK).
 */
export const feedSuppliers = domainTable(
  'feed_suppliers',
  {
    id: id(),
    /** The registered name, e.g. "Barrow Valley Feeds Limited". */
    companyName: text().notNull(),
    /** The name on bags and invoices, e.g. "Barrow Valley". */
    tradingName: text(),
    ...postalAddress(),
    /** EU VIES or HMRC format with the country prefix. */
    vatNumber: text(),
    /** The company number on its country's register (CRO 612345, Companies House SC123456); sole traders have none. */
    companyRegistrationNumber: text(),
    websiteUrl: text(),
    email: text(),
    /** E.164. */
    phone: text(),
    /** The feed safety scheme it is certified under, e.g. UFAS, FEMAS, Bord Bia Feed Assurance. */
    feedAssuranceScheme: text(),
    isActive: boolean().notNull().default(true),
    /** When the directory or catalogue the row came from last changed it. */
    sourceUpdatedAt: timestamptz(),
    /** Who added the supplier (a credit: nulled on erasure). */
    createdByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('feed_suppliers_country_code_company_registration_number_key').on(t.countryCode, t.companyRegistrationNumber),
    index('feed_suppliers_company_name_idx').on(sql`lower(${t.companyName})`),
    index('feed_suppliers_created_by_user_id_idx').on(t.createdByUserId),
    ...postalAddressChecks(t),
    // A registration number is only meaningful with the country whose register issued it.
    requiredWith(t.countryCode, t.companyRegistrationNumber, { name: 'feed_suppliers_registration_country_check' }),
    formatCheck(t.companyRegistrationNumber, FEED_CODE),
    formatCheck(t.vatNumber, FEED_VAT_NUMBER),
    formatCheck(t.websiteUrl, HTTP_URL),
    formatCheck(t.email, EMAIL),
    formatCheck(t.phone, E164_PHONE),
  ],
);
