import { between, domainTable, EXTERNAL_ID, formatCheck, id, inOrder, nonNegative, positive, textEnum, textLength, timestamps, timestamptz } from '@db/core';
import { RELIABILITY_ENVIRONMENTS, RELIABILITY_REGION } from '@db/reliability/constants';
import { loadBalancingConfig, platformServices } from '@db/reliability/tables';
import { sql } from 'drizzle-orm';
import { bigint, foreignKey, index, integer, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { SCALING_METRIC_SOURCES, SCALING_TARGET_STATES } from '../constants.ts';

/**
 * How a load balancer spread a service's traffic over its targets in one window: requests per target, its share of
 * the balancer's requests, its errors and latency, its state. A skewed share (a hot target, a zone taking more than
 * its part) is what this table shows. One row per (load_balancer_name, target_group, target_id, window_start,
 * window_seconds), the natural key: a late re-delivery of the window (CloudWatch revises recent windows) upserts
 * with `source_updated_at`. The balancer's configuration is @db/reliability's `load_balancing_config`, and the
 * version in force is linked. High volume: BRIN on `window_start`, `purge_load_distribution` keeps 90 days.
 */
export const loadDistribution = domainTable(
  'load_distribution',
  {
    id: id(),
    /** History: a service with traffic windows is retired, not deleted. */
    serviceId: uuid()
      .notNull()
      .references(() => platformServices.id, { onDelete: 'restrict' }),
    environment: textEnum(RELIABILITY_ENVIRONMENTS).notNull().default('production'),
    /** The configuration version in force during the window. SET NULL: descriptive (FK below: the generated name is too long). */
    loadBalancingConfigId: uuid(),
    source: textEnum(SCALING_METRIC_SOURCES).notNull(),
    /** The balancer as the cloud or the mesh names it, e.g. equine-prod-public-alb. */
    loadBalancerName: text().notNull(),
    /** The target group, Envoy cluster or Kubernetes service the target belongs to. */
    targetGroup: text().notNull(),
    /** The target: an instance id, ip:port, a pod name. */
    targetId: text().notNull(),
    availabilityZone: text(),
    windowStart: timestamptz().notNull(),
    windowSeconds: integer().notNull(),
    requestCount: bigint({ mode: 'number' }).notNull(),
    /** This target's share of the balancer's requests in the window, in percent. */
    sharePercent: numeric({ precision: 5, scale: 2 }),
    /** Responses with a 5xx status from the target. */
    errorCount: bigint({ mode: 'number' }).notNull().default(0),
    /** As the source computes it over the window (it may sample), in percent. */
    errorRatePercent: numeric({ precision: 5, scale: 2 }),
    p95LatencyMs: integer(),
    targetState: textEnum(SCALING_TARGET_STATES).notNull().default('healthy'),
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('load_distribution_window_key').on(t.loadBalancerName, t.targetGroup, t.targetId, t.windowStart, t.windowSeconds),
    /** A service's traffic spread over time. */
    index('load_distribution_service_id_idx').on(t.serviceId, t.windowStart),
    index('load_distribution_load_balancing_config_id_idx').on(t.loadBalancingConfigId),
    foreignKey({
      name: 'load_distribution_load_balancing_config_id_fkey',
      columns: [t.loadBalancingConfigId],
      foreignColumns: [loadBalancingConfig.id],
    }).onDelete('set null'),
    index('load_distribution_window_start_brin').using('brin', t.windowStart),
    /** Targets that were not healthy, per balancer: the flapping-target view. */
    index('load_distribution_unhealthy_idx')
      .on(t.loadBalancerName, t.windowStart)
      .where(sql`${t.targetState} <> 'healthy'`),
    textLength(t.loadBalancerName, { min: 1, max: 255 }),
    textLength(t.targetGroup, { min: 1, max: 255 }),
    formatCheck(t.targetId, EXTERNAL_ID),
    formatCheck(t.availabilityZone, RELIABILITY_REGION),
    positive(t.windowSeconds),
    nonNegative(t.requestCount),
    nonNegative(t.errorCount),
    inOrder(t.errorCount, t.requestCount, { name: 'load_distribution_errors_check', message: 'must not be below errorCount' }),
    between(t.sharePercent, 0, 100),
    between(t.errorRatePercent, 0, 100),
    nonNegative(t.p95LatencyMs),
  ],
);
