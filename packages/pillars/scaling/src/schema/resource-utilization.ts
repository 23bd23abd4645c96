import { between, createdAt, domainTable, EXTERNAL_ID, formatCheck, id, inOrder, nonNegative, positive, textEnum, timestamptz } from '@db/core';
import { RELIABILITY_ENVIRONMENTS, RELIABILITY_HOST_NAME, RELIABILITY_REGION } from '@db/reliability/constants';
import { platformServices } from '@db/reliability/tables';
import { bigint, index, integer, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { SCALING_INSTANCE_KINDS, SCALING_METRIC_SOURCES } from '../constants.ts';

/**
 * What one service used on one instance (a pod, a VM, a node it shares with other services) over one window: CPU,
 * memory against its limit, disk and network bytes. Rightsizing and bottleneck analyses read it. Samples are
 * measurements, never edited (`created_at` only); not trigger-protected, as @db/reliability's
 * `infrastructure_monitoring`: a re-delivered window is `on conflict do nothing` on (service_id, window_start,
 * instance_id, window_seconds, source), and `purge_resource_utilization` keeps 93 days (the longest look-back AWS
 * Compute Optimizer offers). High volume: BRIN on `window_start`.
 *
 * CPU is kept both ways: `cpu_cores_used` (absolute, 2.35 cores) and `cpu_percent`, normalised to the capacity
 * available to the instance (its CPU limit, or all the cores of a VM or node), so 0-100 whatever the core count, as
 * in `infrastructure_monitoring` (not top's per-core 350%).
 */
export const resourceUtilization = domainTable(
  'resource_utilization',
  {
    id: id(),
    /** History: a service with utilisation windows is retired, not deleted. */
    serviceId: uuid()
      .notNull()
      .references(() => platformServices.id, { onDelete: 'restrict' }),
    environment: textEnum(RELIABILITY_ENVIRONMENTS).notNull().default('production'),
    source: textEnum(SCALING_METRIC_SOURCES).notNull(),
    instanceKind: textEnum(SCALING_INSTANCE_KINDS).notNull(),
    /** The instance as its provider names it: a pod name, an EC2 instance id, a node name. */
    instanceId: text().notNull(),
    /** The node a pod or container ran on. */
    nodeName: text(),
    /** e.g. eu-west-1b. */
    availabilityZone: text(),
    windowStart: timestamptz().notNull(),
    windowSeconds: integer().notNull(),
    /** Share of the CPU available to the instance, 0-100 (see above). */
    cpuPercent: numeric({ precision: 5, scale: 2 }),
    cpuCoresUsed: numeric({ precision: 8, scale: 3 }),
    /** The CPU limit, or the cores of the VM or node. */
    cpuCapacityCores: numeric({ precision: 8, scale: 3 }),
    /** The working set, as the OOM killer judges it. */
    memoryUsedBytes: bigint({ mode: 'number' }),
    /** The memory limit, or the memory of the VM or node; null for a container without a limit. */
    memoryLimitBytes: bigint({ mode: 'number' }),
    /** Bytes over the window. */
    diskReadBytes: bigint({ mode: 'number' }),
    diskWrittenBytes: bigint({ mode: 'number' }),
    networkReceivedBytes: bigint({ mode: 'number' }),
    networkTransmittedBytes: bigint({ mode: 'number' }),
    ...createdAt(),
  },
  (t) => [
    /** The natural key, and a service's windows over time. */
    uniqueIndex('resource_utilization_window_key').on(t.serviceId, t.windowStart, t.instanceId, t.windowSeconds, t.source),
    index('resource_utilization_window_start_brin').using('brin', t.windowStart),
    formatCheck(t.instanceId, EXTERNAL_ID),
    formatCheck(t.nodeName, RELIABILITY_HOST_NAME),
    formatCheck(t.availabilityZone, RELIABILITY_REGION),
    positive(t.windowSeconds),
    between(t.cpuPercent, 0, 100),
    nonNegative(t.cpuCoresUsed),
    positive(t.cpuCapacityCores),
    nonNegative(t.memoryUsedBytes),
    positive(t.memoryLimitBytes),
    inOrder(t.memoryUsedBytes, t.memoryLimitBytes, { name: 'resource_utilization_memory_check', message: 'must not be below memoryUsedBytes' }),
    nonNegative(t.diskReadBytes),
    nonNegative(t.diskWrittenBytes),
    nonNegative(t.networkReceivedBytes),
    nonNegative(t.networkTransmittedBytes),
  ],
);
