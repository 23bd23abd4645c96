import { adminCatalog } from '@db/admin';
import { adminFixtures } from '@db/admin/fixtures';
import { connect, queryRows } from '@db/core';
import {
  appendOnlyRefusal,
  databaseUrl,
  fixtureKit,
  type NaturalKeyCase,
  naturalKeyTests,
  pointing,
  refusal,
  restrictViolation,
  setupTestDatabase,
} from '@db/core/testing';
import { reliabilityCatalog } from '@db/reliability';
import { reliabilityFixtures } from '@db/reliability/fixtures';
import { usersCatalog } from '@db/users';
import { usersFixtures } from '@db/users/fixtures';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import {
  backoffDelayMs,
  claimDeadLetters,
  deadLetterQueue,
  deadletterCatalog,
  dlqAlertRules,
  dlqAnalytics,
  dlqCleanupPolicies,
  dlqManualReviews,
  dlqProcessingLogs,
  ingestDeadLetter,
  messagePatternAnalysis,
  messageQueueConfigs,
  messageValidationRules,
  type NewDeadLetter,
  recordAttemptFailure,
  resolveDeadLetter,
} from '../src/index.ts';
import { deadletterFixtures } from './fixtures.ts';

/**
 * The queue (claims, retries with backoff, parking, resolution, redelivery), natural keys, the append-only attempt
 * log and its purge, ON DELETE, partial unique indexes and row rules.
 */
const t = setupTestDatabase();
const fixtures = { ...usersFixtures, ...adminFixtures, ...reliabilityFixtures, ...deadletterFixtures };
const catalog = { ...usersCatalog, ...adminCatalog, ...reliabilityCatalog, ...deadletterCatalog };
const { insertSchemaOf, seed, seedParentsOf, insertFixture, rowByKey, allRows, rowCount } = fixtureKit(t, catalog, fixtures);

/** A uuid no row has, for a fixture's link that an override unsets. */
const NO_ROW = '00000000-0000-4000-8000-000000000000';

const byAttempt = (rows: Record<string, unknown>[]) => [...rows].sort((a, b) => Number(a.attemptNumber) - Number(b.attemptNumber));

describe('the queue', () => {
  test('two concurrent claimers get disjoint messages; a lapsed lease is claimed again; nothing else is taken', async () => {
    await t.commits(deadLetterQueue);
    const { ref } = await seed(deadLetterQueue);
    const queueId = ref('queue_management');
    const due = [ref('dead_letter_queue')];
    for (let i = 1; i <= 5; i++) {
      due.push((await insertFixture(deadLetterQueue, ref, { sourceMessageId: `due-${i}`, nextAttemptAt: new Date(`2024-11-06T19:0${i}:00Z`) })).id);
    }
    // A worker that died holding a message: its lease lapsed, so the message is due again.
    const lapsed = await insertFixture(deadLetterQueue, ref, {
      sourceMessageId: 'lapsed-lease',
      status: 'claimed',
      claimedBy: 'dlq-worker-dead-4c1b',
      claimedUntil: new Date('2024-11-06T19:09:00Z'),
      nextAttemptAt: new Date('2024-11-06T19:09:00Z'),
    });
    due.push(lapsed.id);
    // Not taken: a retry not yet due, a parked message, a resolved one.
    await insertFixture(deadLetterQueue, ref, { sourceMessageId: 'later', nextAttemptAt: new Date('2999-01-01T00:00:00Z') });
    await insertFixture(deadLetterQueue, ref, { sourceMessageId: 'parked', status: 'parked', attempts: 6, nextAttemptAt: null, parkedAt: new Date('2024-11-06T19:40:00Z') });
    await insertFixture(deadLetterQueue, ref, {
      sourceMessageId: 'resolved',
      status: 'resolved',
      nextAttemptAt: null,
      resolvedAt: new Date('2024-11-06T20:18:51Z'),
      resolution: 'redriven',
    });

    // On PostgreSQL each claimer has its own connection to the test file's database; PGlite has one connection.
    const server = process.env.DATABASE_URL;
    const [{ name }] = (await queryRows<{ name: string }>(t.db, 'select current_database() as name')) as [{ name: string }];
    const other = server ? await connect({ url: databaseUrl(server, name) }) : { db: t.db, close: async () => {} };
    try {
      const [first, second] = await Promise.all([
        claimDeadLetters(t.db, { queueId, workerId: 'dlq-worker-6d8f9b-x2k7p', limit: 4, leaseSeconds: 120 }),
        claimDeadLetters(other.db, { queueId, workerId: 'dlq-worker-6d8f9b-q9m3z', limit: 4, leaseSeconds: 120 }),
      ]);
      const firstIds = first.map((row) => row.id);
      const secondIds = second.map((row) => row.id);
      expect(firstIds.filter((id) => secondIds.includes(id))).toEqual([]);
      expect([...firstIds, ...secondIds].sort()).toEqual([...due].sort());
      for (const row of first) expect(row).toMatchObject({ status: 'claimed', claimedBy: 'dlq-worker-6d8f9b-x2k7p', nextAttemptAt: row.claimedUntil });
      for (const row of second) expect(row).toMatchObject({ status: 'claimed', claimedBy: 'dlq-worker-6d8f9b-q9m3z' });
      expect(first[0]!.claimedUntil!.getTime()).toBeGreaterThan(Date.now() + 60_000);
    } finally {
      await other.close();
    }
    // Everything due is held under a live lease now.
    expect(await claimDeadLetters(t.db, { queueId, workerId: 'dlq-worker-6d8f9b-x2k7p', limit: 10, leaseSeconds: 120 })).toEqual([]);
  });

  test.runIf(process.env.DATABASE_URL)('on PostgreSQL, a claimer skips the messages another open transaction holds, without waiting for it', async () => {
    await t.commits(deadLetterQueue);
    const { ref } = await seed(deadLetterQueue);
    const queueId = ref('queue_management');
    for (let i = 1; i <= 3; i++) await insertFixture(deadLetterQueue, ref, { sourceMessageId: `due-${i}`, nextAttemptAt: new Date(`2024-11-06T19:0${i}:00Z`) });
    const [{ name }] = (await queryRows<{ name: string }>(t.db, 'select current_database() as name')) as [{ name: string }];
    const other = await connect({ url: databaseUrl(process.env.DATABASE_URL!, name) });
    try {
      await other.db.transaction(async (tx) => {
        const held = await claimDeadLetters(tx, { queueId, workerId: 'dlq-worker-6d8f9b-q9m3z', limit: 2, leaseSeconds: 120 });
        // Still uncommitted: without SKIP LOCKED this claim would wait on the held rows until the test timed out.
        const meanwhile = await claimDeadLetters(t.db, { queueId, workerId: 'dlq-worker-6d8f9b-x2k7p', limit: 4, leaseSeconds: 120 });
        expect(held).toHaveLength(2);
        expect(meanwhile).toHaveLength(2);
        expect(meanwhile.map((row) => row.id).filter((id) => held.some((row) => row.id === id))).toEqual([]);
      });
    } finally {
      await other.close();
    }
  });

  test('the claim is served by its partial index, in next_attempt_at order', async () => {
    await t.db.execute(sql`set local enable_seqscan = off`);
    const plan = await queryRows<{ 'QUERY PLAN': string }>(
      t.db,
      `explain select id from dead_letter_queue
       where queue_id = '00000000-0000-0000-0000-000000000000' and status in ('pending', 'claimed') and next_attempt_at <= now()
       order by next_attempt_at limit 10 for update skip locked`,
    );
    expect(plan.map((row) => row['QUERY PLAN']).join('\n')).toContain('dead_letter_queue_claim_idx');
  });

  test('each failed attempt is counted and logged, the delay doubles up to the cap, and the last attempt parks the message for review', async () => {
    const { ref } = await seed(messageQueueConfigs);
    const queueId = ref('queue_management');
    const message = await insertFixture(deadLetterQueue, ref, { attempts: 0, maxAttempts: 7 });
    const workerId = 'dlq-worker-6d8f9b-x2k7p';
    let finishedAt = new Date('2024-11-06T19:05:13Z');

    // Paused by the policy: nothing is claimed.
    await t.db.execute(sql`update message_queue_configs set retries_enabled = false where id = ${ref('message_queue_configs')}`);
    expect(await claimDeadLetters(t.db, { queueId, workerId, limit: 1, leaseSeconds: 120 })).toEqual([]);
    await t.db.execute(sql`update message_queue_configs set retries_enabled = true where id = ${ref('message_queue_configs')}`);

    for (let attempt = 1; attempt <= 7; attempt++) {
      const [claimed] = await claimDeadLetters(t.db, { queueId, workerId, limit: 1, leaseSeconds: 120 });
      expect(claimed?.id).toBe(message.id);
      if (attempt === 1) {
        // A worker without the claim cannot report on it.
        await expect(recordAttemptFailure(t.db, message.id, { workerId: 'dlq-worker-other', errorClass: 'TimeoutError', startedAt: finishedAt })).rejects.toThrow(
          /not claimed by dlq-worker-other/,
        );
      }
      const startedAt = new Date(finishedAt.getTime() + 1_000);
      finishedAt = new Date(startedAt.getTime() + 3_050);
      await recordAttemptFailure(t.db, message.id, {
        workerId,
        errorClass: 'WeatherbysUnavailableError',
        errorMessage: 'GET /pedigree/v2/horses/372004200912345 answered 503 Service Unavailable after 3000 ms',
        httpStatus: 503,
        startedAt,
        finishedAt,
        random: () => 0,
      });
    }

    const logs = byAttempt(await allRows(dlqProcessingLogs));
    expect(logs.map((log) => log.backoffMs)).toEqual([30_000, 60_000, 120_000, 240_000, 480_000, 900_000, null]);
    expect(logs.map((log) => log.resultingStatus)).toEqual(['pending', 'pending', 'pending', 'pending', 'pending', 'pending', 'parked']);
    expect(logs[0]).toMatchObject({ attemptNumber: 1, outcome: 'failed', durationMs: 3_050, httpStatus: 503, workerId });
    expect((logs[1]!.nextAttemptAt as Date).getTime() - (logs[1]!.finishedAt as Date).getTime()).toBe(60_000);

    expect(await rowByKey(deadLetterQueue, message.id)).toMatchObject({
      status: 'parked',
      attempts: 7,
      parkedAt: finishedAt,
      nextAttemptAt: null,
      claimedBy: null,
      claimedUntil: null,
    });
    // The policy's 24-hour review SLA.
    expect(await allRows(dlqManualReviews)).toEqual([
      expect.objectContaining({ deadLetterId: message.id, status: 'open', openedAt: finishedAt, dueAt: new Date(finishedAt.getTime() + 24 * 3_600_000) }),
    ]);
    // Parked messages are a person's now.
    expect(await claimDeadLetters(t.db, { queueId, workerId, limit: 10, leaseSeconds: 120 })).toEqual([]);
  });

  test('backoff: fixed, linear and exponential growth, the cap, and jitter that only shortens', () => {
    const policy = { backoffStrategy: 'exponential', initialBackoffMs: 30_000, backoffMultiplier: '2.00', maxBackoffMs: 900_000, jitterPercent: 20 } as const;
    const none = () => 0;
    expect([1, 2, 3, 4, 5, 6, 7].map((attempt) => backoffDelayMs(policy, attempt, none))).toEqual([30_000, 60_000, 120_000, 240_000, 480_000, 900_000, 900_000]);
    expect([1, 2, 3].map((attempt) => backoffDelayMs({ ...policy, backoffStrategy: 'linear' }, attempt, none))).toEqual([30_000, 60_000, 90_000]);
    expect([1, 5].map((attempt) => backoffDelayMs({ ...policy, backoffStrategy: 'fixed' }, attempt, none))).toEqual([30_000, 30_000]);
    expect(backoffDelayMs(policy, 3, () => 1)).toBe(96_000);
    for (let i = 0; i < 20; i++) {
      const delay = backoffDelayMs(policy, 4);
      expect(delay).toBeGreaterThanOrEqual(192_000);
      expect(delay).toBeLessThanOrEqual(240_000);
    }
  });

  test('a successful retry resolves the message as an attempt; a discard settles it without one', async () => {
    const { ref } = await seed(deadLetterQueue);
    const queueId = ref('queue_management');
    const workerId = 'dlq-worker-6d8f9b-x2k7p';
    await claimDeadLetters(t.db, { queueId, workerId, limit: 1, leaseSeconds: 120 });
    const resolvedAt = new Date('2024-11-06T20:11:03Z');
    const resolved = await resolveDeadLetter(t.db, ref('dead_letter_queue'), {
      resolution: 'processed',
      workerId,
      startedAt: new Date('2024-11-06T20:11:00Z'),
      resolvedAt,
    });
    expect(resolved).toMatchObject({ status: 'resolved', resolution: 'processed', attempts: 2, resolvedAt, nextAttemptAt: null, claimedBy: null });
    expect(await allRows(dlqProcessingLogs)).toEqual([
      expect.objectContaining({ attemptNumber: 2, outcome: 'succeeded', resultingStatus: 'resolved', durationMs: 3_000, errorClass: null }),
    ]);
    await expect(resolveDeadLetter(t.db, ref('dead_letter_queue'), { resolution: 'discarded' })).rejects.toThrow(/already resolved/);

    const duplicate = await insertFixture(deadLetterQueue, ref, { sourceMessageId: 'duplicate-of-5f3c1a2b' });
    expect(await resolveDeadLetter(t.db, duplicate.id, { resolution: 'discarded', resolvedAt })).toMatchObject({
      status: 'discarded',
      resolution: 'discarded',
      attempts: 1,
    });
    expect(await rowCount(dlqProcessingLogs)).toBe(1);
  });

  test('a failure delivered again counts on its message instead of adding one; a settled message that fails again is live again', async () => {
    const { ref } = await seedParentsOf(deadLetterQueue);
    const delivery = (overrides: Record<string, unknown>) =>
      insertSchemaOf('dead_letter_queue').parse({ ...deadletterFixtures.dead_letter_queue!(ref), ...overrides }) as NewDeadLetter;

    const first = await ingestDeadLetter(t.db, delivery({ attempts: 0 }));
    const again = await ingestDeadLetter(
      t.db,
      delivery({ attempts: 0, errorClass: 'WeatherbysTimeoutError', errorMessage: 'timed out after 3000 ms', lastFailedAt: new Date('2024-11-06T19:06:40Z') }),
    );
    expect(again).toMatchObject({
      id: first.id,
      failureCount: 2,
      errorClass: 'WeatherbysTimeoutError',
      firstFailedAt: new Date('2024-11-06T19:05:02Z'),
      lastFailedAt: new Date('2024-11-06T19:06:40Z'),
      status: 'pending',
    });

    await resolveDeadLetter(t.db, first.id, { resolution: 'redriven', resolvedAt: new Date('2024-11-06T20:18:51Z') });
    const revived = await ingestDeadLetter(t.db, delivery({ lastFailedAt: new Date('2024-11-06T20:30:00Z'), nextAttemptAt: new Date('2024-11-06T20:30:30Z') }));
    expect(revived).toMatchObject({
      id: first.id,
      failureCount: 3,
      status: 'pending',
      attempts: 0,
      resolvedAt: null,
      resolution: null,
      nextAttemptAt: new Date('2024-11-06T20:30:30Z'),
    });
    expect(await rowCount(deadLetterQueue)).toBe(1);
  });
});

describe('natural keys: ingestion upserts', () => {
  const keys: NaturalKeyCase[] = [
    {
      name: 'dead_letter_queue',
      table: deadLetterQueue,
      key: [deadLetterQueue.queueId, deadLetterQueue.sourceSystem, deadLetterQueue.sourceMessageId],
      set: { failureCount: 2, lastFailedAt: new Date('2024-11-06T19:06:40Z') },
      index: 'dead_letter_queue_source_message_key',
    },
    {
      name: 'message_queue_configs',
      table: messageQueueConfigs,
      key: [messageQueueConfigs.queueId, messageQueueConfigs.version],
      set: { changeReason: 'Six attempts over a quarter of an hour (re-applied from the infrastructure repository).' },
      index: 'message_queue_configs_queue_id_version_key',
      // A closed version, so the one-current-policy index is not the one refusing the copy.
      distinct: { validTo: new Date('2024-11-01T09:00:00Z') },
    },
    {
      name: 'message_validation_rules',
      table: messageValidationRules,
      key: [messageValidationRules.messageType, messageValidationRules.schemaVersion],
      set: { status: 'deprecated', deprecatedAt: new Date('2024-12-02T10:00:00Z') },
      index: 'message_validation_rules_message_type_schema_version_key',
      distinct: { registrySchemaId: '100343' },
    },
    {
      name: 'message_validation_rules',
      table: messageValidationRules,
      key: [messageValidationRules.registry, messageValidationRules.registrySchemaId],
      set: { sourceUpdatedAt: new Date('2024-11-20T08:00:00Z'), maxPayloadBytes: 131_072 },
      index: 'message_validation_rules_registry_schema_id_key',
      distinct: { schemaVersion: '4' },
    },
    {
      name: 'dlq_analytics',
      table: dlqAnalytics,
      key: [dlqAnalytics.queueId, dlqAnalytics.bucketStart],
      set: { messagesArrived: 221, computedAt: new Date('2024-11-06T21:05:00Z') },
      index: 'dlq_analytics_queue_id_bucket_start_key',
    },
    {
      name: 'message_pattern_analysis',
      table: messagePatternAnalysis,
      key: [messagePatternAnalysis.queueId, messagePatternAnalysis.errorFingerprint],
      set: { occurrences: 512, lastSeenAt: new Date('2024-11-06T20:10:40Z'), analysedAt: new Date('2024-11-06T20:15:00Z') },
      index: 'message_pattern_analysis_queue_id_error_fingerprint_key',
    },
    {
      name: 'dlq_alert_rules',
      table: dlqAlertRules,
      key: [dlqAlertRules.queueId, dlqAlertRules.ruleKey],
      set: { warningThreshold: '75.00' },
      index: 'dlq_alert_rules_queue_id_rule_key_key',
    },
  ];

  naturalKeyTests(t, catalog, fixtures, keys);
});

describe('dlq_processing_logs: append-only, with a retention purge', () => {
  test('an attempt cannot be edited or removed, and its message cannot be deleted', async () => {
    const { ref } = await seed(dlqProcessingLogs);
    const id = ref('dlq_processing_logs');

    expect(await refusal(t.db, (tx) => tx.update(dlqProcessingLogs).set({ httpStatus: 200 }).where(eq(dlqProcessingLogs.id, id)))).toEqual(appendOnlyRefusal);
    expect(await refusal(t.db, (tx) => tx.delete(dlqProcessingLogs).where(eq(dlqProcessingLogs.id, id)))).toEqual(appendOnlyRefusal);
    expect(await refusal(t.db, (tx) => tx.execute(sql`delete from dead_letter_queue where id = ${ref('dead_letter_queue')}`))).toEqual({
      code: restrictViolation,
      constraint: 'dlq_processing_logs_dead_letter_id_dead_letter_queue_id_fkey',
      column: undefined,
    });
    expect(await rowByKey(dlqProcessingLogs, id)).toMatchObject({ httpStatus: 503 });

    // Appending still works.
    await insertFixture(dlqProcessingLogs, ref, { attemptNumber: 2, startedAt: new Date('2024-11-06T19:05:42Z'), finishedAt: new Date('2024-11-06T19:05:45Z') });
    expect(await rowCount(dlqProcessingLogs)).toBe(2);
  });

  test('the purge deletes the attempts older than its 400 days and keeps the newer ones', async () => {
    const { ref } = await seed(dlqProcessingLogs);
    const old = await insertFixture(dlqProcessingLogs, ref, { attemptNumber: 2, createdAt: new Date(Date.now() - 401 * 86_400_000) });
    await insertFixture(dlqProcessingLogs, ref, { attemptNumber: 3, createdAt: new Date(Date.now() - 399 * 86_400_000) });

    const [purged] = await queryRows<{ purged: unknown }>(t.db, "select purge_dlq_processing_logs(now() - interval '400 days') as purged");
    expect(Number(purged!.purged)).toBe(1);
    expect(await rowByKey(dlqProcessingLogs, old.id)).toBeUndefined();
    expect((await allRows(dlqProcessingLogs)).map((row) => row.attemptNumber).sort()).toEqual([1, 3]);
    // Outside the purge, the trigger still refuses.
    expect(await refusal(t.db, (tx) => tx.execute(sql`delete from dlq_processing_logs`))).toEqual(appendOnlyRefusal);
  });
});

describe('ON DELETE', () => {
  test('a queue with dead letters cannot be deleted (RESTRICT)', async () => {
    const { ref } = await seed(deadLetterQueue);
    expect(await refusal(t.db, (tx) => tx.execute(sql`delete from queue_management where id = ${ref('queue_management')}`))).toEqual({
      code: restrictViolation,
      constraint: 'dead_letter_queue_queue_id_queue_management_id_fkey',
      column: undefined,
    });
  });

  test("a queue without dead letters takes its own policy, figures, alert rules, patterns and retention with it (CASCADE)", async () => {
    const { ref } = await seed(messageQueueConfigs, dlqAnalytics, dlqAlertRules, dlqCleanupPolicies);
    // A pattern whose sample is gone (no dead letter left on the queue).
    await insertFixture(messagePatternAnalysis, pointing(ref, { dead_letter_queue: NO_ROW }), { sampleDeadLetterId: null });
    await t.db.execute(sql`delete from queue_management where id = ${ref('queue_management')}`);
    for (const table of [messageQueueConfigs, dlqAnalytics, dlqAlertRules, dlqCleanupPolicies, messagePatternAnalysis]) {
      expect(await rowCount(table)).toBe(0);
    }
  });

  test('a reviewed dead letter cannot be deleted (RESTRICT); a deleted one unsets the pattern it sampled (SET NULL)', async () => {
    const { ref } = await seed(dlqManualReviews);
    expect(await refusal(t.db, (tx) => tx.execute(sql`delete from dead_letter_queue where id = ${ref('dead_letter_queue')}`))).toEqual({
      code: restrictViolation,
      constraint: 'dlq_manual_reviews_dead_letter_id_dead_letter_queue_id_fkey',
      column: undefined,
    });

    const sample = await insertFixture(deadLetterQueue, ref, { sourceMessageId: 'b7e2c9d1-4a3f-4e8b-a1c6-2d9f0e7b5a34' });
    const pattern = await insertFixture(messagePatternAnalysis, pointing(ref, { dead_letter_queue: sample.id }), {
      errorFingerprint: '0c9b8a7f6e5d4c3b2a190817f6e5d4c3b2a190817f6e5d4c3b2a190817f6e5d4',
      errorClass: 'WeatherbysTimeoutError',
    });
    await t.db.execute(sql`delete from dead_letter_queue where id = ${sample.id}`);
    expect(await rowByKey(messagePatternAnalysis, pattern.id)).toMatchObject({ sampleDeadLetterId: null, occurrences: 486 });
  });
});

describe('partial unique indexes: one current value', () => {
  test('one policy in force per queue: a second is refused; closing it, then opening the next version, is how it changes', async () => {
    const { ref } = await seed(messageQueueConfigs);
    const next = { version: 4, maxAttempts: 8, validFrom: new Date('2024-11-07T09:00:00Z'), changeReason: 'Two more attempts after the Goffs outage.' };
    expect(await refusal(t.db, () => insertFixture(messageQueueConfigs, ref, next))).toEqual({
      code: '23505',
      constraint: 'message_queue_configs_current_key',
      column: undefined,
    });
    await t.db.execute(sql`update message_queue_configs set valid_to = ${next.validFrom.toISOString()} where id = ${ref('message_queue_configs')}`);
    await insertFixture(messageQueueConfigs, ref, next);
    expect((await allRows(messageQueueConfigs)).map((row) => [row.version, row.validTo])).toEqual(
      expect.arrayContaining([
        [3, next.validFrom],
        [4, null],
      ]),
    );
  });

  test('one open review per message; decided reviews stay beside it', async () => {
    const { ref } = await seed(dlqManualReviews);
    // The review in progress, decided earlier the first time the message was parked.
    await insertFixture(dlqManualReviews, ref, {
      status: 'decided',
      decision: 'replay',
      rootCause: 'consumer_bug',
      openedAt: new Date('2024-11-04T08:00:00Z'),
      dueAt: new Date('2024-11-05T08:00:00Z'),
      startedAt: new Date('2024-11-04T09:10:00Z'),
      decidedAt: new Date('2024-11-04T09:30:00Z'),
    });
    const open = { status: 'open', startedAt: null, reviewerAdminUserId: null, openedAt: new Date('2024-11-08T09:00:00Z'), dueAt: null };
    expect(await refusal(t.db, () => insertFixture(dlqManualReviews, ref, open))).toEqual({ code: '23505', constraint: 'dlq_manual_reviews_open_key', column: undefined });
    expect(await rowCount(dlqManualReviews)).toBe(2);
  });
});

/** Row rules of several columns: Zod and the database refuse the same row, naming the same field and CHECK. */
const rowRules = [
  { table: 'dead_letter_queue', field: 'claimedUntil', bad: { status: 'claimed', claimedBy: null, claimedUntil: null }, check: 'dead_letter_queue_claimed_check' },
  { table: 'dead_letter_queue', field: 'nextAttemptAt', bad: { nextAttemptAt: null }, check: 'dead_letter_queue_pending_check' },
  { table: 'dead_letter_queue', field: 'resolvedAt', bad: { status: 'discarded', nextAttemptAt: null }, check: 'dead_letter_queue_discarded_check' },
  { table: 'message_queue_configs', field: 'maxBackoffMs', bad: { maxBackoffMs: 10_000 }, check: 'message_queue_configs_max_backoff_ms_check' },
  { table: 'dlq_recovery_actions', field: 'targetQueueId', bad: { targetQueueId: null }, check: 'dlq_recovery_actions_redrive_check' },
  { table: 'dlq_recovery_actions', field: 'payloadSha256After', bad: { actionType: 'edit_and_replay', targetQueueId: null }, check: 'dlq_recovery_actions_edit_check' },
  {
    table: 'dlq_manual_reviews',
    field: 'decision',
    bad: { status: 'decided', decidedAt: new Date('2024-11-06T20:15:00Z') },
    check: 'dlq_manual_reviews_decided_decision_check',
  },
  { table: 'dlq_cleanup_policies', field: 'lastRunAt', bad: { lastRunAt: null }, check: 'dlq_cleanup_policies_last_run_check' },
];

describe('row rules: Zod and the database refuse the same row', () => {
  test.each(rowRules)('$table: $check', async ({ table: name, field, bad, check }) => {
    const { table, insert } = catalog[name]!;
    const { ref } = await seedParentsOf(table);
    const row: Record<string, unknown> = { ...fixtures[name]!(ref), ...bad };

    expect(insert.safeParse(row).error?.issues.map((issue) => issue.path[0])).toEqual([field]);
    expect(await refusal(t.db, (tx) => tx.insert(table).values(row as never))).toEqual({ code: '23514', constraint: check, column: undefined });
    expect(await rowCount(table)).toBe(0);
  });

});
