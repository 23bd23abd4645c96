import { adminCatalog, featureFlags } from '@db/admin';
import { adminFixtures } from '@db/admin/fixtures';
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
import { failoverEvents, recoveryCatalog } from '@db/recovery';
import { recoveryFixtures } from '@db/recovery/fixtures';
import { platformServices, reliabilityCatalog, serviceDependencies } from '@db/reliability';
import { reliabilityFixtures } from '@db/reliability/fixtures';
import { userProfiles, usersCatalog } from '@db/users';
import { anotherUserProfile, usersFixtures } from '@db/users/fixtures';
import { sql, type SQL } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import {
  bulkheadConfigs,
  circuitBreakerConfigs,
  circuitBreakerEvents,
  degradationModeActivations,
  degradationModes,
  failoverExecutions,
  failoverStrategies,
  resilienceCatalog,
  resilienceRelations,
  retryPolicies,
  serviceHealthEndpoints,
  serviceResilienceMetrics,
  timeoutConfigurations,
} from '../src/index.ts';
import { resilienceFixtures } from './fixtures.ts';

/**
 * Natural keys (imports upsert), the append-only breaker log and its retention purge, ON DELETE as erasure reads
 * it, one configuration in force per target and one open activation per degradation mode (partial unique
 * indexes), an incident read back through the relations, and row rules refused by Zod and the database alike.
 * Writes go through the erased fixture kit and plain SQL (`run`), so the file costs the type checker next to
 * nothing per statement.
 */
const t = setupTestDatabase({ relations: resilienceRelations });
const fixtures = { ...usersFixtures, ...adminFixtures, ...reliabilityFixtures, ...recoveryFixtures, ...resilienceFixtures };
const catalog = { ...usersCatalog, ...adminCatalog, ...reliabilityCatalog, ...recoveryCatalog, ...resilienceCatalog };
const { insertSchemaOf, seed, seedParentsOf, insertFixture, rowCount, rowByKey, allRows } = fixtureKit(t, catalog, fixtures);

/** Plain SQL on the test's transaction (or, with `tx`, in a refusal's savepoint). */
const run = (query: SQL) => queryRows(t.db, query);
const statement = (query: SQL) => (tx: typeof t.db) => queryRows(tx, query);
const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 3600 * 1000);

describe('natural keys: imports upsert', () => {
  const keys: NaturalKeyCase[] = [
    {
      name: 'failover_executions',
      table: failoverExecutions,
      key: [failoverExecutions.orchestrator, failoverExecutions.externalExecutionId],
      set: { achievedRtoSeconds: 2515, sourceUpdatedAt: new Date('2024-10-15T07:00:00Z') },
      // The failover event is unique too: the plain duplicate names none, so only the orchestrator's key refuses it.
      distinct: { failoverEventId: null },
      index: 'failover_executions_orchestrator_execution_key',
    },
    {
      name: 'service_resilience_metrics',
      table: serviceResilienceMetrics,
      key: [serviceResilienceMetrics.serviceId, serviceResilienceMetrics.environment, serviceResilienceMetrics.windowKind, serviceResilienceMetrics.windowStart],
      set: { availabilityPercent: '99.915', fallbackInvocations: 18_510, sourceUpdatedAt: new Date('2024-11-07T06:00:00Z') },
      index: 'service_resilience_metrics_window_key',
    },
    {
      name: 'service_health_endpoints',
      table: serviceHealthEndpoints,
      key: [serviceHealthEndpoints.serviceId, serviceHealthEndpoints.kind, serviceHealthEndpoints.path],
      set: { timeoutMs: 3000, failureThreshold: 5, sourceUpdatedAt: new Date('2024-11-12T10:00:00Z') },
      index: 'service_health_endpoints_service_kind_path_key',
    },
    {
      name: 'degradation_modes',
      table: degradationModes,
      key: [degradationModes.serviceId, degradationModes.environment, degradationModes.modeKey],
      set: { maxDurationMinutes: 180, exitCondition: 'weatherbysPedigree breaker closed for 15 minutes' },
      // Another level, so the live-level key does not refuse the plain duplicate first.
      distinct: { level: 2 },
      index: 'degradation_modes_service_mode_key',
    },
  ];

  naturalKeyTests(t, catalog, fixtures, keys);
});

describe('circuit_breaker_events: append-only, re-delivery is a no-op, purged after 180 days', () => {
  test('a transition cannot be edited or removed, nor the configuration or the person it names', async () => {
    const { ref } = await seedParentsOf(circuitBreakerEvents);
    const engineer = await insertFixture(userProfiles, ref, anotherUserProfile('on-call'));
    // Siobhán's colleague forces the breaker open by hand while Weatherbys is restarted.
    const forced = await insertFixture(circuitBreakerEvents, pointing(ref, { user_profiles: engineer.id }), {
      externalEventId: '01JC2XD4K7N1Q5T9W3Z7C1F5H9',
      fromState: 'half_open',
      toState: 'forced_open',
      reason: 'manual_override',
      actorUserId: engineer.id,
      occurredAt: new Date('2024-11-06T19:15:00Z'),
    });

    expect(await refusal(t.db, statement(sql`update circuit_breaker_events set to_state = 'open' where id = ${forced.id}`))).toEqual(appendOnlyRefusal);
    expect(await refusal(t.db, statement(sql`delete from circuit_breaker_events where id = ${forced.id}`))).toEqual(appendOnlyRefusal);
    expect(await refusal(t.db, statement(sql`delete from circuit_breaker_configs where id = ${ref('circuit_breaker_configs')}`))).toEqual({
      code: restrictViolation,
      constraint: 'circuit_breaker_events_circuit_breaker_config_id_fkey',
      column: undefined,
    });
    // Who overrode a safety mechanism is evidence: the profile is anonymised by erasure, never deleted.
    expect(await refusal(t.db, statement(sql`delete from user_profiles where id = ${engineer.id}`))).toEqual({
      code: restrictViolation,
      constraint: 'circuit_breaker_events_actor_user_id_user_profiles_id_fkey',
      column: undefined,
    });
    expect(await rowByKey(circuitBreakerEvents, forced.id)).toMatchObject({ toState: 'forced_open', actorUserId: engineer.id });

    // The pipeline delivers at least once: a re-delivered event changes nothing, a plain duplicate is refused.
    const event = insertSchemaOf('circuit_breaker_events').parse(resilienceFixtures.circuit_breaker_events!(ref));
    await insertFixture(circuitBreakerEvents, ref);
    await t.db
      .insert(circuitBreakerEvents)
      .values(event as never)
      .onConflictDoNothing({ target: [circuitBreakerEvents.source, circuitBreakerEvents.externalEventId] });
    expect(await refusal(t.db, () => insertFixture(circuitBreakerEvents, ref))).toMatchObject({ code: '23505', constraint: 'circuit_breaker_events_source_event_key' });
    expect(await rowCount(circuitBreakerEvents)).toBe(2);
  });

  test('purge_circuit_breaker_events deletes transitions older than the period past the trigger, keeps the rest, and unsets what they triggered', async () => {
    const { ref } = await seed(degradationModeActivations);
    // The fixture's transition (November 2024) is long past 180 days; one from last week stays.
    const recent = await insertFixture(circuitBreakerEvents, ref, { externalEventId: '01KA9Q2W4E6R8T0Y2U4I6O8P0A', occurredAt: daysAgo(7) });

    const [purged] = await run(sql`select purge_circuit_breaker_events(now() - interval '180 days') as purged`);
    expect(Number(purged!.purged)).toBe(1);
    expect((await allRows(circuitBreakerEvents)).map((row) => row.id)).toEqual([recent.id]);
    // The activation it triggered stays, without the purged event.
    expect(await rowByKey(degradationModeActivations, ref('degradation_mode_activations'))).toMatchObject({
      triggeringBreakerEventId: null,
      triggerMode: 'automatic',
    });
    // The trigger is back in force once the purge is done.
    expect(await refusal(t.db, statement(sql`delete from circuit_breaker_events where id = ${recent.id}`))).toEqual(appendOnlyRefusal);
  });

  test('purge_service_resilience_metrics deletes windows that started more than 25 months ago', async () => {
    const { ref } = await seedParentsOf(serviceResilienceMetrics);
    const window = (start: Date) => ({ windowKind: 'hour', windowStart: start, windowEnd: new Date(start.getTime() + 3600 * 1000) });
    await insertFixture(serviceResilienceMetrics, ref, window(daysAgo(800)));
    const kept = await insertFixture(serviceResilienceMetrics, ref, window(daysAgo(700)));

    const [purged] = await run(sql`select purge_service_resilience_metrics() as purged`);
    expect(Number(purged!.purged)).toBe(1);
    expect((await allRows(serviceResilienceMetrics)).map((row) => row.id)).toEqual([kept.id]);
  });
});

describe('ON DELETE', () => {
  test('a strategy that ran is closed, not deleted (RESTRICT); deleting the failover event only unsets the run', async () => {
    const { ref } = await seed(failoverExecutions);
    expect(await refusal(t.db, statement(sql`delete from failover_strategies where id = ${ref('failover_strategies')}`))).toEqual({
      code: restrictViolation,
      constraint: 'failover_executions_failover_strategy_id_fkey',
      column: undefined,
    });
    await run(sql`delete from ${failoverEvents} where id = ${ref('failover_events')}`);
    expect(await rowByKey(failoverExecutions, ref('failover_executions'))).toMatchObject({ failoverEventId: null, status: 'completed', achievedRtoSeconds: 2520 });
  });

  test("an edge's breaker, timeout and retry settings go with it (CASCADE); a bulkhead only loses the link (SET NULL)", async () => {
    const { ref } = await seed(circuitBreakerConfigs, timeoutConfigurations, retryPolicies, bulkheadConfigs);
    await run(sql`delete from ${serviceDependencies} where id = ${ref('service_dependencies')}`);
    for (const table of [circuitBreakerConfigs, timeoutConfigurations, retryPolicies]) expect(await rowCount(table)).toBe(0);
    expect(await rowByKey(bulkheadConfigs, ref('bulkhead_configs'))).toMatchObject({ serviceDependencyId: null, poolName: 'weatherbys_lookups' });
  });

  test('a service with resilience figures is retired, not deleted (RESTRICT)', async () => {
    const { ref } = await seed(serviceResilienceMetrics);
    expect(await refusal(t.db, statement(sql`delete from ${platformServices} where id = ${ref('platform_services')}`))).toEqual({
      code: restrictViolation,
      constraint: 'service_resilience_metrics_service_id_platform_services_id_fkey',
      column: undefined,
    });
  });

  test("erasing a person unsets their credits; a failover strategy they signed off keeps the profile", async () => {
    const { ref } = await seedParentsOf(failoverExecutions);
    const leaver = await insertFixture(userProfiles, ref, anotherUserProfile('leaver'));
    const as = pointing(ref, { user_profiles: leaver.id });
    // Earlier versions and another environment, beside the fixture's rows in force.
    const breaker = await insertFixture(circuitBreakerConfigs, as, { validTo: new Date('2024-09-16T09:00:00Z'), validFrom: new Date('2024-06-03T09:00:00Z') });
    const retries = await insertFixture(retryPolicies, as);
    const strategy = await insertFixture(failoverStrategies, as, { environment: 'staging', approvedByUserId: null, approvedAt: null });
    const execution = await insertFixture(failoverExecutions, pointing(as, { failover_strategies: strategy.id }));

    await run(sql`delete from ${userProfiles} where id = ${leaver.id}`);
    // Who changed or triggered goes; what they did stays.
    expect(await rowByKey(circuitBreakerConfigs, breaker.id)).toMatchObject({ changedByUserId: null, breakerName: 'weatherbysPedigree' });
    expect(await rowByKey(retryPolicies, retries.id)).toMatchObject({ changedByUserId: null, maxAttempts: 3 });
    expect(await rowByKey(failoverStrategies, strategy.id)).toMatchObject({ changedByUserId: null });
    expect(await rowByKey(failoverExecutions, execution.id)).toMatchObject({ triggeredByUserId: null, triggerMode: 'manual' });

    const signer = await insertFixture(userProfiles, ref, anotherUserProfile('signer'));
    await insertFixture(failoverStrategies, pointing(ref, { user_profiles: signer.id }), { environment: 'development' });
    expect(await refusal(t.db, statement(sql`delete from ${userProfiles} where id = ${signer.id}`))).toEqual({
      code: restrictViolation,
      constraint: 'failover_strategies_approved_by_user_id_user_profiles_id_fkey',
      column: undefined,
    });
  });
});

describe('history: one configuration in force, one open activation (partial unique indexes)', () => {
  test('one breaker in force per edge or service and environment; a change closes the current one and opens the next', async () => {
    const { ref } = await seed(circuitBreakerConfigs);
    const next = { failureRateThresholdPercent: '40.00', openStateWaitMs: 20000, validFrom: new Date('2024-11-07T09:00:00Z') };
    expect(await refusal(t.db, () => insertFixture(circuitBreakerConfigs, ref, next))).toMatchObject({ code: '23505', constraint: 'circuit_breaker_configs_current_key' });

    await run(sql`update ${circuitBreakerConfigs} set valid_to = ${next.validFrom.toISOString()} where id = ${ref('circuit_breaker_configs')}`);
    const opened = await insertFixture(circuitBreakerConfigs, ref, next);
    // Staging has its own; and a breaker in front of the whole service is another target.
    await insertFixture(circuitBreakerConfigs, ref, { environment: 'staging' });
    const wholeService = { serviceDependencyId: null, serviceId: ref('platform_services'), breakerName: 'horseApiInbound', library: 'envoy' };
    await insertFixture(circuitBreakerConfigs, ref, wholeService);
    expect(await refusal(t.db, () => insertFixture(circuitBreakerConfigs, ref, { ...wholeService, breakerName: 'horseApiInbound2' }))).toMatchObject({
      code: '23505',
      constraint: 'circuit_breaker_configs_current_key',
    });

    const edge = await t.db.query.serviceDependencies.findFirst({
      where: { id: ref('service_dependencies') },
      with: { resilienceBreakerConfigs: { orderBy: { validFrom: 'asc' } }, resilienceCurrentBreakerConfigs: { where: { environment: 'production' } } },
    });
    expect(edge?.resilienceCurrentBreakerConfigs.map((config) => config.id)).toEqual([opened.id]);
    expect(edge?.resilienceBreakerConfigs.filter((config) => config.environment === 'production').map((config) => [config.failureRateThresholdPercent, config.validTo])).toEqual([
      ['50.00', next.validFrom],
      ['40.00', null],
    ]);
  });

  test('a degradation mode is on at most once at a time, and its live levels are distinct', async () => {
    const { ref } = await seed(degradationModeActivations);
    // On-call switches the mode on by hand two days later, while the automatic activation is still open: refused.
    const again = { triggerMode: 'manual', activatedByUserId: ref('user_profiles'), triggeringBreakerEventId: null, activatedAt: new Date('2024-11-08T10:00:00Z') };
    expect(await refusal(t.db, () => insertFixture(degradationModeActivations, ref, again))).toMatchObject({
      code: '23505',
      constraint: 'degradation_mode_activations_open_key',
    });
    await run(
      sql`update ${degradationModeActivations} set deactivated_at = '2024-11-06T19:52:40Z', exit_reason = 'Breaker closed for 10 minutes' where id = ${ref('degradation_mode_activations')}`,
    );
    const open = await insertFixture(degradationModeActivations, ref, again);

    // A second mode at level 1 is refused while the first is live; retired, its level is free again.
    const readOnly = { modeKey: 'read_only_records', name: 'Read-only horse records', disabledFeatures: ['horse-record-editing', 'photo-uploads'] };
    expect(await refusal(t.db, () => insertFixture(degradationModes, ref, readOnly))).toMatchObject({ code: '23505', constraint: 'degradation_modes_live_level_key' });
    await insertFixture(degradationModes, ref, { ...readOnly, level: 3 });
    await run(sql`update ${degradationModes} set status = 'retired' where id = ${ref('degradation_modes')}`);
    await insertFixture(degradationModes, ref, { ...readOnly, modeKey: 'search_from_replica', name: 'Search from the replica', disabledFeatures: ['saved-searches'] });

    // The kill switch and the incident, read back through the relations.
    const flag = await insertFixture(featureFlags, ref, { key: 'weatherbys-live-lookups', name: 'Weatherbys live look-ups', flagType: 'kill_switch', targetingRules: [] });
    await run(sql`update ${degradationModes} set kill_switch_flag_id = ${flag.id} where id = ${ref('degradation_modes')}`);
    const mode = await t.db.query.degradationModes.findFirst({
      where: { id: ref('degradation_modes') },
      with: { killSwitchFlag: true, currentActivation: { with: { activatedBy: true } }, activations: { orderBy: { activatedAt: 'asc' }, with: { degradationAlert: true } } },
    });
    expect(mode?.killSwitchFlag?.key).toBe('weatherbys-live-lookups');
    expect(mode?.currentActivation?.id).toBe(open.id);
    expect(mode?.currentActivation?.activatedBy?.id).toBe(ref('user_profiles'));
    expect(mode?.activations.map((activation) => [activation.triggerMode, activation.degradationAlert?.severity ?? null])).toEqual([
      ['automatic', 'sev2'],
      ['manual', 'sev2'],
    ]);
  });
});

/**
 * Rules of one row, in Zod and in the database. `bad` breaks exactly one rule (declared once, in the table);
 * `field` is where Zod reports it and `check` the constraint PostgreSQL names.
 */
const rowRules: { table: string; field: string; bad: (ref: Ref) => Record<string, unknown>; check: string }[] = [
  { table: 'circuit_breaker_configs', field: 'serviceId', bad: () => ({ serviceDependencyId: null }), check: 'circuit_breaker_configs_target_check' },
  {
    table: 'circuit_breaker_configs',
    field: 'consecutiveFailureThreshold',
    bad: () => ({ failureRateThresholdPercent: null, consecutiveFailureThreshold: null }),
    check: 'circuit_breaker_configs_trip_condition_check',
  },
  { table: 'circuit_breaker_events', field: 'callsInWindow', bad: () => ({ slowCallsInWindow: 49 }), check: 'circuit_breaker_events_slow_calls_check' },
  { table: 'failover_strategies', field: 'dnsTtlSeconds', bad: () => ({ dnsTtlSeconds: 60 }), check: 'failover_strategies_dns_ttl_check' },
  { table: 'failover_executions', field: 'triggeringBreakerEventId', bad: (ref) => ({ triggeringBreakerEventId: ref('circuit_breaker_events') }), check: 'failover_executions_automatic_check' },
  {
    table: 'failover_executions',
    field: 'rollbackReason',
    bad: () => ({ status: 'rolled_back', rollbackStartedAt: new Date('2024-10-15T06:30:00Z') }),
    check: 'failover_executions_rollback_check',
  },
  { table: 'timeout_configurations', field: 'totalTimeoutMs', bad: () => ({ readTimeoutMs: 4000 }), check: 'timeout_configurations_read_total_check' },
  {
    table: 'retry_policies',
    field: 'retryableStatusCodes',
    bad: () => ({ retryableStatusCodes: [503, 5030] }),
    check: 'retry_policies_retryable_status_codes_check',
  },
  { table: 'retry_policies', field: 'backoffMultiplier', bad: () => ({ backoffMultiplier: '1.00' }), check: 'retry_policies_backoff_multiplier_check' },
  {
    table: 'bulkhead_configs',
    field: 'maxConcurrentCalls',
    bad: () => ({ kind: 'thread_pool', coreThreadPoolSize: 30, queueCapacity: 100 }),
    check: 'bulkhead_configs_pool_size_check',
  },
  { table: 'bulkhead_configs', field: 'coreThreadPoolSize', bad: () => ({ kind: 'thread_pool', queueCapacity: 100 }), check: 'bulkhead_configs_thread_pool_core_check' },
  { table: 'degradation_modes', field: 'disabledFeatures', bad: () => ({ disabledFeatures: ['live-pedigree-lookup,registration-verification'] }), check: 'degradation_modes_disabled_features_check' },
  {
    table: 'degradation_mode_activations',
    field: 'activatedByUserId',
    bad: (ref) => ({ activatedByUserId: ref('user_profiles') }),
    check: 'degradation_mode_activations_manual_check',
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
