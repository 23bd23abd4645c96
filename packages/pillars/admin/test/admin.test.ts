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
import { userProfiles, usersCatalog } from '@db/users';
import { anotherUserProfile, usersFixtures } from '@db/users/fixtures';
import { eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import {
  adminActions,
  adminCatalog,
  adminUsers,
  apiUsageStats,
  apiUsageStatSchemas,
  auditTrail,
  databaseBackups,
  errorLogs,
  errorLogSchemas,
  featureFlags,
  systemAlerts,
  systemConfig,
  systemHealthMetrics,
  systemHealthMetricSchemas,
} from '../src/index.ts';
import { adminFixtures } from './fixtures.ts';

/** Append-only logs, natural keys (ingestion upserts), ON DELETE, partial unique indexes and row rules. */
const t = setupTestDatabase();
const fixtures = { ...usersFixtures, ...adminFixtures };
const catalog = { ...usersCatalog, ...adminCatalog };
const { insertSchemaOf, seed, seedParentsOf, insertFixture, rowCount, rowByKey, allRows } = fixtureKit(t, catalog, fixtures);

describe('append-only logs: the database refuses UPDATE and DELETE', () => {
  test('admin_actions: an action cannot be edited or removed, and its admin cannot be deleted', async () => {
    const { ref } = await seed(adminActions);
    const id = ref('admin_actions');

    expect(await refusal(t.db, (tx) => tx.update(adminActions).set({ reason: 'edited afterwards' }).where(eq(adminActions.id, id)))).toEqual(
      appendOnlyRefusal,
    );
    expect(await refusal(t.db, (tx) => tx.delete(adminActions).where(eq(adminActions.id, id)))).toEqual(appendOnlyRefusal);
    expect(await refusal(t.db, (tx) => tx.delete(adminUsers).where(eq(adminUsers.id, ref('admin_users'))))).toEqual({
      code: restrictViolation,
      constraint: 'admin_actions_admin_user_id_admin_users_id_fkey',
      column: undefined,
    });
    expect(await rowByKey(adminActions, id)).toMatchObject({ reason: adminFixtures.admin_actions!(ref).reason });

    // Appending still works.
    await insertFixture(adminActions, ref, { action: 'impersonation_started', reason: 'Reproducing a blank reminders screen (ZD-48213)' });
    expect(await rowCount(adminActions)).toBe(2);
  });

  test('audit_trail: an entry cannot be edited or removed, and its actor cannot be deleted', async () => {
    const { ref } = await seed(auditTrail);
    const id = ref('audit_trail');

    expect(await refusal(t.db, (tx) => tx.update(auditTrail).set({ changedColumns: [] }).where(eq(auditTrail.id, id)))).toEqual(appendOnlyRefusal);
    expect(await refusal(t.db, (tx) => tx.delete(auditTrail))).toEqual(appendOnlyRefusal);
    expect(await refusal(t.db, (tx) => tx.delete(userProfiles).where(eq(userProfiles.id, ref('user_profiles'))))).toEqual({
      code: restrictViolation,
      constraint: 'audit_trail_actor_user_id_user_profiles_id_fkey',
      column: undefined,
    });
    expect(await rowByKey(auditTrail, id)).toMatchObject({ changedColumns: ['headline', 'is_for_sale'], actorUserId: ref('user_profiles') });
  });

});

describe('natural keys: ingestion upserts', () => {
  test('a Sentry issue is upserted on (tracker, external_issue_id): counts and times refresh, the row stays', async () => {
    const { ref } = await seedParentsOf(errorLogs);
    const sync = (overrides: Record<string, unknown>) => {
      const values = errorLogSchemas.insert.parse({ ...adminFixtures.error_logs!(ref), ...overrides });
      return t.db
        .insert(errorLogs)
        .values(values)
        .onConflictDoUpdate({
          target: [errorLogs.tracker, errorLogs.externalIssueId],
          set: {
            lastSeenAt: values.lastSeenAt,
            occurrenceCount: values.occurrenceCount,
            affectedUserCount: values.affectedUserCount,
            status: values.status,
            resolvedAt: values.resolvedAt ?? null,
            sourceUpdatedAt: values.sourceUpdatedAt ?? null,
          },
        })
        .returning();
    };

    const [first] = await sync({});
    const resolved = {
      lastSeenAt: new Date('2024-06-03T11:40:02Z'),
      occurrenceCount: 52,
      affectedUserCount: 15,
      status: 'resolved',
      resolvedAt: new Date('2024-06-03T12:05:00Z'),
      sourceUpdatedAt: new Date('2024-06-03T12:05:01Z'),
    };
    const [second] = await sync(resolved);
    const [replayed] = await sync(resolved);
    expect(second!.id).toBe(first!.id);
    expect(replayed!.id).toBe(first!.id);
    expect(await allRows(errorLogs)).toEqual([expect.objectContaining({ id: first!.id, ...resolved, firstSeenAt: new Date('2024-06-01T18:42:10Z') })]);

    // The key is the pair: the same id at another tracker is another issue.
    await sync({ tracker: 'bugsnag' });
    expect(await rowCount(errorLogs)).toBe(2);
    expect(await refusal(t.db, () => insertFixture(errorLogs, ref))).toEqual({ code: '23505', constraint: 'error_logs_tracker_external_issue_id_key' });
  });

  test('a component-wide metric sample (no instance) is upserted too: the sample key is NULLS NOT DISTINCT', async () => {
    const sample = { ...adminFixtures.system_health_metrics!(() => ''), instance: null, statistic: 'avg', value: 812.5 };
    const ingest = (value: number) => {
      const values = systemHealthMetricSchemas.insert.parse({ ...sample, value });
      return t.db
        .insert(systemHealthMetrics)
        .values(values)
        .onConflictDoUpdate({
          target: [
            systemHealthMetrics.source,
            systemHealthMetrics.environment,
            systemHealthMetrics.component,
            systemHealthMetrics.instance,
            systemHealthMetrics.metricName,
            systemHealthMetrics.statistic,
            systemHealthMetrics.sampledAt,
          ],
          set: { value: values.value },
        })
        .returning();
    };
    const [first] = await ingest(812.5);
    const [again] = await ingest(815);
    expect(again!.id).toBe(first!.id);
    expect(await allRows(systemHealthMetrics)).toEqual([expect.objectContaining({ instance: null, value: 815 })]);

    expect(await refusal(t.db, (tx) => tx.insert(systemHealthMetrics).values(systemHealthMetricSchemas.insert.parse(sample)))).toEqual({
      code: '23505',
      constraint: 'system_health_metrics_sample_key',
      column: undefined,
    });
    // Per-instance samples of the same minute are other rows.
    await t.db.insert(systemHealthMetrics).values(systemHealthMetricSchemas.insert.parse({ ...sample, instance: 'ingestion-worker-7f9c4d-2xkqp' }));
    expect(await rowCount(systemHealthMetrics)).toBe(2);
  });

  test('anonymous API traffic has one row per bucket, and a late rollup updates it', async () => {
    const anonymous = { ...adminFixtures.api_usage_stats!(() => ''), userId: null, apiClientKey: null, endpoint: '/v1/public/shows', requestCount: 950 };
    const rollup = (requestCount: number) => {
      const values = apiUsageStatSchemas.insert.parse({ ...anonymous, requestCount });
      return t.db
        .insert(apiUsageStats)
        .values(values)
        .onConflictDoUpdate({
          target: [
            apiUsageStats.bucketWidth,
            apiUsageStats.bucketStart,
            apiUsageStats.environment,
            apiUsageStats.endpoint,
            apiUsageStats.httpMethod,
            apiUsageStats.userId,
            apiUsageStats.apiClientKey,
          ],
          set: { requestCount: values.requestCount, sourceUpdatedAt: new Date('2024-06-03T11:00:00Z') },
        });
    };
    await rollup(950);
    await rollup(1012);
    expect(await allRows(apiUsageStats)).toEqual([expect.objectContaining({ userId: null, apiClientKey: null, requestCount: 1012 })]);
  });

  const keys: NaturalKeyCase[] = [
    { name: 'database_backups', table: databaseBackups, key: [databaseBackups.source, databaseBackups.externalBackupId], set: { status: 'expired' }, index: 'database_backups_source_external_backup_id_key', distinct: {} },
    { name: 'feature_flags', table: featureFlags, key: [featureFlags.key, featureFlags.environment], set: { rolloutPercent: '50.00' }, index: 'feature_flags_key_environment_key', distinct: {} },
    {
      name: 'system_config',
      table: systemConfig,
      key: [systemConfig.key, systemConfig.environment, systemConfig.version],
      set: { description: 'Lead time of the first vaccination reminder, in days' },
      index: 'system_config_key_environment_version_key',
      // A closed version, so the current-value index is not the one refusing the copy.
      distinct: { validTo: new Date('2024-06-01T00:00:00Z') },
    },
    {
      name: 'system_alerts',
      table: systemAlerts,
      key: [systemAlerts.source, systemAlerts.dedupKey, systemAlerts.firedAt],
      set: { notificationCount: 3 },
      index: 'system_alerts_source_dedup_key_fired_at_key',
      // A resolved copy, so the one-open-alert index is not the one refusing it.
      distinct: { status: 'resolved', resolvedAt: new Date('2024-06-03T09:45:00Z') },
    },
    // An append-only log: a redelivery is inserted once.
    { name: 'audit_trail', table: auditTrail, key: [auditTrail.sourceSystem, auditTrail.externalEventId], index: 'audit_trail_source_system_external_event_id_key' },
  ];

  naturalKeyTests(t, catalog, fixtures, keys);

  test('admin_users is upserted on its directory id, which refuses another person with the same id', async () => {
    const { ref } = await seed(adminUsers);
    const set = { jobTitle: 'Head of Customer Support' };
    const key = [adminUsers.identityProvider, adminUsers.externalId];
    const values = insertSchemaOf('admin_users').parse({ ...fixtures.admin_users!(ref), ...set });
    for (let i = 0; i < 2; i++) {
      await t.db.insert(adminUsers).values(values as never).onConflictDoUpdate({ target: key, set });
    }
    expect(await allRows(adminUsers)).toEqual([expect.objectContaining({ id: ref('admin_users'), ...set })]);
    // Another person with the same directory id: only the directory key can refuse it.
    const person = await insertFixture(userProfiles, ref, anotherUserProfile('colleague'));
    expect(await refusal(t.db, () => insertFixture(adminUsers, pointing(ref, { user_profiles: person.id })))).toEqual({
      code: '23505',
      constraint: 'admin_users_identity_provider_external_id_key',
      column: undefined,
    });
  });
});

describe('ON DELETE', () => {
  test("erasing a person's profile deletes their own API usage counters, and no one else's", async () => {
    const { ref } = await seed(apiUsageStats);
    const leaver = await insertFixture(userProfiles, ref, anotherUserProfile('leaver'));
    await insertFixture(apiUsageStats, pointing(ref, { user_profiles: leaver.id }));

    await t.db.delete(userProfiles).where(eq(userProfiles.id, leaver.id));

    expect((await allRows(apiUsageStats)).map((row) => row.userId)).toEqual([ref('user_profiles')]);
  });

  test('a person with a staff account cannot be deleted (23503/23001): the account is a security record', async () => {
    const { ref } = await seed(adminUsers);
    expect(await refusal(t.db, (tx) => tx.delete(userProfiles).where(eq(userProfiles.id, ref('user_profiles'))))).toEqual({
      code: restrictViolation,
      constraint: 'admin_users_user_id_user_profiles_id_fkey',
      column: undefined,
    });
    expect(await rowByKey(adminUsers, ref('admin_users'))).toMatchObject({ userId: ref('user_profiles') });
  });

  test('deleting a staff account that never acted unsets the credits and assignments, keeping the rows', async () => {
    const { ref } = await seed(errorLogs, databaseBackups, systemConfig, featureFlags, systemAlerts);
    await t.db.delete(adminUsers).where(eq(adminUsers.id, ref('admin_users')));

    expect(await rowByKey(errorLogs, ref('error_logs'))).toMatchObject({ assignedAdminUserId: null, status: 'unresolved' });
    expect(await rowByKey(databaseBackups, ref('database_backups'))).toMatchObject({ triggeredByAdminUserId: null, status: 'completed' });
    expect(await rowByKey(systemConfig, ref('system_config'))).toMatchObject({ changedByAdminUserId: null, value: '14' });
    expect(await rowByKey(featureFlags, ref('feature_flags'))).toMatchObject({ ownerAdminUserId: null, isEnabled: true });
    // Who acknowledged goes; when it was acknowledged stays.
    expect(await rowByKey(systemAlerts, ref('system_alerts'))).toMatchObject({
      acknowledgedByAdminUserId: null,
      acknowledgedAt: new Date('2024-06-03T09:21:04Z'),
    });
  });

  test('a full backup cannot be deleted while an incremental builds on it; purging a metric sample keeps its alert', async () => {
    const { ref } = await seed(databaseBackups, systemAlerts);
    const incremental = await insertFixture(databaseBackups, ref, {
      externalBackupId: '20240602-020000F_20240603-020000I',
      kind: 'incremental',
      parentBackupId: ref('database_backups'),
      startedAt: new Date('2024-06-03T02:00:00Z'),
      completedAt: new Date('2024-06-03T02:06:40Z'),
      sizeBytes: 1_912_602_624,
      restoreTestedAt: null,
      restoreTestResult: null,
      triggeredByAdminUserId: null,
    });
    expect(await refusal(t.db, (tx) => tx.delete(databaseBackups).where(eq(databaseBackups.id, ref('database_backups'))))).toEqual({
      code: restrictViolation,
      constraint: 'database_backups_parent_backup_id_database_backups_id_fkey',
      column: undefined,
    });
    // The chain is expired from the newest end.
    await t.db.delete(databaseBackups).where(eq(databaseBackups.id, incremental.id));
    await t.db.delete(databaseBackups).where(eq(databaseBackups.id, ref('database_backups')));
    expect(await rowCount(databaseBackups)).toBe(0);

    await t.db.delete(systemHealthMetrics).where(eq(systemHealthMetrics.id, ref('system_health_metrics')));
    expect(await rowByKey(systemAlerts, ref('system_alerts'))).toMatchObject({ systemHealthMetricId: null, errorLogId: ref('error_logs') });
  });
});

describe('partial unique indexes: one current value', () => {
  test('one value in force per (key, environment): a second is refused; closing then opening the next version is how it changes', async () => {
    const { ref } = await seed(systemConfig);
    const next = { value: '21', version: 4, validFrom: new Date('2024-06-10T08:00:00Z'), changeReason: 'Three weeks for the spring rush' };
    expect(await refusal(t.db, () => insertFixture(systemConfig, ref, next))).toEqual({ code: '23505', constraint: 'system_config_current_key', column: undefined });

    await t.db.update(systemConfig).set({ validTo: next.validFrom }).where(eq(systemConfig.id, ref('system_config')));
    const opened = await insertFixture(systemConfig, ref, next);
    // Another environment has its own current value.
    await insertFixture(systemConfig, ref, { environment: 'staging', value: '1', version: 1 });

    const current = (await allRows(systemConfig)).filter((row) => row.validTo === null && row.environment === 'production');
    expect(current.map((row) => row.id)).toEqual([opened.id]);
    expect(await rowCount(systemConfig)).toBe(3);
  });

  test('one open alert per (source, dedup key): a repeat is refused while it is open, a new firing is accepted once resolved', async () => {
    const { ref } = await seed(systemAlerts);
    const refiring = { status: 'firing', firedAt: new Date('2024-06-03T14:02:00Z'), acknowledgedAt: null, acknowledgedByAdminUserId: null };
    expect(await refusal(t.db, () => insertFixture(systemAlerts, ref, refiring))).toEqual({ code: '23505', constraint: 'system_alerts_open_key', column: undefined });

    await t.db
      .update(systemAlerts)
      .set({ status: 'resolved', resolvedAt: new Date('2024-06-03T09:52:00Z') })
      .where(eq(systemAlerts.id, ref('system_alerts')));
    await insertFixture(systemAlerts, ref, refiring);
    expect(await rowCount(systemAlerts)).toBe(2);
  });
});

/**
 * Rules of one row, in Zod and in the database. `bad` breaks exactly one rule (declared once, in the table);
 * `field` is where Zod reports it and `check` the constraint PostgreSQL names.
 */
const rowRules: { table: string; field: string; bad: Record<string, unknown>; check: string }[] = [
  { table: 'api_usage_stats', field: 'requestCount', bad: { serverErrorCount: 200 }, check: 'api_usage_stats_server_errors_check' },
  { table: 'api_usage_stats', field: 'clientErrorCount', bad: { throttledCount: 5 }, check: 'api_usage_stats_throttled_check' },
  { table: 'performance_monitoring', field: 'p99Ms', bad: { p99Ms: '150.000' }, check: 'performance_monitoring_p99_check' },
  { table: 'performance_monitoring', field: 'httpMethod', bad: { targetType: 'web_page', target: '/horses/[slug]' }, check: 'performance_monitoring_method_target_check' },
  { table: 'system_config', field: 'value', bad: { value: '14 days' }, check: 'system_config_integer_value_check' },
  {
    table: 'system_config',
    field: 'value',
    bad: { key: 'stripe_webhook_secret', valueType: 'string', isSecret: true, value: 'whsec_5f1c2a9e8b7d' },
    check: 'system_config_secret_value_check',
  },
  { table: 'system_alerts', field: 'acknowledgedAt', bad: { status: 'firing', acknowledgedAt: null }, check: 'system_alerts_acknowledged_by_check' },
  { table: 'admin_actions', field: 'reason', bad: { action: 'impersonation_started', reason: null }, check: 'admin_actions_impersonation_reason_check' },
  { table: 'audit_trail', field: 'actorUserId', bad: { actorType: 'integration' }, check: 'audit_trail_actor_user_type_check' },
  { table: 'admin_users', field: 'activeUntil', bad: { status: 'revoked' }, check: 'admin_users_revoked_check' },
  { table: 'database_backups', field: 'restoreTestedAt', bad: { restoreTestedAt: new Date('2024-06-02T02:30:00Z') }, check: 'database_backups_restore_tested_at_check' },
  { table: 'error_logs', field: 'resolvedAt', bad: { resolvedAt: new Date('2024-06-02T10:00:00Z') }, check: 'error_logs_resolved_status_check' },
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
