import type { AnyColumn } from 'drizzle-orm';
import { char, text } from 'drizzle-orm/pg-core';
import { COUNTRY_CODE } from './formats.ts';
import { formatCheck, requiredWith } from './rules.ts';

/**
 * A postal address as forms collect it in any country: two street lines, town, region (county, state), postal
 * code (absent in parts of Ireland before Eircode, and formats vary by country, so it is not checked) and the
 * ISO country. Every part is optional, so a venue known only by town and country fits. Spread into a table, then
 * add `...postalAddressChecks(t)` to its extra config.
 */
export const postalAddress = () => ({
  addressLine1: text(),
  addressLine2: text(),
  city: text(),
  region: text(),
  postalCode: text(),
  countryCode: char({ length: 2 }),
});

/** The country is an ISO code, and a street address never goes without its country. */
export function postalAddressChecks(t: { addressLine1: AnyColumn; countryCode: AnyColumn }) {
  return [formatCheck(t.countryCode, COUNTRY_CODE), requiredWith(t.countryCode, t.addressLine1)];
}
