import {
  atLeastOneOf,
  domainTable,
  everyElementMatches,
  formatCheck,
  HTTP_URL,
  IANA_TIME_ZONE,
  id,
  jsonList,
  nonNegative,
  positive,
  range,
  requiredWhen,
  SLUG,
  textEnum,
  textLength,
  timestamps,
} from '@db/core';
import { RECOVERY_REGION } from '@db/recovery/constants';
import { RELIABILITY_ENVIRONMENTS } from '@db/reliability/constants';
import { platformServices } from '@db/reliability/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  SYNTHETIC_ASSERTION_SOURCES,
  SYNTHETIC_CASE_STATUSES,
  SYNTHETIC_COMPARISONS,
  SYNTHETIC_CRON,
  SYNTHETIC_HTTP_METHODS,
  SYNTHETIC_TEST_KINDS,
} from '../constants.ts';

/** One assertion of a scripted check, as monitoring-as-code declares it (typed in validation.ts). */
export interface SyntheticAssertion {
  source: (typeof SYNTHETIC_ASSERTION_SOURCES)[number];
  /** What within the source: a JSON path ($.horses[0].id), a header name, a CSS selector, a column. */
  property?: string;
  comparison: (typeof SYNTHETIC_COMPARISONS)[number];
  /** The value compared with, as text ('200', '1000', 'application/json'); none for is_empty / not_empty. */
  target?: string;
}

/** Longest a check may run before the runner kills it: an hour (a long browser journey or a soak probe). */
export const SYNTHETIC_TIMEOUT_MS_MAX = 3_600_000;

/**
 * A scripted check of a catalogued service (@db/reliability's `platform_services`), versioned: an API request, a
 * chain of requests, a browser journey, a database query or a consumer contract, with its target, its schedule
 * (cron in an IANA time zone), the regions it runs from, its timeout, its assertions and its owners. Checks are
 * kept as code and synced by the monitoring-as-code pipeline again and again: (case_key, version) is the natural
 * key, and a change is a new version; at most one version of a key is active (partial unique index). A service
 * with checks is retired, not deleted (RESTRICT); the engineer who maintains a check is a credit (SET NULL).
 */
export const syntheticTestCases = domainTable(
  'synthetic_test_cases',
  {
    id: id(),
    serviceId: uuid()
      .notNull()
      .references(() => platformServices.id, { onDelete: 'restrict' }),
    environment: textEnum(RELIABILITY_ENVIRONMENTS).notNull().default('production'),
    /** The check's machine key, kebab-case, stable across versions, e.g. horse-api-healthz. */
    caseKey: text().notNull(),
    version: integer().notNull().default(1),
    /** As dashboards and alerts show it, e.g. "Horse API /v1/healthz". */
    name: text().notNull(),
    description: text(),
    kind: textEnum(SYNTHETIC_TEST_KINDS).notNull(),
    /** The URL requested or opened first (api, multistep_api, browser_journey). */
    targetUrl: text(),
    httpMethod: textEnum(SYNTHETIC_HTTP_METHODS),
    /** What a database or contract check targets: host:port/database, or the provider and consumer of a contract. */
    targetEndpoint: text(),
    /** When it runs; null for a check run only on demand or from CI (post-deploy smoke runs). */
    scheduleCron: text(),
    /** The zone the cron expression is read in, e.g. Europe/Dublin (business-hours checks follow summer time). */
    timeZone: text().notNull().default('UTC'),
    /** Every region it runs from, e.g. {eu-west-1,eu-west-2}: the same region codes as @db/recovery's probes. */
    regions: text().array().notNull(),
    timeoutMs: integer().notNull(),
    /** Retries of a failed run before it counts as failed (flaky networks). */
    retryCount: integer().notNull().default(0),
    assertions: jsonList<SyntheticAssertion>(),
    /** The team that owns the check and is paged by it, as the on-call tool names it, e.g. horse-data. */
    ownerTeam: text().notNull(),
    /** The engineer who maintains it. SET NULL: a credit. */
    ownerUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    status: textEnum(SYNTHETIC_CASE_STATUSES).notNull().default('draft'),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('synthetic_test_cases_case_key_version_key').on(t.caseKey, t.version),
    /** One active version per check. */
    uniqueIndex('synthetic_test_cases_active_key')
      .on(t.caseKey)
      .where(sql`${t.status} = 'active'`),
    /** A service's checks, the active ones first read by the scheduler. */
    index('synthetic_test_cases_service_id_idx').on(t.serviceId, t.status),
    index('synthetic_test_cases_owner_user_id_idx').on(t.ownerUserId),
    formatCheck(t.caseKey, SLUG),
    positive(t.version),
    textLength(t.name, { min: 1, max: 200 }),
    formatCheck(t.targetUrl, HTTP_URL),
    textLength(t.targetEndpoint, { min: 1, max: 500 }),
    atLeastOneOf([t.targetUrl, t.targetEndpoint], { name: 'synthetic_test_cases_target_check' }),
    requiredWhen(t.targetUrl, t.kind, 'browser_journey', { name: 'synthetic_test_cases_browser_url_check' }),
    formatCheck(t.scheduleCron, SYNTHETIC_CRON),
    formatCheck(t.timeZone, IANA_TIME_ZONE),
    everyElementMatches(t.regions, RECOVERY_REGION, {
      what: 'region',
      violations: [{ regions: [] }, { regions: ['eu-west-1', 'Dublin'] }, { regions: ['eu-west-1,eu-west-2'] }],
    }),
    range(t.timeoutMs, { min: 0, max: SYNTHETIC_TIMEOUT_MS_MAX, exclusiveMin: true }),
    nonNegative(t.retryCount),
    formatCheck(t.ownerTeam, SLUG),
  ],
);
