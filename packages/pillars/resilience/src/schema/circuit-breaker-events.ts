import { between, createdAt, differ, domainTable, EXTERNAL_ID, formatCheck, id, inOrder, nonNegative, onlyWhen, textEnum, timestamptz } from '@db/core';
import { autoRecoveryActions } from '@db/recovery/tables';
import { RELIABILITY_REGION } from '@db/reliability/constants';
import { userProfiles } from '@db/users/tables';
import { foreignKey, index, integer, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { RESILIENCE_BREAKER_STATES, RESILIENCE_BREAKER_TRANSITION_REASONS, RESILIENCE_EVENT_SOURCES } from '../constants.ts';
import { circuitBreakerConfigs } from './circuit-breaker-configs.ts';

/**
 * One state transition of one circuit breaker in one instance (pod, task, sidecar), append-only (the database
 * refuses UPDATE and DELETE: `resilienceDatabaseObjects`): from and to which state, why, the window's figures
 * when it happened (failure and slow-call rates, calls, failed and slow calls, calls refused while open). Shipped
 * by the library's event stream through the telemetry pipeline, which delivers at least once: the emitter's event
 * id is the natural key (`source`, `external_event_id`), and a re-delivered event is a no-op (`on conflict do
 * nothing`). High volume (every instance of every breaker): a BRIN index on `occurred_at` serves the time range
 * scans and the retention purge (`purge_circuit_breaker_events`, 180 days); a large deployment partitions it by
 * month of `occurred_at` and drops old partitions instead. Its foreign keys are RESTRICT, as the trigger requires:
 * a breaker configuration with events is closed (`valid_to`), not deleted. It holds ids, no personal data.
 */
export const circuitBreakerEvents = domainTable(
  'circuit_breaker_events',
  {
    id: id(),
    /** The configuration in force when it happened. */
    circuitBreakerConfigId: uuid().notNull(),
    source: textEnum(RESILIENCE_EVENT_SOURCES).notNull(),
    /** The emitter's id of the event (a UUID or ULID the library or sidecar gives it). */
    externalEventId: text().notNull(),
    fromState: textEnum(RESILIENCE_BREAKER_STATES).notNull(),
    toState: textEnum(RESILIENCE_BREAKER_STATES).notNull(),
    reason: textEnum(RESILIENCE_BREAKER_TRANSITION_REASONS),
    /** Failed calls in the window, in percent; null when the window held too few calls to judge. */
    failureRatePercent: numeric({ precision: 5, scale: 2 }),
    slowCallRatePercent: numeric({ precision: 5, scale: 2 }),
    callsInWindow: integer().notNull().default(0),
    failedCallsInWindow: integer().notNull().default(0),
    slowCallsInWindow: integer().notNull().default(0),
    /** Calls refused since it last opened, reported on the transition out of open. */
    notPermittedCalls: integer(),
    occurredAt: timestamptz().notNull(),
    /** The instance that emitted it: a pod (horse-api-7d9f8b6c5-x2k4q), a task ARN, a sidecar's node id. */
    instanceId: text().notNull(),
    region: text(),
    /** The remediation that reset or forced the breaker (an automated reset). RESTRICT: a logged remediation is kept. */
    autoRecoveryActionId: uuid(),
    /**
     * The engineer who forced it open, disabled it or reset it by hand. RESTRICT: the log is audit evidence of who
     * overrode a safety mechanism; erasure anonymises the profile and the event keeps pointing at it.
     */
    actorUserId: uuid().references(() => userProfiles.id, { onDelete: 'restrict' }),
    ...createdAt(),
  },
  (t) => [
    uniqueIndex('circuit_breaker_events_source_event_key').on(t.source, t.externalEventId),
    /** A breaker's timeline. */
    index('circuit_breaker_events_circuit_breaker_config_id_idx').on(t.circuitBreakerConfigId, t.occurredAt),
    foreignKey({
      name: 'circuit_breaker_events_circuit_breaker_config_id_fkey',
      columns: [t.circuitBreakerConfigId],
      foreignColumns: [circuitBreakerConfigs.id],
    }).onDelete('restrict'),
    /** Time range scans across breakers, and the retention purge. */
    index('circuit_breaker_events_occurred_at_brin_idx').using('brin', t.occurredAt),
    index('circuit_breaker_events_auto_recovery_action_id_idx').on(t.autoRecoveryActionId),
    foreignKey({
      name: 'circuit_breaker_events_auto_recovery_action_id_fkey',
      columns: [t.autoRecoveryActionId],
      foreignColumns: [autoRecoveryActions.id],
    }).onDelete('restrict'),
    index('circuit_breaker_events_actor_user_id_idx').on(t.actorUserId),
    formatCheck(t.externalEventId, EXTERNAL_ID),
    differ(t.fromState, t.toState, { name: 'circuit_breaker_events_transition_check', message: 'must differ from fromState: a transition changes the state' }),
    between(t.failureRatePercent, 0, 100),
    between(t.slowCallRatePercent, 0, 100),
    nonNegative(t.callsInWindow),
    nonNegative(t.failedCallsInWindow),
    nonNegative(t.slowCallsInWindow),
    inOrder(t.failedCallsInWindow, t.callsInWindow, { name: 'circuit_breaker_events_failed_calls_check', message: 'must not be below failedCallsInWindow' }),
    inOrder(t.slowCallsInWindow, t.callsInWindow, { name: 'circuit_breaker_events_slow_calls_check', message: 'must not be below slowCallsInWindow' }),
    nonNegative(t.notPermittedCalls),
    formatCheck(t.instanceId, EXTERNAL_ID),
    formatCheck(t.region, RELIABILITY_REGION),
    onlyWhen(t.actorUserId, t.reason, 'manual_override', { name: 'circuit_breaker_events_actor_check' }),
  ],
);
