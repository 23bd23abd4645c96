import type { Database } from '@db/core';
import { and, eq, inArray, isNull, sql, type AnyRelations } from 'drizzle-orm';
import type { DlqResolution } from './constants.ts';
import { deadLetterQueue } from './schema/dead-letter-queue.ts';
import { dlqManualReviews } from './schema/dlq-manual-reviews.ts';
import { dlqProcessingLogs } from './schema/dlq-processing-logs.ts';
import { messageQueueConfigs } from './schema/message-queue-configs.ts';
import type { DeadLetter, MessageQueueConfig, NewDeadLetter } from './validation.ts';

/**
 * The dead-letter queue as a work queue. A worker claims due messages (`claimDeadLetters`), processes each, and
 * reports a failure (`recordAttemptFailure`: the attempt is counted and logged, the next one scheduled with the
 * queue's backoff, or the message parked for review when its attempts are spent) or a success
 * (`resolveDeadLetter`). The broker's side writes failures in with `ingestDeadLetter`, which upserts on the
 * source's message id. Times of attempts are the worker's; due times are compared with the database's now().
 */

type Db = Database<AnyRelations>;

/** The retry settings of a queue's policy that the delay depends on. */
export type BackoffPolicy = Pick<MessageQueueConfig, 'backoffStrategy' | 'initialBackoffMs' | 'backoffMultiplier' | 'maxBackoffMs' | 'jitterPercent'>;

/**
 * The delay after failed attempt number `attempt` (1 = the first): the initial delay, then the same (fixed), one
 * step more each time (linear) or multiplied each time (exponential), never above the cap; jitter then takes off up
 * to `jitterPercent` of it at random, so the retries of a burst do not arrive together.
 */
export function backoffDelayMs(policy: BackoffPolicy, attempt: number, random: () => number = Math.random): number {
  const { backoffStrategy, initialBackoffMs, maxBackoffMs, jitterPercent } = policy;
  const grown =
    backoffStrategy === 'fixed'
      ? initialBackoffMs
      : backoffStrategy === 'linear'
        ? initialBackoffMs * attempt
        : initialBackoffMs * Number(policy.backoffMultiplier) ** (attempt - 1);
  const capped = Math.min(grown, maxBackoffMs);
  return Math.round(capped * (1 - (jitterPercent / 100) * random()));
}

export interface ClaimRequest {
  /** The queue (queue_management) whose dead letters to take. */
  queueId: string;
  /** The claiming worker, e.g. its pod name. */
  workerId: string;
  /** The most messages to take. */
  limit: number;
  /** How long the claim lasts; the message is claimable again after it (the worker died). */
  leaseSeconds: number;
}

/**
 * Claims up to `limit` due dead letters of a queue for one worker, in one statement: pending messages whose next
 * attempt is due and claimed ones whose lease has lapsed, oldest due first, locked with FOR UPDATE SKIP LOCKED so
 * that concurrent claimers get disjoint messages without waiting on each other (`dead_letter_queue_claim_idx`
 * serves it). Each is marked claimed by the worker until the lease ends, which is also its next due time. Nothing
 * is claimed while the queue's current policy has `retries_enabled` off.
 */
export async function claimDeadLetters(db: Db, { queueId, workerId, limit, leaseSeconds }: ClaimRequest): Promise<DeadLetter[]> {
  const due = db
    .select({ id: deadLetterQueue.id })
    .from(deadLetterQueue)
    .where(
      and(
        eq(deadLetterQueue.queueId, queueId),
        // Literal, as the partial index's predicate, so the planner can use the index with any parameters.
        sql`${deadLetterQueue.status} in ('pending', 'claimed')`,
        sql`${deadLetterQueue.nextAttemptAt} <= now()`,
        // Not while the queue's policy pauses retries (an incident, an open circuit breaker).
        sql`not exists (select 1 from ${messageQueueConfigs} where ${messageQueueConfigs.queueId} = ${queueId} and ${messageQueueConfigs.validTo} is null and not ${messageQueueConfigs.retriesEnabled})`,
      ),
    )
    .orderBy(deadLetterQueue.nextAttemptAt)
    .limit(limit)
    .for('update', { skipLocked: true });
  const leaseEnd = sql`now() + make_interval(secs => ${leaseSeconds})`;
  return db
    .update(deadLetterQueue)
    .set({ status: 'claimed', claimedBy: workerId, claimedUntil: leaseEnd, nextAttemptAt: leaseEnd })
    .where(inArray(deadLetterQueue.id, due))
    .returning();
}

export interface AttemptFailure {
  /** The worker that made the attempt: it must hold the message's claim. */
  workerId: string;
  errorClass: string;
  /** Scrubbed of personal data. */
  errorMessage?: string | null;
  /** The downstream call's HTTP status, when there was one. */
  httpStatus?: number | null;
  startedAt: Date;
  /** Now, unless given. */
  finishedAt?: Date;
  /** Injected randomness for the jitter (tests). */
  random?: () => number;
}

/**
 * Records a failed attempt on a claimed dead letter, in one transaction: the attempt is counted and logged
 * (dlq_processing_logs), and the message is either scheduled for its next attempt (the delay from its queue's
 * current policy, `backoffDelayMs`) or, when it has used `max_attempts`, parked with an open review (or discarded,
 * if the policy says so). Throws when the worker does not hold the claim (its lease lapsed and another took it).
 */
export async function recordAttemptFailure(db: Db, id: string, failure: AttemptFailure): Promise<DeadLetter> {
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select({ message: deadLetterQueue, policy: messageQueueConfigs })
      .from(deadLetterQueue)
      .leftJoin(messageQueueConfigs, and(eq(messageQueueConfigs.queueId, deadLetterQueue.queueId), isNull(messageQueueConfigs.validTo)))
      .where(eq(deadLetterQueue.id, id))
      .for('update', { of: deadLetterQueue });
    if (!found) throw new Error(`no dead letter ${id}`);
    const { message, policy } = found;
    if (message.status !== 'claimed' || message.claimedBy !== failure.workerId) {
      throw new Error(`dead letter ${id} is not claimed by ${failure.workerId}`);
    }
    if (!policy) throw new Error(`queue ${message.queueId} has no current message_queue_configs row`);

    const finishedAt = failure.finishedAt ?? new Date();
    const attempt = message.attempts + 1;
    const exhausted = attempt >= message.maxAttempts;
    const discard = exhausted && policy.onExhausted === 'discard';
    const status = !exhausted ? 'pending' : discard ? 'discarded' : 'parked';
    const backoffMs = exhausted ? null : backoffDelayMs(policy, attempt, failure.random);
    const nextAttemptAt = backoffMs === null ? null : new Date(finishedAt.getTime() + backoffMs);

    const [updated] = await tx
      .update(deadLetterQueue)
      .set({
        attempts: attempt,
        status,
        nextAttemptAt,
        claimedBy: null,
        claimedUntil: null,
        errorClass: failure.errorClass,
        errorMessage: failure.errorMessage ?? null,
        parkedAt: status === 'parked' ? finishedAt : message.parkedAt,
        resolvedAt: discard ? finishedAt : null,
        resolution: discard ? 'discarded' : null,
      })
      .where(eq(deadLetterQueue.id, id))
      .returning();
    await tx.insert(dlqProcessingLogs).values({
      deadLetterId: id,
      attemptNumber: attempt,
      workerId: failure.workerId,
      outcome: 'failed',
      resultingStatus: status,
      startedAt: failure.startedAt,
      finishedAt,
      durationMs: Math.max(0, finishedAt.getTime() - failure.startedAt.getTime()),
      errorClass: failure.errorClass,
      errorMessage: failure.errorMessage ?? null,
      httpStatus: failure.httpStatus ?? null,
      backoffMs,
      nextAttemptAt,
    });
    if (status === 'parked') {
      const dueAt = policy.reviewSlaHours === null ? null : new Date(finishedAt.getTime() + policy.reviewSlaHours * 3_600_000);
      await tx.insert(dlqManualReviews).values({ deadLetterId: id, status: 'open', openedAt: finishedAt, dueAt });
    }
    return updated!;
  });
}

export interface Resolution {
  /**
   * processed: the claiming worker's retry succeeded (logged as a successful attempt); redriven, replayed,
   * edited_and_replayed: an operator's recovery action succeeded (its dlq_recovery_actions row is the record);
   * discarded: dropped on purpose.
   */
  resolution: DlqResolution;
  /** For processed: the worker holding the claim, and when its attempt started. */
  workerId?: string;
  startedAt?: Date;
  /** Now, unless given. */
  resolvedAt?: Date;
}

/**
 * Settles a dead letter: resolved (or discarded), its claim released and nothing left to retry. A successful
 * retry (`processed`) is counted and logged like a failed one, and needs the worker's claim.
 */
export async function resolveDeadLetter(db: Db, id: string, action: Resolution): Promise<DeadLetter> {
  return db.transaction(async (tx) => {
    const [message] = await tx.select().from(deadLetterQueue).where(eq(deadLetterQueue.id, id)).for('update');
    if (!message) throw new Error(`no dead letter ${id}`);
    if (message.status === 'resolved' || message.status === 'discarded') throw new Error(`dead letter ${id} is already ${message.status}`);
    const resolvedAt = action.resolvedAt ?? new Date();
    const processed = action.resolution === 'processed';
    if (processed && (message.status !== 'claimed' || message.claimedBy !== action.workerId || !action.startedAt)) {
      throw new Error(`dead letter ${id} is not claimed by ${action.workerId ?? 'this worker'}`);
    }
    const status = action.resolution === 'discarded' ? 'discarded' : 'resolved';
    const attempts = processed ? message.attempts + 1 : message.attempts;
    const [updated] = await tx
      .update(deadLetterQueue)
      .set({
        status,
        attempts,
        nextAttemptAt: null,
        claimedBy: null,
        claimedUntil: null,
        resolvedAt,
        resolution: action.resolution,
      })
      .where(eq(deadLetterQueue.id, id))
      .returning();
    if (processed) {
      await tx.insert(dlqProcessingLogs).values({
        deadLetterId: id,
        attemptNumber: attempts,
        workerId: action.workerId!,
        outcome: 'succeeded',
        resultingStatus: status,
        startedAt: action.startedAt!,
        finishedAt: resolvedAt,
        durationMs: Math.max(0, resolvedAt.getTime() - action.startedAt!.getTime()),
      });
    }
    return updated!;
  });
}

/**
 * Writes a failed message in as the broker or a consumer reports it, upserting on the source's message id
 * (queue, source system, source message id): a failure delivered again counts on the same row (`failure_count`,
 * latest error and time) instead of adding one. A message already resolved or discarded that fails again is live
 * again: pending, with its attempts reset.
 */
export async function ingestDeadLetter(db: Db, values: NewDeadLetter): Promise<DeadLetter> {
  const settled = sql`${deadLetterQueue.status} in ('resolved', 'discarded')`;
  const [row] = await db
    .insert(deadLetterQueue)
    .values(values)
    .onConflictDoUpdate({
      target: [deadLetterQueue.queueId, deadLetterQueue.sourceSystem, deadLetterQueue.sourceMessageId],
      set: {
        failureCount: sql`${deadLetterQueue.failureCount} + 1`,
        lastFailedAt: sql`greatest(${deadLetterQueue.lastFailedAt}, excluded.last_failed_at)`,
        errorClass: sql`excluded.error_class`,
        errorMessage: sql`excluded.error_message`,
        errorLogId: sql`coalesce(excluded.error_log_id, ${deadLetterQueue.errorLogId})`,
        status: sql`case when ${settled} then 'pending' else ${deadLetterQueue.status} end`,
        attempts: sql`case when ${settled} then 0 else ${deadLetterQueue.attempts} end`,
        nextAttemptAt: sql`case when ${settled} then coalesce(excluded.next_attempt_at, now()) else ${deadLetterQueue.nextAttemptAt} end`,
        parkedAt: sql`case when ${settled} then null else ${deadLetterQueue.parkedAt} end`,
        resolvedAt: sql`case when ${settled} then null else ${deadLetterQueue.resolvedAt} end`,
        resolution: sql`case when ${settled} then null else ${deadLetterQueue.resolution} end`,
      },
    })
    .returning();
  return row!;
}
