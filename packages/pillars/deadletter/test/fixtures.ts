import type { Fixtures, FixtureSet, InvalidRow } from '@db/core/testing';
import { deadletterCatalog } from '../src/index.ts';

/**
 * The evening of the Goffs November Foal Sale (6 November 2024): the Horse Records API's `horse.record.updated`
 * events (the reliability fixture's SQS FIFO queue, horse-record-updates.fifo) fail in the pedigree consumer
 * because the Weatherbys API answers 503. The dead letters are retried with exponential backoff under the queue's
 * third policy version, one is parked and reviewed, the support lead (the admin fixture) redrives the batch once
 * Weatherbys is back, and the hour's figures, the failure pattern and the paging rule record it. The owner of
 * everything is the users fixture (Siobhán Byrne), standing in for the platform engineer.
 */
export const deadletterFixtures: Fixtures = {
  message_queue_configs: (ref) => ({
    queueId: ref('queue_management'),
    version: 3,
    maxAttempts: 6,
    backoffStrategy: 'exponential',
    initialBackoffMs: 30_000,
    backoffMultiplier: '2.00',
    // 15 minutes: 30 s, 1, 2, 4, 8 minutes, then the cap.
    maxBackoffMs: 900_000,
    jitterPercent: 20,
    // The queue's own visibility timeout.
    leaseSeconds: 120,
    claimBatchSize: 10,
    onExhausted: 'park_for_review',
    reviewSlaHours: 24,
    retriesEnabled: true,
    validFrom: new Date('2024-10-01T09:00:00Z'),
    changedByAdminUserId: ref('admin_users'),
    changeReason: 'Six attempts over a quarter of an hour: Weatherbys outages on sales evenings rarely last longer.',
  }),

  message_validation_rules: (ref) => ({
    messageType: 'horse.record.updated',
    schemaVersion: '3',
    schemaFormat: 'json_schema',
    schemaDocument: {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      required: ['horseId', 'changedFields', 'occurredAt'],
      properties: {
        horseId: { type: 'string', format: 'uuid' },
        ueln: { type: 'string', pattern: '^[0-9A-Z]{15}$' },
        changedFields: { type: 'array', items: { type: 'string' }, minItems: 1 },
        occurredAt: { type: 'string', format: 'date-time' },
      },
    },
    registry: 'confluent',
    registrySchemaId: '100342',
    sourceUpdatedAt: new Date('2024-09-16T10:02:00Z'),
    requiredFields: ['/horseId', '/changedFields', '/occurredAt'],
    maxPayloadBytes: 262_144,
    compatibility: 'backward',
    onFailure: 'dead_letter',
    status: 'active',
    activatedAt: new Date('2024-09-16T10:05:00Z'),
    description: 'A change to a horse record (owner, stable, passport fields), as the Horse Records API publishes it since v3 added the UELN.',
    createdByAdminUserId: ref('admin_users'),
  }),

  dead_letter_queue: (ref) => ({
    queueId: ref('queue_management'),
    sourceSystem: 'horse_api',
    // An SQS MessageId.
    sourceMessageId: '5f3c1a2b-8d4e-4f6a-9b7c-0e1d2f3a4b5c',
    messageType: 'horse.record.updated',
    schemaVersion: '3',
    contentType: 'application/json',
    payload: {
      horseId: '0b6f2d4e-8a1c-4e3f-9d2b-7c5a1e0f3b8d',
      ueln: '372004200912345',
      changedFields: ['ownerUserId', 'stableName'],
      occurredAt: '2024-11-06T19:04:12Z',
      origin: 'goffs_sale_import',
    },
    headers: {
      MessageGroupId: 'horse-0b6f2d4e',
      MessageDeduplicationId: 'horse.record.updated:0b6f2d4e:1730919852',
      traceparent: '00-672bbf1e3f1a2b4c5d6e7f8091a2b3c4-9a8b7c6d5e4f3a2b-01',
    },
    payloadBytes: 412,
    errorClass: 'WeatherbysUnavailableError',
    errorMessage: 'GET /pedigree/v2/horses/372004200912345 answered 503 Service Unavailable after 3000 ms',
    attempts: 1,
    maxAttempts: 6,
    failureCount: 1,
    status: 'pending',
    nextAttemptAt: new Date('2024-11-06T19:05:41.930Z'),
    firstFailedAt: new Date('2024-11-06T19:05:02Z'),
    lastFailedAt: new Date('2024-11-06T19:05:02Z'),
  }),

  dlq_processing_logs: (ref) => ({
    deadLetterId: ref('dead_letter_queue'),
    attemptNumber: 1,
    workerId: 'dlq-worker-6d8f9b-x2k7p',
    outcome: 'failed',
    resultingStatus: 'pending',
    startedAt: new Date('2024-11-06T19:05:10.120Z'),
    finishedAt: new Date('2024-11-06T19:05:13.180Z'),
    durationMs: 3060,
    errorClass: 'WeatherbysUnavailableError',
    errorMessage: 'GET /pedigree/v2/horses/372004200912345 answered 503 Service Unavailable after 3000 ms',
    httpStatus: 503,
    // 30 s less a jitter of 4.2 %.
    backoffMs: 28_750,
    nextAttemptAt: new Date('2024-11-06T19:05:41.930Z'),
  }),

  dlq_recovery_actions: (ref) => ({
    queueId: ref('queue_management'),
    targetQueueId: ref('queue_management'),
    actionType: 'redrive',
    status: 'partially_succeeded',
    operatorAdminUserId: ref('admin_users'),
    reason: 'Weatherbys API answering again since 20:10; redriving the pedigree updates parked during the outage.',
    selection: {
      statuses: ['parked'],
      errorClass: 'WeatherbysUnavailableError',
      failedFrom: '2024-11-06T19:00:00Z',
      failedTo: '2024-11-06T20:10:00Z',
    },
    messageCount: 37,
    succeededCount: 35,
    failedCount: 2,
    requestedAt: new Date('2024-11-06T20:18:04Z'),
    completedAt: new Date('2024-11-06T20:18:51Z'),
    ticketReference: 'INC-2024-311',
  }),

  dlq_analytics: (ref) => ({
    queueId: ref('queue_management'),
    bucketStart: new Date('2024-11-06T19:00:00Z'),
    messagesArrived: 214,
    redeliveries: 9,
    attemptsMade: 486,
    attemptsSucceeded: 0,
    attemptsFailed: 486,
    messagesParked: 37,
    messagesResolved: 0,
    messagesDiscarded: 0,
    backlogAtEnd: 214,
    oldestPendingAgeSeconds: 3298,
    p95ProcessingMs: 3012,
    distinctErrorFingerprints: 2,
    computedAt: new Date('2024-11-06T20:05:00Z'),
  }),

  dlq_alert_rules: (ref) => ({
    queueId: ref('queue_management'),
    ruleKey: 'dead_letter_backlog',
    metric: 'dead_letter_depth',
    warningThreshold: '50.00',
    criticalThreshold: '200.00',
    evaluationWindowMinutes: 5,
    consecutiveBreaches: 2,
    cooldownMinutes: 30,
    notificationChannel: 'pagerduty',
    // The horse-data team's PagerDuty service.
    notificationTarget: 'PDX7K2Q',
    enabled: true,
    runbookUrl: 'https://runbooks.equine.ie/queues/dead-letter-backlog',
    lastSystemAlertId: ref('system_alerts'),
    createdByAdminUserId: ref('admin_users'),
  }),

  message_pattern_analysis: (ref) => ({
    queueId: ref('queue_management'),
    errorFingerprint: '7d1e4c2a9b8f6e3d5c4b2a1908f7e6d5c4b3a29180f7e6d5c4b3a2918f7e6d5c',
    errorClass: 'WeatherbysUnavailableError',
    normalizedMessage: 'GET /pedigree/v2/horses/<ueln> answered 503 Service Unavailable after <n> ms',
    messageType: 'horse.record.updated',
    category: 'dependency_unavailable',
    isTransient: true,
    occurrences: 486,
    affectedMessages: 214,
    firstSeenAt: new Date('2024-11-06T19:05:02Z'),
    lastSeenAt: new Date('2024-11-06T20:09:58Z'),
    sampleDeadLetterId: ref('dead_letter_queue'),
    status: 'acknowledged',
    analysedAt: new Date('2024-11-06T20:10:00Z'),
  }),

  dlq_cleanup_policies: (ref) => ({
    queueId: ref('queue_management'),
    messageStatus: 'resolved',
    retainDays: 30,
    action: 'purge_payload',
    justification:
      "Payloads carry owners' ids and horse passport numbers; resolved ones are kept 30 days for support questions, then blanked (GDPR art. 5(1)(e)). The row, its attempts and the operators' actions stay as evidence.",
    batchSize: 500,
    schedule: '15 3 * * *',
    enabled: true,
    lastRunAt: new Date('2024-11-06T03:15:00Z'),
    lastRunAffectedCount: 1284,
    validFrom: new Date('2024-09-02T08:00:00Z'),
    approvedByAdminUserId: ref('admin_users'),
  }),

  dlq_manual_reviews: (ref) => ({
    deadLetterId: ref('dead_letter_queue'),
    messagePatternId: ref('message_pattern_analysis'),
    status: 'in_review',
    priority: 'high',
    reviewerAdminUserId: ref('admin_users'),
    openedAt: new Date('2024-11-06T19:20:31Z'),
    dueAt: new Date('2024-11-07T19:20:31Z'),
    startedAt: new Date('2024-11-06T20:12:00Z'),
    rootCause: 'downstream_outage',
    notes: 'Weatherbys status page confirms the outage 19:02-20:09; the payload is fine. To be redriven with the rest of the batch (INC-2024-311).',
  }),
};

const f = deadletterFixtures;

export const deadletterInvalidRows: InvalidRow[] = [
  {
    table: 'dead_letter_queue',
    field: 'status',
    why: 'wrong enum value',
    row: (ref) => ({ ...f.dead_letter_queue!(ref), status: 'retrying' }),
  },
  {
    table: 'dead_letter_queue',
    field: 'queueId',
    why: 'malformed uuid',
    row: (ref) => ({ ...f.dead_letter_queue!(ref), queueId: 'horse-record-updates.fifo' }),
  },
  {
    table: 'dead_letter_queue',
    field: 'attempts',
    why: 'negative quantity',
    row: (ref) => ({ ...f.dead_letter_queue!(ref), attempts: -1 }),
  },
  {
    table: 'dead_letter_queue',
    field: 'maxAttempts',
    why: 'more attempts made than allowed',
    row: (ref) => ({ ...f.dead_letter_queue!(ref), attempts: 7 }),
  },
  {
    table: 'dead_letter_queue',
    field: 'claimedUntil',
    why: 'a lease on a message that is not claimed',
    row: (ref) => ({ ...f.dead_letter_queue!(ref), claimedBy: 'dlq-worker-6d8f9b-x2k7p', claimedUntil: new Date('2024-11-06T19:07:41Z') }),
  },
  {
    table: 'dead_letter_queue',
    field: 'sourceMessageId',
    why: 'message id with a stray space',
    row: (ref) => ({ ...f.dead_letter_queue!(ref), sourceMessageId: '5f3c1a2b-8d4e-4f6a-9b7c-0e1d2f3a4b5c ' }),
  },
  {
    table: 'dead_letter_queue',
    field: 'errorClass',
    why: 'missing required field',
    row: (ref) => ({ ...f.dead_letter_queue!(ref), errorClass: undefined }),
  },
  {
    table: 'message_queue_configs',
    field: 'maxBackoffMs',
    why: 'a cap below the first delay',
    row: (ref) => ({ ...f.message_queue_configs!(ref), maxBackoffMs: 10_000 }),
  },
  {
    table: 'message_queue_configs',
    field: 'backoffStrategy',
    why: 'wrong enum value',
    row: (ref) => ({ ...f.message_queue_configs!(ref), backoffStrategy: 'fibonacci' }),
  },
  {
    table: 'message_queue_configs',
    field: 'jitterPercent',
    why: 'jitter above 100 percent',
    row: (ref) => ({ ...f.message_queue_configs!(ref), jitterPercent: 150 }),
  },
  {
    table: 'message_validation_rules',
    field: 'messageType',
    why: 'message type in words',
    row: (ref) => ({ ...f.message_validation_rules!(ref), messageType: 'Horse Record Updated' }),
  },
  {
    table: 'message_validation_rules',
    field: 'activatedAt',
    why: 'an active rule without its activation time',
    row: (ref) => ({ ...f.message_validation_rules!(ref), activatedAt: null }),
  },
  {
    table: 'dlq_processing_logs',
    field: 'finishedAt',
    why: 'attempt finished before it started',
    row: (ref) => ({ ...f.dlq_processing_logs!(ref), finishedAt: new Date('2024-11-06T19:05:09Z') }),
  },
  {
    table: 'dlq_processing_logs',
    field: 'httpStatus',
    why: 'HTTP status out of range',
    row: (ref) => ({ ...f.dlq_processing_logs!(ref), httpStatus: 703 }),
  },
  {
    table: 'dlq_processing_logs',
    field: 'errorClass',
    why: 'a failed attempt without its error',
    row: (ref) => ({ ...f.dlq_processing_logs!(ref), errorClass: null }),
  },
  {
    table: 'dlq_recovery_actions',
    field: 'queueId',
    why: 'both one message and a whole queue',
    row: (ref) => ({ ...f.dlq_recovery_actions!(ref), deadLetterId: ref('dead_letter_queue') }),
  },
  {
    table: 'dlq_recovery_actions',
    field: 'messageCount',
    why: 'more messages succeeded than were taken',
    row: (ref) => ({ ...f.dlq_recovery_actions!(ref), succeededCount: 38 }),
  },
  {
    table: 'dlq_recovery_actions',
    field: 'payloadSha256After',
    why: 'payload digests on a redrive, which edits nothing',
    row: (ref) => ({
      ...f.dlq_recovery_actions!(ref),
      payloadSha256Before: '1f0e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0',
      payloadSha256After: '2e1f0d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f1',
    }),
  },
  {
    table: 'dlq_analytics',
    field: 'bucketStart',
    why: 'an hourly bucket starting at half past',
    row: (ref) => ({ ...f.dlq_analytics!(ref), bucketStart: new Date('2024-11-06T19:30:00Z') }),
  },
  {
    table: 'dlq_analytics',
    field: 'messagesParked',
    why: 'negative quantity',
    row: (ref) => ({ ...f.dlq_analytics!(ref), messagesParked: -3 }),
  },
  {
    table: 'dlq_analytics',
    field: 'attemptsMade',
    why: 'more failed attempts than attempts',
    row: (ref) => ({ ...f.dlq_analytics!(ref), attemptsFailed: 500 }),
  },
  {
    table: 'dlq_alert_rules',
    field: 'criticalThreshold',
    why: 'critical below warning',
    row: (ref) => ({ ...f.dlq_alert_rules!(ref), criticalThreshold: '40.00' }),
  },
  {
    table: 'dlq_alert_rules',
    field: 'notificationChannel',
    why: 'wrong enum value',
    row: (ref) => ({ ...f.dlq_alert_rules!(ref), notificationChannel: 'sms' }),
  },
  {
    table: 'dlq_alert_rules',
    field: 'ruleKey',
    why: 'rule key in kebab-case',
    row: (ref) => ({ ...f.dlq_alert_rules!(ref), ruleKey: 'dead-letter-backlog' }),
  },
  {
    table: 'message_pattern_analysis',
    field: 'errorFingerprint',
    why: 'fingerprint in upper case',
    row: (ref) => ({ ...f.message_pattern_analysis!(ref), errorFingerprint: '7D1E4C2A9B8F6E3D5C4B2A1908F7E6D5C4B3A29180F7E6D5C4B3A2918F7E6D5C' }),
  },
  {
    table: 'message_pattern_analysis',
    field: 'occurrences',
    why: 'more messages than occurrences',
    row: (ref) => ({ ...f.message_pattern_analysis!(ref), affectedMessages: 500 }),
  },
  {
    table: 'dlq_cleanup_policies',
    field: 'archiveLocation',
    why: 'archiving without a location',
    row: (ref) => ({ ...f.dlq_cleanup_policies!(ref), action: 'archive_then_delete' }),
  },
  {
    table: 'dlq_cleanup_policies',
    field: 'schedule',
    why: 'schedule in words',
    row: (ref) => ({ ...f.dlq_cleanup_policies!(ref), schedule: 'every night' }),
  },
  {
    table: 'dlq_cleanup_policies',
    field: 'retainDays',
    why: 'zero retention',
    row: (ref) => ({ ...f.dlq_cleanup_policies!(ref), retainDays: 0 }),
  },
  {
    table: 'dlq_manual_reviews',
    field: 'escalationTicket',
    why: 'an escalation without its ticket',
    row: (ref) => ({ ...f.dlq_manual_reviews!(ref), status: 'decided', decision: 'escalate', decidedAt: new Date('2024-11-06T20:15:00Z') }),
  },
  {
    table: 'dlq_manual_reviews',
    field: 'decidedAt',
    why: 'decided before the review was opened',
    row: (ref) => ({ ...f.dlq_manual_reviews!(ref), status: 'decided', decision: 'redrive', decidedAt: new Date('2024-11-06T19:00:00Z') }),
  },
  {
    table: 'dlq_manual_reviews',
    field: 'reviewerAdminUserId',
    why: 'malformed uuid',
    row: (ref) => ({ ...f.dlq_manual_reviews!(ref), reviewerAdminUserId: 'siobhan.byrne' }),
  },
];

/** This package's catalog, fixtures and invalid rows, for the generic per-table suite. */
export const deadletterFixtureSet: FixtureSet = { catalog: deadletterCatalog, fixtures: deadletterFixtures, invalidRows: deadletterInvalidRows };
