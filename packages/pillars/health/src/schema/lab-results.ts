import { domainTable, formatCheck, HTTP_URL, id, inOrder, jsonList, requiredWhen, textEnum, timestamps, timestamptz } from '@db/core';
import { horses } from '@db/horses/tables';
import { veterinarians } from '@db/providers/tables';
import { foreignKey, index, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  HEALTH_LAB_INTERPRETATIONS,
  HEALTH_LAB_RESULT_STATUSES,
  HEALTH_LAB_SAMPLE_TYPES,
  HEALTH_LAB_TEST_CATEGORIES,
  HEALTH_LABORATORY_CODE,
  type HealthLabAnalyteFlag,
} from '../constants.ts';
import { healthRecords } from './health-records.ts';
import { vetVisits } from './vet-visits.ts';

/** One measured analyte of a report, e.g. { analyte: 'SAA', value: 12, unit: 'mg/L', referenceHigh: 20, flag: 'normal' }. */
export interface HealthLabAnalyte {
  analyte: string;
  value: number | string;
  unit?: string | undefined;
  referenceLow?: number | undefined;
  referenceHigh?: number | undefined;
  flag?: HealthLabAnalyteFlag | undefined;
}

/**
 * A laboratory test on a sample from a horse (a haematology panel, a strangles PCR, a faecal egg count), as the
 * laboratory reports it. The laboratory's accession number identifies the sample and several tests may run on
 * it: (laboratory code, accession number, test code) is the key result feeds upsert on, as reports go from
 * preliminary to final to amended.
 */
export const labResults = domainTable(
  'lab_results',
  {
    id: id(),
    horseId: uuid()
      .notNull()
      .references(() => horses.id, { onDelete: 'cascade' }),
    vetVisitId: uuid().references(() => vetVisits.id, { onDelete: 'set null' }),
    healthRecordId: uuid().references(() => healthRecords.id, { onDelete: 'set null' }),
    /** FK declared below: the generated name is too long. */
    requestedByVeterinarianId: uuid(),
    /** Upper-case code of the laboratory: IEC, ROSSDALES, WEATHERBYS. */
    laboratoryCode: text().notNull(),
    laboratoryName: text(),
    accessionNumber: text().notNull(),
    /** The laboratory's test code, e.g. HAEM, FEC, STREP-PCR. */
    testCode: text().notNull(),
    testName: text().notNull(),
    testCategory: textEnum(HEALTH_LAB_TEST_CATEGORIES).notNull(),
    sampleType: textEnum(HEALTH_LAB_SAMPLE_TYPES).notNull(),
    collectedAt: timestamptz(),
    receivedAt: timestamptz(),
    reportedAt: timestamptz(),
    status: textEnum(HEALTH_LAB_RESULT_STATUSES).notNull().default('pending'),
    interpretation: textEnum(HEALTH_LAB_INTERPRETATIONS),
    results: jsonList<HealthLabAnalyte>(),
    /** The pathologist's comments. */
    comments: text(),
    reportUrl: text(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('lab_results_laboratory_code_accession_number_test_code_key').on(t.laboratoryCode, t.accessionNumber, t.testCode),
    index('lab_results_horse_id_idx').on(t.horseId, t.collectedAt),
    index('lab_results_vet_visit_id_idx').on(t.vetVisitId),
    index('lab_results_health_record_id_idx').on(t.healthRecordId),
    index('lab_results_requested_by_veterinarian_id_idx').on(t.requestedByVeterinarianId),
    foreignKey({
      name: 'lab_results_requested_by_veterinarian_id_fkey',
      columns: [t.requestedByVeterinarianId],
      foreignColumns: [veterinarians.id],
    }).onDelete('set null'),
    formatCheck(t.laboratoryCode, HEALTH_LABORATORY_CODE),
    formatCheck(t.reportUrl, HTTP_URL),
    inOrder(t.collectedAt, t.receivedAt, { name: 'lab_results_received_at_check', message: 'must not be before the collection' }),
    inOrder(t.collectedAt, t.reportedAt, { name: 'lab_results_reported_at_check', message: 'must not be before the collection' }),
    requiredWhen(t.reportedAt, t.status, 'final', { name: 'lab_results_final_reported_at_check' }),
  ],
);
