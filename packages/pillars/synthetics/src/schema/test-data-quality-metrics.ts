import {
  between,
  createdAt,
  domainTable,
  formatCheck,
  id,
  inOrder,
  nonNegative,
  onlyWhen,
  requiredWhen,
  requiredWith,
  SNAKE_CASE_KEY,
  textEnum,
  timestamptz,
} from '@db/core';
import { sql } from 'drizzle-orm';
import { bigint, boolean, foreignKey, index, integer, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { SYNTHETIC_QUALITY_CHECK_KINDS, SYNTHETIC_QUALITY_TOOLS } from '../constants.ts';
import { syntheticDataSets } from './synthetic-data-sets.ts';

/**
 * One quality check of a generated data set, append-only (the database refuses UPDATE and DELETE:
 * `syntheticsDatabaseObjects`): what was checked (a table, a column, the whole set), by which tool, the rows
 * checked and failed, completeness, validity and uniqueness in percent against the threshold, and whether it
 * passed. A `pii_scan` counts findings of real personal data (names, emails, phone numbers, microchips of real
 * horses): with the generator's signed-off guarantee, it is the evidence that a data set loaded into staging or a
 * demo held no personal data, so it is never edited; a re-run is a new entry at its own `checked_at`, and a
 * re-delivered one is a no-op on (data_set_id, check_key, checked_at) (`on conflict do nothing`). Its data set is
 * RESTRICT, as the trigger requires: an expired data set's row stays (status `deleted`).
 */
export const testDataQualityMetrics = domainTable(
  'test_data_quality_metrics',
  {
    id: id(),
    dataSetId: uuid().notNull(),
    /** The check's key in the suite, snake_case, e.g. horse_identifiers_microchip_valid. */
    checkKey: text().notNull(),
    checkKind: textEnum(SYNTHETIC_QUALITY_CHECK_KINDS).notNull(),
    tool: textEnum(SYNTHETIC_QUALITY_TOOLS).notNull(),
    /** The table checked; null for a check of the whole data set (a PII scan of the dump). */
    targetTable: text(),
    targetColumn: text(),
    rowsChecked: bigint({ mode: 'number' }).notNull(),
    rowsFailed: bigint({ mode: 'number' }).notNull().default(0),
    /** Non-null values among the rows checked. */
    completenessPercent: numeric({ precision: 5, scale: 2 }),
    /** Values that pass the column's rules (format, range, enum). */
    validityPercent: numeric({ precision: 5, scale: 2 }),
    /** Distinct values among the non-null ones. */
    uniquenessPercent: numeric({ precision: 5, scale: 2 }),
    /** The least the measured percentage may be for the check to pass. */
    thresholdPercent: numeric({ precision: 5, scale: 2 }),
    /** For a PII scan: values a detector took for real personal data (0 to pass). */
    piiFindingsCount: integer(),
    passed: boolean().notNull(),
    checkedAt: timestamptz().notNull(),
    ...createdAt(),
  },
  (t) => [
    uniqueIndex('test_data_quality_metrics_check_key').on(t.dataSetId, t.checkKey, t.checkedAt),
    // Declared here with a name: the generated one would pass PostgreSQL's 63 characters. The unique key above
    // starts with data_set_id, so it serves this foreign key and a data set's checks.
    foreignKey({
      name: 'test_data_quality_metrics_data_set_id_fkey',
      columns: [t.dataSetId],
      foreignColumns: [syntheticDataSets.id],
    }).onDelete('restrict'),
    /** Failed checks, latest first: what holds a data set in quarantine. */
    index('test_data_quality_metrics_failed_idx')
      .on(t.checkedAt)
      .where(sql`not ${t.passed}`),
    formatCheck(t.checkKey, SNAKE_CASE_KEY),
    formatCheck(t.targetTable, SNAKE_CASE_KEY),
    formatCheck(t.targetColumn, SNAKE_CASE_KEY),
    requiredWith(t.targetTable, t.targetColumn, { name: 'test_data_quality_metrics_target_table_check' }),
    nonNegative(t.rowsFailed),
    inOrder(t.rowsFailed, t.rowsChecked, { name: 'test_data_quality_metrics_rows_check', message: 'must not be below rowsFailed' }),
    between(t.completenessPercent, 0, 100),
    between(t.validityPercent, 0, 100),
    between(t.uniquenessPercent, 0, 100),
    between(t.thresholdPercent, 0, 100),
    nonNegative(t.piiFindingsCount),
    requiredWhen(t.piiFindingsCount, t.checkKind, 'pii_scan', { name: 'test_data_quality_metrics_pii_findings_check' }),
    onlyWhen(t.piiFindingsCount, t.checkKind, 'pii_scan', { name: 'test_data_quality_metrics_pii_findings_kind_check' }),
  ],
);
