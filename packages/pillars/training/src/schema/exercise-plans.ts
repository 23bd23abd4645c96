import { between, domainTable, id, inOrder, positive, textEnum, timestamps } from '@db/core';
import { boolean, integer, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  TRAINING_EXERCISE_TYPES,
  TRAINING_GAITS,
  TRAINING_HEART_RATE_MAX,
  TRAINING_HEART_RATE_MIN,
  TRAINING_INTENSITIES,
  TRAINING_SURFACES,
} from '../constants.ts';
import { trainingPrograms } from './training-programs.ts';

/**
 * An exercise a programme plans on one of its days: what, for how long or how far, how hard (intensity, gait,
 * heart-rate band), on what surface. (programme, day, sequence) orders a day's exercises. Part of its programme.
 */
export const exercisePlans = domainTable(
  'exercise_plans',
  {
    id: id(),
    programId: uuid()
      .notNull()
      .references(() => trainingPrograms.id, { onDelete: 'cascade' }),
    /** Day of the programme, 1 = its start date (up to two years). */
    dayNumber: smallint().notNull(),
    /** Order within the day, from 1. */
    sequence: smallint().notNull().default(1),
    exerciseType: textEnum(TRAINING_EXERCISE_TYPES).notNull(),
    title: text().notNull(),
    instructions: text(),
    targetDurationMinutes: smallint(),
    targetDistanceM: integer(),
    targetIntensity: textEnum(TRAINING_INTENSITIES),
    targetGait: textEnum(TRAINING_GAITS),
    /** The heart-rate band to work in, bpm. */
    targetHeartRateMinBpm: smallint(),
    targetHeartRateMaxBpm: smallint(),
    /** Sets or pieces, e.g. 3 canter pieces of 800 m. */
    repetitions: smallint(),
    surface: textEnum(TRAINING_SURFACES),
    isOptional: boolean().notNull().default(false),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('exercise_plans_program_id_day_number_sequence_key').on(t.programId, t.dayNumber, t.sequence),
    between(t.dayNumber, 1, 730),
    positive(t.sequence),
    between(t.targetDurationMinutes, 1, 1440),
    positive(t.targetDistanceM),
    between(t.targetHeartRateMinBpm, TRAINING_HEART_RATE_MIN, TRAINING_HEART_RATE_MAX),
    between(t.targetHeartRateMaxBpm, TRAINING_HEART_RATE_MIN, TRAINING_HEART_RATE_MAX),
    inOrder(t.targetHeartRateMinBpm, t.targetHeartRateMaxBpm, { name: 'exercise_plans_heart_rate_band_check', message: 'must not be below targetHeartRateMinBpm' }),
    between(t.repetitions, 1, 100),
  ],
);
