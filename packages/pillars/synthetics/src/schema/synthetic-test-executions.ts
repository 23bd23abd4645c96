import {
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  HTTP_URL,
  id,
  inOrder,
  nonNegative,
  positive,
  requiredWhen,
  textEnum,
  timestamps,
  timestamptz,
} from '@db/core';
import { RECOVERY_REGION } from '@db/recovery/constants';
import { systemHealthChecks } from '@db/recovery/tables';
import { sql } from 'drizzle-orm';
import { foreignKey, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { SYNTHETIC_EXECUTION_STATUSES, SYNTHETIC_EXECUTION_TRIGGERS, SYNTHETIC_RUNNERS } from '../constants.ts';
import { syntheticTestCases } from './synthetic-test-cases.ts';

/**
 * One run of a check version from one region: which runner ran it and why, when it started and finished, its
 * verdict (passed, degraded, failed, errored, timed out), how long it took and how many assertions failed. Runs
 * are imported from the runners again and again: the runner's execution id is the natural key (runner,
 * external_execution_id), so a re-import upserts (`source_updated_at`). A run may also be reported to
 * @db/recovery as a probe result: `health_check_id` links the `system_health_checks` row it produced (SET NULL:
 * probe results are purged by their own retention). High volume (checks x regions x every few minutes): a BRIN
 * index on `started_at` and `purge_synthetic_test_executions()` (src/database-objects.ts), which takes each run's
 * step results with it (CASCADE). A check version with runs is retired, not deleted (RESTRICT).
 */
export const syntheticTestExecutions = domainTable(
  'synthetic_test_executions',
  {
    id: id(),
    testCaseId: uuid().notNull(),
    runner: textEnum(SYNTHETIC_RUNNERS).notNull(),
    /** The run's id at the runner (a Checkly check result uuid, a Datadog result id). */
    externalExecutionId: text().notNull(),
    /** Where it ran from, e.g. eu-west-2 (London) probing the Dublin API. */
    region: text().notNull(),
    triggeredBy: textEnum(SYNTHETIC_EXECUTION_TRIGGERS).notNull().default('schedule'),
    /** The retry of this run, 1 for the first attempt. */
    attempt: integer().notNull().default(1),
    status: textEnum(SYNTHETIC_EXECUTION_STATUSES).notNull(),
    startedAt: timestamptz().notNull(),
    finishedAt: timestamptz().notNull(),
    /** As the runner times the script (setup excluded), so it may differ from finished minus started. */
    durationMs: integer().notNull(),
    assertionCount: integer().notNull().default(0),
    failedAssertionCount: integer().notNull().default(0),
    /** The runner's error for an errored or timed-out run, e.g. "page.goto: net::ERR_NAME_NOT_RESOLVED". */
    errorMessage: text(),
    /** The runner's page for this run (trace, screenshots, logs). */
    resultUrl: text(),
    /** The runner's version, e.g. Checkly runtime 2024.09, Playwright 1.48.2. */
    runtimeVersion: text(),
    /** The probe result this run was reported as. SET NULL: probe results are purged by retention. */
    healthCheckId: uuid(),
    /** When the runner last changed the run (a re-evaluated or annotated result). */
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('synthetic_test_executions_runner_execution_key').on(t.runner, t.externalExecutionId),
    /** A check's runs, latest first: its uptime chart and the flapping detector. */
    index('synthetic_test_executions_test_case_id_idx').on(t.testCaseId, t.startedAt),
    // Declared here with a name: the generated one would pass PostgreSQL's 63 characters.
    foreignKey({
      name: 'synthetic_test_executions_test_case_id_fkey',
      columns: [t.testCaseId],
      foreignColumns: [syntheticTestCases.id],
    }).onDelete('restrict'),
    index('synthetic_test_executions_health_check_id_idx').on(t.healthCheckId),
    foreignKey({
      name: 'synthetic_test_executions_health_check_id_fkey',
      columns: [t.healthCheckId],
      foreignColumns: [systemHealthChecks.id],
    }).onDelete('set null'),
    /** Time-ordered and append-mostly: BRIN serves the retention purge and time-range scans at a fraction of a btree. */
    index('synthetic_test_executions_started_at_brin_idx').using('brin', t.startedAt),
    /** Runs that did not pass: the red list of the status page. */
    index('synthetic_test_executions_not_passed_idx')
      .on(t.testCaseId, t.startedAt)
      .where(sql`${t.status} <> 'passed'`),
    formatCheck(t.externalExecutionId, EXTERNAL_ID),
    formatCheck(t.region, RECOVERY_REGION),
    positive(t.attempt),
    inOrder(t.startedAt, t.finishedAt, { name: 'synthetic_test_executions_finished_at_check', message: 'must not be before startedAt' }),
    nonNegative(t.durationMs),
    nonNegative(t.failedAssertionCount),
    inOrder(t.failedAssertionCount, t.assertionCount, {
      name: 'synthetic_test_executions_assertion_count_check',
      message: 'must not be below failedAssertionCount',
    }),
    requiredWhen(t.errorMessage, t.status, 'errored', { name: 'synthetic_test_executions_errored_check' }),
    formatCheck(t.resultUrl, HTTP_URL),
  ],
);
