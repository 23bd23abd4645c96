import {
  between,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  onlyWhen,
  positive,
  requiredWhen,
  textEnum,
  textLength,
  timestamps,
  timestamptz,
} from '@db/core';
import { foreignKey, index, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { COMPETITION_SCHEDULE_ITEM_TYPES, COMPETITION_SCHEDULE_STATUSES } from '../constants.ts';
import { competitionClasses } from './competition-classes.ts';
import { competitionRegistrations } from './competition-registrations.ts';
import { competitions } from './competitions.ts';

/**
 * A competition's timetable, line by line: a class in an arena, each start of a class in its order of go (dressage
 * and eventing give every horse a time), and the fixtures around them (course walk, horse inspection, prize
 * giving). Instants are timestamptz; the competition's `timezone` is the zone they are shown in. Start lists come
 * from the organiser's scoring system and are re-published as the day runs late: (competition, the system's slot
 * id) is the upsert key. Part of its competition, class or entry (cascade).
 */
export const eventSchedules = domainTable(
  'event_schedules',
  {
    id: id(),
    competitionId: uuid()
      .notNull()
      .references(() => competitions.id, { onDelete: 'cascade' }),
    classId: uuid().references(() => competitionClasses.id, { onDelete: 'cascade' }),
    /** The entry a `start` line is for. FK below (named: the generated name is too long). */
    registrationId: uuid(),
    itemType: textEnum(COMPETITION_SCHEDULE_ITEM_TYPES).notNull(),
    /** e.g. "Course walk, class 12", "First horse inspection". */
    title: text(),
    /** Main Arena, Arena 2, the dressage arenas (A, B), the cross-country course. */
    arena: text(),
    startsAt: timestamptz().notNull(),
    endsAt: timestamptz(),
    /** Position in the class's start list, from 1. */
    orderOfGo: smallint(),
    status: textEnum(COMPETITION_SCHEDULE_STATUSES).notNull().default('provisional'),
    /** How late the line is running, as the announcer gives it. */
    delayMinutes: smallint().notNull().default(0),
    externalSlotId: text(),
    sourceUpdatedAt: timestamptz(),
    notes: text(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('event_schedules_competition_id_external_slot_id_key').on(t.competitionId, t.externalSlotId),
    /** The day's timetable. */
    index('event_schedules_competition_id_starts_at_idx').on(t.competitionId, t.startsAt),
    index('event_schedules_class_id_idx').on(t.classId, t.orderOfGo),
    index('event_schedules_registration_id_idx').on(t.registrationId),
    foreignKey({
      name: 'event_schedules_registration_id_fkey',
      columns: [t.registrationId],
      foreignColumns: [competitionRegistrations.id],
    }).onDelete('cascade'),
    requiredWhen(t.classId, t.itemType, 'class', { name: 'event_schedules_class_item_check' }),
    requiredWhen(t.registrationId, t.itemType, 'start', { name: 'event_schedules_start_item_check' }),
    onlyWhen(t.orderOfGo, t.itemType, 'start', { name: 'event_schedules_order_of_go_item_check' }),
    positive(t.orderOfGo),
    textLength(t.title, { min: 1, max: 200 }),
    textLength(t.arena, { min: 1, max: 100 }),
    inOrder(t.startsAt, t.endsAt, { name: 'event_schedules_ends_at_check', message: 'must not be before startsAt' }),
    between(t.delayMinutes, 0, 1440),
    formatCheck(t.externalSlotId, EXTERNAL_ID),
  ],
);
