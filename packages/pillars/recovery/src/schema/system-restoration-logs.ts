import {
  atLeastOneOf,
  createdAt,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  nonNegative,
  onlyWhen,
  positive,
  requiredWhen,
  textEnum,
  textLength,
  timestamptz,
} from '@db/core';
import { databaseBackups } from '@db/admin/tables';
import { platformServices } from '@db/reliability/tables';
import { userProfiles } from '@db/users/tables';
import { bigint, foreignKey, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  RECOVERY_OPERATOR_TYPES,
  RECOVERY_RESTORATION_ACTIONS,
  RECOVERY_RESTORATION_PHASES,
  RECOVERY_STEP_OUTCOMES,
} from '../constants.ts';
import { failoverEvents } from './failover-events.ts';
import { serviceDegradationAlerts } from './service-degradation-alerts.ts';

/**
 * The steps of restoring a service after an incident or a failover, append-only (the database refuses UPDATE and
 * DELETE: `recoveryDatabaseObjects`): step by step, what was done (restore a backup, replay WAL, promote a
 * replica, replay events, reconcile data, fail back), by whom, and how it went. A restoration is named by its
 * `restoration_key` (the runbook execution or restoration ticket, e.g. RST-2024-0031) and its steps are numbered:
 * (restoration_key, step_number) is unique, so a re-delivered step is a no-op. Post-incident reviews and
 * regulators read it as evidence, so a correction is a new step, and every foreign key is RESTRICT as the trigger
 * requires: the incident, the failover, the backup restored and the operator stay (erasure anonymises the
 * operator's profile in place). It holds ids and technical descriptions, no personal data.
 */
export const systemRestorationLogs = domainTable(
  'system_restoration_logs',
  {
    id: id(),
    serviceId: uuid()
      .notNull()
      .references(() => platformServices.id, { onDelete: 'restrict' }),
    restorationKey: text().notNull(),
    /** 1, 2, 3, ... within the restoration. */
    stepNumber: integer().notNull(),
    phase: textEnum(RECOVERY_RESTORATION_PHASES).notNull(),
    actionKind: textEnum(RECOVERY_RESTORATION_ACTIONS).notNull(),
    /** What was done, e.g. "Replayed 214 horse.updated events from the outbox for 19:04-19:07". */
    description: text().notNull(),
    /** The incident restored from; the restoration names it, its failover, or both. */
    degradationAlertId: uuid(),
    /** The failover restored from (and failed back). */
    failoverEventId: uuid(),
    /** The backup restored by a restore_backup step. */
    backupId: uuid().references(() => databaseBackups.id, { onDelete: 'restrict' }),
    operatorType: textEnum(RECOVERY_OPERATOR_TYPES).notNull(),
    /** The engineer who carried the step out (operatorType person). */
    operatorUserId: uuid().references(() => userProfiles.id, { onDelete: 'restrict' }),
    outcome: textEnum(RECOVERY_STEP_OUTCOMES).notNull(),
    startedAt: timestamptz().notNull(),
    completedAt: timestamptz(),
    /** Rows restored, replayed or reconciled by the step. */
    affectedRowCount: bigint({ mode: 'number' }),
    ...createdAt(),
  },
  (t) => [
    uniqueIndex('system_restoration_logs_step_key').on(t.restorationKey, t.stepNumber),
    /** A service's restorations. */
    index('system_restoration_logs_service_id_idx').on(t.serviceId, t.startedAt),
    index('system_restoration_logs_degradation_alert_id_idx').on(t.degradationAlertId),
    index('system_restoration_logs_failover_event_id_idx').on(t.failoverEventId),
    // Declared here with a name: the generated one would pass PostgreSQL's 63 characters.
    foreignKey({
      name: 'system_restoration_logs_failover_event_id_fkey',
      columns: [t.failoverEventId],
      foreignColumns: [failoverEvents.id],
    }).onDelete('restrict'),
    index('system_restoration_logs_backup_id_idx').on(t.backupId),
    index('system_restoration_logs_operator_user_id_idx').on(t.operatorUserId),
    // Declared here with a name: the generated one would pass PostgreSQL's 63 characters.
    foreignKey({
      name: 'system_restoration_logs_degradation_alert_id_fkey',
      columns: [t.degradationAlertId],
      foreignColumns: [serviceDegradationAlerts.id],
    }).onDelete('restrict'),
    formatCheck(t.restorationKey, EXTERNAL_ID),
    positive(t.stepNumber),
    textLength(t.description, { min: 1, max: 2000 }),
    atLeastOneOf([t.degradationAlertId, t.failoverEventId], {
      name: 'system_restoration_logs_cause_check',
      message: 'a restoration step names its incident or its failover',
    }),
    requiredWhen(t.operatorUserId, t.operatorType, 'person', { name: 'system_restoration_logs_person_check' }),
    onlyWhen(t.operatorUserId, t.operatorType, 'person', { name: 'system_restoration_logs_operator_check' }),
    inOrder(t.startedAt, t.completedAt, { name: 'system_restoration_logs_completed_at_check', message: 'must not be before startedAt' }),
    nonNegative(t.affectedRowCount),
  ],
);
