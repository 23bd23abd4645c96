import {
  between,
  createdAt,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  nonNegative,
  positive,
  SNAKE_CASE_KEY,
  textEnum,
  timestamptz,
} from '@db/core';
import { sql } from 'drizzle-orm';
import { bigint, index, integer, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { RELIABILITY_ENVIRONMENTS, RELIABILITY_HOST_NAME, RELIABILITY_HOST_STATUSES, RELIABILITY_REGION } from '../constants.ts';
import { platformServices } from './platform-services.ts';

/**
 * One resource sample of one host at one instant, as the metrics source (Prometheus node_exporter, CloudWatch,
 * Datadog) reports it: CPU, memory, disk, load, network. Samples are measurements, never edited (`created_at`
 * only); ingestion is idempotent on (host_name, sampled_at): a re-delivered scrape is `on conflict do nothing`.
 * Not trigger-protected like an audit log: the retention job deletes samples past their retention (or drops the
 * month's partition once the table is partitioned by `sampled_at`).
 */
export const infrastructureMonitoring = domainTable(
  'infrastructure_monitoring',
  {
    id: id(),
    hostName: text().notNull(),
    /** The service the host is dedicated to, when it is. History: a service with samples is retired, not deleted. */
    serviceId: uuid().references(() => platformServices.id, { onDelete: 'restrict' }),
    environment: textEnum(RELIABILITY_ENVIRONMENTS).notNull(),
    /** The metrics source, snake_case: prometheus, cloudwatch, datadog. */
    source: text().notNull(),
    /** The cloud's instance id, e.g. i-0a1b2c3d4e5f67890. */
    instanceId: text(),
    region: text(),
    /** e.g. eu-west-1a. */
    availabilityZone: text(),
    sampledAt: timestamptz().notNull(),
    /** Busy share of all cores over the scrape interval, 0-100 (normalised: not top's per-core 350%). */
    cpuPercent: numeric({ precision: 5, scale: 2 }),
    cpuCores: integer(),
    memoryUsedBytes: bigint({ mode: 'number' }),
    memoryTotalBytes: bigint({ mode: 'number' }),
    diskUsedBytes: bigint({ mode: 'number' }),
    diskTotalBytes: bigint({ mode: 'number' }),
    /** The 1-minute load average (runnable processes), not a percentage. */
    loadAverage1m: numeric({ precision: 8, scale: 2 }),
    networkInBytesPerSecond: bigint({ mode: 'number' }),
    networkOutBytesPerSecond: bigint({ mode: 'number' }),
    openConnections: integer(),
    hostStatus: textEnum(RELIABILITY_HOST_STATUSES).notNull().default('unknown'),
    ...createdAt(),
  },
  (t) => [
    uniqueIndex('infrastructure_monitoring_host_name_sampled_at_key').on(t.hostName, t.sampledAt),
    index('infrastructure_monitoring_service_id_idx').on(t.serviceId, t.sampledAt),
    /** Hosts in trouble, most recent first: the on-call view. */
    index('infrastructure_monitoring_unhealthy_idx')
      .on(t.environment, t.sampledAt)
      .where(sql`${t.hostStatus} in ('degraded', 'unhealthy')`),
    formatCheck(t.hostName, RELIABILITY_HOST_NAME),
    formatCheck(t.source, SNAKE_CASE_KEY),
    formatCheck(t.instanceId, EXTERNAL_ID),
    formatCheck(t.region, RELIABILITY_REGION),
    between(t.cpuPercent, 0, 100),
    positive(t.cpuCores),
    nonNegative(t.memoryUsedBytes),
    positive(t.memoryTotalBytes),
    inOrder(t.memoryUsedBytes, t.memoryTotalBytes, { name: 'infrastructure_monitoring_memory_check', message: 'must not be below memoryUsedBytes' }),
    nonNegative(t.diskUsedBytes),
    positive(t.diskTotalBytes),
    inOrder(t.diskUsedBytes, t.diskTotalBytes, { name: 'infrastructure_monitoring_disk_check', message: 'must not be below diskUsedBytes' }),
    nonNegative(t.loadAverage1m),
    nonNegative(t.networkInBytesPerSecond),
    nonNegative(t.networkOutBytesPerSecond),
    nonNegative(t.openConnections),
  ],
);
