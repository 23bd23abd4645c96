import {
  differ,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  nonNegative,
  onlyWhen,
  positive,
  requiredWhen,
  requiredWith,
  textEnum,
  textLength,
  timestamps,
  timestamptz,
  together,
} from '@db/core';
import { RECOVERY_FAILOVER_MODES } from '@db/recovery/constants';
import { failoverEvents } from '@db/recovery/tables';
import { RELIABILITY_REGION } from '@db/reliability/constants';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { foreignKey, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { RESILIENCE_EXECUTION_STATUSES, RESILIENCE_FAILOVER_DIRECTIONS, RESILIENCE_ORCHESTRATORS } from '../constants.ts';
import { circuitBreakerEvents } from './circuit-breaker-events.ts';
import { failoverStrategies } from './failover-strategies.ts';

/**
 * One run of a failover strategy (or of its failback): who or what triggered it, which regions, how far its
 * steps got, whether it was rolled back, and what it achieved against the strategy's RPO and RTO. What happened to
 * the service is @db/recovery's `failover_events` row; this is the policy's side, the run of the runbook, and it
 * names the event it produced (one event per run: unique, SET NULL so a re-keyed event leaves the run). The
 * orchestrator reports the run again and again as it progresses: (orchestrator, external_execution_id) is the
 * natural key, with `source_updated_at`. Operational history: the strategy is kept (RESTRICT).
 */
export const failoverExecutions = domainTable(
  'failover_executions',
  {
    id: id(),
    /** The strategy version that ran. */
    failoverStrategyId: uuid().notNull(),
    /** The failover it produced, as @db/recovery records it. */
    failoverEventId: uuid().references(() => failoverEvents.id, { onDelete: 'set null' }),
    direction: textEnum(RESILIENCE_FAILOVER_DIRECTIONS).notNull().default('failover'),
    triggerMode: textEnum(RECOVERY_FAILOVER_MODES).notNull(),
    /** Who decided a manual run. SET NULL: a credit, as failover_events.initiated_by_user_id. */
    triggeredByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    /** The breaker trip that triggered an automatic run. SET NULL: breaker events are purged after 180 days. */
    triggeringBreakerEventId: uuid(),
    fromRegion: text().notNull(),
    toRegion: text().notNull(),
    status: textEnum(RESILIENCE_EXECUTION_STATUSES).notNull().default('pending'),
    startedAt: timestamptz().notNull(),
    completedAt: timestamptz(),
    /** Steps of the runbook, and how many finished (a run stopped half-way says where). */
    stepsTotal: integer(),
    stepsCompleted: integer().notNull().default(0),
    rollbackStartedAt: timestamptz(),
    rollbackReason: text(),
    /** Writes lost, in seconds (the achieved RPO). */
    dataLossSeconds: integer(),
    /** Detection to traffic served from the target (the achieved RTO). */
    achievedRtoSeconds: integer(),
    orchestrator: textEnum(RESILIENCE_ORCHESTRATORS),
    /** The orchestrator's id of the run: a Route 53 ARC plan execution id, an SSM automation execution id. */
    externalExecutionId: text(),
    /** When the orchestrator last reported on the run: an older report never overwrites a newer one. */
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('failover_executions_orchestrator_execution_key').on(t.orchestrator, t.externalExecutionId),
    uniqueIndex('failover_executions_failover_event_id_key').on(t.failoverEventId),
    /** A strategy's runs. */
    index('failover_executions_failover_strategy_id_idx').on(t.failoverStrategyId, t.startedAt),
    foreignKey({
      name: 'failover_executions_failover_strategy_id_fkey',
      columns: [t.failoverStrategyId],
      foreignColumns: [failoverStrategies.id],
    }).onDelete('restrict'),
    index('failover_executions_triggered_by_user_id_idx').on(t.triggeredByUserId),
    index('failover_executions_triggering_breaker_event_id_idx').on(t.triggeringBreakerEventId),
    foreignKey({
      name: 'failover_executions_triggering_breaker_event_id_fkey',
      columns: [t.triggeringBreakerEventId],
      foreignColumns: [circuitBreakerEvents.id],
    }).onDelete('set null'),
    /** Runs not yet finished: the incident view. */
    index('failover_executions_open_idx')
      .on(t.startedAt)
      .where(sql`${t.status} in ('pending', 'in_progress')`),
    onlyWhen(t.triggeredByUserId, t.triggerMode, 'manual', { name: 'failover_executions_manual_check' }),
    onlyWhen(t.triggeringBreakerEventId, t.triggerMode, 'automatic', { name: 'failover_executions_automatic_check' }),
    formatCheck(t.fromRegion, RELIABILITY_REGION),
    formatCheck(t.toRegion, RELIABILITY_REGION),
    differ(t.fromRegion, t.toRegion, { name: 'failover_executions_regions_check', message: 'must differ from fromRegion' }),
    inOrder(t.startedAt, t.completedAt, { name: 'failover_executions_completed_at_check', message: 'must not be before startedAt' }),
    requiredWhen(t.completedAt, t.status, 'completed', { name: 'failover_executions_completed_check' }),
    positive(t.stepsTotal),
    nonNegative(t.stepsCompleted),
    inOrder(t.stepsCompleted, t.stepsTotal, { name: 'failover_executions_steps_check', message: 'must not be below stepsCompleted' }),
    inOrder(t.startedAt, t.rollbackStartedAt, { name: 'failover_executions_rollback_started_at_check', message: 'must not be before startedAt' }),
    requiredWhen(t.rollbackStartedAt, t.status, 'rolled_back', { name: 'failover_executions_rolled_back_check' }),
    requiredWith(t.rollbackReason, t.rollbackStartedAt, { name: 'failover_executions_rollback_check' }),
    textLength(t.rollbackReason, { min: 1, max: 2000 }),
    nonNegative(t.dataLossSeconds),
    nonNegative(t.achievedRtoSeconds),
    together(t.orchestrator, t.externalExecutionId, { name: 'failover_executions_orchestrator_execution_check' }),
    formatCheck(t.externalExecutionId, EXTERNAL_ID),
  ],
);
