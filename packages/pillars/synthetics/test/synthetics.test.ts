import { queryRows } from '@db/core';
import {
  appendOnlyRefusal,
  fixtureKit,
  type NaturalKeyCase,
  naturalKeyTests,
  pointing,
  type Ref,
  refusal,
  restrictViolation,
  setupTestDatabase,
} from '@db/core/testing';
import { recoveryCatalog, systemHealthChecks } from '@db/recovery';
import { recoveryFixtures } from '@db/recovery/fixtures';
import { platformServices, reliabilityCatalog } from '@db/reliability';
import { reliabilityFixtures } from '@db/reliability/fixtures';
import { userProfiles, usersCatalog } from '@db/users';
import { anotherUserProfile, usersFixtures } from '@db/users/fixtures';
import { sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { describe, expect, test } from 'vitest';
import {
  performanceBaselines,
  regressionTestResults,
  syntheticDataGenerators,
  syntheticDataSets,
  syntheticsCatalog,
  syntheticsRelations,
  syntheticTestCases,
  syntheticTestExecutions,
  syntheticTestResults,
  testAutomationWorkflows,
  testCoverageMetrics,
  testDataQualityMetrics,
} from '../src/index.ts';
import { syntheticsFixtures } from './fixtures.ts';

/**
 * Natural keys (imports upsert), the append-only evidence (coverage, data quality) and its re-deliveries, the
 * retention purges, ON DELETE as erasure reads it, one active check version and one current baseline (partial
 * unique indexes), a failed run read through the relations, and row rules refused by Zod and the database alike.
 * Writes go through the erased fixture kit and plain SQL, so the file costs the type checker little per statement.
 */
const t = setupTestDatabase({ relations: syntheticsRelations });
const fixtures = { ...usersFixtures, ...reliabilityFixtures, ...recoveryFixtures, ...syntheticsFixtures };
const catalog = { ...usersCatalog, ...reliabilityCatalog, ...recoveryCatalog, ...syntheticsCatalog };
const { seed, seedParentsOf, insertFixture, rowCount, rowByKey, allRows } = fixtureKit(t, catalog, fixtures);

/** Plain SQL on the test's transaction. */
const run = (query: SQL) => queryRows(t.db, query);
const deleteRow = (table: PgTable, id: string) => (tx: typeof t.db) => queryRows(tx, sql`delete from ${table} where id = ${id}`);
const daysAgo = (days: number, seconds = 0) => new Date(Date.now() - days * 24 * 3600 * 1000 + seconds * 1000);

describe('natural keys: imports upsert', () => {
  const keys: NaturalKeyCase[] = [
    {
      name: 'synthetic_test_cases',
      table: syntheticTestCases,
      key: [syntheticTestCases.caseKey, syntheticTestCases.version],
      set: { description: 'Deep health check: database, cache, Weatherbys and the passport store.', timeoutMs: 15_000 },
      // A draft duplicate meets only (case_key, version), not the one-active-version key.
      distinct: { status: 'draft' },
      index: 'synthetic_test_cases_case_key_version_key',
    },
    {
      name: 'synthetic_test_executions',
      table: syntheticTestExecutions,
      key: [syntheticTestExecutions.runner, syntheticTestExecutions.externalExecutionId],
      set: { failedAssertionCount: 3, sourceUpdatedAt: new Date('2024-11-06T19:10:00Z') },
      index: 'synthetic_test_executions_runner_execution_key',
    },
    {
      name: 'synthetic_test_results',
      table: syntheticTestResults,
      key: [syntheticTestResults.executionId, syntheticTestResults.stepIndex],
      set: { actualValue: '502', timingMs: 3 },
      index: 'synthetic_test_results_execution_step_key',
    },
    {
      name: 'synthetic_data_generators',
      table: syntheticDataGenerators,
      key: [syntheticDataGenerators.generatorKey, syntheticDataGenerators.version],
      set: { repositoryPath: 'tools/synthetic-data/generators/ie/horse-records.ts', defaultSeed: 20_241_201 },
      distinct: { status: 'draft' },
      index: 'synthetic_data_generators_key_version_key',
    },
    {
      name: 'synthetic_data_sets',
      table: syntheticDataSets,
      key: [syntheticDataSets.checksumSha256],
      set: { status: 'expired', sourceUpdatedAt: new Date('2024-12-04T03:15:00Z') },
      index: 'synthetic_data_sets_checksum_sha256_key',
    },
    {
      name: 'test_automation_workflows',
      table: testAutomationWorkflows,
      key: [testAutomationWorkflows.provider, testAutomationWorkflows.externalWorkflowId],
      set: { lastRunId: '11720031844', lastRunStatus: 'success', lastRunAt: new Date('2024-11-07T03:21:40Z'), sourceUpdatedAt: new Date('2024-11-07T03:21:41Z') },
      index: 'test_automation_workflows_provider_workflow_key',
    },
    {
      name: 'regression_test_results',
      table: regressionTestResults,
      key: [regressionTestResults.ciProvider, regressionTestResults.ciRunId, regressionTestResults.baselineId, regressionTestResults.metric],
      set: { measuredValue: '130.9000', deltaPercent: '16.15', sourceUpdatedAt: new Date('2024-11-06T04:02:00Z') },
      index: 'regression_test_results_run_key',
    },
  ];

  naturalKeyTests(t, catalog, fixtures, keys);

  test('one CI run judges several metrics of a baseline: each is its own row under the same run id', async () => {
    const { ref } = await seed(regressionTestResults);
    await insertFixture(regressionTestResults, ref, {
      metric: 'error_rate_percent',
      baselineValue: '0.0200',
      measuredValue: '0.0100',
      deltaPercent: '-50.00',
      regressionDetected: false,
      status: 'improved',
      waivedByUserId: null,
      waiverReason: null,
    });
    expect((await allRows(regressionTestResults)).map((row) => [row.ciRunId, row.metric, row.status]).sort()).toEqual([
      ['11708412275', 'error_rate_percent', 'improved'],
      ['11708412275', 'p95_latency_ms', 'waived'],
    ]);
  });
});

describe('append-only evidence: the database refuses UPDATE and DELETE', () => {
  test('test_coverage_metrics: a build figure cannot be edited or removed; a re-delivered report is a no-op', async () => {
    const { ref } = await seed(testCoverageMetrics);
    const id = ref('test_coverage_metrics');

    expect(await refusal(t.db, (tx) => queryRows(tx, sql`update test_coverage_metrics set lines_covered_percent = 90 where id = ${id}`))).toEqual(
      appendOnlyRefusal,
    );
    expect(await refusal(t.db, deleteRow(testCoverageMetrics, id))).toEqual(appendOnlyRefusal);
    // The service it measured is retired, not deleted.
    expect(await refusal(t.db, deleteRow(platformServices, ref('platform_services')))).toEqual({
      code: restrictViolation,
      constraint: 'test_coverage_metrics_service_id_platform_services_id_fkey',
      column: undefined,
    });

    // The importer re-delivers the build's report: nothing happens on (service_id, build_id).
    const redelivered = await run(sql`
      insert into test_coverage_metrics (service_id, source, ci_provider, build_id, commit_sha, branch, lines_total, lines_covered,
        lines_covered_percent, tests_total, measured_at)
      select service_id, source, ci_provider, build_id, commit_sha, branch, lines_total, lines_covered, 95.5, tests_total, measured_at
      from test_coverage_metrics where id = ${id}
      on conflict (service_id, build_id) do nothing
      returning id`);
    expect(redelivered).toEqual([]);
    expect(await refusal(t.db, () => insertFixture(testCoverageMetrics, ref))).toMatchObject({ code: '23505', constraint: 'test_coverage_metrics_service_build_key' });
    expect(await rowByKey(testCoverageMetrics, id)).toMatchObject({ linesCoveredPercent: '83.20', testsFailed: 0 });
  });

  test('test_data_quality_metrics: a check of a data set stays as recorded, and so does the data set; a re-run is a new entry', async () => {
    const { ref } = await seed(testDataQualityMetrics);
    const id = ref('test_data_quality_metrics');

    expect(await refusal(t.db, (tx) => queryRows(tx, sql`update test_data_quality_metrics set passed = false where id = ${id}`))).toEqual(appendOnlyRefusal);
    expect(await refusal(t.db, deleteRow(testDataQualityMetrics, id))).toEqual(appendOnlyRefusal);
    expect(await refusal(t.db, deleteRow(syntheticDataSets, ref('synthetic_data_sets')))).toEqual({
      code: restrictViolation,
      constraint: 'test_data_quality_metrics_data_set_id_fkey',
      column: undefined,
    });

    // The PII scan of the whole dump, then a re-run of the validity check after a fix to the checker.
    await insertFixture(testDataQualityMetrics, ref, {
      checkKey: 'dump_pii_scan',
      checkKind: 'pii_scan',
      tool: 'presidio',
      targetTable: null,
      targetColumn: null,
      rowsChecked: 23_200,
      completenessPercent: null,
      validityPercent: null,
      uniquenessPercent: null,
      thresholdPercent: null,
      piiFindingsCount: 0,
      checkedAt: new Date('2024-11-04T03:31:00Z'),
    });
    await insertFixture(testDataQualityMetrics, ref, { checkedAt: new Date('2024-11-04T09:02:00Z') });
    expect(await refusal(t.db, () => insertFixture(testDataQualityMetrics, ref))).toMatchObject({ code: '23505', constraint: 'test_data_quality_metrics_check_key' });
    expect(await rowCount(testDataQualityMetrics)).toBe(3);

    // An expired data set's artifact is deleted from storage; its row (and its evidence) stays.
    await run(sql`update synthetic_data_sets set status = 'deleted', deleted_at = '2024-12-04T04:00:00Z' where id = ${ref('synthetic_data_sets')}`);
    expect(await rowByKey(syntheticDataSets, ref('synthetic_data_sets'))).toMatchObject({ status: 'deleted' });
  });
});

describe('retention purges', () => {
  test('purge_synthetic_test_executions deletes the runs that started more than 90 days ago, with their steps', async () => {
    const { ref } = await seed(syntheticTestResults);
    const old = ref('synthetic_test_executions');
    await run(sql`update synthetic_test_executions set started_at = ${daysAgo(120)}, finished_at = ${daysAgo(120, 3)} where id = ${old}`);
    const recent = await insertFixture(syntheticTestExecutions, ref, {
      externalExecutionId: '0c9d8e7f-6a5b-4c3d-9e2f-1a0b9c8d7e6f',
      status: 'passed',
      failedAssertionCount: 0,
      errorMessage: null,
      healthCheckId: null,
      startedAt: daysAgo(10),
      finishedAt: daysAgo(10, 1),
      durationMs: 412,
    });
    await insertFixture(syntheticTestResults, pointing(ref, { synthetic_test_executions: recent.id }), {
      actualValue: '200',
      passed: true,
      httpStatusCode: 200,
      errorMessage: null,
    });

    expect(await run(sql`select purge_synthetic_test_executions(now() - interval '90 days')::int as purged`)).toEqual([{ purged: 1 }]);
    expect((await allRows(syntheticTestExecutions)).map((row) => row.id)).toEqual([recent.id]);
    expect((await allRows(syntheticTestResults)).map((row) => row.executionId)).toEqual([recent.id]);
    // The probe result the old run produced is @db/recovery's, under its own retention.
    expect(await rowCount(systemHealthChecks)).toBe(1);
  });

  test('purge_test_coverage_metrics passes the append-only trigger for its own DELETE only, keeping two years', async () => {
    const { ref } = await seedParentsOf(testCoverageMetrics);
    await insertFixture(testCoverageMetrics, ref, { buildId: '6021144871', measuredAt: daysAgo(800) });
    const kept = await insertFixture(testCoverageMetrics, ref, { buildId: '11708290153', measuredAt: daysAgo(30) });

    expect(await run(sql`select purge_test_coverage_metrics()::int as purged`)).toEqual([{ purged: 1 }]);
    expect((await allRows(testCoverageMetrics)).map((row) => row.id)).toEqual([kept.id]);
    // The purge's pass ends with it: a plain DELETE is refused again.
    expect(await refusal(t.db, deleteRow(testCoverageMetrics, kept.id))).toEqual(appendOnlyRefusal);
  });
});

describe('ON DELETE', () => {
  test('a check version with runs is retired, not deleted; purging a probe result unsets the run that produced it', async () => {
    const { ref } = await seed(syntheticTestExecutions);
    expect(await refusal(t.db, deleteRow(syntheticTestCases, ref('synthetic_test_cases')))).toEqual({
      code: restrictViolation,
      constraint: 'synthetic_test_executions_test_case_id_fkey',
      column: undefined,
    });
    await run(sql`update synthetic_test_cases set status = 'retired' where id = ${ref('synthetic_test_cases')}`);

    await run(sql`delete from system_health_checks where id = ${ref('system_health_checks')}`);
    expect(await rowByKey(syntheticTestExecutions, ref('synthetic_test_executions'))).toMatchObject({ healthCheckId: null, status: 'failed' });
  });

  test('a baseline that judged a run is kept; deleting a pipeline unsets its data sets and regression runs', async () => {
    const { ref } = await seed(regressionTestResults, syntheticDataSets);
    expect(await refusal(t.db, deleteRow(performanceBaselines, ref('performance_baselines')))).toEqual({
      code: restrictViolation,
      constraint: 'regression_test_results_baseline_id_fkey',
      column: undefined,
    });
    await run(sql`delete from test_automation_workflows where id = ${ref('test_automation_workflows')}`);
    expect(await rowByKey(syntheticDataSets, ref('synthetic_data_sets'))).toMatchObject({ workflowId: null, status: 'available' });
    expect(await rowByKey(regressionTestResults, ref('regression_test_results'))).toMatchObject({ workflowId: null, status: 'waived' });
  });

  test("erasing a person unsets their credits; a PII sign-off or a waiver they gave keeps the anonymised profile", async () => {
    const { ref } = await seed(syntheticDataSets, performanceBaselines);
    const leaver = await insertFixture(userProfiles, ref, anotherUserProfile('leaver'));
    const as = pointing(ref, { user_profiles: leaver.id });
    const check = await insertFixture(syntheticTestCases, as);
    const draft = await insertFixture(syntheticDataGenerators, as, { version: 4, status: 'draft', piiReviewedAt: null, piiReviewedByUserId: null });
    const dataSet = await insertFixture(syntheticDataSets, as, { checksumSha256: 'b'.repeat(64) });
    const baseline = await insertFixture(performanceBaselines, as, { environment: 'production', source: 'datadog_apm' });

    await run(sql`delete from user_profiles where id = ${leaver.id}`);
    expect(await rowByKey(syntheticTestCases, check.id)).toMatchObject({ ownerUserId: null, status: 'active' });
    expect(await rowByKey(syntheticDataGenerators, draft.id)).toMatchObject({ createdByUserId: null, version: 4 });
    expect(await rowByKey(syntheticDataSets, dataSet.id)).toMatchObject({ requestedByUserId: null, seed: 20_241_104 });
    expect(await rowByKey(performanceBaselines, baseline.id)).toMatchObject({ approvedByUserId: null, environment: 'production' });

    const reviewer = await insertFixture(userProfiles, ref, anotherUserProfile('reviewer'));
    await insertFixture(syntheticDataGenerators, pointing(ref, { user_profiles: reviewer.id }), { version: 5, status: 'draft', createdByUserId: null });
    expect(await refusal(t.db, deleteRow(userProfiles, reviewer.id))).toEqual({
      code: restrictViolation,
      constraint: 'synthetic_data_generators_pii_reviewed_by_user_id_fkey',
      column: undefined,
    });

    const releaseManager = await insertFixture(userProfiles, ref, anotherUserProfile('release-manager'));
    await insertFixture(regressionTestResults, pointing(ref, { user_profiles: releaseManager.id }));
    expect(await refusal(t.db, deleteRow(userProfiles, releaseManager.id))).toEqual({
      code: restrictViolation,
      constraint: 'regression_test_results_waived_by_user_id_user_profiles_id_fkey',
      column: undefined,
    });
  });
});

describe('history: one active check version, one current baseline (partial unique indexes)', () => {
  test('a second active version of a check is refused; version 4 goes live when version 3 is retired', async () => {
    const { ref } = await seed(syntheticTestCases);
    const v4 = { version: 4, timeoutMs: 15_000, regions: ['eu-west-1', 'eu-west-2', 'eu-central-1'] };
    expect(await refusal(t.db, () => insertFixture(syntheticTestCases, ref, v4))).toMatchObject({ code: '23505', constraint: 'synthetic_test_cases_active_key' });

    const draft = await insertFixture(syntheticTestCases, ref, { ...v4, status: 'draft' });
    await run(sql`update synthetic_test_cases set status = 'retired' where id = ${ref('synthetic_test_cases')}`);
    await run(sql`update synthetic_test_cases set status = 'active' where id = ${draft.id}`);

    const service = await t.db.query.platformServices.findFirst({
      where: { id: ref('platform_services') },
      with: { syntheticActiveTestCases: true, syntheticTestCases: { orderBy: { version: 'asc' } } },
    });
    expect(service?.syntheticActiveTestCases.map((check) => check.version)).toEqual([4]);
    expect(service?.syntheticTestCases.map((check) => [check.version, check.status])).toEqual([
      [3, 'retired'],
      [4, 'active'],
    ]);
  });

  test('a second current baseline of an endpoint is refused; a new one closes the current one; production has its own', async () => {
    const { ref } = await seed(performanceBaselines);
    const next = { p95LatencyMs: '104.300', p99LatencyMs: '221.800', measuredFrom: new Date('2024-11-17T02:00:00Z'), measuredTo: new Date('2024-11-17T02:30:00Z'), validFrom: new Date('2024-11-18T09:00:00Z') };
    expect(await refusal(t.db, () => insertFixture(performanceBaselines, ref, next))).toMatchObject({ code: '23505', constraint: 'performance_baselines_current_key' });

    await run(sql`update performance_baselines set valid_to = ${next.validFrom} where id = ${ref('performance_baselines')}`);
    const opened = await insertFixture(performanceBaselines, ref, next);
    const production = await insertFixture(performanceBaselines, ref, { environment: 'production', source: 'datadog_apm', validFrom: next.validFrom });

    const current = await run(sql`
      select id from performance_baselines
      where service_id = ${ref('platform_services')} and endpoint = 'GET /v1/horses/{id}' and valid_to is null
      order by environment`);
    expect(current.map((row) => row.id)).toEqual([production.id, opened.id]);
    expect(await rowCount(performanceBaselines)).toBe(3);
  });
});

describe('a failed run reads through the relations', () => {
  test('the check, its service, the probe result it was reported as, and the failed assertion', async () => {
    const { ref } = await seed(syntheticTestResults);
    const execution = await t.db.query.syntheticTestExecutions.findFirst({
      where: { id: ref('synthetic_test_executions') },
      with: { testCase: { with: { service: true } }, healthCheck: true, results: { orderBy: { stepIndex: 'asc' } } },
    });
    expect(execution?.testCase.service.serviceKey).toBe('horse-api');
    expect(execution?.testCase.caseKey).toBe('horse-api-healthz');
    expect(execution?.healthCheck?.httpStatusCode).toBe(503);
    expect(execution?.results.map((step) => [step.stepName, step.passed, step.actualValue])).toEqual([['status code equals 200', false, '503']]);
  });
});

/**
 * Rules of one row, in Zod and in the database. `bad` breaks exactly one rule (declared once, in the table);
 * `field` is where Zod reports it and `check` the constraint PostgreSQL names.
 */
const rowRules: { table: string; field: string; bad: (ref: Ref) => Record<string, unknown>; check: string }[] = [
  {
    table: 'synthetic_test_cases',
    field: 'targetEndpoint',
    bad: () => ({ targetUrl: null, httpMethod: null }),
    check: 'synthetic_test_cases_target_check',
  },
  { table: 'synthetic_test_cases', field: 'regions', bad: () => ({ regions: ['eu-west-1', 'eu-west-2,eu-central-1'] }), check: 'synthetic_test_cases_regions_check' },
  {
    table: 'synthetic_test_executions',
    field: 'finishedAt',
    bad: () => ({ finishedAt: new Date('2024-11-06T19:04:26Z') }),
    check: 'synthetic_test_executions_finished_at_check',
  },
  { table: 'synthetic_test_results', field: 'comparison', bad: () => ({ comparison: null }), check: 'synthetic_test_results_assertion_comparison_check' },
  { table: 'test_coverage_metrics', field: 'testsTotal', bad: () => ({ testsSkipped: 2000 }), check: 'test_coverage_metrics_skipped_within_total_check' },
  {
    table: 'synthetic_data_generators',
    field: 'piiReviewedAt',
    bad: () => ({ piiReviewedAt: null, piiReviewedByUserId: null }),
    check: 'synthetic_data_generators_active_review_check',
  },
  {
    table: 'synthetic_data_generators',
    field: 'targetTables',
    bad: () => ({ targetTables: ['horses', 'horse_identifiers,horse_markings'] }),
    check: 'synthetic_data_generators_target_tables_check',
  },
  { table: 'synthetic_data_sets', field: 'deletedAt', bad: () => ({ deletedAt: new Date('2024-12-04T04:00:00Z') }), check: 'synthetic_data_sets_deleted_status_check' },
  { table: 'test_automation_workflows', field: 'lastRunStatus', bad: () => ({ lastRunStatus: null }), check: 'test_automation_workflows_last_run_id_status_check' },
  { table: 'performance_baselines', field: 'p95LatencyMs', bad: () => ({ p95LatencyMs: '30.000' }), check: 'performance_baselines_p95_check' },
  {
    table: 'regression_test_results',
    field: 'regressionDetected',
    bad: () => ({ status: 'passed', waivedByUserId: null, waiverReason: null }),
    check: 'regression_test_results_detected_check',
  },
  {
    table: 'regression_test_results',
    field: 'waivedByUserId',
    bad: () => ({ status: 'regressed' }),
    check: 'regression_test_results_waived_by_status_check',
  },
  {
    table: 'test_data_quality_metrics',
    field: 'piiFindingsCount',
    bad: () => ({ piiFindingsCount: 0 }),
    check: 'test_data_quality_metrics_pii_findings_kind_check',
  },
];

describe('row rules: Zod and the database refuse the same row', () => {
  test.each(rowRules)('$table: $check', async ({ table: name, field, bad, check }) => {
    const { table, insert } = catalog[name]!;
    const { ref } = await seedParentsOf(table);
    const row: Record<string, unknown> = { ...fixtures[name]!(ref), ...bad(ref) };

    expect(insert.safeParse(row).error?.issues.map((issue) => issue.path[0])).toEqual([field]);
    expect(await refusal(t.db, (tx) => tx.insert(table).values(row as never))).toMatchObject({ code: '23514', constraint: check });
    expect(await rowCount(table)).toBe(0);
  });
});
