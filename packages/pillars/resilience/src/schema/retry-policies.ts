import {
  between,
  customCheck,
  domainTable,
  formatCheck,
  id,
  inOrder,
  isAbsent,
  nonNegative,
  onlyWhen,
  range,
  requiredWhen,
  textEnum,
  textLength,
  timestamps,
  timestamptz,
} from '@db/core';
import { RELIABILITY_ENVIRONMENTS } from '@db/reliability/constants';
import { serviceDependencies } from '@db/reliability/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { boolean, foreignKey, index, integer, numeric, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  RESILIENCE_BACKOFF_KINDS,
  RESILIENCE_HTTP_STATUS_MAX,
  RESILIENCE_HTTP_STATUS_MIN,
  RESILIENCE_JITTER_KINDS,
  RESILIENCE_OPERATION,
} from '../constants.ts';

const isStatusList = (value: unknown) =>
  Array.isArray(value) &&
  value.every((code) => Number.isInteger(code) && (code as number) >= RESILIENCE_HTTP_STATUS_MIN && (code as number) <= RESILIENCE_HTTP_STATUS_MAX);

/**
 * How the calls along one dependency edge are retried, per operation: at most `max_attempts` attempts (the first
 * included, 1 = never retried, up to 20), spaced by a backoff (fixed, linear or exponential from a base delay, capped
 * at a maximum) with jitter, on which HTTP status codes, timeouts and connection errors, and whether only
 * idempotent requests are retried. A retry budget caps the extra load retries may add (Envoy and Finagle retry
 * budgets), and `Retry-After` can override the backoff. The edge's own `max_retries` (@db/reliability) is the
 * summary; these rows are the detail. Versioned: one current row per (edge, environment, operation). Configuration
 * that only describes the edge goes with it (CASCADE).
 */
export const retryPolicies = domainTable(
  'retry_policies',
  {
    id: id(),
    serviceDependencyId: uuid().notNull(),
    environment: textEnum(RELIABILITY_ENVIRONMENTS).notNull().default('production'),
    /** As timeout_configurations.operation: a route, a gRPC method, or * for the edge's default. */
    operation: text().notNull().default('*'),
    /** Attempts in all, the first included. */
    maxAttempts: smallint().notNull().default(3),
    backoffKind: textEnum(RESILIENCE_BACKOFF_KINDS).notNull().default('exponential'),
    /** The first retry's delay (fixed: every retry's). */
    baseDelayMs: integer().notNull().default(100),
    /** The cap on any one delay. */
    maxDelayMs: integer(),
    /** Exponential backoff: each delay is the previous one times this (2 doubles it). */
    backoffMultiplier: numeric({ precision: 4, scale: 2 }),
    jitter: textEnum(RESILIENCE_JITTER_KINDS).notNull().default('full'),
    /** HTTP status codes that are retried, e.g. {502,503,504,429}; empty: none (only timeouts and connection errors, below). */
    retryableStatusCodes: integer()
      .array()
      .notNull()
      .default(sql`'{}'::integer[]`),
    retryOnTimeout: boolean().notNull().default(true),
    retryOnConnectionError: boolean().notNull().default(true),
    /** Retries only idempotent requests (GET, PUT, DELETE, or a request carrying an idempotency key). */
    idempotentOnly: boolean().notNull().default(true),
    /** A Retry-After header from the dependency replaces the computed delay. */
    respectRetryAfter: boolean().notNull().default(true),
    /** Retries may add at most this share of the edge's requests (a retry budget); null: no budget. */
    retryBudgetPercent: numeric({ precision: 5, scale: 2 }),
    validFrom: timestamptz().notNull().defaultNow(),
    /** When the next version replaced this one; null for the policy in force. */
    validTo: timestamptz(),
    /** Who made the change: a credit, unset when that user is erased. */
    changedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    changeReference: text(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('retry_policies_current_key')
      .on(t.serviceDependencyId, t.environment, t.operation)
      .where(sql`${t.validTo} is null`),
    /** An edge's retry history. */
    index('retry_policies_service_dependency_id_idx').on(t.serviceDependencyId, t.environment, t.validFrom),
    foreignKey({
      name: 'retry_policies_service_dependency_id_fkey',
      columns: [t.serviceDependencyId],
      foreignColumns: [serviceDependencies.id],
    }).onDelete('cascade'),
    index('retry_policies_changed_by_user_id_idx').on(t.changedByUserId),
    formatCheck(t.operation, RESILIENCE_OPERATION),
    textLength(t.operation, { max: 300 }),
    between(t.maxAttempts, 1, 20),
    nonNegative(t.baseDelayMs),
    nonNegative(t.maxDelayMs),
    inOrder(t.baseDelayMs, t.maxDelayMs, { name: 'retry_policies_max_delay_check', message: 'must not be below baseDelayMs' }),
    range(t.backoffMultiplier, { min: 1, max: 10, exclusiveMin: true }),
    requiredWhen(t.backoffMultiplier, t.backoffKind, 'exponential', { name: 'retry_policies_exponential_multiplier_check' }),
    onlyWhen(t.backoffMultiplier, t.backoffKind, 'exponential', { name: 'retry_policies_multiplier_kind_check' }),
    // Every element of an integer[] within a range: no helper does that (range reads one value, allOneOf text).
    // A NULL element fails too (`<= all` is null then, so the CHECK says so explicitly).
    customCheck(
      'retry_policies_retryable_status_codes_check',
      sql`array_position(${t.retryableStatusCodes}, null) is null and ${sql.raw(String(RESILIENCE_HTTP_STATUS_MIN))} <= all(${t.retryableStatusCodes}) and ${sql.raw(String(RESILIENCE_HTTP_STATUS_MAX))} >= all(${t.retryableStatusCodes})`,
      {
        columns: [t.retryableStatusCodes],
        column: t.retryableStatusCodes,
        message: `every element must be an HTTP status code, ${RESILIENCE_HTTP_STATUS_MIN}-${RESILIENCE_HTTP_STATUS_MAX}`,
        holds: (row) => isAbsent(row.retryable_status_codes) || isStatusList(row.retryable_status_codes),
        violations: [{ retryable_status_codes: [503, 99] }, { retryable_status_codes: [600] }, { retryable_status_codes: [502, 1503] }],
      },
    ),
    between(t.retryBudgetPercent, 0, 100),
    inOrder(t.validFrom, t.validTo, { name: 'retry_policies_valid_to_check', message: 'must not be before validFrom' }),
  ],
);
