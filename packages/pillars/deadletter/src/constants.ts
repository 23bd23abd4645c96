import type { TextFormat } from '@db/core';

/**
 * `as const` lists shared by the CHECK constraints (via textEnum) and the Zod enums, plus the text formats only
 * this package uses (each declared once with formatCheck: its CHECK and its Zod twin). Source systems and rule keys
 * use @db/core's SNAKE_CASE_KEY; message ids, worker ids and ticket references its EXTERNAL_ID; error
 * fingerprints and payload digests its SHA256_HEX; runbooks its HTTP_URL.
 */

// ---------------------------------------------------------------------------------------------------------------
// the message

/**
 * Where a dead letter is in its life:
 * - pending: waiting for its next attempt (`next_attempt_at`);
 * - claimed: one worker holds it until `claimed_until` (its lease); a lapsed lease makes it claimable again;
 * - parked: its attempts are spent, it waits for a person (`dlq_manual_reviews`);
 * - resolved: processed, redriven or replayed; discarded: dropped on purpose. Both are terminal (`resolved_at`).
 */
export const DLQ_MESSAGE_STATUSES = ['pending', 'claimed', 'parked', 'resolved', 'discarded'] as const;
export type DlqMessageStatus = (typeof DLQ_MESSAGE_STATUSES)[number];

/** How a dead letter left the queue: a retry succeeded, it went back to its source queue, it was replayed, or dropped. */
export const DLQ_RESOLUTIONS = ['processed', 'redriven', 'replayed', 'edited_and_replayed', 'discarded'] as const;
export type DlqResolution = (typeof DLQ_RESOLUTIONS)[number];

/**
 * The original encoding of the body. The payload column holds it as JSON: a JSON body as is, any other body as
 * `{ "body": "...", "encoding": "utf8" | "base64" }`.
 */
export const DLQ_CONTENT_TYPES = [
  'application/json',
  'application/cloudevents+json',
  'application/xml',
  'text/plain',
  'text/csv',
  'application/x-www-form-urlencoded',
  'application/x-protobuf',
  'application/avro',
  'application/octet-stream',
] as const;

// ---------------------------------------------------------------------------------------------------------------
// retry policy

/** How the delay before the next attempt grows: the same each time, by a fixed step, or multiplied (capped). */
export const DLQ_BACKOFF_STRATEGIES = ['fixed', 'linear', 'exponential'] as const;
export type DlqBackoffStrategy = (typeof DLQ_BACKOFF_STRATEGIES)[number];
/** What happens when a message has used its attempts: parked for a person, or dropped (telemetry, idempotent pings). */
export const DLQ_EXHAUSTION_ACTIONS = ['park_for_review', 'discard'] as const;

// ---------------------------------------------------------------------------------------------------------------
// attempts, recovery and review

export const DLQ_ATTEMPT_OUTCOMES = ['succeeded', 'failed'] as const;

/**
 * What an operator does with dead letters: send them back to their source queue (redrive), process them again
 * here (replay), correct the payload first (edit_and_replay), or drop them (discard).
 */
export const DLQ_RECOVERY_ACTION_TYPES = ['redrive', 'replay', 'edit_and_replay', 'discard'] as const;
export const DLQ_RECOVERY_STATUSES = ['requested', 'in_progress', 'succeeded', 'partially_succeeded', 'failed', 'cancelled'] as const;

export const DLQ_REVIEW_STATUSES = ['open', 'in_review', 'decided', 'cancelled'] as const;
export const DLQ_REVIEW_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
/** A review's decision: one of the recovery actions, or escalation to the owning team (a ticket). */
export const DLQ_REVIEW_DECISIONS = ['redrive', 'replay', 'edit_and_replay', 'discard', 'escalate'] as const;
export const DLQ_ROOT_CAUSES = [
  'malformed_payload',
  'schema_mismatch',
  'consumer_bug',
  'downstream_outage',
  'expired_or_stale',
  'duplicate_message',
  'authorisation_failure',
  'business_rule_violation',
  'unknown',
] as const;

// ---------------------------------------------------------------------------------------------------------------
// analysis, alerting, cleanup, validation

/** What kind of failure a pattern is, as the analyser classifies it (transient ones are worth retrying). */
export const DLQ_ERROR_CATEGORIES = [
  'validation',
  'deserialization',
  'schema_mismatch',
  'timeout',
  'dependency_unavailable',
  'rate_limited',
  'authentication',
  'business_rule',
  'poison_message',
  'unknown',
] as const;
export const DLQ_PATTERN_STATUSES = ['open', 'acknowledged', 'fixed', 'ignored'] as const;

/** What an alert rule watches on one queue; every one is worse when higher, so warning <= critical. */
export const DLQ_ALERT_METRICS = [
  'dead_letter_depth',
  'parked_count',
  'oldest_pending_age_seconds',
  'arrivals_per_hour',
  'failed_attempt_percent',
  'new_error_fingerprints',
] as const;
export const DLQ_NOTIFICATION_CHANNELS = ['pagerduty', 'opsgenie', 'slack', 'microsoft_teams', 'email'] as const;

/** The statuses a retention policy applies to (a claimed message is never cleaned up under its worker). */
export const DLQ_CLEANUP_STATUSES = ['pending', 'parked', 'resolved', 'discarded'] as const;
/**
 * What a policy does to a message past its retention: blank its payload and headers (the row, its logs and the
 * operators' actions stay), archive the row to object storage then delete it, or delete it outright.
 */
export const DLQ_CLEANUP_ACTIONS = ['purge_payload', 'archive_then_delete', 'delete'] as const;

export const DLQ_SCHEMA_FORMATS = ['json_schema', 'avro', 'protobuf'] as const;
/** Where a message schema comes from: a schema registry (synced, with its id) or written here. */
export const DLQ_SCHEMA_REGISTRIES = ['confluent', 'aws_glue', 'apicurio', 'internal'] as const;
/** Confluent's compatibility modes, which the other registries share. */
export const DLQ_SCHEMA_COMPATIBILITIES = ['backward', 'forward', 'full', 'none'] as const;
/** What the consumer does with a message that fails the rule: dead-letter it, reject it to the producer, or only log. */
export const DLQ_VALIDATION_FAILURE_ACTIONS = ['dead_letter', 'reject', 'log_only'] as const;
export const DLQ_VALIDATION_RULE_STATUSES = ['draft', 'active', 'deprecated', 'retired'] as const;

// ---------------------------------------------------------------------------------------------------------------
// text formats

/**
 * A message or event type: lower-case dotted segments, e.g. horse.record.updated, invoice.payment_failed,
 * ie.equine.weatherbys.pedigree-sync.v2 (CloudEvents' reverse-DNS style).
 */
export const DLQ_MESSAGE_TYPE: TextFormat = {
  pattern: /^[a-z][a-z0-9_-]{0,62}(\.[a-z0-9][a-z0-9_-]{0,62}){0,9}$/,
  message: 'must be a lower-case dotted message type such as horse.record.updated',
};
/** A schema version as producers write it: 3, 2.1.0, 2024-06-20, v7. */
export const DLQ_SCHEMA_VERSION: TextFormat = {
  pattern: /^[0-9A-Za-z][0-9A-Za-z._-]{0,31}$/,
  message: 'must be a schema version such as 3, 2.1.0 or 2024-06-20',
};
/** An exception class as the runtime names it: TimeoutError, Stripe::CardError, requests.exceptions.ConnectionError. */
export const DLQ_ERROR_CLASS: TextFormat = {
  pattern: /^\S{1,255}$/,
  message: 'must be an exception class name without spaces such as TimeoutError',
};
/** A five-field cron expression (minute hour day month weekday) or one of the @hourly/@daily/@weekly/@monthly macros. */
export const DLQ_CRON: TextFormat = {
  pattern: /^(@(hourly|daily|weekly|monthly)|\S+ \S+ \S+ \S+ \S+)$/,
  message: 'must be a five-field cron expression such as 15 3 * * * or @daily',
};
/** Where archived dead letters go: an object storage bucket and prefix, e.g. s3://equine-dlq-archive/prod/. */
export const DLQ_ARCHIVE_URI: TextFormat = {
  pattern: /^(s3|gs|azure):\/\/[a-z0-9][a-z0-9.-]{1,62}(\/\S*)?$/,
  message: 'must be an object storage location such as s3://equine-dlq-archive/prod/',
};
/** A JSON pointer (RFC 6901) to a field of a payload: /horse/passportNumber, /lines/0/amount. */
export const DLQ_JSON_POINTER: TextFormat = {
  pattern: /^(\/[^/\s]*)+$/,
  message: 'must be a JSON pointer such as /horse/passportNumber',
};
