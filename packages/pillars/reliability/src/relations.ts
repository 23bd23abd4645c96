import { userProfiles } from '@db/users/tables';
import { defineRelationsPart } from 'drizzle-orm';
import * as schema from './tables.ts';

/**
 * This package's relations part: `r.one` edges from its tables, their reverse `r.many` on `platformServices` and
 * the other parents, and the reverse edges onto userProfiles under keys prefixed `reliability` (no other package
 * uses them).
 */
export const reliabilityRelations = defineRelationsPart({ ...schema, userProfiles }, (r) => ({
  platformServices: {
    technicalOwner: r.one.userProfiles({ from: r.platformServices.technicalOwnerUserId, to: r.userProfiles.id }),
    loadBalancingConfigs: r.many.loadBalancingConfig({ from: r.platformServices.id, to: r.loadBalancingConfig.serviceId }),
    cacheConfigurations: r.many.cacheConfiguration({ from: r.platformServices.id, to: r.cacheConfiguration.serviceId }),
    rateLimitingRules: r.many.rateLimitingRules({ from: r.platformServices.id, to: r.rateLimitingRules.serviceId }),
    scalingEvents: r.many.scalingEvents({ from: r.platformServices.id, to: r.scalingEvents.serviceId }),
    dependencies: r.many.serviceDependencies({
      from: r.platformServices.id,
      to: r.serviceDependencies.serviceId,
      alias: 'service_dependency_dependent',
    }),
    dependents: r.many.serviceDependencies({
      from: r.platformServices.id,
      to: r.serviceDependencies.dependsOnServiceId,
      alias: 'service_dependency_target',
    }),
    monitoringSamples: r.many.infrastructureMonitoring({ from: r.platformServices.id, to: r.infrastructureMonitoring.serviceId }),
    disasterRecoveryPlans: r.many.disasterRecoveryPlans({ from: r.platformServices.id, to: r.disasterRecoveryPlans.serviceId }),
    replicationStreams: r.many.dataReplicationStatus({ from: r.platformServices.id, to: r.dataReplicationStatus.serviceId }),
    queuesOwned: r.many.queueManagement({ from: r.platformServices.id, to: r.queueManagement.serviceId, alias: 'queue_owner_service' }),
    queuesConsumed: r.many.queueManagement({
      from: r.platformServices.id,
      to: r.queueManagement.consumerServiceId,
      alias: 'queue_consumer_service',
    }),
    capacityPlans: r.many.capacityPlanning({ from: r.platformServices.id, to: r.capacityPlanning.serviceId }),
  },
  loadBalancingConfig: {
    service: r.one.platformServices({ from: r.loadBalancingConfig.serviceId, to: r.platformServices.id, optional: false }),
    changedBy: r.one.userProfiles({ from: r.loadBalancingConfig.changedByUserId, to: r.userProfiles.id }),
  },
  cacheConfiguration: {
    service: r.one.platformServices({ from: r.cacheConfiguration.serviceId, to: r.platformServices.id, optional: false }),
    changedBy: r.one.userProfiles({ from: r.cacheConfiguration.changedByUserId, to: r.userProfiles.id }),
  },
  rateLimitingRules: {
    service: r.one.platformServices({ from: r.rateLimitingRules.serviceId, to: r.platformServices.id, optional: false }),
    subjectUser: r.one.userProfiles({
      from: r.rateLimitingRules.subjectUserId,
      to: r.userProfiles.id,
      alias: 'rate_limiting_rule_subject_user',
    }),
    createdBy: r.one.userProfiles({
      from: r.rateLimitingRules.createdByUserId,
      to: r.userProfiles.id,
      alias: 'rate_limiting_rule_created_by',
    }),
  },
  scalingEvents: {
    service: r.one.platformServices({ from: r.scalingEvents.serviceId, to: r.platformServices.id, optional: false }),
    initiatedBy: r.one.userProfiles({ from: r.scalingEvents.initiatedByUserId, to: r.userProfiles.id }),
  },
  serviceDependencies: {
    service: r.one.platformServices({
      from: r.serviceDependencies.serviceId,
      to: r.platformServices.id,
      optional: false,
      alias: 'service_dependency_dependent',
    }),
    dependsOn: r.one.platformServices({
      from: r.serviceDependencies.dependsOnServiceId,
      to: r.platformServices.id,
      alias: 'service_dependency_target',
    }),
  },
  infrastructureMonitoring: {
    service: r.one.platformServices({ from: r.infrastructureMonitoring.serviceId, to: r.platformServices.id }),
  },
  disasterRecoveryPlans: {
    service: r.one.platformServices({ from: r.disasterRecoveryPlans.serviceId, to: r.platformServices.id, optional: false }),
    owner: r.one.userProfiles({ from: r.disasterRecoveryPlans.ownerUserId, to: r.userProfiles.id, alias: 'dr_plan_owner' }),
    approvedBy: r.one.userProfiles({
      from: r.disasterRecoveryPlans.approvedByUserId,
      to: r.userProfiles.id,
      alias: 'dr_plan_approved_by',
    }),
    tests: r.many.disasterRecoveryTests({ from: r.disasterRecoveryPlans.id, to: r.disasterRecoveryTests.planId }),
  },
  disasterRecoveryTests: {
    plan: r.one.disasterRecoveryPlans({ from: r.disasterRecoveryTests.planId, to: r.disasterRecoveryPlans.id, optional: false }),
    conductedBy: r.one.userProfiles({ from: r.disasterRecoveryTests.conductedByUserId, to: r.userProfiles.id }),
  },
  dataReplicationStatus: {
    service: r.one.platformServices({ from: r.dataReplicationStatus.serviceId, to: r.platformServices.id, optional: false }),
  },
  queueManagement: {
    service: r.one.platformServices({
      from: r.queueManagement.serviceId,
      to: r.platformServices.id,
      optional: false,
      alias: 'queue_owner_service',
    }),
    consumerService: r.one.platformServices({
      from: r.queueManagement.consumerServiceId,
      to: r.platformServices.id,
      alias: 'queue_consumer_service',
    }),
    deadLetterQueue: r.one.queueManagement({
      from: r.queueManagement.deadLetterQueueId,
      to: r.queueManagement.id,
      alias: 'queue_dead_letter_queue',
    }),
    redrivenFrom: r.many.queueManagement({
      from: r.queueManagement.id,
      to: r.queueManagement.deadLetterQueueId,
      alias: 'queue_dead_letter_queue',
    }),
  },
  capacityPlanning: {
    service: r.one.platformServices({ from: r.capacityPlanning.serviceId, to: r.platformServices.id, optional: false }),
    preparedBy: r.one.userProfiles({
      from: r.capacityPlanning.preparedByUserId,
      to: r.userProfiles.id,
      alias: 'capacity_plan_prepared_by',
    }),
    approvedBy: r.one.userProfiles({
      from: r.capacityPlanning.approvedByUserId,
      to: r.userProfiles.id,
      alias: 'capacity_plan_approved_by',
    }),
  },
  userProfiles: {
    reliabilityServicesOwned: r.many.platformServices({ from: r.userProfiles.id, to: r.platformServices.technicalOwnerUserId }),
    reliabilityLoadBalancingChanges: r.many.loadBalancingConfig({ from: r.userProfiles.id, to: r.loadBalancingConfig.changedByUserId }),
    reliabilityCacheChanges: r.many.cacheConfiguration({ from: r.userProfiles.id, to: r.cacheConfiguration.changedByUserId }),
    reliabilityRateLimitOverrides: r.many.rateLimitingRules({
      from: r.userProfiles.id,
      to: r.rateLimitingRules.subjectUserId,
      alias: 'rate_limiting_rule_subject_user',
    }),
    reliabilityRateLimitRulesCreated: r.many.rateLimitingRules({
      from: r.userProfiles.id,
      to: r.rateLimitingRules.createdByUserId,
      alias: 'rate_limiting_rule_created_by',
    }),
    reliabilityScalingEventsInitiated: r.many.scalingEvents({ from: r.userProfiles.id, to: r.scalingEvents.initiatedByUserId }),
    reliabilityDrPlansOwned: r.many.disasterRecoveryPlans({
      from: r.userProfiles.id,
      to: r.disasterRecoveryPlans.ownerUserId,
      alias: 'dr_plan_owner',
    }),
    reliabilityDrPlansApproved: r.many.disasterRecoveryPlans({
      from: r.userProfiles.id,
      to: r.disasterRecoveryPlans.approvedByUserId,
      alias: 'dr_plan_approved_by',
    }),
    reliabilityDrTestsConducted: r.many.disasterRecoveryTests({ from: r.userProfiles.id, to: r.disasterRecoveryTests.conductedByUserId }),
    reliabilityCapacityPlansPrepared: r.many.capacityPlanning({
      from: r.userProfiles.id,
      to: r.capacityPlanning.preparedByUserId,
      alias: 'capacity_plan_prepared_by',
    }),
    reliabilityCapacityPlansApproved: r.many.capacityPlanning({
      from: r.userProfiles.id,
      to: r.capacityPlanning.approvedByUserId,
      alias: 'capacity_plan_approved_by',
    }),
  },
}));
