import { currency, domainTable, id, inOrder, money, nonNegative, requiredWhen, textEnum, timestamps, timestamptz } from '@db/core';
import { horses } from '@db/horses/tables';
import { veterinarians, vetPractices } from '@db/providers/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { date, index, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { HEALTH_VISIT_SETTINGS, HEALTH_VISIT_STATUSES, HEALTH_VISIT_TYPES } from '../constants.ts';
import { healthRecords } from './health-records.ts';

/**
 * A veterinary encounter: booked, attended, charged. The practice is the keeper of the clinical record, so a
 * practice with visits cannot be deleted (it is closed through its status instead). (practice, external visit
 * id) is the key practice-system ingestion upserts on.
 */
export const vetVisits = domainTable(
  'vet_visits',
  {
    id: id(),
    horseId: uuid()
      .notNull()
      .references(() => horses.id, { onDelete: 'cascade' }),
    practiceId: uuid()
      .notNull()
      .references(() => vetPractices.id, { onDelete: 'restrict' }),
    /** The attending vet. */
    veterinarianId: uuid().references(() => veterinarians.id, { onDelete: 'set null' }),
    /** The problem the visit is about, when there is one. */
    healthRecordId: uuid().references(() => healthRecords.id, { onDelete: 'set null' }),
    /** The owner or yard manager who booked it. */
    requestedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    /** The visit's id in the practice-management system. */
    externalVisitId: text(),
    visitType: textEnum(HEALTH_VISIT_TYPES).notNull(),
    setting: textEnum(HEALTH_VISIT_SETTINGS).notNull().default('ambulatory_yard'),
    status: textEnum(HEALTH_VISIT_STATUSES).notNull().default('scheduled'),
    scheduledAt: timestamptz(),
    startedAt: timestamptz(),
    endedAt: timestamptz(),
    reasonForVisit: text(),
    clinicalFindings: text(),
    treatmentSummary: text(),
    followUpOn: date(),
    /** What the visit was charged, VAT included (the invoice itself belongs to the purchases pillar). */
    totalCharged: money(),
    currency: currency(),
    ...timestamps(),
  },
  (t) => [
    index('vet_visits_horse_id_idx').on(t.horseId, t.startedAt),
    uniqueIndex('vet_visits_practice_id_external_visit_id_key').on(t.practiceId, t.externalVisitId),
    index('vet_visits_veterinarian_id_idx').on(t.veterinarianId),
    index('vet_visits_health_record_id_idx').on(t.healthRecordId),
    index('vet_visits_requested_by_user_id_idx').on(t.requestedByUserId),
    // The practice diary: upcoming visits only.
    index('vet_visits_scheduled_idx').on(t.practiceId, t.scheduledAt).where(sql`${t.status} = 'scheduled'`),
    inOrder(t.startedAt, t.endedAt, { name: 'vet_visits_ended_at_check', message: 'must not be before the start' }),
    requiredWhen(t.startedAt, t.status, 'completed', { name: 'vet_visits_completed_started_at_check' }),
    nonNegative(t.totalCharged),
  ],
);
