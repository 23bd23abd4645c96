import { formatted, SNAKE_CASE_KEY, tableCatalog, tableSchemas } from '@db/core';
import { z } from 'zod';
import { SYNTHETIC_ASSERTION_SOURCES, SYNTHETIC_COMPARISONS, SYNTHETIC_GENERATOR_STRATEGIES } from './constants.ts';
import { performanceBaselines } from './schema/performance-baselines.ts';
import { regressionTestResults } from './schema/regression-test-results.ts';
import { syntheticDataGenerators } from './schema/synthetic-data-generators.ts';
import { syntheticDataSets } from './schema/synthetic-data-sets.ts';
import { syntheticTestCases } from './schema/synthetic-test-cases.ts';
import { syntheticTestExecutions } from './schema/synthetic-test-executions.ts';
import { syntheticTestResults } from './schema/synthetic-test-results.ts';
import { testAutomationWorkflows } from './schema/test-automation-workflows.ts';
import { testCoverageMetrics } from './schema/test-coverage-metrics.ts';
import { testDataQualityMetrics } from './schema/test-data-quality-metrics.ts';

/**
 * Zod schemas as strict as the tables: every CHECK's twin comes from its table (declared with core's rule
 * helpers, and the element-list and regression customChecks); what is left here is what a table cannot say: the
 * shapes of its jsonb columns.
 */

/** table.column, both snake_case: how a generator rule names the column it fills. */
const TABLE_COLUMN = /^[a-z][a-z0-9_]{1,62}\.[a-z][a-z0-9_]{0,62}$/;

export const syntheticTestCaseSchemas = tableSchemas(syntheticTestCases, {
  assertions: () =>
    z.array(
      z
        .object({
          source: z.enum(SYNTHETIC_ASSERTION_SOURCES),
          property: z.string().min(1).max(500).optional(),
          comparison: z.enum(SYNTHETIC_COMPARISONS),
          target: z.string().max(2000).optional(),
        })
        .strict(),
    ),
});
export type SyntheticTestCase = typeof syntheticTestCases.$inferSelect;
export type NewSyntheticTestCase = typeof syntheticTestCases.$inferInsert;

export const syntheticTestExecutionSchemas = tableSchemas(syntheticTestExecutions);
export type SyntheticTestExecution = typeof syntheticTestExecutions.$inferSelect;
export type NewSyntheticTestExecution = typeof syntheticTestExecutions.$inferInsert;

export const syntheticTestResultSchemas = tableSchemas(syntheticTestResults);
export type SyntheticTestResult = typeof syntheticTestResults.$inferSelect;
export type NewSyntheticTestResult = typeof syntheticTestResults.$inferInsert;

export const testCoverageMetricSchemas = tableSchemas(testCoverageMetrics);
export type TestCoverageMetric = typeof testCoverageMetrics.$inferSelect;
export type NewTestCoverageMetric = typeof testCoverageMetrics.$inferInsert;

export const syntheticDataGeneratorSchemas = tableSchemas(syntheticDataGenerators, {
  rules: () =>
    z.array(
      z
        .object({
          column: z.string().regex(TABLE_COLUMN, 'must be table.column in snake_case, e.g. horses.registered_name'),
          strategy: z.enum(SYNTHETIC_GENERATOR_STRATEGIES),
          fakerMethod: z.string().min(1).max(200).optional(),
          values: z.array(z.string().max(500)).min(1).optional(),
          min: z.number().optional(),
          max: z.number().optional(),
          pattern: z.string().min(1).max(500).optional(),
          references: z.string().regex(TABLE_COLUMN, 'must be table.column in snake_case, e.g. user_profiles.id').optional(),
          nullRatio: z.number().min(0).max(1).optional(),
        })
        .strict(),
    ),
});
export type SyntheticDataGenerator = typeof syntheticDataGenerators.$inferSelect;
export type NewSyntheticDataGenerator = typeof syntheticDataGenerators.$inferInsert;

export const syntheticDataSetSchemas = tableSchemas(syntheticDataSets, {
  rowCounts: () => z.record(formatted(SNAKE_CASE_KEY)(z.string()), z.int().min(0)),
});
export type SyntheticDataSet = typeof syntheticDataSets.$inferSelect;
export type NewSyntheticDataSet = typeof syntheticDataSets.$inferInsert;

export const testAutomationWorkflowSchemas = tableSchemas(testAutomationWorkflows);
export type TestAutomationWorkflow = typeof testAutomationWorkflows.$inferSelect;
export type NewTestAutomationWorkflow = typeof testAutomationWorkflows.$inferInsert;

export const performanceBaselineSchemas = tableSchemas(performanceBaselines);
export type PerformanceBaseline = typeof performanceBaselines.$inferSelect;
export type NewPerformanceBaseline = typeof performanceBaselines.$inferInsert;

export const regressionTestResultSchemas = tableSchemas(regressionTestResults);
export type RegressionTestResult = typeof regressionTestResults.$inferSelect;
export type NewRegressionTestResult = typeof regressionTestResults.$inferInsert;

export const testDataQualityMetricSchemas = tableSchemas(testDataQualityMetrics);
export type TestDataQualityMetric = typeof testDataQualityMetrics.$inferSelect;
export type NewTestDataQualityMetric = typeof testDataQualityMetrics.$inferInsert;

/** Every table of this package with its schemas, keyed by SQL table name (for generic tests and tooling). */
export const syntheticsCatalog = tableCatalog(
  syntheticTestCaseSchemas,
  syntheticTestExecutionSchemas,
  syntheticTestResultSchemas,
  testCoverageMetricSchemas,
  syntheticDataGeneratorSchemas,
  syntheticDataSetSchemas,
  testAutomationWorkflowSchemas,
  performanceBaselineSchemas,
  regressionTestResultSchemas,
  testDataQualityMetricSchemas,
);
