import {
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  positive,
  requiredWhen,
  requiredWith,
  SLUG,
  textEnum,
  timestamps,
  timestamptz,
} from '@db/core';
import { systemAlerts } from '@db/admin/tables';
import { platformServices, scalingEvents } from '@db/reliability/tables';
import { sql } from 'drizzle-orm';
import { foreignKey, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  RECOVERY_ACTION_OUTCOMES,
  RECOVERY_ACTION_STATUSES,
  RECOVERY_ACTIONS,
  RECOVERY_ENVIRONMENTS,
  RECOVERY_EXECUTORS,
} from '../constants.ts';
import { systemHealthChecks } from './system-health-checks.ts';

/**
 * One automated remediation of a service: what triggered it (an application alert, a failed probe), what was
 * done (restart, scale out, failover, cache flush, rollback, ...) by which runbook and executor, which attempt it
 * was, when it started and finished, and whether the service recovered. The executor's execution id is the
 * natural key (executor, external_execution_id): the automation tools report progress again and again, and each
 * report upserts the same row (`source_updated_at`). A retry is a new row with the next `attempt`.
 */
export const autoRecoveryActions = domainTable(
  'auto_recovery_actions',
  {
    id: id(),
    /** Operational history: a service with remediations is retired, not deleted. */
    serviceId: uuid()
      .notNull()
      .references(() => platformServices.id, { onDelete: 'restrict' }),
    environment: textEnum(RECOVERY_ENVIRONMENTS).notNull().default('production'),
    /** The application alert that triggered it. SET NULL: alerts are purged; the remediation stays. */
    triggeringAlertId: uuid().references(() => systemAlerts.id, { onDelete: 'set null' }),
    /** The failed probe result that triggered it. SET NULL: probe results are purged by retention. */
    healthCheckId: uuid(),
    /** The autoscaler event it produced (scale_out, scale_in) or reacted to (new pods not ready). SET NULL: descriptive. */
    scalingEventId: uuid().references(() => scalingEvents.id, { onDelete: 'set null' }),
    action: textEnum(RECOVERY_ACTIONS).notNull(),
    /** The runbook automated, kebab-case, e.g. restart-unready-pods (its steps live in the runbook repository). */
    runbookKey: text().notNull(),
    executor: textEnum(RECOVERY_EXECUTORS).notNull(),
    /** The execution's id at the executor (SSM automation execution id, Rundeck execution, controller ULID); null until submitted. */
    externalExecutionId: text(),
    status: textEnum(RECOVERY_ACTION_STATUSES).notNull().default('pending'),
    /** 1 for the first try, 2 for the first retry, ... */
    attempt: integer().notNull().default(1),
    requestedAt: timestamptz().notNull(),
    startedAt: timestamptz(),
    finishedAt: timestamptz(),
    /** The effect on the service, judged once the action finished. */
    outcome: textEnum(RECOVERY_ACTION_OUTCOMES),
    errorMessage: text(),
    /** When the executor last reported on the execution: an older report never overwrites a newer one. */
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('auto_recovery_actions_execution_key').on(t.executor, t.externalExecutionId),
    /** A service's remediation history, newest first. */
    index('auto_recovery_actions_service_id_idx').on(t.serviceId, t.environment, t.requestedAt),
    index('auto_recovery_actions_triggering_alert_id_idx').on(t.triggeringAlertId),
    index('auto_recovery_actions_health_check_id_idx').on(t.healthCheckId),
    // Declared here with a name: the generated one would pass PostgreSQL's 63 characters.
    foreignKey({
      name: 'auto_recovery_actions_health_check_id_fkey',
      columns: [t.healthCheckId],
      foreignColumns: [systemHealthChecks.id],
    }).onDelete('set null'),
    index('auto_recovery_actions_scaling_event_id_idx').on(t.scalingEventId),
    /** Actions not yet finished: the stuck-remediation alert and the approval queue. */
    index('auto_recovery_actions_open_idx')
      .on(t.status, t.requestedAt)
      .where(sql`${t.status} in ('pending', 'awaiting_approval', 'running')`),
    formatCheck(t.runbookKey, SLUG),
    formatCheck(t.externalExecutionId, EXTERNAL_ID),
    positive(t.attempt),
    inOrder(t.requestedAt, t.startedAt, { name: 'auto_recovery_actions_started_at_check', message: 'must not be before requestedAt' }),
    inOrder(t.startedAt, t.finishedAt, { name: 'auto_recovery_actions_finished_at_check', message: 'must not be before startedAt' }),
    requiredWhen(t.startedAt, t.status, 'running', { name: 'auto_recovery_actions_running_check' }),
    requiredWhen(t.finishedAt, t.status, 'succeeded', { name: 'auto_recovery_actions_succeeded_check' }),
    requiredWhen(t.finishedAt, t.status, 'failed', { name: 'auto_recovery_actions_failed_check' }),
    requiredWhen(t.errorMessage, t.status, 'failed', { name: 'auto_recovery_actions_error_message_check' }),
    requiredWith(t.finishedAt, t.outcome, { name: 'auto_recovery_actions_outcome_finished_check', message: 'is required when outcome is given' }),
  ],
);
