import { between, createdAt, domainTable, EXTERNAL_ID, formatCheck, HTTP_URL, id, inOrder, nonNegative, textEnum, textLength, timestamptz } from '@db/core';
import { platformServices } from '@db/reliability/tables';
import { index, integer, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { SYNTHETIC_CI_PROVIDERS, SYNTHETIC_COMMIT_SHA, SYNTHETIC_COVERAGE_SOURCES } from '../constants.ts';

/**
 * The test coverage of one build of a service, append-only (the database refuses UPDATE and DELETE:
 * `syntheticsDatabaseObjects`): lines and branches covered in percent, the line counts behind them, the tests run,
 * failed and skipped, and the change against the base branch. It is the evidence a coverage gate judged a release
 * on (SOC 2 CC8.1 change management), so a figure is never edited: a corrected report is a new build. One row per
 * (service_id, build_id): a re-delivered report is a no-op (`on conflict do nothing`). Its service is RESTRICT, as
 * the trigger requires (services are retired, not deleted). About one row per build: a BRIN index on
 * `measured_at` and `purge_test_coverage_metrics()` keep two years.
 */
export const testCoverageMetrics = domainTable(
  'test_coverage_metrics',
  {
    id: id(),
    serviceId: uuid()
      .notNull()
      .references(() => platformServices.id, { onDelete: 'restrict' }),
    source: textEnum(SYNTHETIC_COVERAGE_SOURCES).notNull(),
    ciProvider: textEnum(SYNTHETIC_CI_PROVIDERS).notNull(),
    /** The CI build (run) id, e.g. a GitHub Actions run id 11708290153. */
    buildId: text().notNull(),
    commitSha: text().notNull(),
    branch: text().notNull(),
    linesTotal: integer().notNull(),
    linesCovered: integer().notNull(),
    linesCoveredPercent: numeric({ precision: 5, scale: 2 }).notNull(),
    /** Null when the tool does not measure branches (Go's cover, some JaCoCo configurations). */
    branchesCoveredPercent: numeric({ precision: 5, scale: 2 }),
    testsTotal: integer().notNull(),
    testsFailed: integer().notNull().default(0),
    testsSkipped: integer().notNull().default(0),
    /** Line coverage against the base branch, in percentage points: -1.25 means 1.25 points lower. */
    coverageDeltaPercent: numeric({ precision: 5, scale: 2 }),
    /** When the build finished and the report was produced. */
    measuredAt: timestamptz().notNull(),
    reportUrl: text(),
    ...createdAt(),
  },
  (t) => [
    uniqueIndex('test_coverage_metrics_service_build_key').on(t.serviceId, t.buildId),
    /** A service's coverage trend (and, with the branch, its default branch's). */
    index('test_coverage_metrics_service_id_idx').on(t.serviceId, t.branch, t.measuredAt),
    index('test_coverage_metrics_measured_at_brin_idx').using('brin', t.measuredAt),
    formatCheck(t.buildId, EXTERNAL_ID),
    formatCheck(t.commitSha, SYNTHETIC_COMMIT_SHA),
    textLength(t.branch, { min: 1, max: 255 }),
    nonNegative(t.linesCovered),
    inOrder(t.linesCovered, t.linesTotal, { name: 'test_coverage_metrics_lines_check', message: 'must not be below linesCovered' }),
    between(t.linesCoveredPercent, 0, 100),
    between(t.branchesCoveredPercent, 0, 100),
    nonNegative(t.testsFailed),
    nonNegative(t.testsSkipped),
    inOrder(t.testsFailed, t.testsTotal, { name: 'test_coverage_metrics_failed_within_total_check', message: 'must not be below testsFailed' }),
    inOrder(t.testsSkipped, t.testsTotal, { name: 'test_coverage_metrics_skipped_within_total_check', message: 'must not be below testsSkipped' }),
    between(t.coverageDeltaPercent, -100, 100),
    formatCheck(t.reportUrl, HTTP_URL),
  ],
);
