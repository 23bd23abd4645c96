import { adminCatalog } from '@db/admin';
import { adminFixtures } from '@db/admin/fixtures';
import { queryRows } from '@db/core';
import {
  appendOnlyRefusal,
  fixtureKit,
  type NaturalKeyCase,
  naturalKeyTests,
  pointing,
  refusal,
  restrictViolation,
  setupTestDatabase,
} from '@db/core/testing';
import { recoveryCatalog, serviceDegradationAlerts } from '@db/recovery';
import { recoveryFixtures } from '@db/recovery/fixtures';
import { platformServices, reliabilityCatalog, scalingEvents } from '@db/reliability';
import { reliabilityFixtures } from '@db/reliability/fixtures';
import { userProfiles, usersCatalog } from '@db/users';
import { anotherUserProfile, usersFixtures } from '@db/users/fixtures';
import { sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { describe, expect, test } from 'vitest';
import {
  autoScalingEvents,
  bottleneckAnalysis,
  capacityForecasts,
  instanceHealthStatus,
  loadDistribution,
  performanceDegradation,
  resourceUtilization,
  scalingCatalog,
  scalingMetrics,
  scalingPolicyEvaluations,
  scalingRecommendations,
  scalingRelations,
} from '../src/index.ts';
import { scalingFixtures } from './fixtures.ts';

/**
 * Natural keys (imports upsert; the append-only series ignore a re-delivery), the append-only metrics and policy
 * evaluations, their purges, ON DELETE (services, reliability's actions, recovery's incidents, a person's erasure),
 * the one current forecast, the path from an evaluation to the action it caused, and row rules refused by Zod and
 * the database alike. Statements whose typed form is not the point run as SQL, so the package's tests add few
 * typed query builders to the type-check.
 */
const t = setupTestDatabase({ relations: scalingRelations });
const fixtures = { ...usersFixtures, ...adminFixtures, ...reliabilityFixtures, ...recoveryFixtures, ...scalingFixtures };
const catalog = { ...usersCatalog, ...adminCatalog, ...reliabilityCatalog, ...recoveryCatalog, ...scalingCatalog };
const { seed, seedParentsOf, insertFixture, rowCount, rowByKey, allRows } = fixtureKit(t, catalog, fixtures);

const deleteRow = (table: PgTable, id: string) => (tx: typeof t.db) => tx.execute(sql`delete from ${table} where id = ${id}`);
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

describe('natural keys: imports upsert', () => {
  const keys: NaturalKeyCase[] = [
    {
      name: 'auto_scaling_events',
      table: autoScalingEvents,
      key: [autoScalingEvents.autoscaler, autoScalingEvents.providerActivityId],
      set: { statusMessage: 'Successfully set desired replicas to 6', sourceUpdatedAt: new Date('2024-11-06T19:03:30Z') },
      index: 'auto_scaling_events_activity_key',
      // Another action, so the one-activity-per-action index is not the one refusing the copy.
      distinct: { scalingEventId: null },
    },
    {
      name: 'performance_degradation',
      table: performanceDegradation,
      key: [performanceDegradation.detector, performanceDegradation.externalDetectionId],
      set: { observedValue: '471.000000', sourceUpdatedAt: new Date('2024-11-06T19:45:00Z') },
      index: 'performance_degradation_detection_key',
    },
    {
      name: 'scaling_recommendations',
      table: scalingRecommendations,
      key: [scalingRecommendations.source, scalingRecommendations.externalRecommendationId],
      set: { confidencePercent: '81.00', sourceUpdatedAt: new Date('2024-11-15T04:00:00Z') },
      // The fixture is the platform's own; an imported Kubecost one has the source's id.
      given: { source: 'kubecost', externalRecommendationId: 'production/horse-data/deployment/horse-api', sourceUpdatedAt: new Date('2024-11-14T04:00:00Z') },
      index: 'scaling_recommendations_source_key',
    },
    {
      name: 'load_distribution',
      table: loadDistribution,
      key: [loadDistribution.loadBalancerName, loadDistribution.targetGroup, loadDistribution.targetId, loadDistribution.windowStart, loadDistribution.windowSeconds],
      // CloudWatch revises a recent window as late data arrives.
      set: { requestCount: 38_590, errorCount: 214, sourceUpdatedAt: new Date('2024-11-06T19:12:00Z') },
      index: 'load_distribution_window_key',
    },
    {
      name: 'instance_health_status',
      table: instanceHealthStatus,
      key: [instanceHealthStatus.provider, instanceHealthStatus.instanceId],
      set: { healthStatus: 'pass', consecutiveFailures: 0, lastCheckedAt: new Date('2024-11-06T19:06:10Z'), sourceUpdatedAt: new Date('2024-11-06T19:06:11Z') },
      index: 'instance_health_status_instance_key',
    },
    {
      name: 'capacity_forecasts',
      table: capacityForecasts,
      key: [
        capacityForecasts.serviceId,
        capacityForecasts.environment,
        capacityForecasts.metric,
        capacityForecasts.aggregation,
        capacityForecasts.horizon,
        capacityForecasts.generatedAt,
      ],
      set: { predictedValue: '2480.000000', upperBound: '3150.000000' },
      index: 'capacity_forecasts_run_key',
      // A superseded copy, so the one-current-forecast index is not the one refusing it.
      distinct: { supersededAt: new Date('2024-12-05T03:00:00Z') },
    },
  ];

  naturalKeyTests(t, catalog, fixtures, keys);

  naturalKeyTests(t, catalog, fixtures, [
    { name: 'scaling_metrics', table: scalingMetrics, key: [scalingMetrics.source, scalingMetrics.seriesId, scalingMetrics.windowStart], index: 'scaling_metrics_series_window_key' },
    {
      name: 'scaling_policy_evaluations',
      table: scalingPolicyEvaluations,
      key: [scalingPolicyEvaluations.serviceId, scalingPolicyEvaluations.policyKey, scalingPolicyEvaluations.evaluatedAt],
      index: 'scaling_policy_evaluations_evaluation_key',
    },
  ]);
});

describe('append-only: what the autoscaler saw and decided is never edited', () => {
  test.each([
    { name: 'scaling_metrics', table: scalingMetrics, column: 'value', edited: '999.000000', next: { windowStart: new Date('2024-11-06T19:03:00Z') } },
    { name: 'scaling_policy_evaluations', table: scalingPolicyEvaluations, column: 'decision', edited: 'none', next: { evaluatedAt: new Date('2024-11-06T19:02:25Z') } },
  ])('$name refuses UPDATE and DELETE (23001), and appending still works', async ({ name, table, column, edited, next }) => {
    const { rows, ref } = await seed(table);
    const row = rows.get(name)!;
    expect(await refusal(t.db, (tx) => tx.execute(sql`update ${table} set ${sql.identifier(column)} = ${edited} where id = ${row.id}`))).toEqual(
      appendOnlyRefusal,
    );
    expect(await refusal(t.db, deleteRow(table, row.id))).toEqual(appendOnlyRefusal);
    expect(await rowByKey(table, row.id)).toEqual(row);

    await insertFixture(table, ref, next);
    expect(await rowCount(table)).toBe(2);
  });

  test('a service with metrics cannot be deleted (23503/23001): it is retired', async () => {
    const { ref } = await seed(scalingMetrics);
    expect(await refusal(t.db, deleteRow(platformServices, ref('platform_services')))).toEqual({
      code: restrictViolation,
      constraint: 'scaling_metrics_service_id_platform_services_id_fkey',
      column: undefined,
    });
  });
});

describe('retention: the purge functions of the high-volume tables', () => {
  test('purge_scaling_metrics deletes windows older than 400 days through the append-only trigger, and keeps newer ones', async () => {
    const { ref } = await seedParentsOf(scalingMetrics);
    const old = await insertFixture(scalingMetrics, ref, { windowStart: daysAgo(401) });
    const kept = await insertFixture(scalingMetrics, ref, { windowStart: daysAgo(399) });

    const [result] = await queryRows<{ purged: number | string }>(t.db, "select purge_scaling_metrics(now() - interval '400 days') as purged");
    expect(Number(result!.purged)).toBe(1);
    expect(await rowByKey(scalingMetrics, old.id)).toBeUndefined();
    expect((await allRows(scalingMetrics)).map((row) => row.id)).toEqual([kept.id]);
    // Outside the purge, a delete is still refused.
    expect(await refusal(t.db, deleteRow(scalingMetrics, kept.id))).toEqual(appendOnlyRefusal);
  });

  test('purging policy evaluations keeps the scaling activities they decided, unlinked', async () => {
    const { ref } = await seed(autoScalingEvents);
    const recent = await insertFixture(scalingPolicyEvaluations, ref, { evaluatedAt: daysAgo(2) });

    const [result] = await queryRows<{ purged: number | string }>(t.db, 'select purge_scaling_policy_evaluations() as purged');
    expect(Number(result!.purged)).toBe(1);
    expect((await allRows(scalingPolicyEvaluations)).map((row) => row.id)).toEqual([recent.id]);
    expect(await rowByKey(autoScalingEvents, ref('auto_scaling_events'))).toMatchObject({ policyEvaluationId: null, direction: 'out', toCapacity: 6 });
  });

  test('purge_resource_utilization keeps 93 days and purge_load_distribution 90', async () => {
    const { ref } = await seedParentsOf(loadDistribution);
    await insertFixture(resourceUtilization, ref, { windowStart: daysAgo(94) });
    const utilisation = await insertFixture(resourceUtilization, ref, { windowStart: daysAgo(92) });
    await insertFixture(loadDistribution, ref, { windowStart: daysAgo(91) });
    const traffic = await insertFixture(loadDistribution, ref, { windowStart: daysAgo(89) });

    const [purged] = await queryRows<{ utilisation: number | string; traffic: number | string }>(
      t.db,
      'select purge_resource_utilization() as utilisation, purge_load_distribution() as traffic',
    );
    expect([Number(purged!.utilisation), Number(purged!.traffic)]).toEqual([1, 1]);
    expect((await allRows(resourceUtilization)).map((row) => row.id)).toEqual([utilisation.id]);
    expect((await allRows(loadDistribution)).map((row) => row.id)).toEqual([traffic.id]);
  });
});

describe('ON DELETE', () => {
  test("a service's forecasts and instance states go with it; its history refuses the delete", async () => {
    const { ref } = await seed(capacityForecasts, instanceHealthStatus);
    const other = await insertFixture(platformServices, ref, { serviceKey: 'vet-booking-api', displayName: 'Vet Booking API', technicalOwnerUserId: null });
    const theirs = pointing(ref, { platform_services: other.id });
    await insertFixture(capacityForecasts, theirs, { capacityPlanningId: null });
    await insertFixture(instanceHealthStatus, theirs, { instanceId: 'vet-booking-api-5c6d7e8f9-k2m4p', launchedByAutoScalingEventId: null });

    await t.db.execute(sql`delete from ${platformServices} where id = ${other.id}`);

    expect((await allRows(capacityForecasts)).map((row) => row.serviceId)).toEqual([ref('platform_services')]);
    expect((await allRows(instanceHealthStatus)).map((row) => row.serviceId)).toEqual([ref('platform_services')]);
    // The first service has scaling activities: history.
    expect(await refusal(t.db, deleteRow(platformServices, ref('platform_services')))).toMatchObject({ code: restrictViolation });
  });

  test("deleting reliability's action or recovery's incident unlinks the activity, the recommendation and the detection, keeping them", async () => {
    const { ref } = await seed(autoScalingEvents, performanceDegradation, scalingRecommendations);
    await t.db.execute(
      sql`update ${scalingRecommendations} set status = 'applied', applied_at = '2024-11-08T12:00:00Z', applied_scaling_event_id = ${ref('scaling_events')}`,
    );

    await t.db.execute(sql`delete from ${scalingEvents} where id = ${ref('scaling_events')}`);
    await t.db.execute(sql`delete from ${serviceDegradationAlerts} where id = ${ref('service_degradation_alerts')}`);

    expect(await rowByKey(autoScalingEvents, ref('auto_scaling_events'))).toMatchObject({ scalingEventId: null, status: 'successful' });
    expect(await rowByKey(scalingRecommendations, ref('scaling_recommendations'))).toMatchObject({ appliedScalingEventId: null, status: 'applied' });
    expect(await rowByKey(performanceDegradation, ref('performance_degradation'))).toMatchObject({ degradationAlertId: null, severity: 'high' });
  });

  test("a person's erasure unsets who analysed a bottleneck and who reviewed a recommendation; the rows and times stay", async () => {
    const { ref } = await seedParentsOf(scalingRecommendations);
    const engineer = await insertFixture(userProfiles, ref, anotherUserProfile('capacity-engineer'));
    const theirs = pointing(ref, { user_profiles: engineer.id });
    const analysis = await insertFixture(bottleneckAnalysis, theirs);
    const recommendation = await insertFixture(scalingRecommendations, pointing(theirs, { bottleneck_analysis: analysis.id }));

    await t.db.execute(sql`delete from ${userProfiles} where id = ${engineer.id}`);

    expect(await rowByKey(bottleneckAnalysis, analysis.id)).toMatchObject({ analysedByUserId: null, status: 'confirmed' });
    expect(await rowByKey(scalingRecommendations, recommendation.id)).toMatchObject({ reviewedByUserId: null, reviewedAt: new Date('2024-11-08T10:20:00Z') });
  });
});

describe('one current forecast, one activity per action', () => {
  test('a second current forecast for the same service, metric and horizon is refused; superseding the first lets the new run in', async () => {
    const { ref } = await seed(capacityForecasts);
    const rerun = { generatedAt: new Date('2024-12-05T03:00:00Z'), predictedValue: '2520.000000', upperBound: '3200.000000' };
    expect(await refusal(t.db, () => insertFixture(capacityForecasts, ref, rerun))).toEqual({
      code: '23505',
      constraint: 'capacity_forecasts_current_key',
      column: undefined,
    });

    await t.db.execute(sql`update ${capacityForecasts} set superseded_at = ${rerun.generatedAt} where id = ${ref('capacity_forecasts')}`);
    const current = await insertFixture(capacityForecasts, ref, rerun);
    // Another horizon has its own current forecast.
    await insertFixture(capacityForecasts, ref, { horizon: 'next_week', forecastWindowEnd: new Date('2025-01-08T00:00:00Z') });

    const live = (await allRows(capacityForecasts)).filter((row) => row.supersededAt === null && row.horizon === 'next_quarter');
    expect(live.map((row) => row.id)).toEqual([current.id]);
  });

  test("two autoscaler activities cannot both claim reliability's action", async () => {
    const { ref } = await seed(autoScalingEvents);
    expect(await refusal(t.db, () => insertFixture(autoScalingEvents, ref, { providerActivityId: 'c4d0f1e3-9b52-4a8f-8d66-3a2e8b7f5c21' }))).toEqual({
      code: '23505',
      constraint: 'auto_scaling_events_scaling_event_id_key',
      column: undefined,
    });
  });

  test('from the evaluation to the action: a scale-out read through the relations', async () => {
    const { ref } = await seed(instanceHealthStatus);
    const activity = await t.db.query.autoScalingEvents.findFirst({
      where: { id: ref('auto_scaling_events') },
      with: { policyEvaluation: true, scalingEvent: true, launchedInstances: true },
    });
    expect(activity).toMatchObject({
      direction: 'out',
      policyEvaluation: { decision: 'scale_out', metricValue: '101.200000', desiredCapacity: 6 },
      scalingEvent: { fromReplicas: 4, toReplicas: 6, status: 'succeeded' },
      launchedInstances: [{ instanceId: 'horse-api-7d9f8c6b5-q8rtm', healthStatus: 'fail' }],
    });
  });
});

/**
 * Rules of one row, in Zod and in the database. `bad` breaks exactly one rule (declared once, in the table);
 * `field` is where Zod reports it and `check` the constraint PostgreSQL names.
 */
const rowRules: { table: string; field: string; bad: Record<string, unknown>; check: string }[] = [
  { table: 'auto_scaling_events', field: 'toSize', bad: { direction: 'up' }, check: 'auto_scaling_events_up_size_check' },
  {
    table: 'auto_scaling_events',
    field: 'toSize',
    bad: { direction: 'up', fromSize: 'db.r6g.large', toSize: 'db.r6g.large', toCapacity: 4 },
    check: 'auto_scaling_events_size_change_check',
  },
  { table: 'auto_scaling_events', field: 'toCapacity', bad: { toCapacity: 4 }, check: 'auto_scaling_events_direction_capacity_check' },
  { table: 'scaling_policy_evaluations', field: 'maxCapacity', bad: { desiredCapacity: 13 }, check: 'scaling_policy_evaluations_desired_max_check' },
  { table: 'scaling_policy_evaluations', field: 'comparison', bad: { comparison: null }, check: 'scaling_policy_evaluations_threshold_check' },
  { table: 'capacity_forecasts', field: 'predictedValue', bad: { lowerBound: '2500.000000' }, check: 'capacity_forecasts_lower_bound_check' },
  { table: 'performance_degradation', field: 'detectedAt', bad: { startedAt: new Date('2024-11-06T19:05:00Z') }, check: 'performance_degradation_detected_at_check' },
  { table: 'bottleneck_analysis', field: 'concludedAt', bad: { status: 'resolved', concludedAt: null }, check: 'bottleneck_analysis_resolved_check' },
  { table: 'scaling_recommendations', field: 'appliedAt', bad: { status: 'applied' }, check: 'scaling_recommendations_applied_check' },
  { table: 'instance_health_status', field: 'terminatedAt', bad: { state: 'terminated' }, check: 'instance_health_status_terminated_check' },
];

describe('row rules: Zod and the database refuse the same row', () => {
  test.each(rowRules)('$table: $check', async ({ table: name, field, bad, check }) => {
    const { table, insert } = catalog[name]!;
    const { ref } = await seedParentsOf(table);
    const row: Record<string, unknown> = { ...fixtures[name]!(ref), ...bad };

    expect(insert.safeParse(row).error?.issues.map((issue) => issue.path[0])).toEqual([field]);
    expect(await refusal(t.db, (tx) => tx.insert(table).values(row as never))).toEqual({ code: '23514', constraint: check, column: undefined });
    expect(await rowCount(table)).toBe(0);
  });
});
