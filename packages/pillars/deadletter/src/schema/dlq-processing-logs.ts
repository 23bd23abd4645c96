import { between, createdAt, domainTable, EXTERNAL_ID, formatCheck, id, inOrder, nonNegative, positive, requiredWhen, textEnum, timestamptz, together } from '@db/core';
import { index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { DLQ_ATTEMPT_OUTCOMES, DLQ_ERROR_CLASS, DLQ_MESSAGE_STATUSES } from '../constants.ts';
import { deadLetterQueue } from './dead-letter-queue.ts';

/**
 * One processing attempt of one dead letter, append-only (the database refuses UPDATE and DELETE:
 * `deadletterDatabaseObjects`): which worker, when, how long, the outcome, the error, the delay chosen before the
 * next attempt and the status the message was left in. It holds ids and error classes, never the payload.
 * High-volume: a BRIN index on `created_at` serves time scans and `purge_dlq_processing_logs()` (400 days) its
 * retention; a large deployment partitions it by month.
 */
export const dlqProcessingLogs = domainTable(
  'dlq_processing_logs',
  {
    id: id(),
    /** The message. RESTRICT, as the append-only trigger requires: a message with attempts is kept (its payload purged). */
    deadLetterId: uuid()
      .notNull()
      .references(() => deadLetterQueue.id, { onDelete: 'restrict' }),
    /** 1 for the first retry here; unique per message, so a worker that writes its log twice adds one row. */
    attemptNumber: integer().notNull(),
    /** The worker that made the attempt, e.g. dlq-worker-7f9c4d-2xkqp. */
    workerId: text().notNull(),
    outcome: textEnum(DLQ_ATTEMPT_OUTCOMES).notNull(),
    /** The status the attempt left the message in: pending (to be retried), parked, resolved or discarded. */
    resultingStatus: textEnum(DLQ_MESSAGE_STATUSES).notNull(),
    startedAt: timestamptz().notNull(),
    finishedAt: timestamptz().notNull(),
    durationMs: integer().notNull(),
    errorClass: text(),
    /** Scrubbed of personal data by the worker. */
    errorMessage: text(),
    /** The status of the downstream call, when the consumer calls HTTP (a partner's 503, a 429). */
    httpStatus: integer(),
    /** The delay chosen before the next attempt (with jitter), and when that is. */
    backoffMs: integer(),
    nextAttemptAt: timestamptz(),
    ...createdAt(),
  },
  (t) => [
    uniqueIndex('dlq_processing_logs_dead_letter_id_attempt_number_key').on(t.deadLetterId, t.attemptNumber),
    /** Time scans over a log written in time order, and the retention purge. */
    index('dlq_processing_logs_created_at_brin_idx').using('brin', t.createdAt),
    positive(t.attemptNumber),
    formatCheck(t.workerId, EXTERNAL_ID),
    inOrder(t.startedAt, t.finishedAt, { name: 'dlq_processing_logs_finished_at_check', message: 'must not be before startedAt' }),
    nonNegative(t.durationMs),
    formatCheck(t.errorClass, DLQ_ERROR_CLASS),
    requiredWhen(t.errorClass, t.outcome, 'failed', { name: 'dlq_processing_logs_failed_check' }),
    between(t.httpStatus, 100, 599),
    nonNegative(t.backoffMs),
    together(t.backoffMs, t.nextAttemptAt, { name: 'dlq_processing_logs_backoff_check', message: 'backoffMs and nextAttemptAt are given together or not at all' }),
  ],
);
