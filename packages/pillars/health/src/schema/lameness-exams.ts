import { customCheck, domainTable, id, inOrder, isAbsent, jsonList, range, textEnum, timestamps, together } from '@db/core';
import { horses } from '@db/horses/tables';
import { veterinarians } from '@db/providers/tables';
import { sql } from 'drizzle-orm';
import { date, index, numeric, smallint, text, uuid } from 'drizzle-orm/pg-core';
import {
  HEALTH_AAEP_GRADE_MAX,
  HEALTH_AAEP_GRADE_MIN,
  HEALTH_FLEXION_RESULTS,
  HEALTH_LAMENESS_SURFACES,
  HEALTH_LIMBS,
  type HealthLimb,
} from '../constants.ts';
import { healthRecords } from './health-records.ts';
import { vetVisits } from './vet-visits.ts';

/**
 * A diagnostic analgesia ("nerve block") and how much the lameness improved after it, e.g. { block:
 * 'palmar_digital', limb: 'left_fore', improvementPercent: 20 }.
 */
export interface HealthNerveBlock {
  block: string;
  limb: HealthLimb;
  improvementPercent: number;
  notes?: string | undefined;
}

/**
 * A lameness examination: the grade on the AAEP scale (0 sound to 5 non-weight-bearing) for the lamest limb, how
 * it was seen, flexion tests, nerve blocks and, when an inertial sensor system was used, its head-movement
 * asymmetry. A lame horse (grade 1 or more) is lame on a limb, so `affectedLimb` is then required; a sound
 * re-examination may still name the limb that was checked.
 */
export const lamenessExams = domainTable(
  'lameness_exams',
  {
    id: id(),
    horseId: uuid()
      .notNull()
      .references(() => horses.id, { onDelete: 'cascade' }),
    vetVisitId: uuid().references(() => vetVisits.id, { onDelete: 'set null' }),
    healthRecordId: uuid().references(() => healthRecords.id, { onDelete: 'set null' }),
    veterinarianId: uuid().references(() => veterinarians.id, { onDelete: 'set null' }),
    examinedOn: date().notNull(),
    presentingComplaint: text(),
    affectedLimb: textEnum(HEALTH_LIMBS),
    /** AAEP lameness scale, 0-5. */
    aaepGrade: smallint().notNull(),
    surface: textEnum(HEALTH_LAMENESS_SURFACES),
    flexionTestResult: textEnum(HEALTH_FLEXION_RESULTS).notNull().default('not_performed'),
    nerveBlocks: jsonList<HealthNerveBlock>(),
    /** Inertial sensor system used, e.g. Lameness Locator, EquiGait. */
    sensorSystem: text(),
    /** Vertical head-movement asymmetry the sensors measured, in mm (signed: the side depends on the system). */
    headAsymmetryMm: numeric({ precision: 5, scale: 1 }),
    diagnosis: text(),
    followUpOn: date(),
    notes: text(),
    ...timestamps(),
  },
  (t) => [
    index('lameness_exams_horse_id_idx').on(t.horseId, t.examinedOn),
    index('lameness_exams_vet_visit_id_idx').on(t.vetVisitId),
    index('lameness_exams_health_record_id_idx').on(t.healthRecordId),
    index('lameness_exams_veterinarian_id_idx').on(t.veterinarianId),
    range(t.aaepGrade, { min: HEALTH_AAEP_GRADE_MIN, max: HEALTH_AAEP_GRADE_MAX }),
    // requiredWhen compares with one text value; this rule reads a grade above zero.
    customCheck('lameness_exams_lame_limb_check', sql`${t.aaepGrade} = 0 or ${t.affectedLimb} is not null`, {
      columns: [t.aaepGrade, t.affectedLimb],
      column: t.affectedLimb,
      message: 'is required when aaepGrade is 1 or more',
      holds: (row) => isAbsent(row.aaep_grade) || Number(row.aaep_grade) === 0 || !isAbsent(row.affected_limb),
      violations: [{ aaep_grade: 2, affected_limb: null }],
    }),
    together(t.sensorSystem, t.headAsymmetryMm, { name: 'lameness_exams_sensor_check' }),
    inOrder(t.examinedOn, t.followUpOn, { name: 'lameness_exams_follow_up_on_check', message: 'must not be before the examination' }),
  ],
);
