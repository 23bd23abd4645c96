import {
  currency,
  domainTable,
  formatCheck,
  id,
  inOrder,
  jsonObject,
  onlyWhen,
  positive,
  requiredWhen,
  SHA256_HEX,
  textEnum,
  timestamps,
  timestamptz,
  together,
} from '@db/core';
import { horses } from '@db/horses/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { date, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { FINANCE_REPORT_FORMATS, FINANCE_REPORT_GROUPINGS, FINANCE_REPORT_STATUSES, FINANCE_REPORT_TYPES } from '../constants.ts';
import { taxRecords } from './tax-records.ts';

/**
 * The filters a report was generated with, as the request gave them: category and horse ids, whether amounts
 * include VAT, how lines are grouped.
 */
export type FinanceReportParameters = {
  categoryIds?: string[] | undefined;
  horseIds?: string[] | undefined;
  includeVat?: boolean | undefined;
  groupBy?: (typeof FINANCE_REPORT_GROUPINGS)[number] | undefined;
  compareWithPreviousPeriod?: boolean | undefined;
};

/**
 * A report document generated for a user: a profit and loss, a cash flow, a VAT summary, what a horse cost over a
 * period, budget against actual. Requested, queued, generated into a file (format, storage key, size, SHA-256),
 * downloaded, expired. A VAT summary can back a tax return (`tax_records`).
 */
export const financialReports = domainTable(
  'financial_reports',
  {
    id: id(),
    /** The person's own documents: deleted with them (CASCADE). */
    userId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'cascade' }),
    reportType: textEnum(FINANCE_REPORT_TYPES).notNull(),
    title: text().notNull(),
    periodStart: date().notNull(),
    /** Last day of the period, included. */
    periodEnd: date().notNull(),
    /** A horse cost report is about one horse, and goes with the horse's record (CASCADE). */
    horseId: uuid().references(() => horses.id, { onDelete: 'cascade' }),
    /** The return a VAT summary supports; unset if that draft return is deleted. */
    taxRecordId: uuid().references(() => taxRecords.id, { onDelete: 'set null' }),
    /** The currency amounts are reported in (others converted). */
    currency: currency(),
    format: textEnum(FINANCE_REPORT_FORMATS).notNull().default('pdf'),
    parameters: jsonObject<FinanceReportParameters>(),
    status: textEnum(FINANCE_REPORT_STATUSES).notNull().default('queued'),
    requestedAt: timestamptz().notNull().defaultNow(),
    generatedAt: timestamptz(),
    /** The file in object storage, e.g. reports/<user id>/<uuid>.pdf. */
    storageKey: text(),
    fileSizeBytes: integer(),
    checksumSha256: text(),
    /** When the file is deleted from storage (the row stays as `expired`). */
    expiresAt: timestamptz(),
    failureReason: text(),
    ...timestamps(),
  },
  (t) => [
    index('financial_reports_user_id_requested_at_idx').on(t.userId, t.requestedAt),
    index('financial_reports_horse_id_idx').on(t.horseId),
    index('financial_reports_tax_record_id_idx').on(t.taxRecordId),
    uniqueIndex('financial_reports_storage_key_key').on(t.storageKey),
    /** The generator's queue. */
    index('financial_reports_queue_idx')
      .on(t.requestedAt)
      .where(sql`${t.status} in ('queued', 'generating')`),
    inOrder(t.periodStart, t.periodEnd, { name: 'financial_reports_period_check', message: 'must not be before periodStart' }),
    requiredWhen(t.horseId, t.reportType, 'horse_cost', { name: 'financial_reports_horse_check', message: 'a horse cost report names its horse' }),
    requiredWhen(t.storageKey, t.status, 'ready', { name: 'financial_reports_storage_key_check' }),
    requiredWhen(t.generatedAt, t.status, 'ready', { name: 'financial_reports_generated_at_check' }),
    together(t.storageKey, t.checksumSha256, { name: 'financial_reports_checksum_check' }),
    formatCheck(t.checksumSha256, SHA256_HEX),
    positive(t.fileSizeBytes),
    inOrder(t.requestedAt, t.generatedAt, { name: 'financial_reports_generated_after_requested_check', message: 'must not be before requestedAt' }),
    inOrder(t.generatedAt, t.expiresAt, { strict: true, name: 'financial_reports_expires_at_check', message: 'must be after generatedAt' }),
    requiredWhen(t.failureReason, t.status, 'failed', { name: 'financial_reports_failure_reason_check' }),
    onlyWhen(t.failureReason, t.status, 'failed', { name: 'financial_reports_failure_reason_status_check' }),
  ],
);
