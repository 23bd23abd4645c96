import {
  appendOnlyRefusal,
  fixtureKit,
  type NaturalKeyCase,
  naturalKeyTests,
  type Ref,
  refusal,
  restrictViolation,
  setupTestDatabase,
} from '@db/core/testing';
import { providersCatalog, vetPractices } from '@db/providers';
import { providersFixtures } from '@db/providers/fixtures';
import { userProfiles, userSessions, usersCatalog } from '@db/users';
import { anotherUserProfile, usersFixtures } from '@db/users/fixtures';
import { eq } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { describe, expect, test } from 'vitest';
import {
  accessControlLists,
  authenticationLogs,
  complianceCatalog,
  complianceRecords,
  currentConsents,
  dataPrivacyRequests,
  dataRetentionPolicies,
  encryptionKeys,
  gdprCompliance,
  securityAudits,
  securityPolicies,
  sessionSecurity,
  type NewDataPrivacyRequest,
  type NewEncryptionKey,
} from '../src/index.ts';
import { complianceFixtures } from './fixtures.ts';

/** Natural keys (ingestion upserts), ON DELETE, partial unique indexes, row rules, the append-only logs and the consent ledger. */
const t = setupTestDatabase();
const fixtures = { ...usersFixtures, ...providersFixtures, ...complianceFixtures };
const catalog = { ...usersCatalog, ...providersCatalog, ...complianceCatalog };
const { insertSchemaOf, seed, seedParentsOf, insertFixture, rowCount, rowByKey, allRows } = fixtureKit(t, catalog, fixtures);


describe('natural keys: ingestion upserts', () => {
  test('a support-desk ticket is upserted on (source, external_id): the re-import updates the request', async () => {
    const { ref } = await seedParentsOf(dataPrivacyRequests);
    const ingest = (overrides: Record<string, unknown>) => {
      const values = insertSchemaOf('data_privacy_requests').parse({ ...complianceFixtures.data_privacy_requests!(ref), ...overrides }) as NewDataPrivacyRequest;
      return t.db
        .insert(dataPrivacyRequests)
        .values(values)
        .onConflictDoUpdate({
          target: [dataPrivacyRequests.source, dataPrivacyRequests.externalId],
          set: {
            status: values.status,
            identityVerifiedAt: values.identityVerifiedAt ?? null,
            identityVerificationMethod: values.identityVerificationMethod ?? null,
            sourceUpdatedAt: values.sourceUpdatedAt,
          },
        })
        .returning();
    };

    const [received] = await ingest({
      status: 'awaiting_identity',
      identityVerifiedAt: undefined,
      identityVerificationMethod: undefined,
      sourceUpdatedAt: new Date('2024-06-03T10:13:00Z'),
    });
    const [verified] = await ingest({});
    const [replayed] = await ingest({});
    expect(verified!.id).toBe(received!.id);
    expect(replayed!.id).toBe(received!.id);
    expect(await allRows(dataPrivacyRequests)).toEqual([
      expect.objectContaining({ id: received!.id, status: 'in_progress', identityVerificationMethod: 'signed_in_session' }),
    ]);

    // The key is the pair: the same ticket number in another desk is another request.
    await ingest({ source: 'freshdesk' });
    expect(await rowCount(dataPrivacyRequests)).toBe(2);
  });

  test('the KMS inventory sync upserts a key on (kms_provider, kms_key_id)', async () => {
    const { ref } = await seedParentsOf(encryptionKeys);
    const sync = (overrides: Record<string, unknown>) => {
      const values = insertSchemaOf('encryption_keys').parse({ ...complianceFixtures.encryption_keys!(ref), ...overrides }) as NewEncryptionKey;
      return t.db
        .insert(encryptionKeys)
        .values(values)
        .onConflictDoUpdate({
          target: [encryptionKeys.kmsProvider, encryptionKeys.kmsKeyId],
          set: { keyVersion: values.keyVersion, lastRotatedAt: values.lastRotatedAt ?? null, sourceUpdatedAt: values.sourceUpdatedAt },
        })
        .returning();
    };
    const [first] = await sync({});
    const rotated = { keyVersion: 4, lastRotatedAt: new Date('2025-01-10T11:00:00Z'), sourceUpdatedAt: new Date('2025-01-10T11:05:00Z') };
    const [second] = await sync(rotated);
    expect(second!.id).toBe(first!.id);
    expect(await allRows(encryptionKeys)).toEqual([expect.objectContaining({ id: first!.id, ...rotated })]);
  });

  /** Erased to PgTable and PgColumn: a union of concrete tables costs the checker far more than it checks. */
  const keys: NaturalKeyCase[] = [
    {
      name: 'security_audits',
      table: securityAudits,
      key: [securityAudits.source, securityAudits.externalId],
      set: { status: 'completed', highFindings: 1 },
      distinct: { auditReference: 'SEC-AUD-2024-09' },
      index: 'security_audits_source_external_id_key',
    },
    {
      name: 'compliance_records',
      table: complianceRecords,
      key: [complianceRecords.source, complianceRecords.externalId],
      set: { status: 'partially_compliant' },
      distinct: { supersededOn: '2024-06-30' },
      index: 'compliance_records_source_external_id_key',
    },
    {
      name: 'access_control_lists',
      table: accessControlLists,
      key: [accessControlLists.source, accessControlLists.externalId],
      set: { validUntil: new Date('2025-09-01T09:00:00Z') },
      distinct: { permission: 'write' },
      index: 'access_control_lists_source_external_id_key',
    },
  ];

  naturalKeyTests(t, catalog, fixtures, keys);

  test('a redelivered IdP event and a replayed consent receipt are inserted once', async () => {
    const { ref } = await seed(authenticationLogs, gdprCompliance);
    for (let i = 0; i < 2; i++) {
      await t.db
        .insert(authenticationLogs)
        .values(insertSchemaOf('authentication_logs').parse(complianceFixtures.authentication_logs!(ref)) as never)
        .onConflictDoNothing({ target: [authenticationLogs.identityProvider, authenticationLogs.providerEventId] });
      await t.db
        .insert(gdprCompliance)
        .values(insertSchemaOf('gdpr_compliance').parse(complianceFixtures.gdpr_compliance!(ref)) as never)
        .onConflictDoNothing({ target: [gdprCompliance.source, gdprCompliance.externalId] });
    }
    expect(await rowCount(authenticationLogs)).toBe(1);
    expect(await rowCount(gdprCompliance)).toBe(1);
  });
});

describe('ON DELETE', () => {
  test("a session's security row goes with the session; the sign-in event it came from stays", async () => {
    const { ref } = await seed(sessionSecurity);
    await t.db.delete(userSessions).where(eq(userSessions.id, ref('user_sessions')));
    expect(await rowCount(sessionSecurity)).toBe(0);
    expect(await rowByKey(authenticationLogs, ref('authentication_logs'))).toBeDefined();
  });

  test('a user with authentication events, consent decisions or an approved policy cannot be deleted (23503/23001)', async () => {
    const { ref } = await seed(authenticationLogs);
    const expected = { code: restrictViolation, constraint: expect.stringContaining('authentication_logs_user_id'), column: undefined };
    expect(await refusal(t.db, (tx) => tx.delete(userProfiles).where(eq(userProfiles.id, ref('user_profiles'))))).toEqual(expected);

    const approver = await insertFixture(userProfiles, ref, anotherUserProfile('approver'));
    await insertFixture(securityPolicies, ref, { policyKey: 'acceptable_use', category: 'acceptable_use', approvedByUserId: approver.id });
    expect(await refusal(t.db, (tx) => tx.delete(userProfiles).where(eq(userProfiles.id, approver.id)))).toEqual({
      code: restrictViolation,
      constraint: expect.stringContaining('security_policies_approved_by_user_id'),
      column: undefined,
    });
  });

  test("deleting a user deletes their own grants and nulls the credits (granted by, commissioned by, handled by, ...)", async () => {
    const { ref } = await seed(accessControlLists, securityAudits, complianceRecords, encryptionKeys, dataRetentionPolicies);
    const colleague = await insertFixture(userProfiles, ref, anotherUserProfile('colleague'));
    const credits: [PgTable, string][] = [
      [accessControlLists, 'grantedByUserId'],
      [securityAudits, 'commissionedByUserId'],
      [complianceRecords, 'assessedByUserId'],
      [complianceRecords, 'ownerUserId'],
      [encryptionKeys, 'custodianUserId'],
      [dataRetentionPolicies, 'ownerUserId'],
    ];
    for (const [table, key] of credits) await t.db.update(table).set({ [key]: colleague.id } as never);
    // The grantee's own grant, distinct from the fixture grant.
    await insertFixture(accessControlLists, ref, { principalUserId: colleague.id, source: null, externalId: null, sourceUpdatedAt: null });

    await t.db.delete(userProfiles).where(eq(userProfiles.id, colleague.id));

    expect((await allRows(accessControlLists)).map((row) => row.principalUserId)).toEqual([ref('user_profiles')]);
    for (const [table, key] of credits) {
      const [row] = await allRows(table);
      expect(row, `${key} row kept`).toBeDefined();
      expect(row![key], key).toBeNull();
    }
  });

  test("deleting an audit unsets the assessments made in it; deleting a practice removes the grants made to it", async () => {
    const { ref } = await seed(complianceRecords, vetPractices);
    await t.db.delete(securityAudits).where(eq(securityAudits.id, ref('security_audits')));
    expect(await rowByKey(complianceRecords, ref('compliance_records'))).toMatchObject({ securityAuditId: null, status: 'compliant' });

    const practiceGrant = await insertFixture(accessControlLists, ref, {
      principalUserId: null,
      principalPracticeId: ref('vet_practices'),
      source: null,
      externalId: null,
    });
    await t.db.delete(vetPractices).where(eq(vetPractices.id, practiceGrant.principalPracticeId as string));
    expect(await rowByKey(accessControlLists, practiceGrant.id)).toBeUndefined();
  });
});

describe('one current row (partial unique indexes)', () => {
  test('one version of a policy is in force; superseding it lets the next one in', async () => {
    const { ref } = await seed(securityPolicies);
    const next = { version: '2025.1', effectiveFrom: '2025-03-01', approvedAt: new Date('2025-02-14T10:00:00Z') };
    expect(await refusal(t.db, () => insertFixture(securityPolicies, ref, next))).toEqual({
      code: '23505',
      constraint: 'security_policies_in_force_key',
      column: undefined,
    });
    // Drafts do not count.
    await insertFixture(securityPolicies, ref, { version: '2025.2', status: 'draft', effectiveFrom: null, approvedAt: null, approvedByUserId: null });

    await t.db
      .update(securityPolicies)
      .set({ status: 'superseded', effectiveTo: '2025-02-28' })
      .where(eq(securityPolicies.id, ref('security_policies')));
    await insertFixture(securityPolicies, ref, next);
    expect(await rowCount(securityPolicies)).toBe(3);
    // A version number is unique per policy, whatever its status.
    expect(await refusal(t.db, () => insertFixture(securityPolicies, ref, { ...next, status: 'draft' }))).toEqual({
      code: '23505',
      constraint: 'security_policies_policy_key_version_key',
      column: undefined,
    });
  });

  test('one current assessment per control; the history stays', async () => {
    const { ref } = await seed(complianceRecords);
    const reassessment = { assessedOn: '2025-05-30', nextReviewOn: '2026-05-30', source: null, externalId: null, sourceUpdatedAt: null };
    expect(await refusal(t.db, () => insertFixture(complianceRecords, ref, reassessment))).toEqual({
      code: '23505',
      constraint: 'compliance_records_current_control_key',
      column: undefined,
    });
    await t.db.update(complianceRecords).set({ supersededOn: '2025-05-30' }).where(eq(complianceRecords.id, ref('compliance_records')));
    await insertFixture(complianceRecords, ref, reassessment);
    // Another edition of the framework is another control.
    await insertFixture(complianceRecords, ref, { ...reassessment, frameworkVersion: '3.2.1', controlId: 'Req 3.4' });
    expect(await rowCount(complianceRecords)).toBe(3);
  });

  test('one current grant per resource, permission and principal; a revoked grant does not count', async () => {
    const { ref } = await seed(accessControlLists);
    const again = { source: null, externalId: null, sourceUpdatedAt: null };
    expect(await refusal(t.db, () => insertFixture(accessControlLists, ref, again))).toEqual({
      code: '23505',
      constraint: 'access_control_lists_current_grant_key',
      column: undefined,
    });
    // The same permission on every horse, or to a role, is another grant.
    await insertFixture(accessControlLists, ref, { ...again, resourceId: null });
    await insertFixture(accessControlLists, ref, { ...again, principalUserId: null, principalRole: 'veterinarian' });
    expect(await refusal(t.db, () => insertFixture(accessControlLists, ref, { ...again, principalUserId: null, principalRole: 'veterinarian' }))).toMatchObject({
      code: '23505',
    });

    await t.db
      .update(accessControlLists)
      .set({ revokedAt: new Date('2024-09-01T00:00:00Z'), revokedByUserId: ref('user_profiles'), revokeReason: 'Left the yard' })
      .where(eq(accessControlLists.id, ref('access_control_lists')));
    await insertFixture(accessControlLists, ref, again);
    expect(await rowCount(accessControlLists)).toBe(4);
  });

  test('one retention policy in force per table', async () => {
    const { ref } = await seed(dataRetentionPolicies);
    const longer = { retentionPeriodDays: 730, effectiveFrom: '2025-01-01' };
    expect(await refusal(t.db, () => insertFixture(dataRetentionPolicies, ref, longer))).toEqual({
      code: '23505',
      constraint: 'data_retention_policies_in_force_key',
      column: undefined,
    });
    await t.db.update(dataRetentionPolicies).set({ effectiveTo: '2024-12-31' }).where(eq(dataRetentionPolicies.id, ref('data_retention_policies')));
    await insertFixture(dataRetentionPolicies, ref, longer);
    expect(await rowCount(dataRetentionPolicies)).toBe(2);
  });

  test('one security row per session', async () => {
    const { ref } = await seed(sessionSecurity);
    expect(await refusal(t.db, () => insertFixture(sessionSecurity, ref))).toEqual({
      code: '23505',
      constraint: 'session_security_session_id_key',
      column: undefined,
    });
  });
});

/**
 * Rules of one row, in Zod and in the database. `bad` breaks exactly one rule (declared once, in the table);
 * `field` is where Zod reports it and `check` the constraint PostgreSQL names.
 */
const rowRules: { table: string; field: string; bad: (ref: Ref) => Record<string, unknown>; check: string }[] = [
  {
    table: 'data_privacy_requests',
    field: 'dueAt',
    bad: () => ({ receivedAt: new Date('2024-03-30T23:30:00Z'), dueAt: new Date('2024-04-30T23:30:00Z') }),
    check: 'data_privacy_requests_due_at_check',
  },
  {
    table: 'data_privacy_requests',
    field: 'completedAt',
    bad: () => ({ status: 'completed' }),
    check: 'data_privacy_requests_completed_check',
  },
  {
    table: 'data_privacy_requests',
    field: 'extensionReason',
    bad: () => ({ extendedDueAt: new Date('2024-09-01T10:12:00Z') }),
    check: 'data_privacy_requests_extension_check',
  },
  {
    table: 'access_control_lists',
    field: 'principalPracticeId',
    bad: () => ({ principalUserId: null }),
    check: 'access_control_lists_principal_check',
  },
  {
    table: 'authentication_logs',
    field: 'userId',
    bad: () => ({ userId: null }),
    check: 'authentication_logs_success_user_check',
  },
  {
    table: 'authentication_logs',
    field: 'failureReason',
    bad: () => ({ outcome: 'failure' }),
    check: 'authentication_logs_failure_reason_required_check',
  },
  {
    table: 'encryption_keys',
    field: 'retiredAt',
    bad: () => ({ status: 'retired' }),
    check: 'encryption_keys_retired_check',
  },
  {
    table: 'session_security',
    field: 'mfaMethod',
    bad: () => ({ mfaMethod: null }),
    check: 'session_security_mfa_check',
  },
  {
    table: 'security_audits',
    field: 'periodEnd',
    bad: () => ({ periodEnd: '2024-05-01' }),
    check: 'security_audits_period_check',
  },
  {
    table: 'security_policies',
    field: 'effectiveTo',
    bad: () => ({ effectiveTo: '2024-02-29' }),
    check: 'security_policies_effective_period_check',
  },
];

describe('row rules: Zod and the database refuse the same row', () => {
  test.each(rowRules)('$table: $check', async ({ table: name, field, bad, check }) => {
    const { table, insert } = catalog[name]!;
    const { ref } = await seedParentsOf(table);
    const row: Record<string, unknown> = { ...fixtures[name]!(ref), ...bad(ref) };

    expect(insert.safeParse(row).error?.issues.map((issue) => issue.path[0])).toEqual([field]);
    expect(await refusal(t.db, (tx) => tx.insert(table).values(row as never))).toEqual({ code: '23514', constraint: check, column: undefined });
    expect(await rowCount(table)).toBe(0);
  });

  test('a request is due 720 hours after receipt, across a daylight-saving change', async () => {
    const { ref } = await seedParentsOf(dataPrivacyRequests);
    // Received on the eve of the Irish clocks going forward (31 March 2024): due 30 x 24 h later, in UTC.
    const row = { ...complianceFixtures.data_privacy_requests!(ref), receivedAt: new Date('2024-03-30T23:30:00Z'), dueAt: new Date('2024-04-29T23:30:00Z') };
    const [written] = await t.db.insert(dataPrivacyRequests).values(insertSchemaOf('data_privacy_requests').parse(row) as NewDataPrivacyRequest).returning();
    expect(written!.dueAt).toEqual(new Date('2024-04-29T23:30:00Z'));
  });
});

describe('append-only logs', () => {
  test.each<{ name: string; table: PgTable; patch: Record<string, unknown> }>([
    { name: 'authentication_logs', table: authenticationLogs, patch: { userAgent: 'edited' } },
    { name: 'gdpr_compliance', table: gdprCompliance, patch: { decision: 'withdrawn' } },
  ])('$name refuses UPDATE and DELETE (23001), and accepts new rows', async ({ name, table, patch }) => {
    const { ref } = await seed(table);
    const id = ref(name);
    const idColumn = (table as unknown as { id: never }).id;

    expect(await refusal(t.db, (tx) => tx.update(table).set(patch as never).where(eq(idColumn, id)))).toEqual(appendOnlyRefusal);
    expect(await refusal(t.db, (tx) => tx.delete(table).where(eq(idColumn, id)))).toEqual(appendOnlyRefusal);
    expect(await rowByKey(table, id)).toMatchObject(insertSchemaOf(name).parse(fixtures[name]!(ref)) as Record<string, unknown>);
  });
});

describe('the consent ledger', () => {
  test('the current decision per purpose is the latest row; a withdrawal is a new row', async () => {
    const { ref } = await seed(gdprCompliance);
    const decide = (overrides: Record<string, unknown>) => insertFixture(gdprCompliance, ref, { source: null, externalId: null, ...overrides });
    await decide({ purpose: 'analytics', lawfulBasis: 'legitimate_interests', decision: 'granted', capturedVia: 'cookie_banner', capturedAt: new Date('2024-03-09T18:19:00Z') });
    await decide({ decision: 'withdrawn', capturedVia: 'email_link', capturedAt: new Date('2024-08-01T07:00:00Z') });
    // Re-granted later in the app.
    await decide({ decision: 'granted', capturedVia: 'ios_app', capturedAt: new Date('2024-11-20T19:45:00Z') });
    await decide({ purpose: 'profiling', decision: 'withdrawn', capturedVia: 'web_settings', capturedAt: new Date('2024-04-02T12:00:00Z') });

    const current = await currentConsents(t.db, ref('user_profiles'));
    expect(current.map(({ purpose, decision, capturedVia }) => ({ purpose, decision, capturedVia }))).toEqual([
      { purpose: 'marketing_email', decision: 'granted', capturedVia: 'ios_app' },
      { purpose: 'analytics', decision: 'granted', capturedVia: 'cookie_banner' },
      { purpose: 'profiling', decision: 'withdrawn', capturedVia: 'web_settings' },
    ].sort((a, b) => a.purpose.localeCompare(b.purpose)));
    expect(await rowCount(gdprCompliance)).toBe(5);
    expect(await currentConsents(t.db, (await insertFixture(userProfiles, ref, anotherUserProfile('never-asked'))).id)).toEqual([]);
  });
});
