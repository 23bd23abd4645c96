import { adminUsers } from '@db/admin/tables';
import { between, domainTable, id, inOrder, positive, range, textEnum, timestamps, timestamptz } from '@db/core';
import { queueManagement } from '@db/reliability/tables';
import { sql } from 'drizzle-orm';
import { boolean, foreignKey, index, integer, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { DLQ_BACKOFF_STRATEGIES, DLQ_EXHAUSTION_ACTIONS } from '../constants.ts';

/**
 * The retry and dead-letter policy of one queue (a `queue_management` row of @db/reliability, which owns the
 * queue, its broker settings and its broker-side redrive): how many attempts a dead letter gets, how the delay
 * between them grows (exponential with a cap, by default), how long a worker's claim lasts, what happens when the
 * attempts are spent. Versioned: a change closes the current row (`valid_to`) and opens the next version, so one
 * row per queue is current (partial unique index) and the history says which policy applied when.
 */
export const messageQueueConfigs = domainTable(
  'message_queue_configs',
  {
    id: id(),
    /** The queue. CASCADE: the policy describes the queue alone (its dead letters, RESTRICT, keep a queue alive anyway). */
    queueId: uuid()
      .notNull()
      .references(() => queueManagement.id, { onDelete: 'cascade' }),
    version: integer().notNull(),
    /** The attempts a dead letter gets here before it is parked (or discarded); copied onto each message when it arrives. */
    maxAttempts: integer().notNull().default(5),
    backoffStrategy: textEnum(DLQ_BACKOFF_STRATEGIES).notNull().default('exponential'),
    /** The delay before the first retry; the step of a linear backoff. */
    initialBackoffMs: integer().notNull(),
    /** The factor of an exponential backoff: each delay is the previous one times this, up to maxBackoffMs. */
    backoffMultiplier: numeric({ precision: 4, scale: 2 }).notNull().default('2.00'),
    /** The cap of the delay. */
    maxBackoffMs: integer().notNull(),
    /** Random reduction of each delay, up to this share (spreads retries of a burst): 20 = between 80 and 100 % of it. */
    jitterPercent: integer().notNull().default(0),
    /** How long a worker's claim lasts before another worker may take the message (the visibility timeout). */
    leaseSeconds: integer().notNull().default(300),
    /** The most messages one claim takes. */
    claimBatchSize: integer().notNull().default(10),
    onExhausted: textEnum(DLQ_EXHAUSTION_ACTIONS).notNull().default('park_for_review'),
    /** The time a parked message's review is due in. */
    reviewSlaHours: integer(),
    /** Whether the retry worker processes this queue's dead letters at all (paused during an incident). */
    retriesEnabled: boolean().notNull().default(true),
    validFrom: timestamptz().notNull().defaultNow(),
    validTo: timestamptz(),
    /** Who changed the policy: a credit, unset if the staff account is deleted. */
    changedByAdminUserId: uuid(),
    changeReason: text(),
    ...timestamps(),
  },
  (t) => [
    // Named here: the generated names would pass PostgreSQL's 63 characters.
    foreignKey({
      name: 'message_queue_configs_changed_by_admin_user_id_fkey',
      columns: [t.changedByAdminUserId],
      foreignColumns: [adminUsers.id],
    }).onDelete('set null'),
    uniqueIndex('message_queue_configs_queue_id_version_key').on(t.queueId, t.version),
    /** One policy in force per queue: what the retry worker reads. */
    uniqueIndex('message_queue_configs_current_key')
      .on(t.queueId)
      .where(sql`${t.validTo} is null`),
    index('message_queue_configs_changed_by_admin_user_id_idx').on(t.changedByAdminUserId),
    positive(t.version),
    // 1 to 100: a real policy retries a handful of times, a patient one (a partner API down for a weekend) up to ~50.
    between(t.maxAttempts, 1, 100),
    positive(t.initialBackoffMs),
    range(t.backoffMultiplier, { min: 1 }),
    inOrder(t.initialBackoffMs, t.maxBackoffMs, { name: 'message_queue_configs_max_backoff_ms_check', message: 'must not be below initialBackoffMs' }),
    between(t.jitterPercent, 0, 100),
    // SQS allows visibility timeouts up to 12 hours.
    between(t.leaseSeconds, 1, 43200),
    between(t.claimBatchSize, 1, 1000),
    positive(t.reviewSlaHours),
    inOrder(t.validFrom, t.validTo, { name: 'message_queue_configs_valid_to_check', message: 'must not be before validFrom' }),
  ],
);
