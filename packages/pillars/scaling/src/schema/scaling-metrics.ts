import { createdAt, domainTable, EXTERNAL_ID, formatCheck, id, jsonObject, nonNegative, positive, textEnum, textLength, timestamptz } from '@db/core';
import { RELIABILITY_ENVIRONMENTS, RELIABILITY_REGION } from '@db/reliability/constants';
import { platformServices } from '@db/reliability/tables';
import { index, integer, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { SCALING_AGGREGATIONS, SCALING_METRIC_SOURCES, SCALING_METRICS, SCALING_UNITS } from '../constants.ts';

/**
 * The time series autoscaling and capacity decisions read, one value per series and window: a service's CPU,
 * memory, requests per second, queue depth, latency (p95 is metric `latency`, aggregation `p95`), connections,
 * as a metrics store (Prometheus, CloudWatch, Datadog) reduced the window's samples. Append-only (the database
 * refuses UPDATE and DELETE: `scalingDatabaseObjects`): a window once imported is what the autoscaler saw. High
 * volume: a BRIN index on `window_start`, and `purge_scaling_metrics` keeps 400 days, so last year's sales week is
 * there to forecast this year's. The store's series id and the window are the natural key: a re-delivered window is
 * `on conflict do nothing`. Host-level samples stay @db/reliability's `infrastructure_monitoring`.
 */
export const scalingMetrics = domainTable(
  'scaling_metrics',
  {
    id: id(),
    /** History: a service with metrics is retired, not deleted (RESTRICT, as the append-only trigger requires). */
    serviceId: uuid()
      .notNull()
      .references(() => platformServices.id, { onDelete: 'restrict' }),
    environment: textEnum(RELIABILITY_ENVIRONMENTS).notNull().default('production'),
    source: textEnum(SCALING_METRIC_SOURCES).notNull(),
    /**
     * The store's id of the series, statistic included: a Prometheus recording rule's series fingerprint, a
     * CloudWatch metric-data query id, a Datadog query hash.
     */
    seriesId: text().notNull(),
    metric: textEnum(SCALING_METRICS).notNull(),
    /** The store's own name, e.g. container_cpu_usage_seconds_total, AWS/ApplicationELB TargetResponseTime. */
    metricName: text().notNull(),
    aggregation: textEnum(SCALING_AGGREGATIONS).notNull(),
    /** In `unit`; not bounded, since custom metrics may be negative. */
    value: numeric({ precision: 20, scale: 6 }).notNull(),
    unit: textEnum(SCALING_UNITS).notNull(),
    windowStart: timestamptz().notNull(),
    /** The window's length: 60 for per-minute rollups, 300 for CloudWatch's basic monitoring. */
    windowSeconds: integer().notNull(),
    /** Raw samples the window reduced, when the store says. */
    sampleCount: integer(),
    region: text(),
    /** The series' labels or dimensions as the store gives them (open-ended: every store has its own). */
    labels: jsonObject<Record<string, string>>(),
    ...createdAt(),
  },
  (t) => [
    uniqueIndex('scaling_metrics_series_window_key').on(t.source, t.seriesId, t.windowStart),
    /** A service's metric over time: dashboards, forecasts, the autoscaler's replay. */
    index('scaling_metrics_service_id_idx').on(t.serviceId, t.metric, t.windowStart),
    index('scaling_metrics_window_start_brin').using('brin', t.windowStart),
    formatCheck(t.seriesId, EXTERNAL_ID),
    textLength(t.metricName, { min: 1, max: 255 }),
    positive(t.windowSeconds),
    nonNegative(t.sampleCount),
    formatCheck(t.region, RELIABILITY_REGION),
  ],
);
