import { between, domainTable, formatCheck, id, inOrder, nonNegative, positive, textEnum, timestamps, timestamptz } from '@db/core';
import { RELIABILITY_ENVIRONMENTS } from '@db/reliability/constants';
import { platformServices } from '@db/reliability/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { bigint, index, integer, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { SYNTHETIC_ENDPOINT, SYNTHETIC_PERFORMANCE_SOURCES } from '../constants.ts';

/**
 * The reference performance of one endpoint of a service in one environment: p50/p95/p99 latency, throughput and
 * error rate, measured over a period (a load test, or a window of production traffic) with the sample behind it.
 * Regression runs are judged against it. A new baseline closes the current one (`valid_to`) and opens the next, so
 * the baseline a past run was judged on stays readable; one current baseline per (service, environment, endpoint)
 * (partial unique index). A service with baselines is retired, not deleted (RESTRICT); whoever approved a baseline
 * is a credit (SET NULL).
 */
export const performanceBaselines = domainTable(
  'performance_baselines',
  {
    id: id(),
    serviceId: uuid()
      .notNull()
      .references(() => platformServices.id, { onDelete: 'restrict' }),
    environment: textEnum(RELIABILITY_ENVIRONMENTS).notNull().default('staging'),
    /** GET /v1/horses/{id}, or an operation such as graphql:HorseSearch. */
    endpoint: text().notNull(),
    source: textEnum(SYNTHETIC_PERFORMANCE_SOURCES).notNull(),
    p50LatencyMs: numeric({ precision: 12, scale: 3 }).notNull(),
    p95LatencyMs: numeric({ precision: 12, scale: 3 }).notNull(),
    p99LatencyMs: numeric({ precision: 12, scale: 3 }).notNull(),
    /** Requests per second sustained over the period. */
    throughputRps: numeric({ precision: 12, scale: 3 }).notNull(),
    errorRatePercent: numeric({ precision: 7, scale: 4 }).notNull(),
    /** Requests measured: the weight of the percentiles. */
    sampleCount: bigint({ mode: 'number' }).notNull(),
    /** For a load test: the virtual users at steady state. */
    virtualUsers: integer(),
    measuredFrom: timestamptz().notNull(),
    measuredTo: timestamptz().notNull(),
    validFrom: timestamptz().notNull().defaultNow(),
    /** When the next baseline replaced this one; null for the current baseline. */
    validTo: timestamptz(),
    /** Who accepted it as the reference. SET NULL: a credit. */
    approvedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    notes: text(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('performance_baselines_current_key')
      .on(t.serviceId, t.environment, t.endpoint)
      .where(sql`${t.validTo} is null`),
    /** A service's baseline history per endpoint. */
    index('performance_baselines_service_id_idx').on(t.serviceId, t.environment, t.endpoint, t.validFrom),
    index('performance_baselines_approved_by_user_id_idx').on(t.approvedByUserId),
    formatCheck(t.endpoint, SYNTHETIC_ENDPOINT),
    nonNegative(t.p50LatencyMs),
    inOrder(t.p50LatencyMs, t.p95LatencyMs, { name: 'performance_baselines_p95_check', message: 'must not be below p50LatencyMs' }),
    inOrder(t.p95LatencyMs, t.p99LatencyMs, { name: 'performance_baselines_p99_check', message: 'must not be below p95LatencyMs' }),
    nonNegative(t.throughputRps),
    between(t.errorRatePercent, 0, 100),
    positive(t.sampleCount),
    positive(t.virtualUsers),
    inOrder(t.measuredFrom, t.measuredTo, { strict: true, name: 'performance_baselines_measured_to_check', message: 'must be after measuredFrom' }),
    inOrder(t.validFrom, t.validTo, { name: 'performance_baselines_valid_to_check', message: 'must not be before validFrom' }),
  ],
);
