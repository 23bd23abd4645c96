import {
  currency,
  domainTable,
  id,
  inOrder,
  money,
  nonNegative,
  onlyWhen,
  range,
  requiredWhen,
  textEnum,
  timestamps,
  timestamptz,
} from '@db/core';
import { horses } from '@db/horses/tables';
import { veterinarians, vetPractices } from '@db/providers/tables';
import { date, index, integer, smallint, text, uuid } from 'drizzle-orm/pg-core';
import {
  HEALTH_ANAESTHESIA_TYPES,
  HEALTH_ASA_GRADE_MAX,
  HEALTH_ASA_GRADE_MIN,
  HEALTH_SURGERY_OUTCOMES,
  HEALTH_SURGERY_STATUSES,
  HEALTH_SURGERY_URGENCIES,
} from '../constants.ts';
import { healthRecords } from './health-records.ts';

/**
 * A surgical procedure, from booking to discharge. The surgeon signs the operation record, so a vet who operated
 * cannot be deleted (restrict); the hospital's listing can go (set null). The outcome is only known once the
 * surgery is completed.
 */
export const surgeries = domainTable(
  'surgeries',
  {
    id: id(),
    horseId: uuid()
      .notNull()
      .references(() => horses.id, { onDelete: 'cascade' }),
    healthRecordId: uuid().references(() => healthRecords.id, { onDelete: 'set null' }),
    /** The hospital or clinic where it took place. */
    practiceId: uuid().references(() => vetPractices.id, { onDelete: 'set null' }),
    surgeonVeterinarianId: uuid().references(() => veterinarians.id, { onDelete: 'restrict' }),
    /** e.g. "Arthroscopic removal of osteochondral fragment". */
    procedureName: text().notNull(),
    /** e.g. "right hind tarsocrural joint". */
    anatomicalSite: text(),
    anaesthesiaType: textEnum(HEALTH_ANAESTHESIA_TYPES).notNull(),
    urgency: textEnum(HEALTH_SURGERY_URGENCIES).notNull().default('elective'),
    status: textEnum(HEALTH_SURGERY_STATUSES).notNull().default('scheduled'),
    /** ASA physical status before anaesthesia, 1-5. */
    asaGrade: smallint(),
    scheduledAt: timestamptz(),
    startedAt: timestamptz(),
    endedAt: timestamptz(),
    outcome: textEnum(HEALTH_SURGERY_OUTCOMES),
    complications: text(),
    dischargedOn: date(),
    /** Box rest prescribed after discharge, in days. */
    boxRestDays: integer(),
    totalCost: money(),
    currency: currency(),
    ...timestamps(),
  },
  (t) => [
    index('surgeries_horse_id_idx').on(t.horseId, t.startedAt),
    index('surgeries_health_record_id_idx').on(t.healthRecordId),
    index('surgeries_practice_id_idx').on(t.practiceId, t.scheduledAt),
    index('surgeries_surgeon_veterinarian_id_idx').on(t.surgeonVeterinarianId),
    range(t.asaGrade, { min: HEALTH_ASA_GRADE_MIN, max: HEALTH_ASA_GRADE_MAX }),
    inOrder(t.startedAt, t.endedAt, { strict: true, name: 'surgeries_ended_at_check', message: 'must be after the start' }),
    requiredWhen(t.startedAt, t.status, 'completed', { name: 'surgeries_completed_started_at_check' }),
    requiredWhen(t.endedAt, t.status, 'completed', { name: 'surgeries_completed_ended_at_check' }),
    onlyWhen(t.outcome, t.status, 'completed', { name: 'surgeries_outcome_completed_check' }),
    nonNegative(t.boxRestDays),
    nonNegative(t.totalCost),
  ],
);
