import { between, createdAt, domainTable, id, nonNegative, requiredWhen, requiredWith, textEnum, textLength, timestamptz } from '@db/core';
import { boolean, foreignKey, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { SYNTHETIC_ASSERTION_SOURCES, SYNTHETIC_COMPARISONS, SYNTHETIC_STEP_KINDS } from '../constants.ts';
import { syntheticTestExecutions } from './synthetic-test-executions.ts';

/** What the runner keeps of an expected or actual value: longer bodies are truncated by the importer. */
export const SYNTHETIC_VALUE_MAX_LENGTH = 10_000;

/**
 * One step or assertion of a run: its position, kind and name, what was expected and what came back, whether it
 * passed and how long it took. Written once per run and never edited, so it has `created_at` only; it is not
 * trigger-protected because it goes with its run (CASCADE), by the run's retention purge. (execution_id,
 * step_index) is the natural key: a re-imported run upserts its steps instead of duplicating them.
 */
export const syntheticTestResults = domainTable(
  'synthetic_test_results',
  {
    id: id(),
    executionId: uuid().notNull(),
    /** The step's position in the run, from 0 as the runners number them. */
    stepIndex: integer().notNull(),
    stepKind: textEnum(SYNTHETIC_STEP_KINDS).notNull(),
    /** As the script names it, e.g. "GET /v1/healthz", "status code equals 200", "click Search". */
    stepName: text().notNull(),
    /** For an assertion: what it read and how it compared. */
    assertionSource: textEnum(SYNTHETIC_ASSERTION_SOURCES),
    comparison: textEnum(SYNTHETIC_COMPARISONS),
    expectedValue: text(),
    actualValue: text(),
    passed: boolean().notNull(),
    /** Time the step took; null for a step skipped after an earlier failure. */
    timingMs: integer(),
    /** For a request step: the status code answered. */
    httpStatusCode: integer(),
    startedAt: timestamptz(),
    errorMessage: text(),
    /** A browser step's screenshot or trace in object storage, e.g. synthetics/2024/11/06/<run>/step-3.png. */
    screenshotStorageKey: text(),
    ...createdAt(),
  },
  (t) => [
    uniqueIndex('synthetic_test_results_execution_step_key').on(t.executionId, t.stepIndex),
    // Declared here with a name: the generated one would pass PostgreSQL's 63 characters. The unique key above
    // starts with execution_id, so it serves this foreign key (and the cascade of a purged run).
    foreignKey({
      name: 'synthetic_test_results_execution_id_fkey',
      columns: [t.executionId],
      foreignColumns: [syntheticTestExecutions.id],
    }).onDelete('cascade'),
    nonNegative(t.stepIndex),
    textLength(t.stepName, { min: 1, max: 500 }),
    requiredWhen(t.assertionSource, t.stepKind, 'assertion', { name: 'synthetic_test_results_assertion_step_check' }),
    requiredWith(t.comparison, t.assertionSource, { name: 'synthetic_test_results_assertion_comparison_check' }),
    textLength(t.expectedValue, { max: SYNTHETIC_VALUE_MAX_LENGTH }),
    textLength(t.actualValue, { max: SYNTHETIC_VALUE_MAX_LENGTH }),
    nonNegative(t.timingMs),
    between(t.httpStatusCode, 100, 599),
    textLength(t.screenshotStorageKey, { min: 1, max: 1024 }),
  ],
);
