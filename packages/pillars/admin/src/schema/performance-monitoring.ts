import { between, domainTable, id, inOrder, nonNegative, onlyWhen, positive, textEnum, textLength, timestamps, timestamptz } from '@db/core';
import { index, integer, numeric, text, unique } from 'drizzle-orm/pg-core';
import { ADMIN_APM_SOURCES, ADMIN_ENVIRONMENTS, ADMIN_HTTP_METHODS, ADMIN_PERFORMANCE_TARGETS } from '../constants.ts';

/**
 * Response-time percentiles of one API endpoint, web page, app screen or background job over one window, as the
 * APM tool rolls them up (Sentry performance, Datadog APM). Re-imported as windows are recomputed: (source,
 * environment, target type, target, method, window) is the upsert key, NULLS NOT DISTINCT (no method off the API).
 */
export const performanceMonitoring = domainTable(
  'performance_monitoring',
  {
    id: id(),
    source: textEnum(ADMIN_APM_SOURCES).notNull(),
    environment: textEnum(ADMIN_ENVIRONMENTS).notNull(),
    targetType: textEnum(ADMIN_PERFORMANCE_TARGETS).notNull(),
    /** Route template, page path, screen or job name: /v1/horses/{horseId}, /horses/[slug], HorseProfileScreen. */
    target: text().notNull(),
    /** For API endpoints only. */
    httpMethod: textEnum(ADMIN_HTTP_METHODS),
    /** The release measured, when the source splits by release (regressions after a deploy). */
    release: text(),
    windowStart: timestamptz().notNull(),
    windowEnd: timestamptz().notNull(),
    /** Transactions measured in the window. */
    sampleCount: integer().notNull(),
    p50Ms: numeric({ precision: 12, scale: 3 }).notNull(),
    p95Ms: numeric({ precision: 12, scale: 3 }).notNull(),
    p99Ms: numeric({ precision: 12, scale: 3 }).notNull(),
    maxMs: numeric({ precision: 12, scale: 3 }),
    /** Share of transactions that failed (5xx, crashed job), 0-100. */
    errorRatePercent: numeric({ precision: 5, scale: 2 }),
    /** Apdex, 0 (all frustrated) to 1 (all satisfied), against the target's threshold. */
    apdexScore: numeric({ precision: 4, scale: 3 }),
    /** When the source last recomputed the window. */
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    unique('performance_monitoring_window_key')
      .on(t.source, t.environment, t.targetType, t.target, t.httpMethod, t.windowStart, t.windowEnd)
      .nullsNotDistinct(),
    /** A target's trend over time. */
    index('performance_monitoring_target_idx').on(t.target, t.windowStart),
    index('performance_monitoring_window_start_idx').on(t.windowStart),
    textLength(t.target, { min: 1, max: 500 }),
    onlyWhen(t.httpMethod, t.targetType, 'api_endpoint', { name: 'performance_monitoring_method_target_check' }),
    inOrder(t.windowStart, t.windowEnd, { strict: true, name: 'performance_monitoring_window_check', message: 'must be after windowStart' }),
    positive(t.sampleCount),
    nonNegative(t.p50Ms),
    inOrder(t.p50Ms, t.p95Ms, { name: 'performance_monitoring_p95_check', message: 'must not be below p50Ms' }),
    inOrder(t.p95Ms, t.p99Ms, { name: 'performance_monitoring_p99_check', message: 'must not be below p95Ms' }),
    inOrder(t.p99Ms, t.maxMs, { name: 'performance_monitoring_max_check', message: 'must not be below p99Ms' }),
    between(t.errorRatePercent, 0, 100),
    between(t.apdexScore, 0, 1),
  ],
);
