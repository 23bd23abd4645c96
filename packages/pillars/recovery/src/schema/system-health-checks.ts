import { between, domainTable, EXTERNAL_ID, formatCheck, id, jsonList, nonNegative, onlyWhen, textEnum, textLength, timestamps, timestamptz } from '@db/core';
import { platformServices } from '@db/reliability/tables';
import { sql } from 'drizzle-orm';
import { index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { RECOVERY_CHECK_KINDS, RECOVERY_CHECK_STATUSES, RECOVERY_ENVIRONMENTS, RECOVERY_PROBE_SOURCES, RECOVERY_REGION } from '../constants.ts';

/** One assertion of a synthetic check, as the probe tool reports it. */
export interface HealthCheckAssertion {
  /** What was asserted, e.g. "status code equals 200", "body contains horseId". */
  name: string;
  passed: boolean;
  expected?: string;
  actual?: string;
}

/**
 * One result of a health probe against a catalogued service: an HTTP request, a TCP connect, a DNS lookup, a
 * scripted journey, a database query, run by a probe tool from one location. Results are imported from the tools
 * again and again: (source, external_check_id, probe_region, checked_at) is the natural key, so a re-imported
 * result upserts (a result never changes at the source, so `checked_at` is also when the source last wrote it).
 * Operational history: a service with results is retired, not deleted (RESTRICT); the retention job purges old
 * results, which unsets the remediation that cited one (auto_recovery_actions.health_check_id, SET NULL).
 */
export const systemHealthChecks = domainTable(
  'system_health_checks',
  {
    id: id(),
    serviceId: uuid()
      .notNull()
      .references(() => platformServices.id, { onDelete: 'restrict' }),
    environment: textEnum(RECOVERY_ENVIRONMENTS).notNull().default('production'),
    source: textEnum(RECOVERY_PROBE_SOURCES).notNull(),
    /** The check's id at the probe tool (a Checkly check uuid, a blackbox exporter job/module). */
    externalCheckId: text().notNull(),
    /** The check's name as the tool shows it, e.g. "Horse API /v1/healthz". */
    checkName: text().notNull(),
    kind: textEnum(RECOVERY_CHECK_KINDS).notNull(),
    /** What was probed: a URL, host:port, DNS name or database endpoint. */
    target: text().notNull(),
    /** Where the probe ran from, e.g. eu-west-2 for a London location probing the Dublin API. */
    probeRegion: text().notNull(),
    status: textEnum(RECOVERY_CHECK_STATUSES).notNull(),
    /** Total response time; for a timed-out probe, the time it waited. Null when nothing was timed (DNS failure). */
    latencyMs: integer(),
    /** For http checks only: the status code answered, e.g. 503. */
    httpStatusCode: integer(),
    /** The tool's error text, e.g. "expected status 200, got 503", "connect ETIMEDOUT". */
    errorMessage: text(),
    /** Failures in a row up to and including this result, as the tool counts them (0 for a pass). */
    consecutiveFailures: integer().notNull().default(0),
    checkedAt: timestamptz().notNull(),
    /** The assertions of a synthetic or http check and whether each passed (typed in validation.ts). */
    assertionResults: jsonList<HealthCheckAssertion>(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('system_health_checks_result_key').on(t.source, t.externalCheckId, t.probeRegion, t.checkedAt),
    /** A service's latest checks: the status page and the healing controller read these. */
    index('system_health_checks_service_id_idx').on(t.serviceId, t.environment, t.checkedAt),
    /** Failing and warning results only: the red list and the flapping detector. */
    index('system_health_checks_failing_idx')
      .on(t.serviceId, t.checkedAt)
      .where(sql`${t.status} <> 'pass'`),
    formatCheck(t.externalCheckId, EXTERNAL_ID),
    textLength(t.checkName, { min: 1, max: 200 }),
    textLength(t.target, { min: 1, max: 2000 }),
    formatCheck(t.probeRegion, RECOVERY_REGION),
    nonNegative(t.latencyMs),
    between(t.httpStatusCode, 100, 599),
    onlyWhen(t.httpStatusCode, t.kind, 'http', { name: 'system_health_checks_http_status_kind_check' }),
    nonNegative(t.consecutiveFailures),
  ],
);
