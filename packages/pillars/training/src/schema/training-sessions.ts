import {
  between,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  jsonList,
  nonNegative,
  requiredWhen,
  textEnum,
  timestamps,
  timestamptz,
} from '@db/core';
import { horses } from '@db/horses/tables';
import { invoiceLineItems } from '@db/purchases/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { foreignKey, index, integer, numeric, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  TRAINING_DATA_SOURCES,
  TRAINING_EXERCISE_TYPES,
  TRAINING_GAITS,
  TRAINING_GOINGS,
  TRAINING_HEART_RATE_MAX,
  TRAINING_HEART_RATE_MIN,
  TRAINING_SESSION_STATUSES,
  TRAINING_SPEED_MAX_MPS,
  TRAINING_SURFACES,
} from '../constants.ts';
import { exercisePlans } from './exercise-plans.ts';
import { trainingPrograms } from './training-programs.ts';

/** One piece of an interval session as the device splits it, e.g. the second 800 m canter piece. */
export interface TrainingInterval {
  label?: string | undefined;
  gait?: (typeof TRAINING_GAITS)[number] | undefined;
  durationS: number;
  distanceM?: number | undefined;
  avgSpeedMps?: number | undefined;
  maxHeartRateBpm?: number | undefined;
}

/**
 * A horse's training session or workout: planned (scheduled), done (completed) or called off, logged by hand or
 * imported from the rider's app or the horse's sensor (Equilab, Polar, Garmin, Equimetre): (source, source's
 * activity id) is the key ingestion upserts on, `source_updated_at` when the source last changed it.
 *
 * ON DELETE: the session is the horse's training record and goes with the horse (CASCADE), as all horse data
 * does. A session a trainer bills for is not the financial record: the invoice line is (@db/purchases, kept by
 * its invoice, its horse link SET NULL), and the session points at it; so nothing billed is lost with a horse.
 * Rider and trainer are credits (SET NULL on erasure).
 */
export const trainingSessions = domainTable(
  'training_sessions',
  {
    id: id(),
    horseId: uuid()
      .notNull()
      .references(() => horses.id, { onDelete: 'cascade' }),
    programId: uuid().references(() => trainingPrograms.id, { onDelete: 'set null' }),
    /** The planned exercise this session carried out. */
    exercisePlanId: uuid().references(() => exercisePlans.id, { onDelete: 'set null' }),
    riderUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    /** The trainer or coach who gave the session. */
    trainerUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    /** The invoice line that billed it (a lesson, a schooling session). FK below: the generated name is too long. */
    invoiceLineItemId: uuid(),
    source: textEnum(TRAINING_DATA_SOURCES).notNull().default('manual'),
    /** The activity's id at the source. */
    externalActivityId: text(),
    sourceUpdatedAt: timestamptz(),
    sessionType: textEnum(TRAINING_EXERCISE_TYPES).notNull(),
    status: textEnum(TRAINING_SESSION_STATUSES).notNull().default('completed'),
    startedAt: timestamptz().notNull(),
    endedAt: timestamptz(),
    /** Moving time in seconds (pauses excluded, so it may be less than ended_at - started_at). */
    durationS: integer(),
    distanceM: integer(),
    avgSpeedMps: numeric({ precision: 4, scale: 2 }),
    maxSpeedMps: numeric({ precision: 4, scale: 2 }),
    avgHeartRateBpm: smallint(),
    maxHeartRateBpm: smallint(),
    /** The rider's rating of perceived exertion, 1 (very easy) to 10 (maximal). */
    rpe: smallint(),
    surface: textEnum(TRAINING_SURFACES),
    /** The going on turf or all-weather (gallops, cross-country); arenas leave it empty. */
    going: textEnum(TRAINING_GOINGS),
    /** Where, as the rider names it: "Ballymore outdoor arena", "Curragh gallops, Old Vic". */
    locationName: text(),
    /** Interval pieces as the device splits them. */
    intervals: jsonList<TrainingInterval>(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('training_sessions_source_external_activity_id_key').on(t.source, t.externalActivityId),
    index('training_sessions_horse_id_idx').on(t.horseId, t.startedAt),
    index('training_sessions_program_id_idx').on(t.programId),
    index('training_sessions_exercise_plan_id_idx').on(t.exercisePlanId),
    index('training_sessions_rider_user_id_idx').on(t.riderUserId, t.startedAt),
    index('training_sessions_trainer_user_id_idx').on(t.trainerUserId, t.startedAt),
    // The trainer's diary: upcoming sessions only.
    index('training_sessions_scheduled_idx').on(t.trainerUserId, t.startedAt).where(sql`${t.status} = 'scheduled'`),
    index('training_sessions_invoice_line_item_id_idx').on(t.invoiceLineItemId),
    foreignKey({
      name: 'training_sessions_invoice_line_item_id_fkey',
      columns: [t.invoiceLineItemId],
      foreignColumns: [invoiceLineItems.id],
    }).onDelete('set null'),
    formatCheck(t.externalActivityId, EXTERNAL_ID),
    inOrder(t.startedAt, t.endedAt, { name: 'training_sessions_ended_at_check', message: 'must not be before the start' }),
    requiredWhen(t.durationS, t.status, 'completed', { name: 'training_sessions_completed_duration_check' }),
    // Up to 24 hours: a 160 km endurance ride is ridden within that.
    between(t.durationS, 1, 86_400),
    nonNegative(t.distanceM),
    between(t.avgSpeedMps, 0, TRAINING_SPEED_MAX_MPS),
    between(t.maxSpeedMps, 0, TRAINING_SPEED_MAX_MPS),
    inOrder(t.avgSpeedMps, t.maxSpeedMps, { name: 'training_sessions_speeds_check', message: 'must not be below avgSpeedMps' }),
    between(t.avgHeartRateBpm, TRAINING_HEART_RATE_MIN, TRAINING_HEART_RATE_MAX),
    between(t.maxHeartRateBpm, TRAINING_HEART_RATE_MIN, TRAINING_HEART_RATE_MAX),
    inOrder(t.avgHeartRateBpm, t.maxHeartRateBpm, { name: 'training_sessions_heart_rates_check', message: 'must not be below avgHeartRateBpm' }),
    between(t.rpe, 1, 10),
  ],
);
