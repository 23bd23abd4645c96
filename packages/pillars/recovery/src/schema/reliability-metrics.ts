import { between, domainTable, id, inOrder, nonNegative, range, textEnum, timestamps, timestamptz } from '@db/core';
import { platformServices } from '@db/reliability/tables';
import { bigint, index, integer, numeric, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { RECOVERY_ENVIRONMENTS, RECOVERY_METRIC_WINDOWS, RECOVERY_SLO_SOURCES } from '../constants.ts';

/**
 * A service's service-level indicators over one window, against its objective: availability, p95/p99 latency,
 * requests and errors, error rate, the error budget left, downtime. Computed by the SLO tool (Nobl9, Datadog SLOs,
 * Sloth) and imported again and again as the window fills: (service_id, environment, window_kind, window_start)
 * is the natural key, so a later computation upserts the same row (`source_updated_at`). Reliability history: a
 * service with figures is retired, not deleted (RESTRICT).
 */
export const reliabilityMetrics = domainTable(
  'reliability_metrics',
  {
    id: id(),
    serviceId: uuid()
      .notNull()
      .references(() => platformServices.id, { onDelete: 'restrict' }),
    environment: textEnum(RECOVERY_ENVIRONMENTS).notNull().default('production'),
    source: textEnum(RECOVERY_SLO_SOURCES).notNull(),
    windowKind: textEnum(RECOVERY_METRIC_WINDOWS).notNull(),
    windowStart: timestamptz().notNull(),
    windowEnd: timestamptz().notNull(),
    /** The availability objective over the window, e.g. 99.950 (the service's SLO when the figure was computed). */
    sloTargetPercent: numeric({ precision: 6, scale: 3 }).notNull(),
    /** Good events over valid events, in percent. */
    availabilityPercent: numeric({ precision: 6, scale: 3 }).notNull(),
    latencyP95Ms: numeric({ precision: 12, scale: 3 }),
    latencyP99Ms: numeric({ precision: 12, scale: 3 }),
    requestCount: bigint({ mode: 'number' }).notNull(),
    errorCount: bigint({ mode: 'number' }).notNull(),
    /** Errors over requests, in percent. */
    errorRatePercent: numeric({ precision: 7, scale: 4 }),
    /** What is left of the window's error budget: 100 untouched, 0 spent, negative when overspent (-35.00). */
    errorBudgetRemainingPercent: numeric({ precision: 7, scale: 2 }),
    /** Time the service counted as down within the window. */
    downtimeSeconds: integer().notNull().default(0),
    /** When the SLO tool last recomputed the window. */
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('reliability_metrics_window_key').on(t.serviceId, t.environment, t.windowKind, t.windowStart),
    /** The SLO report across services for one period. */
    index('reliability_metrics_window_start_idx').on(t.windowKind, t.windowStart),
    inOrder(t.windowStart, t.windowEnd, { strict: true, name: 'reliability_metrics_window_check', message: 'must be after windowStart' }),
    range(t.sloTargetPercent, { min: 0, max: 100, exclusiveMin: true }),
    between(t.availabilityPercent, 0, 100),
    nonNegative(t.latencyP95Ms),
    inOrder(t.latencyP95Ms, t.latencyP99Ms, { name: 'reliability_metrics_latency_p99_check', message: 'must not be below latencyP95Ms' }),
    nonNegative(t.requestCount),
    nonNegative(t.errorCount),
    inOrder(t.errorCount, t.requestCount, { name: 'reliability_metrics_errors_check', message: 'must not be below errorCount' }),
    between(t.errorRatePercent, 0, 100),
    range(t.errorBudgetRemainingPercent, { max: 100 }),
    nonNegative(t.downtimeSeconds),
  ],
);
