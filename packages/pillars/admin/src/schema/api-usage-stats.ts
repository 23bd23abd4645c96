import {
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  nonNegative,
  textEnum,
  timestamps,
  timestamptz,
} from '@db/core';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { bigint, index, integer, numeric, text, unique, uuid } from 'drizzle-orm/pg-core';
import {
  ADMIN_BUCKET_WIDTHS,
  ADMIN_ENVIRONMENTS,
  ADMIN_HTTP_METHODS,
  ADMIN_ROUTE_TEMPLATE,
  ADMIN_USAGE_SOURCES,
} from '../constants.ts';

/**
 * API traffic per caller, endpoint and method, per time bucket: request and error counts and latency percentiles,
 * rolled up from the gateway or request logs and re-imported as the rollup catches up. One row per bucket: the
 * unique key is NULLS NOT DISTINCT, so anonymous traffic (no user, no client) has one row per bucket too.
 */
export const apiUsageStats = domainTable(
  'api_usage_stats',
  {
    id: id(),
    /** The signed-in user. CASCADE: a person's own usage counters go with them on erasure. */
    userId: uuid().references(() => userProfiles.id, { onDelete: 'cascade' }),
    /**
     * The API client (OAuth client_id, or an API key's public prefix). A key, not a link: the API clients table
     * belongs to a later pillar.
     */
    apiClientKey: text(),
    environment: textEnum(ADMIN_ENVIRONMENTS).notNull(),
    /** The route template, not the raw path: /v1/horses/{horseId}. */
    endpoint: text().notNull(),
    httpMethod: textEnum(ADMIN_HTTP_METHODS).notNull(),
    bucketWidth: textEnum(ADMIN_BUCKET_WIDTHS).notNull(),
    bucketStart: timestamptz().notNull(),
    requestCount: integer().notNull().default(0),
    /** 4xx responses, 429 included. */
    clientErrorCount: integer().notNull().default(0),
    /** 5xx responses. */
    serverErrorCount: integer().notNull().default(0),
    /** 429 Too Many Requests: refused by the rate limiter. */
    throttledCount: integer().notNull().default(0),
    p50LatencyMs: numeric({ precision: 12, scale: 3 }),
    p95LatencyMs: numeric({ precision: 12, scale: 3 }),
    responseBytes: bigint({ mode: 'number' }),
    source: textEnum(ADMIN_USAGE_SOURCES).notNull(),
    /** When the source last recomputed this bucket (late logs change a closed bucket). */
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    unique('api_usage_stats_bucket_key')
      .on(t.bucketWidth, t.bucketStart, t.environment, t.endpoint, t.httpMethod, t.userId, t.apiClientKey)
      .nullsNotDistinct(),
    /** A user's recent API activity. */
    index('api_usage_stats_user_id_idx').on(t.userId, t.bucketStart),
    index('api_usage_stats_api_client_key_idx').on(t.apiClientKey, t.bucketStart),
    index('api_usage_stats_endpoint_idx').on(t.endpoint, t.httpMethod, t.bucketStart),
    /** Buckets with server errors, for the error-budget report. */
    index('api_usage_stats_server_errors_idx')
      .on(t.bucketStart)
      .where(sql`${t.serverErrorCount} > 0`),
    formatCheck(t.endpoint, ADMIN_ROUTE_TEMPLATE),
    formatCheck(t.apiClientKey, EXTERNAL_ID),
    nonNegative(t.requestCount),
    nonNegative(t.clientErrorCount),
    nonNegative(t.serverErrorCount),
    nonNegative(t.throttledCount),
    inOrder(t.clientErrorCount, t.requestCount, { name: 'api_usage_stats_client_errors_check', message: 'must not be less than clientErrorCount' }),
    inOrder(t.serverErrorCount, t.requestCount, { name: 'api_usage_stats_server_errors_check', message: 'must not be less than serverErrorCount' }),
    inOrder(t.throttledCount, t.clientErrorCount, { name: 'api_usage_stats_throttled_check', message: 'must not be less than throttledCount (429 is a client error)' }),
    nonNegative(t.p50LatencyMs),
    inOrder(t.p50LatencyMs, t.p95LatencyMs, { name: 'api_usage_stats_p95_latency_check', message: 'must not be below p50LatencyMs' }),
    nonNegative(t.responseBytes),
  ],
);
