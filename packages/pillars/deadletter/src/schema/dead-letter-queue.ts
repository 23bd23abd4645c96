import { errorLogs } from '@db/admin/tables';
import {
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  jsonObject,
  nonNegative,
  onlyWhen,
  positive,
  requiredWhen,
  SNAKE_CASE_KEY,
  textEnum,
  timestamps,
  timestamptz,
  together,
} from '@db/core';
import { queueManagement } from '@db/reliability/tables';
import { sql } from 'drizzle-orm';
import { foreignKey, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  DLQ_CONTENT_TYPES,
  DLQ_ERROR_CLASS,
  DLQ_MESSAGE_STATUSES,
  DLQ_MESSAGE_TYPE,
  DLQ_RESOLUTIONS,
  DLQ_SCHEMA_VERSION,
} from '../constants.ts';
import { messageValidationRules } from './message-validation-rules.ts';

/**
 * A message that failed on a queue, as a work queue of its own: claimed by one worker at a time (`claimed_by`
 * until `claimed_until`, taken with FOR UPDATE SKIP LOCKED through `dead_letter_queue_claim_idx`), retried with
 * a counted attempt and a growing delay from its queue's current `message_queue_configs` row, and parked for a
 * person after `max_attempts` (src/queue.ts). The source's message id is the natural key: a failure the broker
 * delivers again upserts onto the row and counts it (`failure_count`) instead of adding a second one.
 *
 * A claimed message's `next_attempt_at` is its lease expiry, so one index serves both a due retry and a lapsed
 * claim (a worker that died).
 */
export const deadLetterQueue = domainTable(
  'dead_letter_queue',
  {
    id: id(),
    /** The queue the message failed on. RESTRICT: a queue with dead letters is not deleted (as @db/reliability says). */
    queueId: uuid()
      .notNull()
      .references(() => queueManagement.id, { onDelete: 'restrict' }),
    /** The producing system, e.g. horse_api, stripe_webhooks, weatherbys_sync. */
    sourceSystem: text().notNull(),
    /** The source's (or broker's) message id: SQS MessageId, Kafka topic-partition-offset, a webhook event id. */
    sourceMessageId: text().notNull(),
    messageType: text().notNull(),
    schemaVersion: text(),
    /** The validation rule the message failed, when validation put it here. SET NULL: provenance. */
    validationRuleId: uuid(),
    contentType: textEnum(DLQ_CONTENT_TYPES).notNull().default('application/json'),
    /**
     * The body, genuinely open-ended (every producer's own shape), as a JSON object; a non-JSON body as
     * `{ body, encoding }`. Blanked to {} by a purge_payload cleanup (`payload_purged_at`).
     */
    payload: jsonObject<Record<string, unknown>>(),
    /** Message attributes and headers as the broker delivered them, strings to strings. */
    headers: jsonObject<Record<string, string>>(),
    /** The size of the body as received. */
    payloadBytes: integer().notNull(),
    /** The exception of the latest failure, e.g. TimeoutError, ZodError. */
    errorClass: text().notNull(),
    /** Its message, scrubbed of personal data by the worker (the payload is where the data is). */
    errorMessage: text(),
    /** The error tracker's issue (Sentry) that groups this failure. SET NULL: the dead letter outlives the issue. */
    errorLogId: uuid().references(() => errorLogs.id, { onDelete: 'set null' }),
    /** Retries made here (each one a dlq_processing_logs row). */
    attempts: integer().notNull().default(0),
    /** Copied from the queue's policy when the message arrives; an operator may raise it for one message. */
    maxAttempts: integer().notNull(),
    /** How many times the source delivered this failure (a redelivery upserts and counts). */
    failureCount: integer().notNull().default(1),
    status: textEnum(DLQ_MESSAGE_STATUSES).notNull().default('pending'),
    /** When the message may next be claimed: its next retry, or its lease expiry while claimed. */
    nextAttemptAt: timestamptz(),
    /** The worker holding the message, e.g. dlq-worker-7f9c4d-2xkqp (a pod name). */
    claimedBy: text(),
    /** The end of that worker's lease. */
    claimedUntil: timestamptz(),
    firstFailedAt: timestamptz().notNull(),
    /** The latest failure reported by the source: what a redelivery updates (the row's source_updated_at). */
    lastFailedAt: timestamptz().notNull(),
    parkedAt: timestamptz(),
    resolvedAt: timestamptz(),
    resolution: textEnum(DLQ_RESOLUTIONS),
    /** When a cleanup policy blanked the payload and headers. */
    payloadPurgedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    // Named here: the generated names would pass PostgreSQL's 63 characters.
    foreignKey({
      name: 'dead_letter_queue_validation_rule_id_fkey',
      columns: [t.validationRuleId],
      foreignColumns: [messageValidationRules.id],
    }).onDelete('set null'),
    uniqueIndex('dead_letter_queue_source_message_key').on(t.queueId, t.sourceSystem, t.sourceMessageId),
    /** The claim: due messages of a queue, oldest due first (FOR UPDATE SKIP LOCKED). */
    index('dead_letter_queue_claim_idx')
      .on(t.queueId, t.nextAttemptAt)
      .where(sql`${t.status} in ('pending', 'claimed')`),
    /** The review queue: parked messages of a queue, oldest first. */
    index('dead_letter_queue_parked_idx')
      .on(t.queueId, t.parkedAt)
      .where(sql`${t.status} = 'parked'`),
    /** Cleanup and the operators' screens: a queue's messages by status and age. */
    index('dead_letter_queue_status_idx').on(t.queueId, t.status, t.lastFailedAt),
    index('dead_letter_queue_validation_rule_id_idx').on(t.validationRuleId),
    index('dead_letter_queue_error_log_id_idx').on(t.errorLogId),
    index('dead_letter_queue_message_type_idx').on(t.messageType, t.lastFailedAt),
    formatCheck(t.sourceSystem, SNAKE_CASE_KEY),
    formatCheck(t.sourceMessageId, EXTERNAL_ID),
    formatCheck(t.messageType, DLQ_MESSAGE_TYPE),
    formatCheck(t.schemaVersion, DLQ_SCHEMA_VERSION),
    formatCheck(t.errorClass, DLQ_ERROR_CLASS),
    formatCheck(t.claimedBy, EXTERNAL_ID),
    nonNegative(t.payloadBytes),
    nonNegative(t.attempts),
    positive(t.maxAttempts),
    inOrder(t.attempts, t.maxAttempts, { name: 'dead_letter_queue_attempts_limit_check', message: 'must not be below attempts' }),
    positive(t.failureCount),
    requiredWhen(t.nextAttemptAt, t.status, 'pending', { name: 'dead_letter_queue_pending_check' }),
    together(t.claimedBy, t.claimedUntil, { name: 'dead_letter_queue_claim_check', message: 'claimedBy and claimedUntil are given together or not at all' }),
    requiredWhen(t.claimedUntil, t.status, 'claimed', { name: 'dead_letter_queue_claimed_check' }),
    onlyWhen(t.claimedUntil, t.status, 'claimed', { name: 'dead_letter_queue_claimed_status_check' }),
    inOrder(t.firstFailedAt, t.lastFailedAt, { name: 'dead_letter_queue_last_failed_at_check', message: 'must not be before firstFailedAt' }),
    requiredWhen(t.parkedAt, t.status, 'parked', { name: 'dead_letter_queue_parked_check' }),
    requiredWhen(t.resolvedAt, t.status, 'resolved', { name: 'dead_letter_queue_resolved_check' }),
    requiredWhen(t.resolvedAt, t.status, 'discarded', { name: 'dead_letter_queue_discarded_check' }),
    together(t.resolvedAt, t.resolution, { name: 'dead_letter_queue_resolved_resolution_check', message: 'resolvedAt and resolution are given together or not at all' }),
    inOrder(t.firstFailedAt, t.resolvedAt, { name: 'dead_letter_queue_resolved_at_check', message: 'must not be before firstFailedAt' }),
  ],
);
