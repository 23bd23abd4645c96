import { COUNTRY_CODE, domainTable, formatCheck, id, textEnum, timestamps } from '@db/core';
import { userProfiles } from '@db/users';
import { sql } from 'drizzle-orm';
import { boolean, char, check, date, index, numeric, text, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { HORSE_SEXES, HORSE_STATUSES } from '../constants.ts';

/** The root of all horse data: one row per animal, its core identity and its parents. */
export const horses = domainTable(
  'horses',
  {
    id: id(),
    /** The name on the breed registry papers, e.g. "Galileo's Whisper". At least one of the two names is set. */
    registeredName: text(),
    /** The stable name used day to day, e.g. "Whisper". */
    barnName: text(),
    sex: textEnum(HORSE_SEXES).notNull(),
    breed: text(),
    /** As the registry records it (bay, dark bay/brown, chestnut, grey, ...). */
    colour: text(),
    foalingDate: date(),
    /** True when only the year (or an estimate) is known, as for many rescues and imports. */
    foalingDateIsEstimated: boolean().notNull().default(false),
    /** ISO 3166-1 alpha-2. */
    countryOfBirth: char({ length: 2 }),
    /** Hands and inches: 15.2 = 15 hands 2 inches. The digit after the point is 0-3. */
    heightHands: numeric({ precision: 3, scale: 1 }),
    status: textEnum(HORSE_STATUSES).notNull().default('active'),
    deceasedOn: date(),
    sireId: uuid().references((): AnyPgColumn => horses.id, { onDelete: 'set null' }),
    damId: uuid().references((): AnyPgColumn => horses.id, { onDelete: 'set null' }),
    breederUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    /** Who entered the horse: provenance, so deleting that user is refused rather than losing it. */
    createdByUserId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'restrict' }),
    ...timestamps(),
  },
  (t) => [
    index('horses_registered_name_idx').on(sql`lower(${t.registeredName})`),
    index('horses_barn_name_idx').on(sql`lower(${t.barnName})`),
    index('horses_sire_id_idx').on(t.sireId),
    index('horses_dam_id_idx').on(t.damId),
    index('horses_breeder_user_id_idx').on(t.breederUserId),
    index('horses_created_by_user_id_idx').on(t.createdByUserId),
    index('horses_status_idx').on(t.status),
    check('horses_name_check', sql`${t.registeredName} is not null or ${t.barnName} is not null`),
    formatCheck(t.countryOfBirth, COUNTRY_CODE),
    check(
      'horses_height_hands_check',
      sql`${t.heightHands} between 6 and 20 and ${t.heightHands} - trunc(${t.heightHands}) <= 0.3`,
    ),
    check('horses_deceased_on_check', sql`${t.deceasedOn} >= ${t.foalingDate}`),
    check('horses_deceased_status_check', sql`${t.deceasedOn} is null or ${t.status} = 'deceased'`),
    check('horses_parents_check', sql`${t.sireId} <> ${t.damId}`),
    check('horses_sire_id_check', sql`${t.sireId} <> ${t.id}`),
    check('horses_dam_id_check', sql`${t.damId} <> ${t.id}`),
  ],
);
