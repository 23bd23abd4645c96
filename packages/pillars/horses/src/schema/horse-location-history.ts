import { coordinateChecks, coordinates, COUNTRY_CODE, domainTable, formatCheck, id, inOrder, textEnum, timestamps, timestamptz } from '@db/core';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { char, index, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { HORSE_LOCATION_REASONS } from '../constants.ts';
import { horses } from './horses.ts';

/** Where a horse has been kept: yards, training centres, clinics, shows. The open row is where it is now. */
export const horseLocationHistory = domainTable(
  'horse_location_history',
  {
    id: id(),
    horseId: uuid()
      .notNull()
      .references(() => horses.id, { onDelete: 'cascade' }),
    facilityName: text().notNull(),
    /** Official premises or holding number (UK CPH, US premises ID), as movement records require. */
    premisesId: text(),
    streetAddress: text(),
    city: text(),
    region: text(),
    postalCode: text(),
    /** ISO 3166-1 alpha-2. */
    countryCode: char({ length: 2 }),
    ...coordinates(),
    arrivedAt: timestamptz().notNull(),
    departedAt: timestamptz(),
    reason: textEnum(HORSE_LOCATION_REASONS).notNull(),
    recordedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    notes: text(),
    ...timestamps(),
  },
  (t) => [
    index('horse_location_history_horse_id_idx').on(t.horseId, t.arrivedAt),
    uniqueIndex('horse_location_history_current_key').on(t.horseId).where(sql`${t.departedAt} is null`),
    index('horse_location_history_recorded_by_user_id_idx').on(t.recordedByUserId),
    formatCheck(t.countryCode, COUNTRY_CODE),
    ...coordinateChecks(t),
    inOrder(t.arrivedAt, t.departedAt, { name: 'horse_location_history_departed_at_check', message: 'must not be before the arrival' }),
  ],
);
