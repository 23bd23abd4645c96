import { adminUsers } from '@db/admin/tables';
import {
  differ,
  domainTable,
  EXTERNAL_ID,
  exactlyOneOf,
  formatCheck,
  id,
  inOrder,
  jsonObject,
  nonNegative,
  onlyWhen,
  positive,
  requiredWhen,
  SHA256_HEX,
  textEnum,
  timestamps,
  timestamptz,
  together,
} from '@db/core';
import { queueManagement } from '@db/reliability/tables';
import { sql } from 'drizzle-orm';
import { foreignKey, index, integer, text, uuid } from 'drizzle-orm/pg-core';
import { DLQ_MESSAGE_STATUSES, DLQ_RECOVERY_ACTION_TYPES, DLQ_RECOVERY_STATUSES } from '../constants.ts';
import { deadLetterQueue } from './dead-letter-queue.ts';
import { dlqManualReviews } from './dlq-manual-reviews.ts';

/** Which dead letters of a queue a bulk action took (every criterion optional; none = every message in the statuses). */
export type DlqRecoverySelection = {
  statuses?: (typeof DLQ_MESSAGE_STATUSES)[number][];
  messageType?: string;
  errorClass?: string;
  errorFingerprint?: string;
  failedFrom?: string;
  failedTo?: string;
};

/**
 * What an operator did to dead letters: redrive them to a queue, replay them here, correct a payload and replay
 * it, or discard them; on one message, or in bulk on a queue's messages matching a selection. A record of an
 * operator's act (who, approved by whom, why, the outcome), so its people and messages are RESTRICT. An edit keeps
 * the SHA-256 digests of the payload before and after and the JSON pointers changed, never a copy of the data:
 * the corrected payload goes onto the message itself.
 */
export const dlqRecoveryActions = domainTable(
  'dlq_recovery_actions',
  {
    id: id(),
    /** The one message acted on. RESTRICT: the action is the record of what happened to it. */
    deadLetterId: uuid().references(() => deadLetterQueue.id, { onDelete: 'restrict' }),
    /** A bulk action's queue (exactly one of deadLetterId and queueId). RESTRICT: a record. */
    queueId: uuid().references(() => queueManagement.id, { onDelete: 'restrict' }),
    /** Where a redrive sent the messages: their source queue, or another one. RESTRICT: a record. */
    targetQueueId: uuid().references(() => queueManagement.id, { onDelete: 'restrict' }),
    /** The review that decided it. SET NULL: provenance. */
    manualReviewId: uuid(),
    actionType: textEnum(DLQ_RECOVERY_ACTION_TYPES).notNull(),
    status: textEnum(DLQ_RECOVERY_STATUSES).notNull().default('requested'),
    /** The operator. RESTRICT: an operator's act on production messages is audit evidence. */
    operatorAdminUserId: uuid().notNull(),
    /** A second admin's approval (discarding payments or bulk redrives). RESTRICT, as the operator. */
    approvedByAdminUserId: uuid(),
    reason: text().notNull(),
    /** A bulk action's selection; {} for one message. */
    selection: jsonObject<DlqRecoverySelection>(),
    /** An edit's payload digests, before and after. */
    payloadSha256Before: text(),
    payloadSha256After: text(),
    /** The JSON pointers an edit changed, e.g. /horse/dateOfBirth. */
    editedPaths: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    messageCount: integer().notNull().default(1),
    succeededCount: integer().notNull().default(0),
    failedCount: integer().notNull().default(0),
    requestedAt: timestamptz().notNull().defaultNow(),
    completedAt: timestamptz(),
    /** The incident or change ticket, e.g. INC-2024-311, CHG-2024-0502. */
    ticketReference: text(),
    ...timestamps(),
  },
  (t) => [
    // Named here: the generated names would pass PostgreSQL's 63 characters.
    foreignKey({
      name: 'dlq_recovery_actions_operator_admin_user_id_fkey',
      columns: [t.operatorAdminUserId],
      foreignColumns: [adminUsers.id],
    }).onDelete('restrict'),
    foreignKey({
      name: 'dlq_recovery_actions_approved_by_admin_user_id_fkey',
      columns: [t.approvedByAdminUserId],
      foreignColumns: [adminUsers.id],
    }).onDelete('restrict'),
    foreignKey({
      name: 'dlq_recovery_actions_manual_review_id_fkey',
      columns: [t.manualReviewId],
      foreignColumns: [dlqManualReviews.id],
    }).onDelete('set null'),
    index('dlq_recovery_actions_dead_letter_id_idx').on(t.deadLetterId, t.requestedAt),
    index('dlq_recovery_actions_queue_id_idx').on(t.queueId, t.requestedAt),
    index('dlq_recovery_actions_target_queue_id_idx').on(t.targetQueueId),
    index('dlq_recovery_actions_manual_review_id_idx').on(t.manualReviewId),
    index('dlq_recovery_actions_operator_admin_user_id_idx').on(t.operatorAdminUserId, t.requestedAt),
    index('dlq_recovery_actions_approved_by_admin_user_id_idx').on(t.approvedByAdminUserId),
    /** Actions still running: what the recovery worker and the operators' screen watch. */
    index('dlq_recovery_actions_open_idx')
      .on(t.requestedAt)
      .where(sql`${t.status} in ('requested', 'in_progress')`),
    exactlyOneOf([t.deadLetterId, t.queueId], { name: 'dlq_recovery_actions_target_check', message: 'give exactly one of deadLetterId and queueId' }),
    requiredWhen(t.targetQueueId, t.actionType, 'redrive', { name: 'dlq_recovery_actions_redrive_check' }),
    onlyWhen(t.targetQueueId, t.actionType, 'redrive', { name: 'dlq_recovery_actions_redrive_target_check' }),
    differ(t.operatorAdminUserId, t.approvedByAdminUserId, { name: 'dlq_recovery_actions_approver_check', message: 'an operator cannot approve their own action' }),
    formatCheck(t.payloadSha256Before, SHA256_HEX),
    formatCheck(t.payloadSha256After, SHA256_HEX),
    together(t.payloadSha256Before, t.payloadSha256After, {
      name: 'dlq_recovery_actions_payload_digests_check',
      message: 'payloadSha256Before and payloadSha256After are given together or not at all',
    }),
    requiredWhen(t.payloadSha256After, t.actionType, 'edit_and_replay', { name: 'dlq_recovery_actions_edit_check' }),
    onlyWhen(t.payloadSha256After, t.actionType, 'edit_and_replay', { name: 'dlq_recovery_actions_edit_only_check' }),
    differ(t.payloadSha256Before, t.payloadSha256After, { name: 'dlq_recovery_actions_edit_changes_check', message: 'an edit must change the payload' }),
    positive(t.messageCount),
    nonNegative(t.succeededCount),
    nonNegative(t.failedCount),
    inOrder(t.succeededCount, t.messageCount, { name: 'dlq_recovery_actions_succeeded_within_count_check', message: 'must not be below succeededCount' }),
    inOrder(t.failedCount, t.messageCount, { name: 'dlq_recovery_actions_failed_within_count_check', message: 'must not be below failedCount' }),
    inOrder(t.requestedAt, t.completedAt, { name: 'dlq_recovery_actions_completed_at_check', message: 'must not be before requestedAt' }),
    requiredWhen(t.completedAt, t.status, 'succeeded', { name: 'dlq_recovery_actions_succeeded_check' }),
    requiredWhen(t.completedAt, t.status, 'failed', { name: 'dlq_recovery_actions_failed_check' }),
    formatCheck(t.ticketReference, EXTERNAL_ID),
  ],
);
