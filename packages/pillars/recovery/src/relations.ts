import { databaseBackups, systemAlerts } from '@db/admin/tables';
import { disasterRecoveryPlans, disasterRecoveryTests, platformServices, scalingEvents } from '@db/reliability/tables';
import { userProfiles } from '@db/users/tables';
import { defineRelationsPart } from 'drizzle-orm';
import * as schema from './tables.ts';

/**
 * This package's relations part: `r.one` edges from its tables, their reverse `r.many`, and the reverse edges onto
 * the parents of other packages (platform_services, scaling_events, disaster_recovery_plans and _tests,
 * system_alerts, database_backups, user_profiles) under keys prefixed `recovery`, so they cannot meet other
 * pillars' keys on the same tables.
 */
export const recoveryRelations = defineRelationsPart(
  { ...schema, platformServices, scalingEvents, disasterRecoveryPlans, disasterRecoveryTests, systemAlerts, databaseBackups, userProfiles },
  (r) => ({
    systemHealthChecks: {
      service: r.one.platformServices({ from: r.systemHealthChecks.serviceId, to: r.platformServices.id, optional: false }),
      recoveryActions: r.many.autoRecoveryActions({ from: r.systemHealthChecks.id, to: r.autoRecoveryActions.healthCheckId }),
    },
    autoRecoveryActions: {
      service: r.one.platformServices({ from: r.autoRecoveryActions.serviceId, to: r.platformServices.id, optional: false }),
      triggeringAlert: r.one.systemAlerts({ from: r.autoRecoveryActions.triggeringAlertId, to: r.systemAlerts.id }),
      healthCheck: r.one.systemHealthChecks({ from: r.autoRecoveryActions.healthCheckId, to: r.systemHealthChecks.id }),
      scalingEvent: r.one.scalingEvents({ from: r.autoRecoveryActions.scalingEventId, to: r.scalingEvents.id }),
      healingDecisions: r.many.selfHealingLogs({ from: r.autoRecoveryActions.id, to: r.selfHealingLogs.autoRecoveryActionId }),
      failovers: r.many.failoverEvents({ from: r.autoRecoveryActions.id, to: r.failoverEvents.autoRecoveryActionId }),
    },
    serviceDegradationAlerts: {
      service: r.one.platformServices({ from: r.serviceDegradationAlerts.serviceId, to: r.platformServices.id, optional: false }),
      systemAlert: r.one.systemAlerts({ from: r.serviceDegradationAlerts.systemAlertId, to: r.systemAlerts.id }),
      acknowledgedBy: r.one.userProfiles({ from: r.serviceDegradationAlerts.acknowledgedByUserId, to: r.userProfiles.id }),
      healingDecisions: r.many.selfHealingLogs({ from: r.serviceDegradationAlerts.id, to: r.selfHealingLogs.degradationAlertId }),
      restorationSteps: r.many.systemRestorationLogs({ from: r.serviceDegradationAlerts.id, to: r.systemRestorationLogs.degradationAlertId }),
    },
    redundancyConfigs: {
      service: r.one.platformServices({ from: r.redundancyConfigs.serviceId, to: r.platformServices.id, optional: false }),
      disasterRecoveryPlan: r.one.disasterRecoveryPlans({ from: r.redundancyConfigs.disasterRecoveryPlanId, to: r.disasterRecoveryPlans.id }),
      changedBy: r.one.userProfiles({ from: r.redundancyConfigs.changedByUserId, to: r.userProfiles.id }),
    },
    selfHealingLogs: {
      service: r.one.platformServices({ from: r.selfHealingLogs.serviceId, to: r.platformServices.id, optional: false }),
      autoRecoveryAction: r.one.autoRecoveryActions({ from: r.selfHealingLogs.autoRecoveryActionId, to: r.autoRecoveryActions.id }),
      degradationAlert: r.one.serviceDegradationAlerts({ from: r.selfHealingLogs.degradationAlertId, to: r.serviceDegradationAlerts.id }),
    },
    reliabilityMetrics: {
      service: r.one.platformServices({ from: r.reliabilityMetrics.serviceId, to: r.platformServices.id, optional: false }),
    },
    failoverEvents: {
      service: r.one.platformServices({ from: r.failoverEvents.serviceId, to: r.platformServices.id, optional: false }),
      disasterRecoveryTest: r.one.disasterRecoveryTests({ from: r.failoverEvents.disasterRecoveryTestId, to: r.disasterRecoveryTests.id }),
      autoRecoveryAction: r.one.autoRecoveryActions({ from: r.failoverEvents.autoRecoveryActionId, to: r.autoRecoveryActions.id }),
      initiatedBy: r.one.userProfiles({ from: r.failoverEvents.initiatedByUserId, to: r.userProfiles.id }),
      restorationSteps: r.many.systemRestorationLogs({ from: r.failoverEvents.id, to: r.systemRestorationLogs.failoverEventId }),
    },
    backupVerification: {
      backup: r.one.databaseBackups({ from: r.backupVerification.backupId, to: r.databaseBackups.id, optional: false }),
      verifiedBy: r.one.userProfiles({ from: r.backupVerification.verifiedByUserId, to: r.userProfiles.id }),
    },
    systemRestorationLogs: {
      service: r.one.platformServices({ from: r.systemRestorationLogs.serviceId, to: r.platformServices.id, optional: false }),
      degradationAlert: r.one.serviceDegradationAlerts({ from: r.systemRestorationLogs.degradationAlertId, to: r.serviceDegradationAlerts.id }),
      failoverEvent: r.one.failoverEvents({ from: r.systemRestorationLogs.failoverEventId, to: r.failoverEvents.id }),
      backup: r.one.databaseBackups({ from: r.systemRestorationLogs.backupId, to: r.databaseBackups.id }),
      operator: r.one.userProfiles({ from: r.systemRestorationLogs.operatorUserId, to: r.userProfiles.id }),
    },
    preventiveMaintenance: {
      service: r.one.platformServices({ from: r.preventiveMaintenance.serviceId, to: r.platformServices.id, optional: false }),
      approvedBy: r.one.userProfiles({ from: r.preventiveMaintenance.approvedByUserId, to: r.userProfiles.id }),
    },
    platformServices: {
      recoveryHealthChecks: r.many.systemHealthChecks({ from: r.platformServices.id, to: r.systemHealthChecks.serviceId }),
      recoveryActions: r.many.autoRecoveryActions({ from: r.platformServices.id, to: r.autoRecoveryActions.serviceId }),
      recoveryDegradationAlerts: r.many.serviceDegradationAlerts({ from: r.platformServices.id, to: r.serviceDegradationAlerts.serviceId }),
      recoveryRedundancyConfigs: r.many.redundancyConfigs({ from: r.platformServices.id, to: r.redundancyConfigs.serviceId }),
      recoveryCurrentRedundancyConfigs: r.many.redundancyConfigs({
        from: r.platformServices.id,
        to: r.redundancyConfigs.serviceId,
        where: { validTo: { isNull: true } },
      }),
      recoveryHealingLog: r.many.selfHealingLogs({ from: r.platformServices.id, to: r.selfHealingLogs.serviceId }),
      recoveryMetrics: r.many.reliabilityMetrics({ from: r.platformServices.id, to: r.reliabilityMetrics.serviceId }),
      recoveryFailoverEvents: r.many.failoverEvents({ from: r.platformServices.id, to: r.failoverEvents.serviceId }),
      recoveryRestorationSteps: r.many.systemRestorationLogs({ from: r.platformServices.id, to: r.systemRestorationLogs.serviceId }),
      recoveryMaintenanceWindows: r.many.preventiveMaintenance({ from: r.platformServices.id, to: r.preventiveMaintenance.serviceId }),
    },
    scalingEvents: {
      recoveryActions: r.many.autoRecoveryActions({ from: r.scalingEvents.id, to: r.autoRecoveryActions.scalingEventId }),
    },
    disasterRecoveryPlans: {
      recoveryRedundancyConfigs: r.many.redundancyConfigs({ from: r.disasterRecoveryPlans.id, to: r.redundancyConfigs.disasterRecoveryPlanId }),
    },
    disasterRecoveryTests: {
      recoveryFailoverEvents: r.many.failoverEvents({ from: r.disasterRecoveryTests.id, to: r.failoverEvents.disasterRecoveryTestId }),
    },
    systemAlerts: {
      recoveryActions: r.many.autoRecoveryActions({ from: r.systemAlerts.id, to: r.autoRecoveryActions.triggeringAlertId }),
      recoveryDegradationAlerts: r.many.serviceDegradationAlerts({ from: r.systemAlerts.id, to: r.serviceDegradationAlerts.systemAlertId }),
    },
    databaseBackups: {
      recoveryVerifications: r.many.backupVerification({ from: r.databaseBackups.id, to: r.backupVerification.backupId }),
      recoveryRestorationSteps: r.many.systemRestorationLogs({ from: r.databaseBackups.id, to: r.systemRestorationLogs.backupId }),
    },
    userProfiles: {
      recoveryDegradationAlertsAcknowledged: r.many.serviceDegradationAlerts({
        from: r.userProfiles.id,
        to: r.serviceDegradationAlerts.acknowledgedByUserId,
      }),
      recoveryRedundancyChanges: r.many.redundancyConfigs({ from: r.userProfiles.id, to: r.redundancyConfigs.changedByUserId }),
      recoveryFailoversInitiated: r.many.failoverEvents({ from: r.userProfiles.id, to: r.failoverEvents.initiatedByUserId }),
      recoveryBackupVerificationsSigned: r.many.backupVerification({ from: r.userProfiles.id, to: r.backupVerification.verifiedByUserId }),
      recoveryRestorationStepsOperated: r.many.systemRestorationLogs({ from: r.userProfiles.id, to: r.systemRestorationLogs.operatorUserId }),
      recoveryMaintenanceApproved: r.many.preventiveMaintenance({ from: r.userProfiles.id, to: r.preventiveMaintenance.approvedByUserId }),
    },
  }),
);
