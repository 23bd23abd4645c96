import { COUNTRY_CODE, domainTable, formatCheck, formatWhen, id, inOrder, textEnum, timestamps, timestamptz } from '@db/core';
import { boolean, char, date, index, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { HORSE_IDENTIFIER_TYPES, HORSE_MICROCHIP, HORSE_NOT_BLANK, HORSE_UELN } from '../constants.ts';
import { horses } from './horses.ts';

/**
 * Physical and documentary identifiers of a horse: ISO 11784 microchips, UELN, passports, brands, tattoos,
 * DNA profiles. (type, value) is the natural key ingestion upserts on.
 */
export const horseIdentifiers = domainTable(
  'horse_identifiers',
  {
    id: id(),
    horseId: uuid()
      .notNull()
      .references(() => horses.id, { onDelete: 'cascade' }),
    identifierType: textEnum(HORSE_IDENTIFIER_TYPES).notNull(),
    identifierValue: text().notNull(),
    /** The body that issued or recorded it: a passport-issuing organisation, registry, vet practice. */
    issuingBody: text(),
    /** ISO 3166-1 alpha-2. */
    issuingCountry: char({ length: 2 }),
    issuedOn: date(),
    expiresOn: date(),
    /** Microchips: implant site, e.g. "left nuchal ligament"; brands: "near shoulder". */
    implantSite: text(),
    isActive: boolean().notNull().default(true),
    verifiedAt: timestamptz(),
    notes: text(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('horse_identifiers_identifier_type_identifier_value_key').on(t.identifierType, t.identifierValue),
    index('horse_identifiers_horse_id_idx').on(t.horseId),
    formatWhen(t.identifierValue, HORSE_MICROCHIP, t.identifierType, 'microchip', { name: 'horse_identifiers_microchip_check', message: HORSE_MICROCHIP.message }),
    formatWhen(t.identifierValue, HORSE_UELN, t.identifierType, 'ueln', { name: 'horse_identifiers_ueln_check', message: HORSE_UELN.message }),
    formatCheck(t.identifierValue, HORSE_NOT_BLANK),
    formatCheck(t.issuingCountry, COUNTRY_CODE),
    inOrder(t.issuedOn, t.expiresOn, { name: 'horse_identifiers_expires_on_check', message: 'must not be before the issue date' }),
  ],
);
