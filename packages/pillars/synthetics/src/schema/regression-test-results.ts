import {
  customCheck,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  isAbsent,
  nonNegative,
  onlyWhen,
  positive,
  range,
  requiredWhen,
  requiredWith,
  textEnum,
  textLength,
  timestamps,
  timestamptz,
} from '@db/core';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { boolean, foreignKey, index, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { SYNTHETIC_CI_PROVIDERS, SYNTHETIC_COMMIT_SHA, SYNTHETIC_PERFORMANCE_METRICS, SYNTHETIC_REGRESSION_STATUSES } from '../constants.ts';
import { performanceBaselines } from './performance-baselines.ts';
import { testAutomationWorkflows } from './test-automation-workflows.ts';

/**
 * One CI run of a build compared with a baseline on one metric: the commit and branch, the baseline's value and
 * the run's, the change in percent against the threshold, whether a regression was detected and the verdict. A
 * regression released anyway carries the waiver of a named person, which is change-management evidence (SOC 2
 * CC8.1): RESTRICT, kept pointing at an anonymised profile. The baseline it was judged on is RESTRICT too (a
 * superseded baseline is closed, not deleted); the pipeline is descriptive (SET NULL). One CI run compares several
 * endpoints on several metrics, so the natural key is (ci_provider, ci_run_id, baseline_id, metric): a re-import
 * of the run upserts its rows (`source_updated_at`).
 */
export const regressionTestResults = domainTable(
  'regression_test_results',
  {
    id: id(),
    /** The baseline it was judged on. RESTRICT: a superseded baseline is closed, not deleted. */
    baselineId: uuid().notNull(),
    /** The pipeline that ran it. SET NULL: descriptive. */
    workflowId: uuid(),
    ciProvider: textEnum(SYNTHETIC_CI_PROVIDERS).notNull(),
    /** The CI run's id at the provider, e.g. a GitHub Actions run id 11708412275. */
    ciRunId: text().notNull(),
    commitSha: text().notNull(),
    branch: text().notNull(),
    metric: textEnum(SYNTHETIC_PERFORMANCE_METRICS).notNull(),
    /** The baseline's value of the metric when judged, in the metric's unit (ms, rps or percent). */
    baselineValue: numeric({ precision: 14, scale: 4 }).notNull(),
    measuredValue: numeric({ precision: 14, scale: 4 }).notNull(),
    /**
     * (measured - baseline) / baseline in percent: +12.50 is 12.5 % slower for a latency; -100 at the least. Null
     * when the baseline is 0 (an error rate of 0 %): the gate then compares the values themselves.
     */
    deltaPercent: numeric({ precision: 9, scale: 2 }),
    /** The change the gate tolerates, e.g. 10.00. */
    thresholdPercent: numeric({ precision: 7, scale: 2 }).notNull(),
    regressionDetected: boolean().notNull(),
    status: textEnum(SYNTHETIC_REGRESSION_STATUSES).notNull(),
    /** Who released a regression anyway. RESTRICT: change-management evidence. */
    waivedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'restrict' }),
    waiverReason: text(),
    ranAt: timestamptz().notNull(),
    /** When the CI provider last changed the run (a re-run of a job, a late annotation). */
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('regression_test_results_run_key').on(t.ciProvider, t.ciRunId, t.baselineId, t.metric),
    /** A baseline's runs over time: the regression trend of an endpoint. */
    index('regression_test_results_baseline_id_idx').on(t.baselineId, t.ranAt),
    // Declared here with names: the generated ones would pass PostgreSQL's 63 characters.
    foreignKey({
      name: 'regression_test_results_baseline_id_fkey',
      columns: [t.baselineId],
      foreignColumns: [performanceBaselines.id],
    }).onDelete('restrict'),
    index('regression_test_results_workflow_id_idx').on(t.workflowId),
    foreignKey({
      name: 'regression_test_results_workflow_id_fkey',
      columns: [t.workflowId],
      foreignColumns: [testAutomationWorkflows.id],
    }).onDelete('set null'),
    index('regression_test_results_waived_by_user_id_idx').on(t.waivedByUserId),
    /** Regressions awaiting a fix or a waiver: the release manager's queue. */
    index('regression_test_results_regressed_idx')
      .on(t.ranAt)
      .where(sql`${t.status} = 'regressed'`),
    formatCheck(t.ciRunId, EXTERNAL_ID),
    formatCheck(t.commitSha, SYNTHETIC_COMMIT_SHA),
    textLength(t.branch, { min: 1, max: 255 }),
    nonNegative(t.baselineValue),
    nonNegative(t.measuredValue),
    range(t.deltaPercent, { min: -100 }),
    positive(t.thresholdPercent),
    requiredWhen(t.waivedByUserId, t.status, 'waived', { name: 'regression_test_results_waived_by_check' }),
    onlyWhen(t.waivedByUserId, t.status, 'waived', { name: 'regression_test_results_waived_by_status_check' }),
    requiredWith(t.waiverReason, t.waivedByUserId, { name: 'regression_test_results_waiver_reason_required_check' }),
    textLength(t.waiverReason, { min: 1, max: 2000 }),
    // The flag and the verdict say the same thing from two sides (the flag is what dashboards filter on), so they
    // must agree: no helper relates a boolean to a set of values.
    customCheck('regression_test_results_detected_check', sql`${t.regressionDetected} = (${t.status} in ('regressed', 'waived'))`, {
      columns: [t.regressionDetected, t.status],
      column: t.regressionDetected,
      message: 'must be true exactly when status is regressed or waived',
      holds: (row) =>
        isAbsent(row.regression_detected) || isAbsent(row.status) || row.regression_detected === (row.status === 'regressed' || row.status === 'waived'),
      violations: [
        { regression_detected: false, status: 'waived' },
        { regression_detected: true, status: 'passed', waived_by_user_id: null, waiver_reason: null },
      ],
    }),
  ],
);
