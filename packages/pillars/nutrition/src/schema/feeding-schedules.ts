import {
  between,
  customCheck,
  domainTable,
  formatCheck,
  IANA_TIME_ZONE,
  id,
  inOrder,
  isAbsent,
  isDecimal,
  positive,
  textEnum,
  timestamps,
  units,
} from '@db/core';
import { horses } from '@db/horses/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { date, index, integer, numeric, text, time, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { FEED_MEASURE_UNITS, FEED_PREPARATIONS } from '../constants.ts';
import { feedTypes } from './feed-types.ts';

/**
 * One line of a horse's feed chart: which feed, how much (in the yard's measure and its kg equivalent), at what
 * time of day in which time zone, from when until when. A change closes the line (`validTo`) and opens a new one,
 * so the chart's history is kept; one current line per horse, feed and time.
 */
export const feedingSchedules = domainTable(
  'feeding_schedules',
  {
    id: id(),
    horseId: uuid()
      .notNull()
      .references(() => horses.id, { onDelete: 'cascade' }),
    /** Restrict: a feed on a chart is discontinued (`feed_types.discontinued_on`), not deleted. */
    feedTypeId: uuid()
      .notNull()
      .references(() => feedTypes.id, { onDelete: 'restrict' }),
    /** In `unit`: 2 scoops, 1.5 flakes, 250 g, 0.1 litre of oil. */
    quantity: numeric({ precision: 10, scale: 3 }).notNull(),
    unit: textEnum(FEED_MEASURE_UNITS).notNull(),
    /** The same quantity in kg (a scoop of this feed weighs ...), what rations are computed from; exact for kg and g. */
    quantityKg: numeric({ precision: 12, scale: 6 }).notNull(),
    /** Local time of the feed, e.g. 07:00; read with `timeZone`. */
    feedTime: time().notNull(),
    /** IANA name of the yard's zone, e.g. Europe/Dublin: 07:00 stays 07:00 across daylight saving. */
    timeZone: text().notNull(),
    preparation: textEnum(FEED_PREPARATIONS).notNull().default('as_supplied'),
    /** For soaked feeds: hay for laminitics 30-60 min, unmolassed beet 12 h or more. */
    soakMinutes: integer(),
    validFrom: date().notNull(),
    /** The last day of the line; null while it is on the chart. */
    validTo: date(),
    /** What the groom needs to know, e.g. "Feed after exercise; wet the nuts". */
    instructions: text(),
    /** Who wrote the line (a credit: nulled on erasure). */
    createdByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  (t) => [
    index('feeding_schedules_horse_id_idx').on(t.horseId, t.validFrom),
    uniqueIndex('feeding_schedules_current_key').on(t.horseId, t.feedTypeId, t.feedTime).where(sql`${t.validTo} is null`),
    index('feeding_schedules_feed_type_id_idx').on(t.feedTypeId),
    index('feeding_schedules_created_by_user_id_idx').on(t.createdByUserId),
    positive(t.quantity),
    positive(t.quantityKg),
    formatCheck(t.timeZone, IANA_TIME_ZONE),
    between(t.soakMinutes, 1, 2880),
    inOrder(t.validFrom, t.validTo, { name: 'feeding_schedules_valid_to_check', message: 'must not be before validFrom' }),
    customCheck(
      'feeding_schedules_kg_equivalent_check',
      sql`(${t.unit} <> 'kg' or ${t.quantityKg} = ${t.quantity}) and (${t.unit} <> 'g' or ${t.quantityKg} * 1000 = ${t.quantity})`,
      {
        columns: [t.unit, t.quantity, t.quantityKg],
        column: t.quantityKg,
        message: 'must equal quantity when the unit is kg, and quantity / 1000 when it is g',
        holds: (row) => kgEquivalentHolds(row.unit, row.quantity, row.quantity_kg),
        violations: [
          { unit: 'kg', quantity: '2.000', quantity_kg: '1.500000' },
          { unit: 'g', quantity: '250.000', quantity_kg: '250.000000' },
        ],
      },
    ),
  ],
);

/** The CHECK's twin, in exact decimals: a kg quantity is its own kg equivalent, a g quantity a thousandth of it. */
function kgEquivalentHolds(unit: unknown, quantity: unknown, quantityKg: unknown): boolean {
  if (isAbsent(unit) || isAbsent(quantity) || isAbsent(quantityKg) || (unit !== 'kg' && unit !== 'g')) return true;
  if (!isDecimal(quantity) || !isDecimal(quantityKg)) return true;
  const given = units(quantity, 6);
  const kg = units(quantityKg, 6);
  return unit === 'kg' ? kg === given : kg * 1000n === given;
}
