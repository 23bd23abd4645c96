import { coordinateChecks, coordinates, COUNTRY_CODE, domainTable, E164_PHONE, formatCheck, id, timestamps, timestamptz } from '@db/core';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { boolean, char, index, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * A user's delivery addresses: where goods are delivered (feed, bedding, tack) and where an ambulatory service
 * is performed (a vet's or farrier's yard visit). Rural yards are often found by coordinates and need to say
 * whether a lorry can get in. Archived, not deleted, once an order has used it (see billing_addresses).
 */
export const shippingAddresses = domainTable(
  'shipping_addresses',
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'cascade' }),
    /** The user's own name for it, e.g. "Ballymore yard". */
    label: text(),
    recipientName: text().notNull(),
    /** The yard, stud or business at the address. */
    companyName: text(),
    addressLine1: text().notNull(),
    addressLine2: text(),
    city: text().notNull(),
    region: text(),
    postalCode: text(),
    /** ISO 3166-1 alpha-2. */
    countryCode: char({ length: 2 }).notNull(),
    /** E.164: the driver's or vet's contact on arrival. */
    phone: text(),
    /** Gate codes, which yard entrance, where to leave bales. */
    deliveryInstructions: text(),
    ...coordinates(),
    /** An articulated lorry (bulk feed, bedding, a horsebox) can reach the yard and turn. */
    lorryAccess: boolean().notNull().default(false),
    isDefault: boolean().notNull().default(false),
    archivedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    index('shipping_addresses_user_id_idx').on(t.userId),
    uniqueIndex('shipping_addresses_user_id_default_key')
      .on(t.userId)
      .where(sql`${t.isDefault} and ${t.archivedAt} is null`),
    formatCheck(t.countryCode, COUNTRY_CODE),
    formatCheck(t.phone, E164_PHONE),
    ...coordinateChecks(t),
  ],
);
