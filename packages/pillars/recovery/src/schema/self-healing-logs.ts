import { createdAt, domainTable, EXTERNAL_ID, formatCheck, id, requiredWhen, requiredWith, SLUG, textEnum, textLength, timestamptz } from '@db/core';
import { platformServices } from '@db/reliability/tables';
import { boolean, foreignKey, index, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { RECOVERY_ACTIONS, RECOVERY_ENVIRONMENTS, RECOVERY_HEALING_DECISIONS, RECOVERY_HEALING_DETECTORS } from '../constants.ts';
import { autoRecoveryActions } from './auto-recovery-actions.ts';
import { serviceDegradationAlerts } from './service-degradation-alerts.ts';

/**
 * The decision log of the self-healing controller, append-only (the database refuses UPDATE and DELETE:
 * `recoveryDatabaseObjects`): for each signal a detector raised, what the controller decided (remediate,
 * escalate, suppress, defer, nothing), which action, and why. It is the evidence of what the automation did on its
 * own, so it is never edited: a later decision is a new entry. Its foreign keys are RESTRICT, as the trigger
 * requires: a logged service, remediation or incident stays. It holds ids and technical figures, no personal
 * data. The controller's decision key makes a re-delivered entry a no-op (`on conflict do nothing`).
 */
export const selfHealingLogs = domainTable(
  'self_healing_logs',
  {
    id: id(),
    serviceId: uuid()
      .notNull()
      .references(() => platformServices.id, { onDelete: 'restrict' }),
    environment: textEnum(RECOVERY_ENVIRONMENTS).notNull().default('production'),
    /** The controller instance that decided, kebab-case, e.g. healing-controller-eu-west-1. */
    controllerName: text().notNull(),
    /** The controller's own id of the decision (a ULID): unique per controller, the idempotency key of the log. */
    decisionKey: text().notNull(),
    detector: textEnum(RECOVERY_HEALING_DETECTORS).notNull(),
    /** The signal judged, e.g. probe_failures_5m, slo_burn_rate_1h, pod_restarts_10m. */
    signalName: text(),
    /** Its value when decided, in the signal's own unit. */
    observedValue: numeric({ precision: 20, scale: 4 }),
    /** The threshold it was compared with, same unit. */
    thresholdValue: numeric({ precision: 20, scale: 4 }),
    decision: textEnum(RECOVERY_HEALING_DECISIONS).notNull(),
    /** The remediation chosen (required to remediate), or the one suppressed, deferred or escalated instead. */
    action: textEnum(RECOVERY_ACTIONS),
    /** The controller's explanation, e.g. "3 consecutive probe failures from 2 locations; 2 of 6 pods not ready". */
    reason: text().notNull(),
    /** The remediation it started. RESTRICT: a logged remediation is kept. */
    autoRecoveryActionId: uuid(),
    /** The incident the decision was taken in. RESTRICT: a logged incident is kept. */
    degradationAlertId: uuid(),
    /** Shadow mode: decided and logged, not carried out (a new detector is trusted only after a dry run). */
    dryRun: boolean().notNull().default(false),
    decidedAt: timestamptz().notNull(),
    ...createdAt(),
  },
  (t) => [
    uniqueIndex('self_healing_logs_decision_key').on(t.controllerName, t.decisionKey),
    /** A service's healing timeline. */
    index('self_healing_logs_service_id_idx').on(t.serviceId, t.environment, t.decidedAt),
    index('self_healing_logs_auto_recovery_action_id_idx').on(t.autoRecoveryActionId),
    // Declared here with a name: the generated one would pass PostgreSQL's 63 characters.
    foreignKey({
      name: 'self_healing_logs_auto_recovery_action_id_fkey',
      columns: [t.autoRecoveryActionId],
      foreignColumns: [autoRecoveryActions.id],
    }).onDelete('restrict'),
    index('self_healing_logs_degradation_alert_id_idx').on(t.degradationAlertId),
    // Declared here with a name: the generated one would pass PostgreSQL's 63 characters.
    foreignKey({
      name: 'self_healing_logs_degradation_alert_id_fkey',
      columns: [t.degradationAlertId],
      foreignColumns: [serviceDegradationAlerts.id],
    }).onDelete('restrict'),
    formatCheck(t.controllerName, SLUG),
    formatCheck(t.decisionKey, EXTERNAL_ID),
    textLength(t.reason, { min: 1, max: 2000 }),
    requiredWith(t.signalName, t.observedValue, { name: 'self_healing_logs_signal_check' }),
    requiredWhen(t.action, t.decision, 'remediate', { name: 'self_healing_logs_remediate_action_check' }),
  ],
);
