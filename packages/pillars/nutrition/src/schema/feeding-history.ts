import { createdAt, domainTable, EXTERNAL_ID, formatCheck, id, nonNegative, onlyWhen, requiredWhen, SNAKE_CASE_KEY, textEnum, timestamptz, together } from '@db/core';
import { horses } from '@db/horses/tables';
import { userProfiles } from '@db/users/tables';
import { index, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { FEEDING_STATUSES } from '../constants.ts';
import { feedTypes } from './feed-types.ts';
import { feedingSchedules } from './feeding-schedules.ts';

/**
 * Each feed given to a horse (or due and skipped), when, by whom, from which bag batch: evidence of what a horse
 * ate before a positive dope test (contaminated feed is the usual defence) and of a yard's duty of care. So it is
 * append-only: `created_at` only, UPDATE and DELETE refused by the database (`nutritionDatabaseObjects`); a wrong
 * entry is answered by a new one. Its foreign keys are RESTRICT (SET NULL would need the UPDATE the trigger
 * refuses), and it holds ids, not copies of personal data. Smart feeders replay on (source, external id).
 */
export const feedingHistory = domainTable(
  'feeding_history',
  {
    id: id(),
    horseId: uuid()
      .notNull()
      .references(() => horses.id, { onDelete: 'restrict' }),
    /** The chart line this feed carried out; null for an extra feed. */
    feedingScheduleId: uuid().references(() => feedingSchedules.id, { onDelete: 'restrict' }),
    feedTypeId: uuid()
      .notNull()
      .references(() => feedTypes.id, { onDelete: 'restrict' }),
    fedAt: timestamptz().notNull(),
    /** Null when a machine fed (an automated feeder); restrict: erasure anonymises the profile and keeps the entry. */
    fedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'restrict' }),
    status: textEnum(FEEDING_STATUSES).notNull().default('given'),
    quantityKg: numeric({ precision: 8, scale: 3 }),
    /** The batch or lot number printed on the bag, for tracing a contaminated batch. */
    batchNumber: text(),
    /** Why a due feed was not given, e.g. "at Millstreet show", "nil by mouth before surgery". */
    skipReason: text(),
    /** Stable machine name of the feeder or system, e.g. equicloud, haygain_feeder. */
    source: text(),
    externalId: text(),
    ...createdAt(),
  },
  (t) => [
    index('feeding_history_horse_id_idx').on(t.horseId, t.fedAt),
    index('feeding_history_feeding_schedule_id_idx').on(t.feedingScheduleId),
    index('feeding_history_feed_type_id_idx').on(t.feedTypeId, t.batchNumber),
    index('feeding_history_fed_by_user_id_idx').on(t.fedByUserId, t.fedAt),
    uniqueIndex('feeding_history_source_external_id_key').on(t.source, t.externalId),
    nonNegative(t.quantityKg),
    requiredWhen(t.quantityKg, t.status, 'given', { name: 'feeding_history_given_quantity_check' }),
    onlyWhen(t.skipReason, t.status, 'skipped', { name: 'feeding_history_skip_reason_check' }),
    formatCheck(t.source, SNAKE_CASE_KEY),
    formatCheck(t.externalId, EXTERNAL_ID),
    together(t.source, t.externalId, { name: 'feeding_history_source_check' }),
  ],
);
