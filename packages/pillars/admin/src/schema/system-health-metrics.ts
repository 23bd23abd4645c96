import { domainTable, formatCheck, id, jsonObject, positive, SNAKE_CASE_KEY, textEnum, timestamps, timestamptz } from '@db/core';
import { sql } from 'drizzle-orm';
import { doublePrecision, index, integer, text, unique } from 'drizzle-orm/pg-core';
import {
  ADMIN_ENVIRONMENTS,
  ADMIN_HEALTH_STATUSES,
  ADMIN_METRIC_NAME,
  ADMIN_METRIC_SOURCES,
  ADMIN_METRIC_STATISTICS,
  ADMIN_METRIC_UNITS,
} from '../constants.ts';

/**
 * One sample of an application health metric (queue depth, error rate, p95 latency, open connections of the
 * application's pool) of one component, ingested from the metrics source again and again: (source, environment,
 * component, instance, metric, statistic, sampled_at) is the natural key, NULLS NOT DISTINCT so a component-wide
 * sample (no instance) is upserted too. Host and cluster metrics belong to infrastructure monitoring (pillar 11).
 */
export const systemHealthMetrics = domainTable(
  'system_health_metrics',
  {
    id: id(),
    source: textEnum(ADMIN_METRIC_SOURCES).notNull(),
    environment: textEnum(ADMIN_ENVIRONMENTS).notNull(),
    /** The application component, snake_case: api, web_app, ingestion_worker, search_index. */
    component: text().notNull(),
    /** The instance (pod, task, host label) sampled; null for a component-wide figure. */
    instance: text(),
    metricName: text().notNull(),
    statistic: textEnum(ADMIN_METRIC_STATISTICS).notNull().default('gauge'),
    value: doublePrecision().notNull(),
    unit: textEnum(ADMIN_METRIC_UNITS).notNull(),
    sampledAt: timestamptz().notNull(),
    /** The resolution the sample summarises, e.g. 60 for a one-minute rollup. */
    intervalSeconds: integer(),
    /** The verdict against the thresholds below, when the metric has them. */
    healthStatus: textEnum(ADMIN_HEALTH_STATUSES),
    /** Thresholds in the metric's unit; for a metric where lower is worse (free pool slots) the warning is the larger. */
    warningThreshold: doublePrecision(),
    criticalThreshold: doublePrecision(),
    /** The source's other labels, e.g. { "region": "eu-west-1", "version": "2024.06.1" }. */
    labels: jsonObject<Record<string, string>>(),
    ...timestamps(),
  },
  (t) => [
    unique('system_health_metrics_sample_key')
      .on(t.source, t.environment, t.component, t.instance, t.metricName, t.statistic, t.sampledAt)
      .nullsNotDistinct(),
    index('system_health_metrics_series_idx').on(t.component, t.metricName, t.sampledAt),
    /** The dashboard's red list: samples past a threshold. */
    index('system_health_metrics_unhealthy_idx')
      .on(t.sampledAt)
      .where(sql`${t.healthStatus} in ('warning', 'critical')`),
    formatCheck(t.component, SNAKE_CASE_KEY),
    formatCheck(t.metricName, ADMIN_METRIC_NAME),
    positive(t.intervalSeconds),
  ],
);
