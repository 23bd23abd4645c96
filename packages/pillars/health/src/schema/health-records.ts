import { domainTable, id, inOrder, requiredWhen, textEnum, timestamps, together } from '@db/core';
import { horses } from '@db/horses/tables';
import { veterinarians, vetPractices } from '@db/providers/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { date, index, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  HEALTH_BODY_SYSTEMS,
  HEALTH_CODING_SYSTEMS,
  HEALTH_RECORD_STATUSES,
  HEALTH_RECORD_TYPES,
  HEALTH_SEVERITIES,
} from '../constants.ts';

/**
 * A horse's problem list, the spine of its clinical record: one row per condition, diagnosis, allergy or finding,
 * with when it began, was diagnosed and resolved. Visits, lab results, lameness exams, injuries, surgeries and
 * protocols point at the record they are about. Rows imported from a practice system carry (sourceSystem,
 * externalRecordId), the key ingestion upserts on.
 */
export const healthRecords = domainTable(
  'health_records',
  {
    id: id(),
    horseId: uuid()
      .notNull()
      .references(() => horses.id, { onDelete: 'cascade' }),
    /** The practice that made the diagnosis; the record outlives the practice's listing. */
    practiceId: uuid().references(() => vetPractices.id, { onDelete: 'set null' }),
    veterinarianId: uuid().references(() => veterinarians.id, { onDelete: 'set null' }),
    recordedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    recordType: textEnum(HEALTH_RECORD_TYPES).notNull(),
    /** e.g. "Proximal suspensory desmopathy, left fore". */
    title: text().notNull(),
    description: text(),
    bodySystem: textEnum(HEALTH_BODY_SYSTEMS),
    codingSystem: textEnum(HEALTH_CODING_SYSTEMS),
    /** The diagnosis code in `codingSystem`, e.g. a VeNom term id. */
    diagnosisCode: text(),
    severity: textEnum(HEALTH_SEVERITIES),
    status: textEnum(HEALTH_RECORD_STATUSES).notNull().default('active'),
    onsetOn: date(),
    diagnosedOn: date(),
    resolvedOn: date(),
    /** Stable machine name of the practice system the row came from, e.g. ezyvet, vetspace, provet_cloud. */
    sourceSystem: text(),
    externalRecordId: text(),
    ...timestamps(),
  },
  (t) => [
    index('health_records_horse_id_idx').on(t.horseId, t.diagnosedOn),
    index('health_records_practice_id_idx').on(t.practiceId),
    index('health_records_veterinarian_id_idx').on(t.veterinarianId),
    index('health_records_recorded_by_user_id_idx').on(t.recordedByUserId),
    // The open problem list of a horse: what every clinician opening the record reads first.
    index('health_records_open_idx').on(t.horseId).where(sql`${t.status} <> 'resolved'`),
    uniqueIndex('health_records_source_system_external_record_id_key').on(t.sourceSystem, t.externalRecordId),
    together(t.sourceSystem, t.externalRecordId, { name: 'health_records_source_check' }),
    together(t.codingSystem, t.diagnosisCode, { name: 'health_records_coding_check' }),
    inOrder(t.onsetOn, t.diagnosedOn, { name: 'health_records_diagnosed_on_check', message: 'must not be before the onset' }),
    inOrder(t.onsetOn, t.resolvedOn, { name: 'health_records_resolved_on_check', message: 'must not be before the onset' }),
    requiredWhen(t.resolvedOn, t.status, 'resolved', { name: 'health_records_resolved_status_check' }),
  ],
);
