import { mergeRelationParts } from '@db/core';
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
import { userProfiles, usersCatalog, usersRelations } from '@db/users';
import { anotherUserProfile, usersFixtures } from '@db/users/fixtures';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import {
  cacheConfiguration,
  capacityPlanning,
  dataReplicationStatus,
  disasterRecoveryPlans,
  disasterRecoveryTests,
  infrastructureMonitoring,
  loadBalancingConfig,
  platformServices,
  queueManagement,
  rateLimitingRules,
  reliabilityCatalog,
  reliabilityRelations,
  scalingEvents,
  scalingEventSchemas,
  serviceDependencies,
  serviceDependencySchemas,
} from '../src/index.ts';
import { reliabilityFixtures } from './fixtures.ts';

/**
 * Natural keys (imports upsert), ON DELETE, the partial unique indexes of current rows, the dependency graph's
 * rules, row rules refused by Zod and the database alike, and the append-only DR test log.
 */
const t = setupTestDatabase({ relations: mergeRelationParts(usersRelations, reliabilityRelations) });
const fixtures = { ...usersFixtures, ...reliabilityFixtures };
const catalog = { ...usersCatalog, ...reliabilityCatalog };
const { insertSchemaOf, seed, seedParentsOf, insertFixture, rowCount, rowByKey, allRows } = fixtureKit(t, catalog, fixtures);


/** A second catalogued service: the API's primary database. */
const horseDb = { serviceKey: 'horse-db', displayName: 'Horse records database', kind: 'database', tier: 'tier_0', owningTeam: 'platform-sre' };

describe('natural keys: imports upsert', () => {
  test('an autoscaler event first seen in progress is completed by a later import; a stale import changes nothing', async () => {
    const { ref } = await seedParentsOf(scalingEvents);
    const importEvent = (overrides: Record<string, unknown>) => {
      const values = scalingEventSchemas.insert.parse({ ...reliabilityFixtures.scaling_events!(ref), ...overrides });
      return t.db
        .insert(scalingEvents)
        .values(values)
        .onConflictDoUpdate({
          target: [scalingEvents.source, scalingEvents.externalEventId],
          set: {
            status: sql`excluded.status`,
            completedAt: sql`excluded.completed_at`,
            toReplicas: sql`excluded.to_replicas`,
            cause: sql`excluded.cause`,
            sourceUpdatedAt: sql`excluded.source_updated_at`,
          },
          // The source's clock decides: an import older than the row never overwrites it.
          setWhere: sql`${scalingEvents.sourceUpdatedAt} is null or ${scalingEvents.sourceUpdatedAt} < excluded.source_updated_at`,
        })
        .returning();
    };
    const inProgress = { status: 'in_progress', completedAt: null, sourceUpdatedAt: new Date('2024-11-06T19:02:11Z') };

    const [started] = await importEvent(inProgress);
    const [completed] = await importEvent({});
    expect(completed!.id).toBe(started!.id);
    // Replaying the first delivery (older) is a no-op: DO UPDATE ... WHERE skips the row.
    expect(await importEvent(inProgress)).toEqual([]);
    expect(await allRows(scalingEvents)).toEqual([
      expect.objectContaining({ id: started!.id, status: 'succeeded', completedAt: new Date('2024-11-06T19:03:02Z'), toReplicas: 6 }),
    ]);

    // The key is the pair: the same id from another source is another event.
    await importEvent({ source: 'keda' });
    expect(await rowCount(scalingEvents)).toBe(2);
  });

  const keys: NaturalKeyCase[] = [
    {
      name: 'data_replication_status',
      table: dataReplicationStatus,
      key: [dataReplicationStatus.source, dataReplicationStatus.externalId],
      set: { state: 'catching_up', lagSeconds: '42.250', observedAt: new Date('2024-11-06T19:10:00Z') },
      distinct: { streamName: 'horse-api-db-standby-euw2-b' },
      index: 'data_replication_status_source_external_id_key',
    },
    {
      name: 'queue_management',
      table: queueManagement,
      key: [queueManagement.broker, queueManagement.brokerQueueRef],
      set: { currentDepth: 5210, consumerCount: 6, statsObservedAt: new Date('2024-11-06T19:10:00Z') },
      distinct: { queueName: 'horse-record-updates-v2.fifo' },
      index: 'queue_management_broker_queue_ref_key',
    },
    {
      name: 'platform_services',
      table: platformServices,
      key: [platformServices.serviceKey],
      set: { tier: 'tier_0', runbookUrl: 'https://runbooks.equine.ie/services/horse-api-v2' },
      distinct: {},
      index: 'platform_services_service_key_key',
    },
  ];

  naturalKeyTests(t, catalog, fixtures, keys);

  test('a re-delivered scrape is ignored: one sample per (host_name, sampled_at)', async () => {
    const { ref } = await seedParentsOf(infrastructureMonitoring);
    const sample = insertSchemaOf('infrastructure_monitoring').parse(reliabilityFixtures.infrastructure_monitoring!(ref));
    for (let i = 0; i < 2; i++) {
      await t.db
        .insert(infrastructureMonitoring)
        .values(sample as never)
        .onConflictDoNothing({ target: [infrastructureMonitoring.hostName, infrastructureMonitoring.sampledAt] });
    }
    expect(await rowCount(infrastructureMonitoring)).toBe(1);
    // Another host at the same instant, and the same host a scrape later, are other samples.
    await insertFixture(infrastructureMonitoring, ref, { hostName: 'ip-10-20-4-12.eu-west-1.compute.internal' });
    await insertFixture(infrastructureMonitoring, ref, { sampledAt: new Date('2024-11-06T19:02:15Z') });
    expect(await rowCount(infrastructureMonitoring)).toBe(3);
  });
});

describe('ON DELETE', () => {
  test("deleting a service that has only configuration deletes its configuration, and no other service's", async () => {
    const configuration = [loadBalancingConfig, cacheConfiguration, rateLimitingRules, dataReplicationStatus, capacityPlanning, serviceDependencies];
    const { ref } = await seed(...configuration);
    const scratch = await insertFixture(platformServices, ref, { serviceKey: 'scratch-api' });
    const own = pointing(ref, { platform_services: scratch.id });
    for (const table of configuration) {
      // The replication stream's source id is unique across services.
      const overrides = table === dataReplicationStatus ? { externalId: 'arn:aws:rds:eu-west-2:123456789012:cluster:scratch-api-db-dr' } : {};
      await insertFixture(table, own, overrides);
    }

    await t.db.delete(platformServices).where(eq(platformServices.id, scratch.id));
    for (const table of configuration) {
      expect((await allRows(table)).map((row) => row.serviceId)).toEqual([ref('platform_services')]);
    }
  });

  test.each([
    { table: scalingEvents, constraint: 'scaling_events_service_id_platform_services_id_fkey' },
    { table: infrastructureMonitoring, constraint: 'infrastructure_monitoring_service_id_platform_services_id_fkey' },
    { table: disasterRecoveryPlans, constraint: 'disaster_recovery_plans_service_id_platform_services_id_fkey' },
    { table: queueManagement, constraint: 'queue_management_service_id_platform_services_id_fkey' },
  ])('a service with history ($constraint) is retired, not deleted', async ({ table, constraint }) => {
    const { ref } = await seed(table);
    expect(await refusal(t.db, (tx) => tx.delete(platformServices).where(eq(platformServices.id, ref('platform_services'))))).toEqual({
      code: restrictViolation,
      constraint,
    });
    await t.db
      .update(platformServices)
      .set({ status: 'retired', retiredAt: new Date('2025-01-31T18:00:00Z') })
      .where(eq(platformServices.id, ref('platform_services')));
    expect(await rowByKey(platformServices, ref('platform_services'))).toMatchObject({ status: 'retired' });
  });

  test('a service others depend on cannot be deleted; a dependent takes its own edges with it', async () => {
    const { ref } = await seed(platformServices);
    const db = await insertFixture(platformServices, ref, horseDb);
    await insertFixture(serviceDependencies, ref, {
      dependsOnServiceId: db.id,
      externalDependencyHost: null,
      criticality: 'hard',
      interaction: 'database',
      fallback: 'none',
      circuitBreakerEnabled: false,
    });

    expect(await refusal(t.db, (tx) => tx.delete(platformServices).where(eq(platformServices.id, db.id)))).toEqual({
      code: restrictViolation,
      constraint: 'service_dependencies_depends_on_service_id_fkey',
    });
    await t.db.delete(platformServices).where(eq(platformServices.id, ref('platform_services')));
    expect(await rowCount(serviceDependencies)).toBe(0);
    await t.db.delete(platformServices).where(eq(platformServices.id, db.id));
    expect(await rowCount(platformServices)).toBe(0);
  });

  test('erasing a user deletes the rate-limit override about them and unsets their credits', async () => {
    const { ref } = await seed(platformServices);
    const leaver = await insertFixture(userProfiles, ref, anotherUserProfile('leaver'));
    const as = pointing(ref, { user_profiles: leaver.id });
    await insertFixture(rateLimitingRules, ref, {
      ruleKey: 'partner_feed_override',
      scope: 'user',
      subjectUserId: leaver.id,
      requestsPerWindow: 6000,
      endpointPattern: '/api/v1/horses/*',
    });
    const config = await insertFixture(loadBalancingConfig, as);
    const plan = await insertFixture(capacityPlanning, as);
    const event = await insertFixture(scalingEvents, ref, { trigger: 'manual', initiatedByUserId: leaver.id, source: null, externalEventId: null });

    await t.db.delete(userProfiles).where(eq(userProfiles.id, leaver.id));

    expect(await rowCount(rateLimitingRules)).toBe(0);
    expect(await rowByKey(loadBalancingConfig, config.id)).toMatchObject({ changedByUserId: null, algorithm: 'least_outstanding_requests' });
    expect(await rowByKey(capacityPlanning, plan.id)).toMatchObject({ preparedByUserId: null, approvedByUserId: null, status: 'approved' });
    expect(await rowByKey(scalingEvents, event.id)).toMatchObject({ initiatedByUserId: null, trigger: 'manual' });
  });

  test("the approver of a DR plan is kept: the sign-off refuses the profile's deletion (erasure anonymises it)", async () => {
    const { ref } = await seed(platformServices);
    const approver = await insertFixture(userProfiles, ref, anotherUserProfile('approver'));
    await insertFixture(disasterRecoveryPlans, ref, { approvedByUserId: approver.id });
    expect(await refusal(t.db, (tx) => tx.delete(userProfiles).where(eq(userProfiles.id, approver.id)))).toEqual({
      code: restrictViolation,
      constraint: 'disaster_recovery_plans_approved_by_user_id_fkey',
    });
  });

  test('deleting a dead-letter queue unsets the redrive of the queues feeding it', async () => {
    const { ref } = await seed(queueManagement);
    const dlq = await insertFixture(queueManagement, ref, {
      queueName: 'horse-record-updates-dlq.fifo',
      queueType: 'dead_letter',
      brokerQueueRef: 'arn:aws:sqs:eu-west-1:123456789012:horse-record-updates-dlq.fifo',
      currentDepth: 2,
      consumerCount: 0,
      // 14 days: SQS's maximum, so failed messages outlive their original's retention.
      messageRetentionSeconds: 1209600,
    });
    await t.db
      .update(queueManagement)
      .set({ deadLetterQueueId: dlq.id, maxReceiveCount: 5, deadLetterCount: 2 })
      .where(eq(queueManagement.id, ref('queue_management')));

    await t.db.delete(queueManagement).where(eq(queueManagement.id, dlq.id));
    expect(await rowByKey(queueManagement, ref('queue_management'))).toMatchObject({ deadLetterQueueId: null, maxReceiveCount: 5 });
  });
});

describe('history: one current row, earlier ones kept (partial unique indexes)', () => {
  test('one current balancer config per service and environment; a change closes it and opens the next', async () => {
    const { ref } = await seed(loadBalancingConfig);
    const next = { validFrom: new Date('2024-11-07T08:00:00Z'), algorithm: 'least_connections', changeReference: 'CHG-2024-0533' };
    expect(await refusal(t.db, () => insertFixture(loadBalancingConfig, ref, next))).toEqual({
      code: '23505',
      constraint: 'load_balancing_config_current_key',
    });

    await t.db
      .update(loadBalancingConfig)
      .set({ validTo: next.validFrom })
      .where(eq(loadBalancingConfig.id, ref('load_balancing_config')));
    await insertFixture(loadBalancingConfig, ref, next);
    // Staging has its own current row.
    await insertFixture(loadBalancingConfig, ref, { environment: 'staging', loadBalancerName: 'equine-staging-public-alb' });
    const history = await t.db.select().from(loadBalancingConfig).where(eq(loadBalancingConfig.environment, 'production')).orderBy(loadBalancingConfig.validFrom);
    expect(history.map((row) => [row.algorithm, row.validTo])).toEqual([
      ['least_outstanding_requests', next.validFrom],
      ['least_connections', null],
    ]);
  });

  test.each([
    {
      table: cacheConfiguration,
      index: 'cache_configuration_current_key',
      closed: { validTo: new Date('2024-10-01T00:00:00Z') },
    },
    {
      table: rateLimitingRules,
      index: 'rate_limiting_rules_current_key',
      closed: { validTo: new Date('2024-10-15T00:00:00Z') },
    },
    {
      table: disasterRecoveryPlans,
      index: 'disaster_recovery_plans_approved_key',
      closed: { version: 2, status: 'superseded' },
    },
    {
      table: capacityPlanning,
      index: 'capacity_planning_committed_key',
      closed: { status: 'rejected', approvedByUserId: null, approvedAt: null },
    },
  ])('$index: a second current row is refused; earlier ones are kept beside it', async ({ table, index, closed }) => {
    const { ref } = await seed(table);
    const second = table === disasterRecoveryPlans ? { version: 4 } : {};
    expect(await refusal(t.db, () => insertFixture(table, ref, second))).toEqual({ code: '23505', constraint: index });
    await insertFixture(table, ref, closed);
    expect(await rowCount(table)).toBe(2);
  });
});

describe('the dependency graph', () => {
  test('one edge per pair, to a catalogued service or an external host; never to itself', async () => {
    const { ref } = await seed(serviceDependencies);
    const db = await insertFixture(platformServices, ref, horseDb);
    const toDb = { dependsOnServiceId: db.id, externalDependencyHost: null, criticality: 'hard', interaction: 'database' };

    expect(await refusal(t.db, () => insertFixture(serviceDependencies, ref))).toEqual({ code: '23505', constraint: 'service_dependencies_pair_key' });
    await insertFixture(serviceDependencies, ref, toDb);
    expect(await refusal(t.db, () => insertFixture(serviceDependencies, ref, toDb))).toEqual({ code: '23505', constraint: 'service_dependencies_pair_key' });
    // The database's own edges are another service's.
    await insertFixture(serviceDependencies, pointing(ref, { platform_services: db.id }), {
      externalDependencyHost: 's3.eu-west-1.amazonaws.com',
      interaction: 'object_storage',
    });
    expect(await rowCount(serviceDependencies)).toBe(3);

    const loop = { ...reliabilityFixtures.service_dependencies!(ref), dependsOnServiceId: ref('platform_services'), externalDependencyHost: null };
    expect(serviceDependencySchemas.insert.safeParse(loop).error?.issues.map((issue) => issue.path[0])).toEqual(['dependsOnServiceId']);
    expect(await refusal(t.db, (tx) => tx.insert(serviceDependencies).values(loop as never))).toEqual({
      code: '23514',
      constraint: 'service_dependencies_self_check',
    });
  });

  test('a service reads its dependencies, its dependents and its queues through the relations', async () => {
    const { ref } = await seed(serviceDependencies, queueManagement);
    const db = await insertFixture(platformServices, ref, horseDb);
    await insertFixture(serviceDependencies, ref, { dependsOnServiceId: db.id, externalDependencyHost: null, criticality: 'hard', interaction: 'database' });
    const dlq = await insertFixture(queueManagement, ref, {
      queueName: 'horse-record-updates-dlq.fifo',
      queueType: 'dead_letter',
      brokerQueueRef: 'arn:aws:sqs:eu-west-1:123456789012:horse-record-updates-dlq.fifo',
      consumerServiceId: null,
    });
    await t.db.update(queueManagement).set({ deadLetterQueueId: dlq.id, maxReceiveCount: 5 }).where(eq(queueManagement.id, ref('queue_management')));

    const api = await t.db.query.platformServices.findFirst({
      where: { serviceKey: 'horse-api' },
      with: {
        technicalOwner: true,
        dependencies: { with: { dependsOn: true }, orderBy: { criticality: 'asc' } },
        queuesOwned: { with: { deadLetterQueue: true }, where: { queueType: 'fifo' } },
      },
    });
    expect(api?.technicalOwner?.id).toBe(ref('user_profiles'));
    expect(api?.dependencies.map((edge) => edge.dependsOn?.serviceKey ?? edge.externalDependencyHost)).toEqual(['horse-db', 'api.weatherbys.co.uk']);
    expect(api?.queuesOwned.map((queue) => [queue.queueName, queue.deadLetterQueue?.queueName])).toEqual([
      ['horse-record-updates.fifo', 'horse-record-updates-dlq.fifo'],
    ]);

    const database = await t.db.query.platformServices.findFirst({ where: { id: db.id }, with: { dependents: { with: { service: true } } } });
    expect(database?.dependents.map((edge) => edge.service.serviceKey)).toEqual(['horse-api']);
  });
});

/**
 * Rules of one row, in Zod and in the database. `bad` breaks exactly one rule (declared once, in the table);
 * `field` is where Zod reports it and `check` the constraint PostgreSQL names.
 */
const rowRules: { table: string; field: string; bad: (ref: Ref) => Record<string, unknown>; check: string }[] = [
  { table: 'platform_services', field: 'retiredAt', bad: () => ({ status: 'retired' }), check: 'platform_services_retired_at_check' },
  { table: 'load_balancing_config', field: 'healthCheckPath', bad: () => ({ healthCheckPath: null }), check: 'load_balancing_config_https_path_check' },
  {
    table: 'load_balancing_config',
    field: 'healthCheckIntervalSeconds',
    bad: () => ({ healthCheckTimeoutSeconds: 20 }),
    check: 'load_balancing_config_health_check_timing_check',
  },
  {
    table: 'load_balancing_config',
    field: 'affinityCookieTtlSeconds',
    bad: () => ({ affinityCookieTtlSeconds: 3600 }),
    check: 'load_balancing_config_affinity_cookie_check',
  },
  {
    table: 'cache_configuration',
    field: 'ttlSeconds',
    bad: () => ({ invalidation: 'ttl_only', ttlSeconds: null }),
    check: 'cache_configuration_ttl_required_check',
  },
  { table: 'rate_limiting_rules', field: 'subjectUserId', bad: (ref) => ({ subjectUserId: ref('user_profiles') }), check: 'rate_limiting_rules_subject_user_check' },
  { table: 'scaling_events', field: 'failureReason', bad: () => ({ status: 'failed' }), check: 'scaling_events_failure_reason_check' },
  { table: 'scaling_events', field: 'completedAt', bad: () => ({ completedAt: null }), check: 'scaling_events_succeeded_at_check' },
  { table: 'scaling_events', field: 'initiatedByUserId', bad: (ref) => ({ initiatedByUserId: ref('user_profiles') }), check: 'scaling_events_initiated_by_check' },
  { table: 'scaling_events', field: 'maxReplicas', bad: () => ({ maxReplicas: 2 }), check: 'scaling_events_replica_bounds_check' },
  {
    table: 'service_dependencies',
    field: 'externalDependencyHost',
    bad: () => ({ externalDependencyHost: null }),
    check: 'service_dependencies_target_check',
  },
  { table: 'infrastructure_monitoring', field: 'diskTotalBytes', bad: () => ({ diskUsedBytes: 107374182401 }), check: 'infrastructure_monitoring_disk_check' },
  {
    table: 'disaster_recovery_plans',
    field: 'approvedAt',
    bad: () => ({ approvedByUserId: null, approvedAt: null }),
    check: 'disaster_recovery_plans_approved_at_check',
  },
  { table: 'disaster_recovery_plans', field: 'approvedAt', bad: () => ({ status: 'draft', approvedAt: null }), check: 'disaster_recovery_plans_approval_check' },
  {
    table: 'disaster_recovery_tests',
    field: 'completedAt',
    bad: () => ({ completedAt: new Date('2024-10-15T05:59:00Z') }),
    check: 'disaster_recovery_tests_completed_at_check',
  },
  { table: 'data_replication_status', field: 'externalId', bad: () => ({ externalId: null }), check: 'data_replication_status_source_check' },
  {
    table: 'queue_management',
    field: 'maxReceiveCount',
    bad: () => ({ deadLetterQueueId: '0b6f1f0e-3c1a-4d8e-9b2f-7a5c4e3d2b1a' }),
    check: 'queue_management_redrive_check',
  },
  { table: 'capacity_planning', field: 'approvedAt', bad: () => ({ approvedAt: null }), check: 'capacity_planning_approved_at_check' },
];

describe('row rules: Zod and the database refuse the same row', () => {
  test.each(rowRules)('$table: $check', async ({ table: name, field, bad, check }) => {
    const { table, insert } = catalog[name]!;
    const { ref } = await seedParentsOf(table);
    const row: Record<string, unknown> = { ...fixtures[name]!(ref), ...bad(ref) };

    expect(insert.safeParse(row).error?.issues.map((issue) => issue.path[0])).toEqual([field]);
    expect(await refusal(t.db, (tx) => tx.insert(table).values(row as never))).toEqual({ code: '23514', constraint: check });
    expect(await rowCount(table)).toBe(0);
  });
});

describe('the DR test log is append-only', () => {
  test('UPDATE and DELETE are refused; the plan and the person who ran the test cannot be deleted', async () => {
    const { ref } = await seed(disasterRecoveryPlans);
    const engineer = await insertFixture(userProfiles, ref, anotherUserProfile('engineer'));
    const entry = await insertFixture(disasterRecoveryTests, ref, { conductedByUserId: engineer.id });

    const edit = (tx: typeof t.db) => tx.update(disasterRecoveryTests).set({ outcome: 'passed' }).where(eq(disasterRecoveryTests.id, entry.id));
    expect(await refusal(t.db, edit)).toEqual(appendOnlyRefusal);
    expect(await refusal(t.db, (tx) => tx.delete(disasterRecoveryTests).where(eq(disasterRecoveryTests.id, entry.id)))).toEqual(appendOnlyRefusal);
    expect(await refusal(t.db, (tx) => tx.delete(disasterRecoveryPlans).where(eq(disasterRecoveryPlans.id, ref('disaster_recovery_plans'))))).toEqual({
      code: restrictViolation,
      constraint: 'disaster_recovery_tests_plan_id_fkey',
    });
    expect(await refusal(t.db, (tx) => tx.delete(userProfiles).where(eq(userProfiles.id, engineer.id)))).toEqual({
      code: restrictViolation,
      constraint: 'disaster_recovery_tests_conducted_by_user_id_fkey',
    });
    expect(await rowByKey(disasterRecoveryTests, entry.id)).toMatchObject({ outcome: 'passed_with_issues', conductedByUserId: engineer.id });

    // A correction is a new entry; the same report filed twice is refused.
    await insertFixture(disasterRecoveryTests, ref, { startedAt: new Date('2024-10-22T06:00:00Z'), completedAt: new Date('2024-10-22T06:55:00Z'), outcome: 'passed' });
    expect(await refusal(t.db, () => insertFixture(disasterRecoveryTests, ref))).toEqual({
      code: '23505',
      constraint: 'disaster_recovery_tests_plan_id_started_at_key',
    });
    expect(await rowCount(disasterRecoveryTests)).toBe(2);
  });
});
