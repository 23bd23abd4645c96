import { domainTable, EXTERNAL_ID, formatCheck, id, inOrder, nonNegative, SNAKE_CASE_KEY, textEnum, timestamps, timestamptz, together } from '@db/core';
import { horses } from '@db/horses/tables';
import { userProfiles } from '@db/users/tables';
import { date, index, numeric, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { FEED_APPETITES } from '../constants.ts';
import { feedTypes } from './feed-types.ts';

/**
 * What a horse ate of one feed on one day: what was offered and what was left (weighed back, or read from a
 * feeder's scales). One row per horse, feed and day; stable management systems and smart feeders upsert on it,
 * or on their own (source, external id).
 */
export const feedConsumption = domainTable(
  'feed_consumption',
  {
    id: id(),
    horseId: uuid()
      .notNull()
      .references(() => horses.id, { onDelete: 'cascade' }),
    feedTypeId: uuid()
      .notNull()
      .references(() => feedTypes.id, { onDelete: 'restrict' }),
    /** The yard's calendar day. */
    consumedOn: date().notNull(),
    offeredKg: numeric({ precision: 6, scale: 2 }).notNull(),
    /** Left over or refused, weighed back; never more than was offered. */
    refusedKg: numeric({ precision: 6, scale: 2 }).notNull().default('0.00'),
    /** How many feeds the day's quantity was split into. */
    feedCount: smallint(),
    appetite: textEnum(FEED_APPETITES),
    /** Stable machine name of the system that reported it, e.g. equicloud, haygain_feeder. */
    source: text(),
    externalId: text(),
    sourceUpdatedAt: timestamptz(),
    /** Who weighed back (a credit: nulled on erasure). */
    recordedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    notes: text(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('feed_consumption_horse_id_feed_type_id_consumed_on_key').on(t.horseId, t.feedTypeId, t.consumedOn),
    index('feed_consumption_horse_id_consumed_on_idx').on(t.horseId, t.consumedOn),
    uniqueIndex('feed_consumption_source_external_id_key').on(t.source, t.externalId),
    index('feed_consumption_feed_type_id_idx').on(t.feedTypeId),
    index('feed_consumption_recorded_by_user_id_idx').on(t.recordedByUserId),
    nonNegative(t.offeredKg),
    nonNegative(t.refusedKg),
    inOrder(t.refusedKg, t.offeredKg, { name: 'feed_consumption_refused_within_offered_check', message: 'must be at least refusedKg: more cannot be refused than was offered' }),
    nonNegative(t.feedCount),
    formatCheck(t.source, SNAKE_CASE_KEY),
    formatCheck(t.externalId, EXTERNAL_ID),
    together(t.source, t.externalId, { name: 'feed_consumption_source_check' }),
  ],
);
