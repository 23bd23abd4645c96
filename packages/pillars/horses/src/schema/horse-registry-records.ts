import { COUNTRY_CODE, domainTable, formatCheck, id, inOrder, textEnum, timestamps, timestamptz } from '@db/core';
import { char, date, index, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { HORSE_REGISTRATION_STATUSES, HORSE_REGISTRY_CODE } from '../constants.ts';
import { horses } from './horses.ts';

/** A horse's registration with a breed registry, studbook or governing body (AQHA, Weatherbys, FEI, KWPN, ...). */
export const horseRegistryRecords = domainTable(
  'horse_registry_records',
  {
    id: id(),
    horseId: uuid()
      .notNull()
      .references(() => horses.id, { onDelete: 'cascade' }),
    /** Upper-case code of the registry: AQHA, WEATHERBYS, FEI. */
    registryCode: text().notNull(),
    registryName: text(),
    registrationNumber: text().notNull(),
    /** The name as this registry has it (can differ between registries and from horses.registered_name). */
    registeredName: text(),
    /** ISO 3166-1 alpha-2 of the registry. */
    registryCountry: char({ length: 2 }),
    /** Studbook section or book, e.g. Main, Appendix, Book II. */
    studbookSection: text(),
    registrationStatus: textEnum(HORSE_REGISTRATION_STATUSES).notNull().default('registered'),
    registeredOn: date(),
    /** FEI horse registrations and some passports lapse and are renewed. */
    expiresOn: date(),
    certificateUrl: text(),
    lastVerifiedAt: timestamptz(),
    notes: text(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('horse_registry_records_registry_code_registration_number_key').on(
      t.registryCode,
      t.registrationNumber,
    ),
    index('horse_registry_records_horse_id_idx').on(t.horseId),
    formatCheck(t.registryCode, HORSE_REGISTRY_CODE),
    formatCheck(t.registryCountry, COUNTRY_CODE),
    inOrder(t.registeredOn, t.expiresOn, { name: 'horse_registry_records_expires_on_check', message: 'must not be before the registration date' }),
  ],
);
