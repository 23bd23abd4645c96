import {
  currency,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  HTTP_URL,
  id,
  inOrder,
  money,
  nonNegative,
  onlyWhen,
  requiredWhen,
  textEnum,
  timestamps,
  timestamptz,
} from '@db/core';
import { labResults } from '@db/health/tables';
import { horses } from '@db/horses/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { date, index, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  BREEDING_GENETIC_SAMPLE_TYPES,
  BREEDING_GENETIC_TEST_PURPOSES,
  BREEDING_GENETIC_TEST_STATUSES,
  BREEDING_LABORATORY_CODE,
  BREEDING_PARENTAGE_RESULTS,
} from '../constants.ts';

/**
 * A genetic test ordered from a laboratory for a horse: a disease panel, a colour panel, parentage verification,
 * a DNA profile. The order and the report; the genotype of each marker is a `genetic_test_results` row. The
 * laboratory's accession number identifies the sample: (laboratory code, accession number) is the key result
 * feeds upsert on as the order goes from sampled to reported (`source_updated_at`). When the report is also filed
 * in the clinical record (@db/health `lab_results`, category genetic), `labResultId` links it.
 */
export const geneticTests = domainTable(
  'genetic_tests',
  {
    id: id(),
    horseId: uuid()
      .notNull()
      .references(() => horses.id, { onDelete: 'cascade' }),
    /** Provenance: nulled on the orderer's erasure. */
    orderedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    labResultId: uuid().references(() => labResults.id, { onDelete: 'set null' }),
    /** Upper-case code of the laboratory: UCDAVIS, WEATHERBYS, LABOKLIN, ETALON. */
    laboratoryCode: text().notNull(),
    laboratoryName: text(),
    accessionNumber: text().notNull(),
    /** The laboratory's panel, e.g. "Sport Horse Panel", "Five-panel (AQHA)". */
    panelName: text(),
    purpose: textEnum(BREEDING_GENETIC_TEST_PURPOSES).notNull(),
    sampleType: textEnum(BREEDING_GENETIC_SAMPLE_TYPES).notNull().default('hair'),
    sampledOn: date(),
    receivedOn: date(),
    reportedOn: date(),
    status: textEnum(BREEDING_GENETIC_TEST_STATUSES).notNull().default('ordered'),
    /** Parentage tests only. */
    parentageResult: textEnum(BREEDING_PARENTAGE_RESULTS),
    price: money(),
    currency: currency(),
    reportUrl: text(),
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('genetic_tests_laboratory_code_accession_number_key').on(t.laboratoryCode, t.accessionNumber),
    index('genetic_tests_horse_id_idx').on(t.horseId, t.sampledOn),
    index('genetic_tests_ordered_by_user_id_idx').on(t.orderedByUserId),
    index('genetic_tests_lab_result_id_idx').on(t.labResultId),
    /** Orders still at the laboratory. */
    index('genetic_tests_open_idx')
      .on(t.laboratoryCode, t.sampledOn)
      .where(sql`${t.status} in ('ordered', 'sample_sent', 'received', 'in_progress')`),
    formatCheck(t.laboratoryCode, BREEDING_LABORATORY_CODE),
    formatCheck(t.accessionNumber, EXTERNAL_ID),
    inOrder(t.sampledOn, t.receivedOn, { name: 'genetic_tests_received_on_check', message: 'must not be before the sampling' }),
    inOrder(t.sampledOn, t.reportedOn, { name: 'genetic_tests_reported_on_check', message: 'must not be before the sampling' }),
    requiredWhen(t.reportedOn, t.status, 'reported', { name: 'genetic_tests_reported_check' }),
    onlyWhen(t.parentageResult, t.purpose, 'parentage', { name: 'genetic_tests_parentage_only_check' }),
    nonNegative(t.price),
    formatCheck(t.reportUrl, HTTP_URL),
  ],
);
