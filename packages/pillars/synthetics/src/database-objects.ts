import { appendOnly, type DatabaseObject, purgeOlderThan } from '@db/core';
import { syntheticTestExecutions } from './schema/synthetic-test-executions.ts';
import { testCoverageMetrics } from './schema/test-coverage-metrics.ts';
import { testDataQualityMetrics } from './schema/test-data-quality-metrics.ts';

/**
 * The functions and triggers of this package, which the equine migrations carry:
 * - test_coverage_metrics and test_data_quality_metrics are evidence (the coverage a release gate judged; the
 *   checks, PII scan included, of a data set that was loaded), so the database refuses UPDATE and DELETE on them;
 * - `purge_synthetic_test_executions()` deletes the runs that started more than 90 days ago, with their step
 *   results (CASCADE): a quarter covers the monthly SLA reports (@db/recovery's `reliability_metrics` keeps the
 *   figures) and a quarter-on-quarter look at flaky checks; incidents keep their own evidence;
 * - `purge_test_coverage_metrics()` deletes the coverage of builds older than two years (the SOC 2 audit period and
 *   the one before it), passing the append-only trigger for its own DELETE only.
 * Schedule both daily (pg_cron or a worker).
 */
export const syntheticsDatabaseObjects: readonly DatabaseObject[] = [
  ...appendOnly(testCoverageMetrics),
  ...appendOnly(testDataQualityMetrics),
  ...purgeOlderThan(syntheticTestExecutions, syntheticTestExecutions.startedAt, '90 days'),
  ...purgeOlderThan(testCoverageMetrics, testCoverageMetrics.measuredAt, '2 years'),
];
