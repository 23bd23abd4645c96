import { serviceDegradationAlerts } from '@db/recovery/tables';
import { capacityPlanning, loadBalancingConfig, platformServices, scalingEvents, serviceDependencies } from '@db/reliability/tables';
import { userProfiles } from '@db/users/tables';
import { defineRelationsPart } from 'drizzle-orm';
import * as schema from './tables.ts';

/**
 * This package's relations part: `r.one` edges from its tables, their reverse `r.many`, and the reverse edges onto
 * the parents of other packages (platform_services, scaling_events, capacity_planning, load_balancing_config,
 * service_dependencies, service_degradation_alerts, user_profiles) under keys prefixed `scaling`, so they cannot
 * meet other pillars' keys on the same tables (reliability's own `platformServices.scalingEvents` included).
 */
export const scalingRelations = defineRelationsPart(
  { ...schema, platformServices, scalingEvents, capacityPlanning, loadBalancingConfig, serviceDependencies, serviceDegradationAlerts, userProfiles },
  (r) => ({
    scalingMetrics: {
      service: r.one.platformServices({ from: r.scalingMetrics.serviceId, to: r.platformServices.id, optional: false }),
    },
    scalingPolicyEvaluations: {
      service: r.one.platformServices({ from: r.scalingPolicyEvaluations.serviceId, to: r.platformServices.id, optional: false }),
      activities: r.many.autoScalingEvents({ from: r.scalingPolicyEvaluations.id, to: r.autoScalingEvents.policyEvaluationId }),
    },
    autoScalingEvents: {
      service: r.one.platformServices({ from: r.autoScalingEvents.serviceId, to: r.platformServices.id, optional: false }),
      policyEvaluation: r.one.scalingPolicyEvaluations({ from: r.autoScalingEvents.policyEvaluationId, to: r.scalingPolicyEvaluations.id }),
      scalingEvent: r.one.scalingEvents({ from: r.autoScalingEvents.scalingEventId, to: r.scalingEvents.id }),
      launchedInstances: r.many.instanceHealthStatus({ from: r.autoScalingEvents.id, to: r.instanceHealthStatus.launchedByAutoScalingEventId }),
    },
    resourceUtilization: {
      service: r.one.platformServices({ from: r.resourceUtilization.serviceId, to: r.platformServices.id, optional: false }),
    },
    capacityForecasts: {
      service: r.one.platformServices({ from: r.capacityForecasts.serviceId, to: r.platformServices.id, optional: false }),
      capacityPlan: r.one.capacityPlanning({ from: r.capacityForecasts.capacityPlanningId, to: r.capacityPlanning.id }),
    },
    performanceDegradation: {
      service: r.one.platformServices({ from: r.performanceDegradation.serviceId, to: r.platformServices.id, optional: false }),
      degradationAlert: r.one.serviceDegradationAlerts({ from: r.performanceDegradation.degradationAlertId, to: r.serviceDegradationAlerts.id }),
      bottleneckAnalyses: r.many.bottleneckAnalysis({ from: r.performanceDegradation.id, to: r.bottleneckAnalysis.performanceDegradationId }),
    },
    bottleneckAnalysis: {
      service: r.one.platformServices({ from: r.bottleneckAnalysis.serviceId, to: r.platformServices.id, optional: false }),
      performanceDegradation: r.one.performanceDegradation({ from: r.bottleneckAnalysis.performanceDegradationId, to: r.performanceDegradation.id }),
      serviceDependency: r.one.serviceDependencies({ from: r.bottleneckAnalysis.serviceDependencyId, to: r.serviceDependencies.id }),
      analysedBy: r.one.userProfiles({ from: r.bottleneckAnalysis.analysedByUserId, to: r.userProfiles.id }),
      recommendations: r.many.scalingRecommendations({ from: r.bottleneckAnalysis.id, to: r.scalingRecommendations.bottleneckAnalysisId }),
    },
    scalingRecommendations: {
      service: r.one.platformServices({ from: r.scalingRecommendations.serviceId, to: r.platformServices.id, optional: false }),
      bottleneckAnalysis: r.one.bottleneckAnalysis({ from: r.scalingRecommendations.bottleneckAnalysisId, to: r.bottleneckAnalysis.id }),
      reviewedBy: r.one.userProfiles({ from: r.scalingRecommendations.reviewedByUserId, to: r.userProfiles.id }),
      appliedScalingEvent: r.one.scalingEvents({ from: r.scalingRecommendations.appliedScalingEventId, to: r.scalingEvents.id }),
    },
    loadDistribution: {
      service: r.one.platformServices({ from: r.loadDistribution.serviceId, to: r.platformServices.id, optional: false }),
      loadBalancingConfig: r.one.loadBalancingConfig({ from: r.loadDistribution.loadBalancingConfigId, to: r.loadBalancingConfig.id }),
    },
    instanceHealthStatus: {
      service: r.one.platformServices({ from: r.instanceHealthStatus.serviceId, to: r.platformServices.id, optional: false }),
      launchedBy: r.one.autoScalingEvents({ from: r.instanceHealthStatus.launchedByAutoScalingEventId, to: r.autoScalingEvents.id }),
    },
    platformServices: {
      scalingMetrics: r.many.scalingMetrics({ from: r.platformServices.id, to: r.scalingMetrics.serviceId }),
      scalingPolicyEvaluations: r.many.scalingPolicyEvaluations({ from: r.platformServices.id, to: r.scalingPolicyEvaluations.serviceId }),
      scalingAutoScalingEvents: r.many.autoScalingEvents({ from: r.platformServices.id, to: r.autoScalingEvents.serviceId }),
      scalingResourceUtilization: r.many.resourceUtilization({ from: r.platformServices.id, to: r.resourceUtilization.serviceId }),
      scalingCapacityForecasts: r.many.capacityForecasts({ from: r.platformServices.id, to: r.capacityForecasts.serviceId }),
      scalingCurrentCapacityForecasts: r.many.capacityForecasts({
        from: r.platformServices.id,
        to: r.capacityForecasts.serviceId,
        where: { supersededAt: { isNull: true } },
      }),
      scalingPerformanceDegradations: r.many.performanceDegradation({ from: r.platformServices.id, to: r.performanceDegradation.serviceId }),
      scalingBottleneckAnalyses: r.many.bottleneckAnalysis({ from: r.platformServices.id, to: r.bottleneckAnalysis.serviceId }),
      scalingRecommendations: r.many.scalingRecommendations({ from: r.platformServices.id, to: r.scalingRecommendations.serviceId }),
      scalingLoadDistribution: r.many.loadDistribution({ from: r.platformServices.id, to: r.loadDistribution.serviceId }),
      scalingInstances: r.many.instanceHealthStatus({ from: r.platformServices.id, to: r.instanceHealthStatus.serviceId }),
    },
    scalingEvents: {
      scalingAutoScalingEvent: r.one.autoScalingEvents({ from: r.scalingEvents.id, to: r.autoScalingEvents.scalingEventId }),
      scalingRecommendationsApplied: r.many.scalingRecommendations({ from: r.scalingEvents.id, to: r.scalingRecommendations.appliedScalingEventId }),
    },
    capacityPlanning: {
      scalingForecasts: r.many.capacityForecasts({ from: r.capacityPlanning.id, to: r.capacityForecasts.capacityPlanningId }),
    },
    loadBalancingConfig: {
      scalingLoadDistribution: r.many.loadDistribution({ from: r.loadBalancingConfig.id, to: r.loadDistribution.loadBalancingConfigId }),
    },
    serviceDependencies: {
      scalingBottleneckAnalyses: r.many.bottleneckAnalysis({ from: r.serviceDependencies.id, to: r.bottleneckAnalysis.serviceDependencyId }),
    },
    serviceDegradationAlerts: {
      scalingPerformanceDegradations: r.many.performanceDegradation({
        from: r.serviceDegradationAlerts.id,
        to: r.performanceDegradation.degradationAlertId,
      }),
    },
    userProfiles: {
      scalingBottleneckAnalyses: r.many.bottleneckAnalysis({ from: r.userProfiles.id, to: r.bottleneckAnalysis.analysedByUserId }),
      scalingRecommendationsReviewed: r.many.scalingRecommendations({ from: r.userProfiles.id, to: r.scalingRecommendations.reviewedByUserId }),
    },
  }),
);
