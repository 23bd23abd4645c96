import { COUNTRY_CODE, domainTable, E164_PHONE, EMAIL, formatCheck, id, timestamps, timestamptz } from '@db/core';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { boolean, char, index, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { PURCHASE_VAT_NUMBER } from '../constants.ts';

/**
 * A user's saved bill-to addresses, as invoices print them (name, company, VAT number, postal address). An
 * address an invoice was issued to is never deleted (the invoice's foreign key refuses it): it is archived
 * (`archivedAt`) and disappears from the address book, and the invoice keeps pointing at it.
 */
export const billingAddresses = domainTable(
  'billing_addresses',
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'cascade' }),
    /** The user's own name for it, e.g. "Yard account" or "Home". */
    label: text(),
    /** The person billed, as printed on invoices. */
    fullName: text().notNull(),
    /** A business (stud, livery yard, syndicate) billed instead of the person. */
    companyName: text(),
    /** With its country prefix, e.g. IE6388047V: B2B invoices between VAT-registered parties print it. */
    vatNumber: text(),
    addressLine1: text().notNull(),
    addressLine2: text(),
    city: text().notNull(),
    /** County, state or province, e.g. Kildare. */
    region: text(),
    /** Eircode, UK postcode, ZIP. */
    postalCode: text(),
    /** ISO 3166-1 alpha-2. */
    countryCode: char({ length: 2 }).notNull(),
    /** Where invoices and receipts are emailed, when not the account's email. */
    email: text(),
    /** E.164. */
    phone: text(),
    isDefault: boolean().notNull().default(false),
    archivedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    index('billing_addresses_user_id_idx').on(t.userId),
    uniqueIndex('billing_addresses_user_id_default_key')
      .on(t.userId)
      .where(sql`${t.isDefault} and ${t.archivedAt} is null`),
    formatCheck(t.vatNumber, PURCHASE_VAT_NUMBER),
    formatCheck(t.countryCode, COUNTRY_CODE),
    formatCheck(t.email, EMAIL),
    formatCheck(t.phone, E164_PHONE),
  ],
);
