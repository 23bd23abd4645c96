import { featureFlags } from '@db/admin/tables';
import { autoRecoveryActions, failoverEvents, redundancyConfigs, serviceDegradationAlerts } from '@db/recovery/tables';
import { dataReplicationStatus, platformServices, serviceDependencies } from '@db/reliability/tables';
import { userProfiles } from '@db/users/tables';
import { defineRelationsPart } from 'drizzle-orm';
import * as schema from './tables.ts';

/**
 * This package's relations part: `r.one` edges from its tables, their reverse `r.many`, and the reverse edges onto
 * the parents of other packages (platform_services, service_dependencies, data_replication_status,
 * redundancy_configs, failover_events, auto_recovery_actions, service_degradation_alerts, feature_flags,
 * user_profiles) under keys prefixed `resilience`, so they cannot meet other pillars' keys on the same tables.
 */
export const resilienceRelations = defineRelationsPart(
  {
    ...schema,
    platformServices,
    serviceDependencies,
    dataReplicationStatus,
    redundancyConfigs,
    failoverEvents,
    autoRecoveryActions,
    serviceDegradationAlerts,
    featureFlags,
    userProfiles,
  },
  (r) => ({
    circuitBreakerConfigs: {
      serviceDependency: r.one.serviceDependencies({ from: r.circuitBreakerConfigs.serviceDependencyId, to: r.serviceDependencies.id }),
      service: r.one.platformServices({ from: r.circuitBreakerConfigs.serviceId, to: r.platformServices.id }),
      changedBy: r.one.userProfiles({ from: r.circuitBreakerConfigs.changedByUserId, to: r.userProfiles.id }),
      events: r.many.circuitBreakerEvents({ from: r.circuitBreakerConfigs.id, to: r.circuitBreakerEvents.circuitBreakerConfigId }),
    },
    circuitBreakerEvents: {
      config: r.one.circuitBreakerConfigs({ from: r.circuitBreakerEvents.circuitBreakerConfigId, to: r.circuitBreakerConfigs.id, optional: false }),
      autoRecoveryAction: r.one.autoRecoveryActions({ from: r.circuitBreakerEvents.autoRecoveryActionId, to: r.autoRecoveryActions.id }),
      actor: r.one.userProfiles({ from: r.circuitBreakerEvents.actorUserId, to: r.userProfiles.id }),
      triggeredFailovers: r.many.failoverExecutions({ from: r.circuitBreakerEvents.id, to: r.failoverExecutions.triggeringBreakerEventId }),
      triggeredDegradations: r.many.degradationModeActivations({
        from: r.circuitBreakerEvents.id,
        to: r.degradationModeActivations.triggeringBreakerEventId,
      }),
    },
    failoverStrategies: {
      service: r.one.platformServices({ from: r.failoverStrategies.serviceId, to: r.platformServices.id, optional: false }),
      redundancyConfig: r.one.redundancyConfigs({ from: r.failoverStrategies.redundancyConfigId, to: r.redundancyConfigs.id }),
      replicationStream: r.one.dataReplicationStatus({ from: r.failoverStrategies.dataReplicationStatusId, to: r.dataReplicationStatus.id }),
      changedBy: r.one.userProfiles({ from: r.failoverStrategies.changedByUserId, to: r.userProfiles.id, alias: 'failover_strategy_changed_by' }),
      approvedBy: r.one.userProfiles({ from: r.failoverStrategies.approvedByUserId, to: r.userProfiles.id, alias: 'failover_strategy_approved_by' }),
      executions: r.many.failoverExecutions({ from: r.failoverStrategies.id, to: r.failoverExecutions.failoverStrategyId }),
    },
    failoverExecutions: {
      strategy: r.one.failoverStrategies({ from: r.failoverExecutions.failoverStrategyId, to: r.failoverStrategies.id, optional: false }),
      failoverEvent: r.one.failoverEvents({ from: r.failoverExecutions.failoverEventId, to: r.failoverEvents.id }),
      triggeredBy: r.one.userProfiles({ from: r.failoverExecutions.triggeredByUserId, to: r.userProfiles.id }),
      triggeringBreakerEvent: r.one.circuitBreakerEvents({ from: r.failoverExecutions.triggeringBreakerEventId, to: r.circuitBreakerEvents.id }),
    },
    serviceResilienceMetrics: {
      service: r.one.platformServices({ from: r.serviceResilienceMetrics.serviceId, to: r.platformServices.id, optional: false }),
    },
    timeoutConfigurations: {
      serviceDependency: r.one.serviceDependencies({ from: r.timeoutConfigurations.serviceDependencyId, to: r.serviceDependencies.id, optional: false }),
      changedBy: r.one.userProfiles({ from: r.timeoutConfigurations.changedByUserId, to: r.userProfiles.id }),
    },
    retryPolicies: {
      serviceDependency: r.one.serviceDependencies({ from: r.retryPolicies.serviceDependencyId, to: r.serviceDependencies.id, optional: false }),
      changedBy: r.one.userProfiles({ from: r.retryPolicies.changedByUserId, to: r.userProfiles.id }),
    },
    bulkheadConfigs: {
      service: r.one.platformServices({ from: r.bulkheadConfigs.serviceId, to: r.platformServices.id, optional: false }),
      serviceDependency: r.one.serviceDependencies({ from: r.bulkheadConfigs.serviceDependencyId, to: r.serviceDependencies.id }),
      changedBy: r.one.userProfiles({ from: r.bulkheadConfigs.changedByUserId, to: r.userProfiles.id }),
    },
    serviceHealthEndpoints: {
      service: r.one.platformServices({ from: r.serviceHealthEndpoints.serviceId, to: r.platformServices.id, optional: false }),
    },
    degradationModes: {
      service: r.one.platformServices({ from: r.degradationModes.serviceId, to: r.platformServices.id, optional: false }),
      killSwitchFlag: r.one.featureFlags({ from: r.degradationModes.killSwitchFlagId, to: r.featureFlags.id }),
      activations: r.many.degradationModeActivations({ from: r.degradationModes.id, to: r.degradationModeActivations.degradationModeId }),
      currentActivation: r.one.degradationModeActivations({
        from: r.degradationModes.id,
        to: r.degradationModeActivations.degradationModeId,
        where: { deactivatedAt: { isNull: true } },
      }),
    },
    degradationModeActivations: {
      mode: r.one.degradationModes({ from: r.degradationModeActivations.degradationModeId, to: r.degradationModes.id, optional: false }),
      activatedBy: r.one.userProfiles({
        from: r.degradationModeActivations.activatedByUserId,
        to: r.userProfiles.id,
        alias: 'degradation_mode_activation_activated_by',
      }),
      deactivatedBy: r.one.userProfiles({
        from: r.degradationModeActivations.deactivatedByUserId,
        to: r.userProfiles.id,
        alias: 'degradation_mode_activation_deactivated_by',
      }),
      degradationAlert: r.one.serviceDegradationAlerts({ from: r.degradationModeActivations.degradationAlertId, to: r.serviceDegradationAlerts.id }),
      triggeringBreakerEvent: r.one.circuitBreakerEvents({
        from: r.degradationModeActivations.triggeringBreakerEventId,
        to: r.circuitBreakerEvents.id,
      }),
    },
    platformServices: {
      resilienceBreakerConfigs: r.many.circuitBreakerConfigs({ from: r.platformServices.id, to: r.circuitBreakerConfigs.serviceId }),
      resilienceFailoverStrategies: r.many.failoverStrategies({ from: r.platformServices.id, to: r.failoverStrategies.serviceId }),
      resilienceCurrentFailoverStrategies: r.many.failoverStrategies({
        from: r.platformServices.id,
        to: r.failoverStrategies.serviceId,
        where: { validTo: { isNull: true } },
      }),
      resilienceMetrics: r.many.serviceResilienceMetrics({ from: r.platformServices.id, to: r.serviceResilienceMetrics.serviceId }),
      resilienceBulkheads: r.many.bulkheadConfigs({ from: r.platformServices.id, to: r.bulkheadConfigs.serviceId }),
      resilienceHealthEndpoints: r.many.serviceHealthEndpoints({ from: r.platformServices.id, to: r.serviceHealthEndpoints.serviceId }),
      resilienceDegradationModes: r.many.degradationModes({ from: r.platformServices.id, to: r.degradationModes.serviceId }),
    },
    serviceDependencies: {
      resilienceBreakerConfigs: r.many.circuitBreakerConfigs({ from: r.serviceDependencies.id, to: r.circuitBreakerConfigs.serviceDependencyId }),
      resilienceCurrentBreakerConfigs: r.many.circuitBreakerConfigs({
        from: r.serviceDependencies.id,
        to: r.circuitBreakerConfigs.serviceDependencyId,
        where: { validTo: { isNull: true } },
      }),
      resilienceTimeouts: r.many.timeoutConfigurations({ from: r.serviceDependencies.id, to: r.timeoutConfigurations.serviceDependencyId }),
      resilienceRetryPolicies: r.many.retryPolicies({ from: r.serviceDependencies.id, to: r.retryPolicies.serviceDependencyId }),
      resilienceBulkheads: r.many.bulkheadConfigs({ from: r.serviceDependencies.id, to: r.bulkheadConfigs.serviceDependencyId }),
    },
    dataReplicationStatus: {
      resilienceFailoverStrategies: r.many.failoverStrategies({ from: r.dataReplicationStatus.id, to: r.failoverStrategies.dataReplicationStatusId }),
    },
    redundancyConfigs: {
      resilienceFailoverStrategies: r.many.failoverStrategies({ from: r.redundancyConfigs.id, to: r.failoverStrategies.redundancyConfigId }),
    },
    failoverEvents: {
      resilienceExecution: r.one.failoverExecutions({ from: r.failoverEvents.id, to: r.failoverExecutions.failoverEventId }),
    },
    autoRecoveryActions: {
      resilienceBreakerEvents: r.many.circuitBreakerEvents({ from: r.autoRecoveryActions.id, to: r.circuitBreakerEvents.autoRecoveryActionId }),
    },
    serviceDegradationAlerts: {
      resilienceDegradationActivations: r.many.degradationModeActivations({
        from: r.serviceDegradationAlerts.id,
        to: r.degradationModeActivations.degradationAlertId,
      }),
    },
    featureFlags: {
      resilienceDegradationModes: r.many.degradationModes({ from: r.featureFlags.id, to: r.degradationModes.killSwitchFlagId }),
    },
    userProfiles: {
      resilienceBreakerConfigChanges: r.many.circuitBreakerConfigs({ from: r.userProfiles.id, to: r.circuitBreakerConfigs.changedByUserId }),
      resilienceBreakerOverrides: r.many.circuitBreakerEvents({ from: r.userProfiles.id, to: r.circuitBreakerEvents.actorUserId }),
      resilienceFailoverStrategyChanges: r.many.failoverStrategies({
        from: r.userProfiles.id,
        to: r.failoverStrategies.changedByUserId,
        alias: 'failover_strategy_changed_by',
      }),
      resilienceFailoverStrategiesApproved: r.many.failoverStrategies({
        from: r.userProfiles.id,
        to: r.failoverStrategies.approvedByUserId,
        alias: 'failover_strategy_approved_by',
      }),
      resilienceFailoversTriggered: r.many.failoverExecutions({ from: r.userProfiles.id, to: r.failoverExecutions.triggeredByUserId }),
      resilienceTimeoutChanges: r.many.timeoutConfigurations({ from: r.userProfiles.id, to: r.timeoutConfigurations.changedByUserId }),
      resilienceRetryPolicyChanges: r.many.retryPolicies({ from: r.userProfiles.id, to: r.retryPolicies.changedByUserId }),
      resilienceBulkheadChanges: r.many.bulkheadConfigs({ from: r.userProfiles.id, to: r.bulkheadConfigs.changedByUserId }),
      resilienceDegradationsActivated: r.many.degradationModeActivations({
        from: r.userProfiles.id,
        to: r.degradationModeActivations.activatedByUserId,
        alias: 'degradation_mode_activation_activated_by',
      }),
      resilienceDegradationsDeactivated: r.many.degradationModeActivations({
        from: r.userProfiles.id,
        to: r.degradationModeActivations.deactivatedByUserId,
        alias: 'degradation_mode_activation_deactivated_by',
      }),
    },
  }),
);
