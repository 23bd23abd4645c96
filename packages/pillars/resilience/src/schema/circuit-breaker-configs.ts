import { atLeastOneOf, domainTable, exactlyOneOf, formatCheck, id, inOrder, nonNegative, positive, range, textEnum, timestamps, timestamptz, together } from '@db/core';
import { RELIABILITY_ENVIRONMENTS } from '@db/reliability/constants';
import { platformServices, serviceDependencies } from '@db/reliability/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { boolean, foreignKey, index, integer, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { RESILIENCE_BREAKER_LIBRARIES, RESILIENCE_CONFIG_NAME, RESILIENCE_SLIDING_WINDOW_TYPES } from '../constants.ts';

/**
 * The settings of one circuit breaker: on an edge of @db/reliability's dependency graph (`service_dependencies`,
 * one breaker per edge: the edge's `circuit_breaker_enabled` says there is one, this row says how it trips), or on
 * a whole service (`platform_services`: a breaker in front of everything a gateway sends it), exactly one of the
 * two. The model is Resilience4j's, which Polly, Hystrix and opossum share under other names: a failure-rate and a
 * slow-call-rate threshold over a sliding window of N calls or N seconds, judged once the window holds a minimum of
 * calls; then open for a wait, then a few trial calls half-open. Libraries that trip on consecutive failures
 * (gobreaker, Envoy outlier detection) give `consecutiveFailureThreshold` instead of, or besides, a rate.
 * Versioned: a change closes the current row (`valid_to`) and opens the next, so the settings in force at any
 * breaker event can be read back; one current row per target and environment. Configuration that only describes
 * its target goes with it (CASCADE), but the breaker's events keep it (RESTRICT on `circuit_breaker_events`).
 */
export const circuitBreakerConfigs = domainTable(
  'circuit_breaker_configs',
  {
    id: id(),
    /** The edge the breaker guards (the caller is the edge's service). */
    serviceDependencyId: uuid(),
    /** A breaker on a whole service, when it guards no single edge. */
    serviceId: uuid().references(() => platformServices.id, { onDelete: 'cascade' }),
    environment: textEnum(RELIABILITY_ENVIRONMENTS).notNull().default('production'),
    /** The breaker's name in the library's configuration and in its events, e.g. weatherbysPedigree. */
    breakerName: text().notNull(),
    library: textEnum(RESILIENCE_BREAKER_LIBRARIES).notNull(),
    /** Failed calls in the window, in percent, at or above which it opens (Resilience4j default 50). */
    failureRateThresholdPercent: numeric({ precision: 5, scale: 2 }),
    /** Consecutive failures that open it, for libraries that count them (gobreaker, Envoy consecutive_5xx). */
    consecutiveFailureThreshold: integer(),
    /** A call slower than this counts as slow. */
    slowCallDurationThresholdMs: integer(),
    /** Slow calls in the window, in percent, at or above which it opens. */
    slowCallRateThresholdPercent: numeric({ precision: 5, scale: 2 }),
    /** Calls the window must hold before a rate is judged (Resilience4j default 100). */
    minimumNumberOfCalls: integer().notNull().default(100),
    slidingWindowType: textEnum(RESILIENCE_SLIDING_WINDOW_TYPES).notNull().default('count_based'),
    /** Calls (count_based) or seconds (time_based), as slidingWindowType says. */
    slidingWindowSize: integer().notNull().default(100),
    /** How long it stays open before trial calls (Resilience4j default 60 000 ms). */
    openStateWaitMs: integer().notNull().default(60000),
    /** Trial calls let through half-open (Resilience4j default 10; Hystrix 1). */
    halfOpenPermittedCalls: integer().notNull().default(10),
    /** The longest it may stay half-open waiting for its trial calls; 0 waits for them however long. */
    halfOpenMaxWaitMs: integer().notNull().default(0),
    /** Moves to half-open when the wait is over, without waiting for a call. */
    autoHalfOpen: boolean().notNull().default(false),
    /** Monitor-only: the breaker records and reports, and lets every call through (how a new breaker is trialled). */
    enforcing: boolean().notNull().default(true),
    validFrom: timestamptz().notNull().defaultNow(),
    /** When the next version replaced this one; null for the configuration in force. */
    validTo: timestamptz(),
    /** Who made the change: a credit, unset when that user is erased. */
    changedByUserId: uuid(),
    /** The change that applied it: a pull request, a config-repository commit, a change ticket (CHG-2024-0431). */
    changeReference: text(),
    ...timestamps(),
  },
  (t) => [
    // One configuration in force per target and environment, whichever kind of target it has.
    uniqueIndex('circuit_breaker_configs_current_key')
      .on(sql`coalesce(${t.serviceDependencyId}, ${t.serviceId})`, t.environment)
      .where(sql`${t.validTo} is null`),
    index('circuit_breaker_configs_service_dependency_id_idx').on(t.serviceDependencyId, t.environment, t.validFrom),
    foreignKey({
      name: 'circuit_breaker_configs_service_dependency_id_fkey',
      columns: [t.serviceDependencyId],
      foreignColumns: [serviceDependencies.id],
    }).onDelete('cascade'),
    index('circuit_breaker_configs_service_id_idx').on(t.serviceId, t.environment, t.validFrom),
    index('circuit_breaker_configs_changed_by_user_id_idx').on(t.changedByUserId),
    foreignKey({
      name: 'circuit_breaker_configs_changed_by_user_id_fkey',
      columns: [t.changedByUserId],
      foreignColumns: [userProfiles.id],
    }).onDelete('set null'),
    exactlyOneOf([t.serviceDependencyId, t.serviceId], {
      name: 'circuit_breaker_configs_target_check',
      message: 'a breaker guards a dependency edge (serviceDependencyId) or a whole service (serviceId), not both',
    }),
    formatCheck(t.breakerName, RESILIENCE_CONFIG_NAME),
    range(t.failureRateThresholdPercent, { min: 0, max: 100, exclusiveMin: true }),
    positive(t.consecutiveFailureThreshold),
    atLeastOneOf([t.failureRateThresholdPercent, t.consecutiveFailureThreshold], {
      name: 'circuit_breaker_configs_trip_condition_check',
      message: 'give failureRateThresholdPercent, consecutiveFailureThreshold or both: a breaker needs something to trip on',
    }),
    positive(t.slowCallDurationThresholdMs),
    range(t.slowCallRateThresholdPercent, { min: 0, max: 100, exclusiveMin: true }),
    together(t.slowCallDurationThresholdMs, t.slowCallRateThresholdPercent, { name: 'circuit_breaker_configs_slow_call_check' }),
    positive(t.minimumNumberOfCalls),
    positive(t.slidingWindowSize),
    positive(t.openStateWaitMs),
    positive(t.halfOpenPermittedCalls, { name: 'circuit_breaker_configs_half_open_calls_check' }),
    nonNegative(t.halfOpenMaxWaitMs),
    inOrder(t.validFrom, t.validTo, { name: 'circuit_breaker_configs_valid_to_check', message: 'must not be before validFrom' }),
  ],
);
