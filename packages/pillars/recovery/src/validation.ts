import { tableCatalog, tableSchemas } from '@db/core';
import { z } from 'zod';
import { autoRecoveryActions } from './schema/auto-recovery-actions.ts';
import { backupVerification } from './schema/backup-verification.ts';
import { failoverEvents } from './schema/failover-events.ts';
import { preventiveMaintenance } from './schema/preventive-maintenance.ts';
import { redundancyConfigs } from './schema/redundancy-configs.ts';
import { reliabilityMetrics } from './schema/reliability-metrics.ts';
import { selfHealingLogs } from './schema/self-healing-logs.ts';
import { serviceDegradationAlerts } from './schema/service-degradation-alerts.ts';
import { systemHealthChecks } from './schema/system-health-checks.ts';
import { systemRestorationLogs } from './schema/system-restoration-logs.ts';

/**
 * Zod schemas as strict as the tables: every CHECK's twin comes from its table (declared with core's rule
 * helpers, and one customCheck for the regions of a redundancy configuration); what is left here is what a table
 * cannot say: the shape of its one jsonb column.
 */

export const systemHealthCheckSchemas = tableSchemas(systemHealthChecks, {
  assertionResults: () =>
    z.array(
      z
        .object({
          name: z.string().min(1).max(500),
          passed: z.boolean(),
          expected: z.string().max(2000).optional(),
          actual: z.string().max(2000).optional(),
        })
        .strict(),
    ),
});
export type SystemHealthCheck = typeof systemHealthChecks.$inferSelect;
export type NewSystemHealthCheck = typeof systemHealthChecks.$inferInsert;

export const autoRecoveryActionSchemas = tableSchemas(autoRecoveryActions);
export type AutoRecoveryAction = typeof autoRecoveryActions.$inferSelect;
export type NewAutoRecoveryAction = typeof autoRecoveryActions.$inferInsert;

export const serviceDegradationAlertSchemas = tableSchemas(serviceDegradationAlerts);
export type ServiceDegradationAlert = typeof serviceDegradationAlerts.$inferSelect;
export type NewServiceDegradationAlert = typeof serviceDegradationAlerts.$inferInsert;

export const redundancyConfigSchemas = tableSchemas(redundancyConfigs);
export type RedundancyConfig = typeof redundancyConfigs.$inferSelect;
export type NewRedundancyConfig = typeof redundancyConfigs.$inferInsert;

export const selfHealingLogSchemas = tableSchemas(selfHealingLogs);
export type SelfHealingLogEntry = typeof selfHealingLogs.$inferSelect;
export type NewSelfHealingLogEntry = typeof selfHealingLogs.$inferInsert;

export const reliabilityMetricSchemas = tableSchemas(reliabilityMetrics);
export type ReliabilityMetric = typeof reliabilityMetrics.$inferSelect;
export type NewReliabilityMetric = typeof reliabilityMetrics.$inferInsert;

export const failoverEventSchemas = tableSchemas(failoverEvents);
export type FailoverEvent = typeof failoverEvents.$inferSelect;
export type NewFailoverEvent = typeof failoverEvents.$inferInsert;

export const backupVerificationSchemas = tableSchemas(backupVerification);
export type BackupVerification = typeof backupVerification.$inferSelect;
export type NewBackupVerification = typeof backupVerification.$inferInsert;

export const systemRestorationLogSchemas = tableSchemas(systemRestorationLogs);
export type SystemRestorationStep = typeof systemRestorationLogs.$inferSelect;
export type NewSystemRestorationStep = typeof systemRestorationLogs.$inferInsert;

export const preventiveMaintenanceSchemas = tableSchemas(preventiveMaintenance);
export type PreventiveMaintenanceWindow = typeof preventiveMaintenance.$inferSelect;
export type NewPreventiveMaintenanceWindow = typeof preventiveMaintenance.$inferInsert;

/** Every table of this package with its schemas, keyed by SQL table name (for generic tests and tooling). */
export const recoveryCatalog = tableCatalog(
  systemHealthCheckSchemas,
  autoRecoveryActionSchemas,
  serviceDegradationAlertSchemas,
  redundancyConfigSchemas,
  selfHealingLogSchemas,
  reliabilityMetricSchemas,
  failoverEventSchemas,
  backupVerificationSchemas,
  systemRestorationLogSchemas,
  preventiveMaintenanceSchemas,
);
