import { adminUsers } from '@db/admin/tables';
import { between, domainTable, formatCheck, id, inOrder, nonNegative, requiredWhen, requiredWith, textEnum, timestamps, timestamptz } from '@db/core';
import { queueManagement } from '@db/reliability/tables';
import { sql } from 'drizzle-orm';
import { boolean, foreignKey, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { DLQ_ARCHIVE_URI, DLQ_CLEANUP_ACTIONS, DLQ_CLEANUP_STATUSES, DLQ_CRON } from '../constants.ts';

/**
 * How long a queue's dead letters in one status are kept and what happens after: the payload blanked (the row,
 * its attempts and the operators' actions stay as evidence), the row archived to object storage and deleted, or
 * deleted. Versioned like a policy document: a change closes the current row and opens the next, one current per
 * (queue, status) (partial unique index), each with its justification and approver.
 */
export const dlqCleanupPolicies = domainTable(
  'dlq_cleanup_policies',
  {
    id: id(),
    /** The queue. CASCADE: the queue's own retention settings. */
    queueId: uuid()
      .notNull()
      .references(() => queueManagement.id, { onDelete: 'cascade' }),
    messageStatus: textEnum(DLQ_CLEANUP_STATUSES).notNull(),
    /** Days after the message's last failure (resolution, for resolved and discarded ones). */
    retainDays: integer().notNull(),
    action: textEnum(DLQ_CLEANUP_ACTIONS).notNull().default('purge_payload'),
    archiveLocation: text(),
    /** Why this period: the record's purpose and the rule behind it (GDPR art. 5(1)(e), Revenue's six years). */
    justification: text().notNull(),
    /** Messages per batch, so a purge never holds long locks. */
    batchSize: integer().notNull().default(1000),
    schedule: text().notNull().default('@daily'),
    enabled: boolean().notNull().default(true),
    lastRunAt: timestamptz(),
    /** Messages the last run changed or deleted. */
    lastRunAffectedCount: integer(),
    validFrom: timestamptz().notNull().defaultNow(),
    validTo: timestamptz(),
    /** Who approved the period (the DPO, the queue's owner). RESTRICT: a retention decision is a compliance record. */
    approvedByAdminUserId: uuid(),
    ...timestamps(),
  },
  (t) => [
    // Named here: the generated names would pass PostgreSQL's 63 characters.
    foreignKey({
      name: 'dlq_cleanup_policies_approved_by_admin_user_id_fkey',
      columns: [t.approvedByAdminUserId],
      foreignColumns: [adminUsers.id],
    }).onDelete('restrict'),
    /** One policy in force per queue and status. */
    uniqueIndex('dlq_cleanup_policies_current_key')
      .on(t.queueId, t.messageStatus)
      .where(sql`${t.validTo} is null`),
    index('dlq_cleanup_policies_queue_id_idx').on(t.queueId, t.messageStatus, t.validFrom),
    index('dlq_cleanup_policies_approved_by_admin_user_id_idx').on(t.approvedByAdminUserId),
    // A day to ten years: Revenue and HMRC keep payment records six years, so a payments queue may keep a row that long.
    between(t.retainDays, 1, 3650),
    formatCheck(t.archiveLocation, DLQ_ARCHIVE_URI),
    requiredWhen(t.archiveLocation, t.action, 'archive_then_delete', { name: 'dlq_cleanup_policies_archive_check' }),
    between(t.batchSize, 1, 100000),
    formatCheck(t.schedule, DLQ_CRON),
    nonNegative(t.lastRunAffectedCount),
    requiredWith(t.lastRunAt, t.lastRunAffectedCount, { name: 'dlq_cleanup_policies_last_run_check', message: 'is required when lastRunAffectedCount is given' }),
    inOrder(t.validFrom, t.validTo, { name: 'dlq_cleanup_policies_valid_to_check', message: 'must not be before validFrom' }),
  ],
);
