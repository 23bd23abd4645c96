import { tableCatalog, tableSchemas } from '@db/core';
import { z } from 'zod';
import { SCALING_EVIDENCE_KINDS } from './constants.ts';
import { autoScalingEvents } from './schema/auto-scaling-events.ts';
import { bottleneckAnalysis } from './schema/bottleneck-analysis.ts';
import { capacityForecasts } from './schema/capacity-forecasts.ts';
import { instanceHealthStatus } from './schema/instance-health-status.ts';
import { loadDistribution } from './schema/load-distribution.ts';
import { performanceDegradation } from './schema/performance-degradation.ts';
import { resourceUtilization } from './schema/resource-utilization.ts';
import { scalingMetrics } from './schema/scaling-metrics.ts';
import { scalingPolicyEvaluations } from './schema/scaling-policy-evaluations.ts';
import { scalingRecommendations } from './schema/scaling-recommendations.ts';

/**
 * Zod schemas as strict as the tables: every CHECK's twin comes from its table (declared with core's rule
 * helpers); what is left here is what a table cannot say: the shapes of its jsonb columns.
 */

export const scalingMetricSchemas = tableSchemas(scalingMetrics, {
  labels: () => z.record(z.string().min(1), z.string()),
});
export type ScalingMetric = typeof scalingMetrics.$inferSelect;
export type NewScalingMetric = typeof scalingMetrics.$inferInsert;

export const scalingPolicyEvaluationSchemas = tableSchemas(scalingPolicyEvaluations);
export type ScalingPolicyEvaluation = typeof scalingPolicyEvaluations.$inferSelect;
export type NewScalingPolicyEvaluation = typeof scalingPolicyEvaluations.$inferInsert;

export const autoScalingEventSchemas = tableSchemas(autoScalingEvents);
export type AutoScalingEvent = typeof autoScalingEvents.$inferSelect;
export type NewAutoScalingEvent = typeof autoScalingEvents.$inferInsert;

export const resourceUtilizationSchemas = tableSchemas(resourceUtilization);
export type ResourceUtilization = typeof resourceUtilization.$inferSelect;
export type NewResourceUtilization = typeof resourceUtilization.$inferInsert;

export const capacityForecastSchemas = tableSchemas(capacityForecasts);
export type CapacityForecast = typeof capacityForecasts.$inferSelect;
export type NewCapacityForecast = typeof capacityForecasts.$inferInsert;

export const performanceDegradationSchemas = tableSchemas(performanceDegradation);
export type PerformanceDegradation = typeof performanceDegradation.$inferSelect;
export type NewPerformanceDegradation = typeof performanceDegradation.$inferInsert;

export const bottleneckAnalysisSchemas = tableSchemas(bottleneckAnalysis, {
  evidence: () =>
    z.array(
      z.object({
        kind: z.enum(SCALING_EVIDENCE_KINDS),
        description: z.string().min(1),
        url: z.url().optional(),
        observation: z.string().min(1).optional(),
      }),
    ),
});
export type BottleneckAnalysis = typeof bottleneckAnalysis.$inferSelect;
export type NewBottleneckAnalysis = typeof bottleneckAnalysis.$inferInsert;

export const scalingRecommendationSchemas = tableSchemas(scalingRecommendations);
export type ScalingRecommendation = typeof scalingRecommendations.$inferSelect;
export type NewScalingRecommendation = typeof scalingRecommendations.$inferInsert;

export const loadDistributionSchemas = tableSchemas(loadDistribution);
export type LoadDistribution = typeof loadDistribution.$inferSelect;
export type NewLoadDistribution = typeof loadDistribution.$inferInsert;

export const instanceHealthStatusSchemas = tableSchemas(instanceHealthStatus);
export type InstanceHealthStatus = typeof instanceHealthStatus.$inferSelect;
export type NewInstanceHealthStatus = typeof instanceHealthStatus.$inferInsert;

/** Every table of this package with its schemas, keyed by SQL table name (for generic tests and tooling). */
export const scalingCatalog = tableCatalog(
  scalingMetricSchemas,
  scalingPolicyEvaluationSchemas,
  autoScalingEventSchemas,
  resourceUtilizationSchemas,
  capacityForecastSchemas,
  performanceDegradationSchemas,
  bottleneckAnalysisSchemas,
  scalingRecommendationSchemas,
  loadDistributionSchemas,
  instanceHealthStatusSchemas,
);
