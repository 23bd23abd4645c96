import {
  customCheck,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  isAbsent,
  nonNegative,
  positive,
  requiredWhen,
  SHA256_HEX,
  textEnum,
  timestamps,
  timestamptz,
} from '@db/core';
import { adminUsers } from '@db/admin/tables';
import { associationDirectories } from '@db/partnerships/tables';
import { sql } from 'drizzle-orm';
import { foreignKey, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { DIPLOMACY_MEMBER_SYNC_SOURCES, DIPLOMACY_MEMBER_SYNC_STATUSES } from '../constants.ts';
import { associationDataSharing } from './association-data-sharing.ts';

/**
 * One run of an association's member list into `association_memberships` (@db/partnerships): the export it read,
 * when it started and finished, how many rows it received and what became of them (matched to an existing
 * membership, of which updated; created; failed), the memberships it marked lapsed because they were missing from
 * the export, and its status. Every run imports members' personal data, so it runs under a data-sharing agreement
 * (`data_sharing_id`, restrict). Natural key: (`association_id`, `source_export_id`), the association's id for the
 * export: a retry of the same export upserts onto its run (`attempt_count`). High volume (nightly per association,
 * hourly for the large federations): a time-leading index on `started_at` serves the monitoring screen and the
 * retention purge (`purge_association_member_sync`, 400 days). Operational rows: they go with the association.
 */
export const associationMemberSync = domainTable(
  'association_member_sync',
  {
    id: id(),
    /** FK below (cascade). */
    associationId: uuid().notNull(),
    /** The agreement the import runs under (restrict). FK below. */
    dataSharingId: uuid().notNull(),
    /** The association's id for the export file or API batch, e.g. IPC-EXP-20240601-0200. */
    sourceExportId: text().notNull(),
    syncSource: textEnum(DIPLOMACY_MEMBER_SYNC_SOURCES).notNull(),
    status: textEnum(DIPLOMACY_MEMBER_SYNC_STATUSES).notNull().default('queued'),
    startedAt: timestamptz().notNull(),
    finishedAt: timestamptz(),
    /** When the association generated (or re-issued) the export: an older export than the last one is stale. */
    sourceUpdatedAt: timestamptz(),
    /** Member rows in the export. */
    rowsReceived: integer().notNull().default(0),
    /** Rows matched to an existing membership (by membership number), updated or unchanged. */
    rowsMatched: integer().notNull().default(0),
    /** Matched rows whose membership changed (type, status, paid-up date). */
    rowsUpdated: integer().notNull().default(0),
    /** Rows that created a membership. */
    rowsCreated: integer().notNull().default(0),
    /** Rows refused (no membership number, unknown type, no matching platform account and no email hash). */
    rowsFailed: integer().notNull().default(0),
    /** Active memberships absent from a full export, marked lapsed. */
    membershipsLapsed: integer().notNull().default(0),
    attemptCount: integer().notNull().default(1),
    /** SHA-256 of the export file as received. */
    fileSha256: text(),
    /** Why the run failed, for the operator (no member data). */
    errorSummary: text(),
    /** The staff member who started a manual run (null: the scheduler): a credit, nulled when the account goes. FK below. */
    triggeredByAdminUserId: uuid(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('association_member_sync_export_key').on(t.associationId, t.sourceExportId),
    /** Time-leading: the monitoring screen (latest runs) and the retention purge. */
    index('association_member_sync_started_at_idx').on(t.startedAt),
    index('association_member_sync_association_id_idx').on(t.associationId, t.startedAt),
    index('association_member_sync_data_sharing_id_idx').on(t.dataSharingId),
    index('association_member_sync_triggered_by_idx').on(t.triggeredByAdminUserId),
    /** Runs in flight, for the scheduler (one at a time per association). */
    index('association_member_sync_in_flight_idx')
      .on(t.associationId)
      .where(sql`${t.status} in ('queued', 'running')`),
    foreignKey({
      name: 'association_member_sync_association_id_fkey',
      columns: [t.associationId],
      foreignColumns: [associationDirectories.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'association_member_sync_data_sharing_id_fkey',
      columns: [t.dataSharingId],
      foreignColumns: [associationDataSharing.id],
    }).onDelete('restrict'),
    foreignKey({
      name: 'association_member_sync_triggered_by_fkey',
      columns: [t.triggeredByAdminUserId],
      foreignColumns: [adminUsers.id],
    }).onDelete('set null'),
    formatCheck(t.sourceExportId, EXTERNAL_ID),
    inOrder(t.startedAt, t.finishedAt, { name: 'association_member_sync_finished_at_check', message: 'must not be before startedAt' }),
    requiredWhen(t.finishedAt, t.status, 'succeeded', { name: 'association_member_sync_succeeded_check' }),
    requiredWhen(t.finishedAt, t.status, 'partially_succeeded', { name: 'association_member_sync_partial_check' }),
    requiredWhen(t.finishedAt, t.status, 'failed', { name: 'association_member_sync_failed_check' }),
    requiredWhen(t.errorSummary, t.status, 'failed', { name: 'association_member_sync_error_check', message: 'a failed run says why (errorSummary)' }),
    nonNegative(t.rowsReceived),
    nonNegative(t.rowsMatched),
    nonNegative(t.rowsUpdated),
    nonNegative(t.rowsCreated),
    nonNegative(t.rowsFailed),
    nonNegative(t.membershipsLapsed),
    inOrder(t.rowsUpdated, t.rowsMatched, {
      name: 'association_member_sync_updated_matched_check',
      message: 'must be at least rowsUpdated: an updated row is a matched one',
    }),
    // Each received row ends matched, created, failed or skipped (a duplicate line, a non-member row), so the three
    // outcomes never add up to more than was received. Summed as bigint: three int4 counts may pass int4's range.
    customCheck(
      'association_member_sync_rows_check',
      sql`${t.rowsMatched}::bigint + ${t.rowsCreated} + ${t.rowsFailed} <= ${t.rowsReceived}`,
      {
        columns: [t.rowsMatched, t.rowsCreated, t.rowsFailed, t.rowsReceived],
        column: t.rowsReceived,
        message: 'must be at least rowsMatched + rowsCreated + rowsFailed',
        holds: (row) =>
          isAbsent(row.rows_matched) ||
          isAbsent(row.rows_created) ||
          isAbsent(row.rows_failed) ||
          isAbsent(row.rows_received) ||
          Number(row.rows_matched) + Number(row.rows_created) + Number(row.rows_failed) <= Number(row.rows_received),
        violations: [
          { rows_received: 10, rows_matched: 8, rows_updated: 3, rows_created: 2, rows_failed: 1 },
          { rows_received: 0, rows_matched: 0, rows_updated: 0, rows_created: 1, rows_failed: 0 },
        ],
      },
    ),
    positive(t.attemptCount),
    formatCheck(t.fileSha256, SHA256_HEX),
  ],
);
