import {
  differ,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  nonNegative,
  requiredWhen,
  SHA256_HEX,
  textEnum,
  timestamps,
  timestamptz,
  together,
} from '@db/core';
import { sql } from 'drizzle-orm';
import { bigint, boolean, date, foreignKey, index, text, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import {
  ADMIN_BACKUP_KINDS,
  ADMIN_BACKUP_SOURCES,
  ADMIN_BACKUP_STATUSES,
  ADMIN_ENVIRONMENTS,
  ADMIN_RESTORE_TEST_RESULTS,
  ADMIN_URI,
} from '../constants.ts';
import { adminUsers } from './admin-users.ts';

/**
 * A backup of one of the platform's databases, as the backup tool or managed service reports it (pgBackRest
 * label, RDS snapshot ARN): (source, external_backup_id) is the upsert key. Incremental, differential and WAL
 * backups name the backup they build on, which cannot be deleted while they exist (RESTRICT). A backup is only as
 * good as its last restore test, so that is recorded too.
 */
export const databaseBackups = domainTable(
  'database_backups',
  {
    id: id(),
    source: textEnum(ADMIN_BACKUP_SOURCES).notNull(),
    /** The tool's id: pgBackRest 20240601-020000F, an RDS snapshot ARN, a WAL segment range. */
    externalBackupId: text().notNull(),
    /** The database backed up, e.g. equine. */
    databaseName: text().notNull(),
    environment: textEnum(ADMIN_ENVIRONMENTS).notNull(),
    kind: textEnum(ADMIN_BACKUP_KINDS).notNull(),
    /** The backup this one builds on. RESTRICT: a base backup outlives the chain that needs it. */
    parentBackupId: uuid().references((): AnyPgColumn => databaseBackups.id, { onDelete: 'restrict' }),
    status: textEnum(ADMIN_BACKUP_STATUSES).notNull().default('running'),
    startedAt: timestamptz().notNull(),
    completedAt: timestamptz(),
    /** Stored size (compressed, encrypted); some managed snapshots do not report it. */
    sizeBytes: bigint({ mode: 'number' }),
    /** Where it is stored: s3://equine-backups/prod/20240601-020000F, gs://..., https://... */
    storageUrl: text(),
    checksumSha256: text(),
    isEncrypted: boolean().notNull().default(true),
    /** The last test restore of this backup into a scratch instance, and its result. */
    restoreTestedAt: timestamptz(),
    restoreTestResult: textEnum(ADMIN_RESTORE_TEST_RESULTS),
    /** Kept until this day by the retention policy; then expired and deleted from storage. */
    retainUntil: date(),
    /** The admin who started an on-demand backup; null for scheduled ones. SET NULL: a credit (FK below). */
    triggeredByAdminUserId: uuid(),
    /** When the tool last changed the backup's record (completion, expiry). */
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('database_backups_source_external_backup_id_key').on(t.source, t.externalBackupId),
    index('database_backups_parent_backup_id_idx').on(t.parentBackupId),
    index('database_backups_triggered_by_admin_user_id_idx').on(t.triggeredByAdminUserId),
    // Declared here with a name: the generated one would pass PostgreSQL's 63 characters.
    foreignKey({
      name: 'database_backups_triggered_by_admin_user_id_fkey',
      columns: [t.triggeredByAdminUserId],
      foreignColumns: [adminUsers.id],
    }).onDelete('set null'),
    /** The latest backups of a database. */
    index('database_backups_database_idx').on(t.databaseName, t.environment, t.startedAt),
    /** The retention job's queue. */
    index('database_backups_retain_until_idx')
      .on(t.retainUntil)
      .where(sql`${t.status} = 'completed'`),
    formatCheck(t.externalBackupId, EXTERNAL_ID),
    formatCheck(t.storageUrl, ADMIN_URI),
    formatCheck(t.checksumSha256, SHA256_HEX),
    differ(t.id, t.parentBackupId, { name: 'database_backups_parent_check', message: 'a backup cannot build on itself' }),
    inOrder(t.startedAt, t.completedAt, { name: 'database_backups_completed_at_check', message: 'must not be before startedAt' }),
    requiredWhen(t.completedAt, t.status, 'completed', { name: 'database_backups_completed_check' }),
    nonNegative(t.sizeBytes),
    together(t.restoreTestedAt, t.restoreTestResult, { name: 'database_backups_restore_test_check' }),
    inOrder(t.completedAt, t.restoreTestedAt, { name: 'database_backups_restore_tested_at_check', message: 'must not be before completedAt' }),
  ],
);
