import { between, domainTable, id, inOrder, nonNegative, textEnum, timestamps, timestamptz } from '@db/core';
import { RELIABILITY_ENVIRONMENTS } from '@db/reliability/constants';
import { platformServices } from '@db/reliability/tables';
import { bigint, index, integer, numeric, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { RESILIENCE_METRIC_SOURCES, RESILIENCE_METRIC_WINDOWS } from '../constants.ts';

/**
 * How a service's resilience mechanisms worked over one window: its availability, how long its breakers were open
 * and how often they tripped, how many calls were answered by a fallback, retried, timed out, refused by a
 * bulkhead or shed under load. Aggregated from the metrics store and imported again and again as the window
 * fills: (service_id, environment, window_kind, window_start) is the natural key, so a later computation upserts
 * the same row (`source_updated_at`). The SLO figures themselves (latency percentiles, error budget) are
 * @db/recovery's `reliability_metrics`; this is the mechanisms' side. History: a service with figures is retired,
 * not deleted (RESTRICT). Retention: `purge_service_resilience_metrics` (25 months, for year-on-year comparison);
 * a large deployment partitions it by `window_start`.
 */
export const serviceResilienceMetrics = domainTable(
  'service_resilience_metrics',
  {
    id: id(),
    serviceId: uuid()
      .notNull()
      .references(() => platformServices.id, { onDelete: 'restrict' }),
    environment: textEnum(RELIABILITY_ENVIRONMENTS).notNull().default('production'),
    source: textEnum(RESILIENCE_METRIC_SOURCES).notNull(),
    windowKind: textEnum(RESILIENCE_METRIC_WINDOWS).notNull(),
    windowStart: timestamptz().notNull(),
    windowEnd: timestamptz().notNull(),
    /** Good requests over valid requests, in percent. */
    availabilityPercent: numeric({ precision: 6, scale: 3 }).notNull(),
    requestCount: bigint({ mode: 'number' }).notNull(),
    /** Seconds any breaker of the service (on its edges or in front of it) spent open or forced open, summed over breakers. */
    breakerOpenSeconds: integer().notNull().default(0),
    /** Transitions to open in the window. */
    breakerTrips: integer().notNull().default(0),
    /** Calls answered by a fallback (cached response, default value, degraded feature). */
    fallbackInvocations: bigint({ mode: 'number' }).notNull().default(0),
    /** Extra attempts made by retry policies (the first attempt not counted). */
    retryAttempts: bigint({ mode: 'number' }).notNull().default(0),
    /** Calls that failed after their last allowed attempt. */
    retriesExhausted: bigint({ mode: 'number' }).notNull().default(0),
    timeouts: bigint({ mode: 'number' }).notNull().default(0),
    bulkheadRejections: bigint({ mode: 'number' }).notNull().default(0),
    /** Requests shed by load shedding or a degradation mode before any work was done. */
    shedRequests: bigint({ mode: 'number' }).notNull().default(0),
    /** When the metrics store last recomputed the window. */
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('service_resilience_metrics_window_key').on(t.serviceId, t.environment, t.windowKind, t.windowStart),
    /** The report across services for one period, and the retention purge. */
    index('service_resilience_metrics_window_start_idx').on(t.windowStart, t.windowKind),
    inOrder(t.windowStart, t.windowEnd, { strict: true, name: 'service_resilience_metrics_window_check', message: 'must be after windowStart' }),
    between(t.availabilityPercent, 0, 100),
    nonNegative(t.requestCount),
    nonNegative(t.breakerOpenSeconds),
    nonNegative(t.breakerTrips),
    nonNegative(t.fallbackInvocations),
    nonNegative(t.retryAttempts),
    nonNegative(t.retriesExhausted),
    nonNegative(t.timeouts),
    nonNegative(t.bulkheadRejections),
    nonNegative(t.shedRequests),
  ],
);
