import { tableCatalog, tableSchemas } from '@db/core';
import { bulkheadConfigs } from './schema/bulkhead-configs.ts';
import { circuitBreakerConfigs } from './schema/circuit-breaker-configs.ts';
import { circuitBreakerEvents } from './schema/circuit-breaker-events.ts';
import { degradationModeActivations } from './schema/degradation-mode-activations.ts';
import { degradationModes } from './schema/degradation-modes.ts';
import { failoverExecutions } from './schema/failover-executions.ts';
import { failoverStrategies } from './schema/failover-strategies.ts';
import { retryPolicies } from './schema/retry-policies.ts';
import { serviceHealthEndpoints } from './schema/service-health-endpoints.ts';
import { serviceResilienceMetrics } from './schema/service-resilience-metrics.ts';
import { timeoutConfigurations } from './schema/timeout-configurations.ts';

/**
 * Zod schemas as strict as the tables: every CHECK's twin comes from its table (declared with core's rule
 * helpers, and two customChecks for the elements of an array: retry policies' status codes and degradation
 * modes' features). No table of this package has a jsonb column, so nothing else is left to say here.
 */

export const circuitBreakerConfigSchemas = tableSchemas(circuitBreakerConfigs);
export type CircuitBreakerConfig = typeof circuitBreakerConfigs.$inferSelect;
export type NewCircuitBreakerConfig = typeof circuitBreakerConfigs.$inferInsert;

export const circuitBreakerEventSchemas = tableSchemas(circuitBreakerEvents);
export type CircuitBreakerEvent = typeof circuitBreakerEvents.$inferSelect;
export type NewCircuitBreakerEvent = typeof circuitBreakerEvents.$inferInsert;

export const failoverStrategySchemas = tableSchemas(failoverStrategies);
export type FailoverStrategy = typeof failoverStrategies.$inferSelect;
export type NewFailoverStrategy = typeof failoverStrategies.$inferInsert;

export const failoverExecutionSchemas = tableSchemas(failoverExecutions);
export type FailoverExecution = typeof failoverExecutions.$inferSelect;
export type NewFailoverExecution = typeof failoverExecutions.$inferInsert;

export const serviceResilienceMetricSchemas = tableSchemas(serviceResilienceMetrics);
export type ServiceResilienceMetric = typeof serviceResilienceMetrics.$inferSelect;
export type NewServiceResilienceMetric = typeof serviceResilienceMetrics.$inferInsert;

export const timeoutConfigurationSchemas = tableSchemas(timeoutConfigurations);
export type TimeoutConfiguration = typeof timeoutConfigurations.$inferSelect;
export type NewTimeoutConfiguration = typeof timeoutConfigurations.$inferInsert;

export const retryPolicySchemas = tableSchemas(retryPolicies);
export type RetryPolicy = typeof retryPolicies.$inferSelect;
export type NewRetryPolicy = typeof retryPolicies.$inferInsert;

export const bulkheadConfigSchemas = tableSchemas(bulkheadConfigs);
export type BulkheadConfig = typeof bulkheadConfigs.$inferSelect;
export type NewBulkheadConfig = typeof bulkheadConfigs.$inferInsert;

export const serviceHealthEndpointSchemas = tableSchemas(serviceHealthEndpoints);
export type ServiceHealthEndpoint = typeof serviceHealthEndpoints.$inferSelect;
export type NewServiceHealthEndpoint = typeof serviceHealthEndpoints.$inferInsert;

export const degradationModeSchemas = tableSchemas(degradationModes);
export type DegradationMode = typeof degradationModes.$inferSelect;
export type NewDegradationMode = typeof degradationModes.$inferInsert;

export const degradationModeActivationSchemas = tableSchemas(degradationModeActivations);
export type DegradationModeActivation = typeof degradationModeActivations.$inferSelect;
export type NewDegradationModeActivation = typeof degradationModeActivations.$inferInsert;

/** Every table of this package with its schemas, keyed by SQL table name (for generic tests and tooling). */
export const resilienceCatalog = tableCatalog(
  circuitBreakerConfigSchemas,
  circuitBreakerEventSchemas,
  failoverStrategySchemas,
  failoverExecutionSchemas,
  serviceResilienceMetricSchemas,
  timeoutConfigurationSchemas,
  retryPolicySchemas,
  bulkheadConfigSchemas,
  serviceHealthEndpointSchemas,
  degradationModeSchemas,
  degradationModeActivationSchemas,
);
