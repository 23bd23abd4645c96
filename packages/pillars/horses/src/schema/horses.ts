import { atLeastOneOf, COUNTRY_CODE, customCheck, differ, domainTable, formatCheck, id, inOrder, isAbsent, onlyWhen, textEnum, timestamps } from '@db/core';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { boolean, char, date, index, numeric, text, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { HORSE_HEIGHT_HANDS_MAX, HORSE_HEIGHT_HANDS_MIN, HORSE_SEXES, HORSE_STATUSES } from '../constants.ts';

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
    atLeastOneOf([t.registeredName, t.barnName], { name: 'horses_name_check', message: 'a horse needs a registered name or a barn name' }),
    formatCheck(t.countryOfBirth, COUNTRY_CODE),
    customCheck('horses_height_hands_check', sql`${t.heightHands} between 6 and 20 and ${t.heightHands} - trunc(${t.heightHands}) <= 0.3`, {
      columns: [t.heightHands],
      column: t.heightHands,
      message: `must be ${HORSE_HEIGHT_HANDS_MIN} to ${HORSE_HEIGHT_HANDS_MAX} hands, as hands.inches with 0-3 inches, e.g. 15.2`,
      holds: (row) => isAbsent(row.height_hands) || isHandsAndInches(String(row.height_hands)),
      violations: [{ height_hands: '15.5' }, { height_hands: '25.0' }, { height_hands: '5.3' }],
    }),
    inOrder(t.foalingDate, t.deceasedOn, { name: 'horses_deceased_on_check', message: 'must not be before the foaling date' }),
    onlyWhen(t.deceasedOn, t.status, 'deceased', { name: 'horses_deceased_status_check' }),
    // differ(first, second) renders `second <> first` and reports on second: sireId here, as the CHECK reads.
    differ(t.damId, t.sireId, { name: 'horses_parents_check', message: 'sire and dam must be different horses' }),
    differ(t.id, t.sireId, { name: 'horses_sire_id_check', message: 'a horse cannot be its own sire' }),
    differ(t.id, t.damId, { name: 'horses_dam_id_check', message: 'a horse cannot be its own dam' }),
  ],
);

/**
 * The CHECK's arithmetic on a decimal string: 6-20 hands, and the fraction (the inches, 0-3) at most .3. The
 * fraction is read from the digits, not by subtraction, so 15.3 is not 15.300000000000001.
 */
const isHandsAndInches = (value: string) => {
  const hands = Number(value);
  const fraction = Number(`0.${value.split('.')[1] ?? '0'}`);
  return hands >= HORSE_HEIGHT_HANDS_MIN && hands <= HORSE_HEIGHT_HANDS_MAX && fraction <= 0.3;
};
