import { customCheck, domainTable, id, inOrder, nonNegative, timestamps, timestamptz } from '@db/core';
import { queueManagement } from '@db/reliability/tables';
import { sql } from 'drizzle-orm';
import { integer, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * A queue's dead-letter figures over one hour (bucket_start on the hour, UTC): arrivals and redeliveries,
 * attempts and their outcomes, parked, resolved and discarded messages, the backlog at the end of the hour and
 * its oldest age, p95 processing time, distinct error fingerprints. One row per (queue, hour): the rollup job
 * upserts it on that key while the hour is open and once more after, with `computed_at`.
 */
export const dlqAnalytics = domainTable(
  'dlq_analytics',
  {
    id: id(),
    /** The queue. CASCADE: derived figures about the queue alone. */
    queueId: uuid()
      .notNull()
      .references(() => queueManagement.id, { onDelete: 'cascade' }),
    bucketStart: timestamptz().notNull(),
    /** New dead letters in the hour. */
    messagesArrived: integer().notNull().default(0),
    /** Failures the source delivered again for messages already here. */
    redeliveries: integer().notNull().default(0),
    attemptsMade: integer().notNull().default(0),
    attemptsSucceeded: integer().notNull().default(0),
    attemptsFailed: integer().notNull().default(0),
    messagesParked: integer().notNull().default(0),
    messagesResolved: integer().notNull().default(0),
    messagesDiscarded: integer().notNull().default(0),
    /** Messages pending, claimed or parked at the end of the hour. */
    backlogAtEnd: integer().notNull().default(0),
    /** The age of the oldest pending message at the end of the hour; null when none was pending. */
    oldestPendingAgeSeconds: integer(),
    p95ProcessingMs: integer(),
    distinctErrorFingerprints: integer().notNull().default(0),
    /** When the rollup computed the row. */
    computedAt: timestamptz().notNull(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('dlq_analytics_queue_id_bucket_start_key').on(t.queueId, t.bucketStart),
    /**
     * Hourly buckets start on the hour. By the epoch, not date_trunc, which follows the session's time zone
     * (Asia/Kolkata is +05:30).
     */
    customCheck('dlq_analytics_bucket_start_check', sql`extract(epoch from ${t.bucketStart}) % 3600 = 0`, {
      columns: [t.bucketStart],
      column: t.bucketStart,
      message: 'must be on the hour (UTC), e.g. 2024-11-06T19:00:00Z',
      holds: (row) => row.bucket_start === null || row.bucket_start === undefined || (row.bucket_start as Date).getTime() % 3_600_000 === 0,
      violations: [{ bucket_start: new Date('2024-11-06T19:30:00Z') }, { bucket_start: new Date('2024-11-06T19:00:00.250Z') }],
    }),
    nonNegative(t.messagesArrived),
    nonNegative(t.redeliveries),
    nonNegative(t.attemptsMade),
    nonNegative(t.attemptsSucceeded),
    nonNegative(t.attemptsFailed),
    inOrder(t.attemptsSucceeded, t.attemptsMade, { name: 'dlq_analytics_succeeded_within_attempts_check', message: 'must not be below attemptsSucceeded' }),
    inOrder(t.attemptsFailed, t.attemptsMade, { name: 'dlq_analytics_failed_within_attempts_check', message: 'must not be below attemptsFailed' }),
    nonNegative(t.messagesParked),
    nonNegative(t.messagesResolved),
    nonNegative(t.messagesDiscarded),
    nonNegative(t.backlogAtEnd),
    nonNegative(t.oldestPendingAgeSeconds),
    nonNegative(t.p95ProcessingMs),
    nonNegative(t.distinctErrorFingerprints),
  ],
);
