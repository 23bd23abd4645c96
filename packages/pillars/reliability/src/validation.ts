import { calendarDate, tableCatalog, tableSchemas } from '@db/core';
import { z } from 'zod';
import { RELIABILITY_ENVIRONMENTS, RELIABILITY_HTTP_METHODS } from './constants.ts';
import { cacheConfiguration } from './schema/cache-configuration.ts';
import { capacityPlanning } from './schema/capacity-planning.ts';
import { dataReplicationStatus } from './schema/data-replication-status.ts';
import { disasterRecoveryPlans } from './schema/disaster-recovery-plans.ts';
import { disasterRecoveryTests } from './schema/disaster-recovery-tests.ts';
import { infrastructureMonitoring } from './schema/infrastructure-monitoring.ts';
import { loadBalancingConfig } from './schema/load-balancing-config.ts';
import { platformServices } from './schema/platform-services.ts';
import { queueManagement } from './schema/queue-management.ts';
import { rateLimitingRules } from './schema/rate-limiting-rules.ts';
import { scalingEvents } from './schema/scaling-events.ts';
import { serviceDependencies } from './schema/service-dependencies.ts';

/**
 * Zod schemas as strict as the tables: every CHECK's twin comes from its table (declared with core's rule
 * helpers); what is left here is what a table cannot say: the element types of its text[] columns (drizzle-orm/zod
 * types them as string[]; the tables' `allOneOf` rules are applied on top) and the shape of its one jsonb column.
 */

export const platformServiceSchemas = tableSchemas(platformServices, {
  environments: () => z.array(z.enum(RELIABILITY_ENVIRONMENTS, { message: `must be one of ${RELIABILITY_ENVIRONMENTS.join(', ')}` })),
});
export type PlatformService = typeof platformServices.$inferSelect;
export type NewPlatformService = typeof platformServices.$inferInsert;

export const loadBalancingConfigSchemas = tableSchemas(loadBalancingConfig);
export type LoadBalancingConfig = typeof loadBalancingConfig.$inferSelect;
export type NewLoadBalancingConfig = typeof loadBalancingConfig.$inferInsert;

export const cacheConfigurationSchemas = tableSchemas(cacheConfiguration);
export type CacheConfiguration = typeof cacheConfiguration.$inferSelect;
export type NewCacheConfiguration = typeof cacheConfiguration.$inferInsert;

export const rateLimitingRuleSchemas = tableSchemas(rateLimitingRules, {
  httpMethods: () => z.array(z.enum(RELIABILITY_HTTP_METHODS, { message: `must be one of ${RELIABILITY_HTTP_METHODS.join(', ')}` })),
});
export type RateLimitingRule = typeof rateLimitingRules.$inferSelect;
export type NewRateLimitingRule = typeof rateLimitingRules.$inferInsert;

export const scalingEventSchemas = tableSchemas(scalingEvents);
export type ScalingEvent = typeof scalingEvents.$inferSelect;
export type NewScalingEvent = typeof scalingEvents.$inferInsert;

export const serviceDependencySchemas = tableSchemas(serviceDependencies);
export type ServiceDependency = typeof serviceDependencies.$inferSelect;
export type NewServiceDependency = typeof serviceDependencies.$inferInsert;

export const infrastructureMonitoringSchemas = tableSchemas(infrastructureMonitoring);
export type InfrastructureMonitoringSample = typeof infrastructureMonitoring.$inferSelect;
export type NewInfrastructureMonitoringSample = typeof infrastructureMonitoring.$inferInsert;

export const disasterRecoveryPlanSchemas = tableSchemas(disasterRecoveryPlans);
export type DisasterRecoveryPlan = typeof disasterRecoveryPlans.$inferSelect;
export type NewDisasterRecoveryPlan = typeof disasterRecoveryPlans.$inferInsert;

export const disasterRecoveryTestSchemas = tableSchemas(disasterRecoveryTests);
export type DisasterRecoveryTest = typeof disasterRecoveryTests.$inferSelect;
export type NewDisasterRecoveryTest = typeof disasterRecoveryTests.$inferInsert;

export const dataReplicationStatusSchemas = tableSchemas(dataReplicationStatus);
export type DataReplicationStatus = typeof dataReplicationStatus.$inferSelect;
export type NewDataReplicationStatus = typeof dataReplicationStatus.$inferInsert;

export const queueManagementSchemas = tableSchemas(queueManagement);
export type ManagedQueue = typeof queueManagement.$inferSelect;
export type NewManagedQueue = typeof queueManagement.$inferInsert;

export const capacityPlanningSchemas = tableSchemas(capacityPlanning, {
  demandEvents: () =>
    z.array(
      z
        .object({
          name: z.string().min(1),
          startsOn: calendarDate,
          endsOn: calendarDate.optional(),
          /** 2.5 = two and a half times the usual peak. */
          expectedPeakMultiplier: z.number().positive().max(1000),
        })
        .strict(),
    ),
});
export type CapacityPlan = typeof capacityPlanning.$inferSelect;
export type NewCapacityPlan = typeof capacityPlanning.$inferInsert;

/** Every table of this package with its schemas, keyed by SQL table name (for generic tests and tooling). */
export const reliabilityCatalog = tableCatalog(
  platformServiceSchemas,
  loadBalancingConfigSchemas,
  cacheConfigurationSchemas,
  rateLimitingRuleSchemas,
  scalingEventSchemas,
  serviceDependencySchemas,
  infrastructureMonitoringSchemas,
  disasterRecoveryPlanSchemas,
  disasterRecoveryTestSchemas,
  dataReplicationStatusSchemas,
  queueManagementSchemas,
  capacityPlanningSchemas,
);
