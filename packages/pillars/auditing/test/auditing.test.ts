import { adminFixtureSet } from '@db/admin/fixtures';
import { securityPolicies } from '@db/compliance';
import { complianceFixtureSet } from '@db/compliance/fixtures';
import { queryRows, sqlLiteral, type Database } from '@db/core';
import {
  appendOnlyRefusal,
  type FixtureSet,
  fixtureKit,
  type NaturalKeyCase,
  naturalKeyTests,
  pointing,
  refusal,
  restrictViolation,
  setupTestDatabase,
} from '@db/core/testing';
import { providersFixtureSet } from '@db/providers/fixtures';
import { reliabilityFixtureSet } from '@db/reliability/fixtures';
import { userProfiles } from '@db/users';
import { anotherUserProfile, usersFixtureSet } from '@db/users/fixtures';
import { getTableName } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { describe, expect, test } from 'vitest';
import {
  accessLogs,
  complianceAudits,
  dataAccessAudit,
  encryptionAudit,
  passwordPolicyCompliance,
  permissionChanges,
  securityEventLogs,
  securityIncidentReports,
  securityPolicyViolations,
  suspiciousActivityFlags,
} from '../src/index.ts';
import { auditingFixtureSet, auditingFixtures } from './fixtures.ts';

/**
 * Append-only logs and their retention, natural keys (ingestion upserts), ON DELETE, the current password
 * evaluation, GDPR art. 33's 72 hours, and row rules. Statements the kit does not cover are plain SQL (no typed
 * query builder: this file's type cost stays flat).
 */
const t = setupTestDatabase();
const sets: FixtureSet[] = [usersFixtureSet, providersFixtureSet, reliabilityFixtureSet, adminFixtureSet, complianceFixtureSet, auditingFixtureSet];
const fixtures = Object.assign({}, ...sets.map((set) => set.fixtures)) as FixtureSet['fixtures'];
const catalog = Object.assign({}, ...sets.map((set) => set.catalog)) as FixtureSet['catalog'];
const { seed, seedParentsOf, insertFixture, rowCount, rowByKey, allRows } = fixtureKit(t, catalog, fixtures);

/** A statement as plain SQL on the test's transaction (or the savepoint `refusal` opens). */
const run = (db: Database, statement: string) => queryRows(db, statement);
const update = (db: Database, table: string, id: string, set: string) => run(db, `update ${table} set ${set} where id = ${sqlLiteral(id)}`);
const remove = (db: Database, table: string, id: string) => run(db, `delete from ${table} where id = ${sqlLiteral(id)}`);
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

describe('append-only logs: the database refuses UPDATE and DELETE', () => {
  const logs = [securityEventLogs, accessLogs, permissionChanges, dataAccessAudit].map((table) => [getTableName(table), table] as const);

  test.each(logs)('%s: a row cannot be edited or removed; appending still works', async (name, table) => {
    const { ref } = await seed(table);
    const id = ref(name);
    expect(await refusal(t.db, (tx) => update(tx, name, id, 'occurred_at = now()'))).toEqual(appendOnlyRefusal);
    expect(await refusal(t.db, (tx) => remove(tx, name, id))).toEqual(appendOnlyRefusal);
    expect(await refusal(t.db, (tx) => run(tx, `delete from ${name}`))).toEqual(appendOnlyRefusal);
    expect(await rowByKey(table, id)).toMatchObject({ id });
  });

  naturalKeyTests(t, catalog, fixtures, [
    {
      name: 'security_event_logs',
      table: securityEventLogs,
      key: [securityEventLogs.source, securityEventLogs.externalEventId],
      index: 'security_event_logs_source_external_event_id_key',
    },
    { name: 'access_logs', table: accessLogs, key: [accessLogs.source, accessLogs.requestId], index: 'access_logs_source_request_id_key' },
    {
      name: 'permission_changes',
      table: permissionChanges,
      key: [permissionChanges.source, permissionChanges.externalId],
      index: 'permission_changes_source_external_id_key',
    },
  ]);
});

describe('retention: purge functions, the only DELETE the append-only trigger lets through', () => {
  test('purge_access_logs keeps 90 days: older rows go, newer rows stay', async () => {
    const { ref } = await seedParentsOf(accessLogs);
    await insertFixture(accessLogs, ref, { requestId: 'old-request', occurredAt: daysAgo(91) });
    await insertFixture(accessLogs, ref, { requestId: 'recent-request', occurredAt: daysAgo(89) });

    const [purged] = await run(t.db, 'select purge_access_logs() as purged');
    expect(Number(purged!.purged)).toBe(1);
    expect((await allRows(accessLogs)).map((row) => row.requestId)).toEqual(['recent-request']);

    // An explicit cut-off, e.g. a shorter period after a complaint.
    const [again] = await run(t.db, "select purge_access_logs(now() - interval '30 days') as purged");
    expect(Number(again!.purged)).toBe(1);
    expect(await rowCount(accessLogs)).toBe(0);
    // Outside the purge, deleting is still refused.
    await insertFixture(accessLogs, ref);
    expect(await refusal(t.db, (tx) => run(tx, 'delete from access_logs'))).toEqual(appendOnlyRefusal);
  });

  test('purging a security event unsets the violation that cited it; the violation stays', async () => {
    const { ref } = await seed(securityPolicyViolations);
    await insertFixture(securityEventLogs, ref, { externalEventId: 'recent-event', occurredAt: daysAgo(1) });

    const [purged] = await run(t.db, "select purge_security_event_logs('2024-06-02T00:00:00Z') as purged");
    expect(Number(purged!.purged)).toBe(1);
    expect((await allRows(securityEventLogs)).map((row) => row.externalEventId)).toEqual(['recent-event']);
    expect(await rowByKey(securityPolicyViolations, ref('security_policy_violations'))).toMatchObject({ securityEventLogId: null, status: 'resolved' });
  });

  test('data_access_audit is kept for the six-year accountability period', async () => {
    const { ref } = await seedParentsOf(dataAccessAudit);
    await insertFixture(dataAccessAudit, ref, { occurredAt: daysAgo(6 * 365 - 30) });
    await insertFixture(dataAccessAudit, ref, { occurredAt: daysAgo(6 * 366 + 1) });
    const [purged] = await run(t.db, 'select purge_data_access_audit() as purged');
    expect(Number(purged!.purged)).toBe(1);
    expect(await rowCount(dataAccessAudit)).toBe(1);
  });
});

describe('natural keys: ingestion upserts', () => {
  const keys: NaturalKeyCase[] = [
    {
      name: 'security_policy_violations',
      table: securityPolicyViolations,
      key: [securityPolicyViolations.source, securityPolicyViolations.externalId],
      set: { occurrenceCount: 3, lastDetectedAt: new Date('2024-06-02T15:40:00Z') },
      index: 'security_policy_violations_source_external_id_key',
    },
    {
      name: 'suspicious_activity_flags',
      table: suspiciousActivityFlags,
      key: [suspiciousActivityFlags.detector, suspiciousActivityFlags.detectorAlertId],
      set: { riskScore: 92, eventCount: 31 },
      index: 'suspicious_activity_flags_detector_alert_id_key',
    },
    {
      name: 'compliance_audits',
      table: complianceAudits,
      key: [complianceAudits.source, complianceAudits.externalId],
      set: { observationCount: 8 },
      index: 'compliance_audits_source_external_id_key',
      // Another reference, so the engagement-reference key is not the one refusing the copy.
      distinct: { engagementReference: 'ISO-2024-S2B' },
    },
    {
      name: 'security_incident_reports',
      table: securityIncidentReports,
      key: [securityIncidentReports.source, securityIncidentReports.externalId],
      set: { affectedDataSubjectCount: 25, affectedRecordCount: 25 },
      index: 'security_incident_reports_source_external_id_key',
      distinct: { incidentReference: 'INC-2024-018' },
    },
    {
      name: 'encryption_audit',
      table: encryptionAudit,
      key: [encryptionAudit.source, encryptionAudit.externalId],
      set: { result: 'non_compliant', findings: ['auto_rotation_disabled'], autoRotationEnabled: false, remediationDueOn: '2024-06-30' },
      index: 'encryption_audit_source_external_id_key',
    },
  ];

  naturalKeyTests(t, catalog, fixtures, keys);

  test('a manual key review has no scanner id: several reviews of one key are separate rows', async () => {
    const { ref } = await seedParentsOf(encryptionAudit);
    const manual = { source: 'manual_review', externalId: null, checkedByUserId: ref('user_profiles') };
    await insertFixture(encryptionAudit, ref, manual);
    await insertFixture(encryptionAudit, ref, { ...manual, checkedAt: new Date('2024-06-09T10:00:00Z') });
    expect(await rowCount(encryptionAudit)).toBe(2);
  });
});

describe('ON DELETE', () => {
  const kept = [
    { record: securityEventLogs, parent: 'user_profiles', constraint: 'security_event_logs_actor_user_id_user_profiles_id_fkey' },
    { record: securityPolicyViolations, parent: 'security_policies', constraint: 'security_policy_violations_security_policy_id_fkey' },
    { record: encryptionAudit, parent: 'encryption_keys', constraint: 'encryption_audit_encryption_key_id_encryption_keys_id_fkey' },
    { record: dataAccessAudit, parent: 'data_privacy_requests', constraint: 'data_access_audit_data_privacy_request_id_fkey' },
    { record: permissionChanges, parent: 'vet_practices', constraint: 'permission_changes_grantee_practice_id_vet_practices_id_fkey' },
  ].map(({ record, ...rest }): { name: string; record: PgTable; parent: string; constraint: string } => ({ name: getTableName(record), record, ...rest }));

  test.each(kept)('RESTRICT: a $parent row that $name points at cannot be deleted (23503/23001)', async ({ record, parent, constraint }) => {
    const { ref } = await seed(record);
    expect(await refusal(t.db, (tx) => remove(tx, parent, ref(parent)))).toEqual({
      code: restrictViolation,
      constraint,
      column: undefined,
    });
    expect(await rowCount(record)).toBe(1);
  });

  test("CASCADE: erasing a person deletes their own password evaluations, and no one else's", async () => {
    const { ref } = await seed(passwordPolicyCompliance);
    const leaver = await insertFixture(userProfiles, ref, anotherUserProfile('leaver'));
    await insertFixture(passwordPolicyCompliance, pointing(ref, { user_profiles: leaver.id }));

    await remove(t.db, 'user_profiles', leaver.id);
    expect((await allRows(passwordPolicyCompliance)).map((row) => row.userId)).toEqual([ref('user_profiles')]);
  });

  test('SET NULL: deleting a staff account or an incident unsets the credits and links, keeping the rows', async () => {
    const { ref } = await seed(securityPolicyViolations, suspiciousActivityFlags);

    await remove(t.db, 'security_incident_reports', ref('security_incident_reports'));
    await remove(t.db, 'admin_users', ref('admin_users'));

    expect(await rowByKey(securityPolicyViolations, ref('security_policy_violations'))).toMatchObject({
      securityIncidentReportId: null,
      resolvedByAdminUserId: null,
      resolvedAt: new Date('2024-06-04T11:30:00Z'),
    });
    // Who reviewed goes; when, and the verdict, stay.
    expect(await rowByKey(suspiciousActivityFlags, ref('suspicious_activity_flags'))).toMatchObject({
      securityIncidentReportId: null,
      reviewedByAdminUserId: null,
      reviewedAt: new Date('2024-06-01T23:05:00Z'),
      status: 'confirmed',
    });
  });
});

describe('one current password evaluation per account and policy version (partial unique index)', () => {
  test('a second current evaluation is refused; superseding the current one lets the next in', async () => {
    const { ref } = await seed(passwordPolicyCompliance);
    const next = {
      evaluatedAt: new Date('2024-06-05T02:00:00Z'),
      status: 'compliant',
      passedBreachCheck: true,
      breachCheckedAt: new Date('2024-06-05T01:58:40Z'),
      mfaEnrolled: true,
      passwordLastChangedAt: new Date('2024-06-04T19:12:00Z'),
      graceEndsOn: null,
    };
    expect(await refusal(t.db, () => insertFixture(passwordPolicyCompliance, ref, next))).toEqual({
      code: '23505',
      constraint: 'password_policy_compliance_current_key',
      column: undefined,
    });

    await update(t.db, 'password_policy_compliance', ref('password_policy_compliance'), "superseded_at = '2024-06-05T02:00:00Z'");
    const current = await insertFixture(passwordPolicyCompliance, ref, next);

    // The next version of the policy has its own current evaluation.
    const draft = await insertFixture(securityPolicies, ref, { version: '2024.3', status: 'draft', approvedAt: null, approvedByUserId: null });
    await insertFixture(passwordPolicyCompliance, pointing(ref, { security_policies: draft.id }), next);

    const currentRows = (await allRows(passwordPolicyCompliance)).filter((row) => row.supersededAt === null);
    expect(currentRows.map((row) => row.id)).toContain(current.id);
    expect(currentRows).toHaveLength(2);
    expect(await rowCount(passwordPolicyCompliance)).toBe(3);
  });
});

describe('GDPR art. 33: the supervisory authority within 72 hours of awareness', () => {
  const suspected = {
    status: 'investigating',
    containedAt: null,
    resolvedAt: null,
    reviewedOn: null,
    personalDataBreach: 'suspected',
    breachAwareAt: null,
    notificationDeadlineAt: null,
    supervisoryAuthority: null,
    authorityNotifiedAt: null,
    authorityReference: null,
    dataSubjectsNotifiedAt: null,
  };

  test('a suspected breach has no clock; once confirmed, the deadline is exactly 72 hours on and the DPO sees it due', async () => {
    const { ref } = await seedParentsOf(securityIncidentReports);
    const incident = await insertFixture(securityIncidentReports, ref, suspected);
    const confirm = (deadline: string) =>
      update(
        t.db,
        'security_incident_reports',
        incident.id,
        `personal_data_breach = 'confirmed', breach_aware_at = '2024-06-02T09:00:00Z', notification_deadline_at = ${deadline}`,
      );
    expect(await refusal(t.db, () => confirm("'2024-06-05T17:00:00Z'"))).toEqual({
      code: '23514',
      constraint: 'security_incident_reports_deadline_hours_check',
      column: undefined,
    });
    await confirm("'2024-06-05T09:00:00Z'");

    const due = await run(
      t.db,
      "select incident_reference from security_incident_reports where personal_data_breach = 'confirmed' and authority_notified_at is null order by notification_deadline_at",
    );
    expect(due).toEqual([{ incident_reference: 'INC-2024-017' }]);
  });

  test('72 hours are 72 hours across the October clock change in Dublin, not three calendar days', async () => {
    const { ref } = await seedParentsOf(securityIncidentReports);
    const incident = await insertFixture(securityIncidentReports, ref, {
      detectedAt: new Date('2024-10-25T08:00:00Z'),
      startedAt: null,
      containedAt: new Date('2024-10-25T12:00:00Z'),
      resolvedAt: new Date('2024-10-26T12:00:00Z'),
      breachAwareAt: new Date('2024-10-25T09:00:00Z'),
      notificationDeadlineAt: new Date('2024-10-28T09:00:00Z'),
      authorityNotifiedAt: new Date('2024-10-27T14:00:00Z'),
      dataSubjectsNotifiedAt: null,
    });
    // In Dublin time, 10:00 on the 25th plus three days is 10:00 GMT on the 28th: 73 hours, as clocks went back.
    await run(t.db, "set local time zone 'Europe/Dublin'");
    expect(await refusal(t.db, (tx) => update(tx, 'security_incident_reports', incident.id, "notification_deadline_at = breach_aware_at + interval '3 days'"))).toEqual({
      code: '23514',
      constraint: 'security_incident_reports_deadline_hours_check',
      column: undefined,
    });
    await update(t.db, 'security_incident_reports', incident.id, "notification_deadline_at = breach_aware_at + interval '72 hours'");
    expect(await rowByKey(securityIncidentReports, incident.id)).toMatchObject({ notificationDeadlineAt: new Date('2024-10-28T09:00:00Z') });
  });

  test('a late notification is refused without its reasons, by Zod and by the database, and accepted with them', async () => {
    const { ref } = await seed(securityIncidentReports);
    const id = ref('security_incident_reports');
    const late = { authorityNotifiedAt: new Date('2024-06-05T11:30:00Z') };
    const reasons = 'The affected accounts were only identified once the IdP logs were restored on 5 June; notified in phases (art. 33(4)).';

    const { insert } = catalog.security_incident_reports!;
    expect(insert.safeParse({ ...auditingFixtures.security_incident_reports!(ref), ...late }).error?.issues.map((issue) => issue.path[0])).toEqual([
      'notificationDelayReason',
    ]);
    expect(await refusal(t.db, (tx) => update(tx, 'security_incident_reports', id, "authority_notified_at = '2024-06-05T11:30:00Z'"))).toEqual({
      code: '23514',
      constraint: 'security_incident_reports_late_notification_check',
      column: undefined,
    });

    expect(insert.safeParse({ ...auditingFixtures.security_incident_reports!(ref), ...late, notificationDelayReason: reasons }).success).toBe(true);
    await update(t.db, 'security_incident_reports', id, `authority_notified_at = '2024-06-05T11:30:00Z', notification_delay_reason = ${sqlLiteral(reasons)}`);
    expect(await rowByKey(securityIncidentReports, id)).toMatchObject({ ...late, notificationDelayReason: reasons });
  });
});

/**
 * Rules of one row, in Zod and in the database. `bad` breaks exactly one rule (declared once, in the table);
 * `field` is where Zod reports it and `check` the constraint PostgreSQL names.
 */
const rowRules: { table: string; field: string; bad: Record<string, unknown>; check: string }[] = [
  { table: 'security_event_logs', field: 'actorServiceId', bad: { actorType: 'service', actorUserId: null }, check: 'security_event_logs_actor_service_check' },
  { table: 'permission_changes', field: 'adminActionId', bad: { channel: 'back_office' }, check: 'permission_changes_admin_action_check' },
  { table: 'data_access_audit', field: 'exportFormat', bad: { exportFormat: null }, check: 'data_access_audit_export_format_required_check' },
  { table: 'security_policy_violations', field: 'resolvedAt', bad: { status: 'open' }, check: 'security_policy_violations_resolved_status_check' },
  {
    table: 'suspicious_activity_flags',
    field: 'reviewedAt',
    bad: { status: 'dismissed', reviewedAt: null, reviewedByAdminUserId: null },
    check: 'suspicious_activity_flags_dismissed_check',
  },
  { table: 'compliance_audits', field: 'certificateValidUntil', bad: { certificateValidUntil: '2024-04-01' }, check: 'compliance_audits_certificate_valid_until_check' },
  { table: 'security_incident_reports', field: 'containedAt', bad: { containedAt: null }, check: 'security_incident_reports_resolved_contained_check' },
  { table: 'security_incident_reports', field: 'breachAwareAt', bad: { personalDataBreach: 'no' }, check: 'security_incident_reports_breach_aware_confirmed_check' },
  {
    table: 'security_incident_reports',
    field: 'notificationDeadlineAt',
    bad: { notificationDeadlineAt: new Date('2024-06-05T08:00:00Z') },
    check: 'security_incident_reports_deadline_hours_check',
  },
  {
    table: 'password_policy_compliance',
    field: 'exemptionReason',
    bad: { status: 'compliant', exemptionReason: 'Break-glass account' },
    check: 'password_policy_compliance_exemption_status_check',
  },
  {
    table: 'encryption_audit',
    field: 'remediationDueOn',
    bad: { result: 'non_compliant', findings: ['rotation_overdue'] },
    check: 'encryption_audit_remediation_check',
  },
];

describe('row rules: Zod and the database refuse the same row', () => {
  test.each(rowRules)('$table: $check', async ({ table: name, field, bad, check }) => {
    const { table, insert } = catalog[name]!;
    const { ref } = await seedParentsOf(table);
    const row: Record<string, unknown> = { ...auditingFixtures[name]!(ref), ...bad };

    expect(insert.safeParse(row).error?.issues.map((issue) => issue.path[0])).toEqual([field]);
    expect(await refusal(t.db, (tx) => tx.insert(table).values(row as never))).toEqual({ code: '23514', constraint: check, column: undefined });
    expect(await rowCount(table)).toBe(0);
  });
});
