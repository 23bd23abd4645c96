import { adminCatalog, databaseBackups, systemAlerts } from '@db/admin';
import { adminFixtures } from '@db/admin/fixtures';
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
import { disasterRecoveryTests, platformServices, reliabilityCatalog } from '@db/reliability';
import { reliabilityFixtures } from '@db/reliability/fixtures';
import { userProfiles, usersCatalog } from '@db/users';
import { anotherUserProfile, usersFixtures } from '@db/users/fixtures';
import { getTableName, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { describe, expect, test } from 'vitest';
import {
  autoRecoveryActions,
  backupVerification,
  failoverEvents,
  failoverEventSchemas,
  preventiveMaintenance,
  recoveryCatalog,
  recoveryRelations,
  redundancyConfigs,
  reliabilityMetrics,
  selfHealingLogs,
  serviceDegradationAlerts,
  systemHealthChecks,
  systemRestorationLogs,
} from '../src/index.ts';
import { recoveryFixtures } from './fixtures.ts';

/**
 * Natural keys (imports upsert, a stale report changes nothing), the append-only decision and restoration logs,
 * ON DELETE (services, backups, people), the one redundancy configuration in force, the incident's timeline
 * through the relations, and row rules refused by Zod and the database alike.
 */
const t = setupTestDatabase({ relations: recoveryRelations });
const fixtures = { ...usersFixtures, ...adminFixtures, ...reliabilityFixtures, ...recoveryFixtures };
const catalog = { ...usersCatalog, ...adminCatalog, ...reliabilityCatalog, ...recoveryCatalog };
const { insertSchemaOf, seed, seedParentsOf, insertFixture, rowCount, rowByKey, allRows } = fixtureKit(t, catalog, fixtures);

/** Plain SQL for the statements under test: the erased kit's way, without a typed query builder per call. */
const deleteRow = (table: PgTable, id: string) => (tx: typeof t.db) => tx.execute(sql`delete from ${table} where id = ${id}`);
const updateRow = (table: PgTable, id: string, column: string, value: string | boolean) => (tx: typeof t.db) =>
  tx.execute(sql`update ${table} set ${sql.identifier(column)} = ${value} where id = ${id}`);

describe('natural keys: imports upsert', () => {
  const keys: NaturalKeyCase[] = [
    {
      name: 'system_health_checks',
      table: systemHealthChecks,
      key: [systemHealthChecks.source, systemHealthChecks.externalCheckId, systemHealthChecks.probeRegion, systemHealthChecks.checkedAt],
      set: { latencyMs: 3012, consecutiveFailures: 4 },
      index: 'system_health_checks_result_key',
    },
    {
      name: 'auto_recovery_actions',
      table: autoRecoveryActions,
      key: [autoRecoveryActions.executor, autoRecoveryActions.externalExecutionId],
      set: { outcome: 'resolved', sourceUpdatedAt: new Date('2024-11-06T19:20:00Z') },
      index: 'auto_recovery_actions_execution_key',
    },
    {
      name: 'service_degradation_alerts',
      table: serviceDegradationAlerts,
      key: [serviceDegradationAlerts.incidentProvider, serviceDegradationAlerts.externalIncidentId],
      set: { errorBudgetConsumedPercent: '8.10', sourceUpdatedAt: new Date('2024-11-06T20:00:00Z') },
      index: 'service_degradation_alerts_incident_key',
    },
    {
      name: 'reliability_metrics',
      table: reliabilityMetrics,
      key: [reliabilityMetrics.serviceId, reliabilityMetrics.environment, reliabilityMetrics.windowKind, reliabilityMetrics.windowStart],
      set: { availabilityPercent: '99.915', errorBudgetRemainingPercent: '61.90', sourceUpdatedAt: new Date('2024-11-07T06:00:00Z') },
      index: 'reliability_metrics_window_key',
    },
    {
      name: 'failover_events',
      table: failoverEvents,
      key: [failoverEvents.provider, failoverEvents.providerEventId],
      set: { dataLossSeconds: 138 },
      index: 'failover_events_provider_event_key',
    },
    {
      name: 'backup_verification',
      table: backupVerification,
      key: [backupVerification.source, backupVerification.externalRunId],
      set: { restoredRowCount: 183_442_920, sourceUpdatedAt: new Date('2024-06-02T06:31:00Z') },
      index: 'backup_verification_source_external_run_id_key',
    },
    {
      name: 'preventive_maintenance',
      table: preventiveMaintenance,
      key: [preventiveMaintenance.changeSource, preventiveMaintenance.changeTicketId],
      set: { status: 'completed', actualStartAt: new Date('2024-11-12T05:02:00Z'), actualEndAt: new Date('2024-11-12T05:48:00Z') },
      index: 'preventive_maintenance_change_key',
    },
  ];

  naturalKeyTests(t, catalog, fixtures, keys);

  test('a failover is imported as it progresses, and a stale report never overwrites a newer one', async () => {
    const { ref } = await seedParentsOf(failoverEvents);
    const report = (overrides: Record<string, unknown>) => {
      const values = failoverEventSchemas.insert.parse({ ...recoveryFixtures.failover_events!(ref), ...overrides });
      return t.db
        .insert(failoverEvents)
        .values(values)
        .onConflictDoUpdate({
          target: [failoverEvents.provider, failoverEvents.providerEventId],
          set: {
            status: sql`excluded.status`,
            startedAt: sql`excluded.started_at`,
            completedAt: sql`excluded.completed_at`,
            dataLossSeconds: sql`excluded.data_loss_seconds`,
            sourceUpdatedAt: sql`excluded.source_updated_at`,
          },
          // The provider's clock decides: a report older than the row is skipped.
          setWhere: sql`${failoverEvents.sourceUpdatedAt} is null or ${failoverEvents.sourceUpdatedAt} < excluded.source_updated_at`,
        })
        .returning();
    };
    const detected = { status: 'detected', startedAt: null, completedAt: null, dataLossSeconds: null, sourceUpdatedAt: new Date('2024-10-15T06:00:05Z') };
    const inProgress = { status: 'in_progress', completedAt: null, dataLossSeconds: null, sourceUpdatedAt: new Date('2024-10-15T06:02:15Z') };

    const [first] = await report(detected);
    await report(inProgress);
    const [completed] = await report({});
    expect(completed!.id).toBe(first!.id);
    // A late delivery of the in-progress report is a no-op: DO UPDATE ... WHERE skips the row.
    expect(await report(inProgress)).toEqual([]);
    expect(await allRows(failoverEvents)).toEqual([
      expect.objectContaining({ id: first!.id, status: 'completed', completedAt: new Date('2024-10-15T06:42:00Z'), dataLossSeconds: 140 }),
    ]);
  });
});

describe('append-only logs: the database refuses UPDATE and DELETE', () => {
  test('self_healing_logs: a decision cannot be edited or removed, nor the remediation and incident it names', async () => {
    const { ref } = await seed(selfHealingLogs);
    const id = ref('self_healing_logs');

    expect(await refusal(t.db, updateRow(selfHealingLogs, id, 'dry_run', true))).toEqual(appendOnlyRefusal);
    expect(await refusal(t.db, deleteRow(selfHealingLogs, id))).toEqual(appendOnlyRefusal);
    expect(await refusal(t.db, deleteRow(autoRecoveryActions, ref('auto_recovery_actions')))).toEqual({
      code: restrictViolation,
      constraint: 'self_healing_logs_auto_recovery_action_id_fkey',
      column: undefined,
    });
    expect(await refusal(t.db, deleteRow(serviceDegradationAlerts, ref('service_degradation_alerts')))).toEqual({
      code: restrictViolation,
      constraint: 'self_healing_logs_degradation_alert_id_fkey',
      column: undefined,
    });
    expect(await rowByKey(selfHealingLogs, id)).toMatchObject({ dryRun: false, decision: 'remediate' });

    // A re-delivered decision is a no-op on (controller_name, decision_key); a later decision is a new entry.
    const entry = insertSchemaOf('self_healing_logs').parse(recoveryFixtures.self_healing_logs!(ref));
    await t.db
      .insert(selfHealingLogs)
      .values(entry as never)
      .onConflictDoNothing({ target: [selfHealingLogs.controllerName, selfHealingLogs.decisionKey] });
    expect(await refusal(t.db, () => insertFixture(selfHealingLogs, ref))).toMatchObject({ code: '23505', constraint: 'self_healing_logs_decision_key' });
    await insertFixture(selfHealingLogs, ref, {
      decisionKey: '01JC2XB2M8R0T2V4X6Z8B0D2F4',
      decision: 'no_action',
      action: null,
      autoRecoveryActionId: null,
      observedValue: '0.0000',
      reason: 'Probes passing from every location again after the restart',
      decidedAt: new Date('2024-11-06T19:07:00Z'),
    });
    expect(await rowCount(selfHealingLogs)).toBe(2);
  });

  test('system_restoration_logs: a step cannot be edited or removed; a correction is a new step, and a step is numbered once', async () => {
    const { ref } = await seed(systemRestorationLogs);
    const id = ref('system_restoration_logs');
    const engineer = await insertFixture(userProfiles, ref, anotherUserProfile('engineer'));

    expect(await refusal(t.db, updateRow(systemRestorationLogs, id, 'outcome', 'failed'))).toEqual(appendOnlyRefusal);
    expect(await refusal(t.db, deleteRow(systemRestorationLogs, id))).toEqual(appendOnlyRefusal);

    // The failback after October's region failover, from the night's backup, by a second engineer.
    const failback = await insertFixture(systemRestorationLogs, pointing(ref, { user_profiles: engineer.id }), {
      restorationKey: 'RST-2024-0027',
      stepNumber: 1,
      phase: 'failback',
      actionKind: 'restore_backup',
      description: 'Rebuilt the eu-west-1 cluster from the nightly backup before failing back',
      degradationAlertId: null,
      failoverEventId: ref('failover_events'),
      backupId: ref('database_backups'),
    });
    expect(await refusal(t.db, () => insertFixture(systemRestorationLogs, ref))).toMatchObject({ code: '23505', constraint: 'system_restoration_logs_step_key' });

    for (const [table, rowId, constraint] of [
      [userProfiles, engineer.id, 'system_restoration_logs_operator_user_id_user_profiles_id_fkey'],
      [failoverEvents, ref('failover_events'), 'system_restoration_logs_failover_event_id_fkey'],
      [databaseBackups, ref('database_backups'), 'system_restoration_logs_backup_id_database_backups_id_fkey'],
      [serviceDegradationAlerts, ref('service_degradation_alerts'), 'system_restoration_logs_degradation_alert_id_fkey'],
    ] as const) {
      expect(await refusal(t.db, deleteRow(table, rowId))).toEqual({ code: restrictViolation, constraint, column: undefined });
    }
    expect(await rowByKey(systemRestorationLogs, failback.id)).toMatchObject({ operatorUserId: engineer.id, outcome: 'succeeded' });
    expect(await rowCount(systemRestorationLogs)).toBe(2);
  });
});

describe('ON DELETE', () => {
  const withHistory = [
    systemHealthChecks,
    autoRecoveryActions,
    serviceDegradationAlerts,
    selfHealingLogs,
    reliabilityMetrics,
    failoverEvents,
    systemRestorationLogs,
    preventiveMaintenance,
  ].map((table) => ({ table, name: getTableName(table) }));

  test.each(withHistory)('a service with $name is retired, not deleted (RESTRICT)', async ({ table, name }) => {
    const { ref } = await seedParentsOf(table);
    const scratch = await insertFixture(platformServices, ref, { serviceKey: 'scratch-api' });
    await insertFixture(table, pointing(ref, { platform_services: scratch.id }));
    expect(await refusal(t.db, deleteRow(platformServices, scratch.id))).toEqual({
      code: restrictViolation,
      constraint: `${name}_service_id_platform_services_id_fkey`,
      column: undefined,
    });
  });

  test("a service's redundancy configurations go with it (CASCADE), and no other service's", async () => {
    const { ref } = await seed(redundancyConfigs);
    const scratch = await insertFixture(platformServices, ref, { serviceKey: 'scratch-api' });
    await insertFixture(redundancyConfigs, pointing(ref, { platform_services: scratch.id }));
    await t.db.execute(sql`delete from ${platformServices} where id = ${scratch.id}`);
    expect((await allRows(redundancyConfigs)).map((row) => row.serviceId)).toEqual([ref('platform_services')]);
  });

  test('a backup with a restore test cannot be deleted: the test is audit evidence', async () => {
    const { ref } = await seed(backupVerification);
    expect(await refusal(t.db, deleteRow(databaseBackups, ref('database_backups')))).toEqual({
      code: restrictViolation,
      constraint: 'backup_verification_backup_id_database_backups_id_fkey',
      column: undefined,
    });
    expect(await rowByKey(backupVerification, ref('backup_verification'))).toMatchObject({ backupId: ref('database_backups'), result: 'passed' });
  });

  test('purging an alert or a probe result unsets what it triggered, keeping the remediation and the incident', async () => {
    const { ref } = await seed(autoRecoveryActions, serviceDegradationAlerts);
    await t.db.execute(sql`delete from ${systemHealthChecks} where id = ${ref('system_health_checks')}`);
    await t.db.execute(sql`delete from ${systemAlerts} where id = ${ref('system_alerts')}`);
    expect(await rowByKey(autoRecoveryActions, ref('auto_recovery_actions'))).toMatchObject({
      healthCheckId: null,
      triggeringAlertId: null,
      status: 'succeeded',
    });
    expect(await rowByKey(serviceDegradationAlerts, ref('service_degradation_alerts'))).toMatchObject({ systemAlertId: null, status: 'resolved' });
  });

  test('erasing a person unsets their credits; a restore test they signed or a change they approved keeps the profile', async () => {
    const { ref } = await seed(autoRecoveryActions, disasterRecoveryTests, databaseBackups);
    const leaver = await insertFixture(userProfiles, ref, anotherUserProfile('leaver'));
    const as = pointing(ref, { user_profiles: leaver.id });
    const incident = await insertFixture(serviceDegradationAlerts, as);
    const config = await insertFixture(redundancyConfigs, as);
    const failover = await insertFixture(failoverEvents, as);

    await t.db.execute(sql`delete from ${userProfiles} where id = ${leaver.id}`);
    // Who acknowledged, changed or decided goes; what they did stays.
    expect(await rowByKey(serviceDegradationAlerts, incident.id)).toMatchObject({
      acknowledgedByUserId: null,
      acknowledgedAt: new Date('2024-11-06T19:07:12Z'),
    });
    expect(await rowByKey(redundancyConfigs, config.id)).toMatchObject({ changedByUserId: null, strategy: 'active_passive' });
    expect(await rowByKey(failoverEvents, failover.id)).toMatchObject({ initiatedByUserId: null, triggerMode: 'manual' });

    const signer = await insertFixture(userProfiles, ref, anotherUserProfile('signer'));
    await insertFixture(backupVerification, pointing(ref, { user_profiles: signer.id }));
    await insertFixture(preventiveMaintenance, pointing(ref, { user_profiles: signer.id }));
    const refused = await refusal(t.db, deleteRow(userProfiles, signer.id));
    expect(refused).toMatchObject({ code: restrictViolation });
    expect(['backup_verification_verified_by_user_id_fkey', 'preventive_maintenance_approved_by_user_id_fkey']).toContain(refused?.constraint);
  });
});

describe('history: one redundancy configuration in force (partial unique index)', () => {
  test('a second current configuration is refused; a change closes the current one and opens the next', async () => {
    const { ref } = await seed(redundancyConfigs);
    const next = { strategy: 'active_active', minReplicas: 6, primaryRegion: null, failoverMode: 'automatic', validFrom: new Date('2024-12-01T09:00:00Z') };
    expect(await refusal(t.db, () => insertFixture(redundancyConfigs, ref, next))).toMatchObject({
      code: '23505',
      constraint: 'redundancy_configs_current_key',
    });

    await updateRow(redundancyConfigs, ref('redundancy_configs'), 'valid_to', next.validFrom.toISOString())(t.db);
    const opened = await insertFixture(redundancyConfigs, ref, next);
    // Staging has its own configuration in force.
    await insertFixture(redundancyConfigs, ref, {
      environment: 'staging',
      strategy: 'single_instance',
      minReplicas: 1,
      regions: ['eu-west-1'],
      validFrom: new Date('2024-12-02T09:00:00Z'),
    });

    const service = await t.db.query.platformServices.findFirst({
      where: { id: ref('platform_services') },
      with: { recoveryRedundancyConfigs: { orderBy: { validFrom: 'asc' } }, recoveryCurrentRedundancyConfigs: { where: { environment: 'production' } } },
    });
    expect(service?.recoveryCurrentRedundancyConfigs.map((config) => config.id)).toEqual([opened.id]);
    expect(service?.recoveryRedundancyConfigs.map((config) => [config.environment, config.strategy, config.validTo])).toEqual([
      ['production', 'active_passive', next.validFrom],
      ['production', 'active_active', null],
      ['staging', 'single_instance', null],
    ]);
  });
});

describe('an incident reads as a timeline through the relations', () => {
  test('the alert, the failed probe, the healing decision, the remediation and the restoration steps', async () => {
    const { ref } = await seed(selfHealingLogs, systemRestorationLogs);
    const incident = await t.db.query.serviceDegradationAlerts.findFirst({
      where: { id: ref('service_degradation_alerts') },
      with: {
        service: true,
        systemAlert: true,
        healingDecisions: { with: { autoRecoveryAction: { with: { healthCheck: true } } } },
        restorationSteps: { orderBy: { stepNumber: 'asc' } },
      },
    });
    expect(incident?.service.serviceKey).toBe('horse-api');
    expect(incident?.systemAlert?.id).toBe(ref('system_alerts'));
    expect(
      incident?.healingDecisions.map((entry) => [entry.decision, entry.autoRecoveryAction?.action, entry.autoRecoveryAction?.healthCheck?.httpStatusCode]),
    ).toEqual([['remediate', 'restart_pods', 503]]);
    expect(incident?.restorationSteps.map((step) => [step.stepNumber, step.actionKind])).toEqual([[3, 'replay_events']]);
  });
});

/**
 * Rules of one row, in Zod and in the database. `bad` breaks exactly one rule (declared once, in the table);
 * `field` is where Zod reports it and `check` the constraint PostgreSQL names.
 */
const rowRules: { table: string; field: string; bad: (ref: Ref) => Record<string, unknown>; check: string }[] = [
  { table: 'system_health_checks', field: 'httpStatusCode', bad: () => ({ httpStatusCode: 700 }), check: 'system_health_checks_http_status_code_check' },
  {
    table: 'auto_recovery_actions',
    field: 'finishedAt',
    bad: () => ({ finishedAt: null, outcome: null }),
    check: 'auto_recovery_actions_succeeded_check',
  },
  {
    table: 'auto_recovery_actions',
    field: 'startedAt',
    bad: () => ({ status: 'running', startedAt: null, finishedAt: null, outcome: null }),
    check: 'auto_recovery_actions_running_check',
  },
  { table: 'auto_recovery_actions', field: 'finishedAt', bad: () => ({ status: 'running', finishedAt: null }), check: 'auto_recovery_actions_outcome_finished_check' },
  {
    table: 'service_degradation_alerts',
    field: 'acknowledgedAt',
    bad: () => ({ status: 'acknowledged', acknowledgedAt: null, acknowledgedByUserId: null, resolvedAt: null }),
    check: 'service_degradation_alerts_acknowledged_check',
  },
  { table: 'service_degradation_alerts', field: 'resolvedAt', bad: () => ({ status: 'mitigated' }), check: 'service_degradation_alerts_resolved_status_check' },
  {
    table: 'redundancy_configs',
    field: 'regions',
    bad: () => ({ regions: ['eu-west-1', 'eu-west-2,eu-central-1'] }),
    check: 'redundancy_configs_regions_check',
  },
  { table: 'redundancy_configs', field: 'validTo', bad: () => ({ validTo: new Date('2024-10-01T00:00:00Z') }), check: 'redundancy_configs_valid_to_check' },
  { table: 'self_healing_logs', field: 'signalName', bad: () => ({ signalName: null }), check: 'self_healing_logs_signal_check' },
  { table: 'reliability_metrics', field: 'latencyP99Ms', bad: () => ({ latencyP99Ms: '150.000' }), check: 'reliability_metrics_latency_p99_check' },
  { table: 'failover_events', field: 'completedAt', bad: () => ({ completedAt: null }), check: 'failover_events_completed_check' },
  { table: 'failover_events', field: 'disasterRecoveryTestId', bad: () => ({ reason: 'region_outage' }), check: 'failover_events_dr_test_check' },
  {
    table: 'failover_events',
    field: 'autoRecoveryActionId',
    bad: (ref) => ({ autoRecoveryActionId: ref('auto_recovery_actions') }),
    check: 'failover_events_automatic_check',
  },
  {
    table: 'backup_verification',
    field: 'pointInTimeTarget',
    bad: () => ({ pointInTimeTarget: new Date('2024-06-02T01:55:00Z') }),
    check: 'backup_verification_pitr_method_check',
  },
  { table: 'backup_verification', field: 'failureReason', bad: () => ({ result: 'failed' }), check: 'backup_verification_failed_reason_check' },
  { table: 'system_restoration_logs', field: 'operatorUserId', bad: () => ({ operatorType: 'automation' }), check: 'system_restoration_logs_operator_check' },
  { table: 'preventive_maintenance', field: 'actualEndAt', bad: () => ({ status: 'completed' }), check: 'preventive_maintenance_completed_check' },
  { table: 'preventive_maintenance', field: 'approvedByUserId', bad: () => ({ approvedByUserId: null }), check: 'preventive_maintenance_approved_check' },
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
