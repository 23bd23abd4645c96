import { adminCatalog, adminUsers } from '@db/admin';
import { adminFixtures } from '@db/admin/fixtures';
import { complianceCatalog } from '@db/compliance';
import { complianceFixtures } from '@db/compliance/fixtures';
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
import { ASSOCIATION_MEMBERSHIP_TYPES, associationDirectories, associationEvents, partnershipsCatalog } from '@db/partnerships';
import { partnershipsFixtures } from '@db/partnerships/fixtures';
import { providersCatalog } from '@db/providers';
import { providersFixtures } from '@db/providers/fixtures';
import { socialCatalog } from '@db/social';
import { socialFixtures } from '@db/social/fixtures';
import { userProfiles, usersCatalog } from '@db/users';
import { anotherUserProfile, usersFixtures } from '@db/users/fixtures';
import { sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { describe, expect, test } from 'vitest';
import {
  associationAdvocacyCampaigns,
  associationAdvocacyParticipants,
  associationBenefitPrograms,
  associationCommunications,
  associationDataSharing,
  associationEventParticipation,
  associationFeedbackCollection,
  associationMemberSync,
  associationRelationships,
  associationResources,
  DIPLOMACY_MEMBERSHIP_TYPES,
  diplomacyCatalog,
} from '../src/index.ts';
import { diplomacyFixtures } from './fixtures.ts';

/**
 * Natural keys (ingestion upserts), the append-only communications log, ON DELETE as erasure and the directory read
 * it, the partial unique indexes, row rules and the member-sync purge. Writes go through the erased fixture kit and
 * plain SQL, so the file costs the type checker next to nothing per statement.
 */
const t = setupTestDatabase();
const fixtures = {
  ...usersFixtures,
  ...providersFixtures,
  ...adminFixtures,
  ...socialFixtures,
  ...complianceFixtures,
  ...partnershipsFixtures,
  ...diplomacyFixtures,
};
const catalog = {
  ...usersCatalog,
  ...providersCatalog,
  ...adminCatalog,
  ...socialCatalog,
  ...complianceCatalog,
  ...partnershipsCatalog,
  ...diplomacyCatalog,
};
const { seed, seedParentsOf, insertFixture, rowByKey, rowCount, allRows } = fixtureKit(t, catalog, fixtures);

/** Deletes and updates as plain SQL: what is under test is the database's answer, and it costs no types. */
const remove = (table: PgTable, id: string) => t.db.execute(sql`delete from ${table} where id = ${id}`);
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

/** A second association of the directory, a branch of the fixture's: its own slug, no charity number of its own. */
const naasBranch = (ref: (table: string) => string) =>
  insertFixture(associationDirectories, ref, {
    name: 'Naas Branch of the Irish Pony Club',
    shortName: null,
    slug: 'ipc-naas-branch',
    associationKind: 'pony_club',
    registrationType: null,
    registrationNumber: null,
    parentAssociationId: ref('association_directories'),
    externalId: 'HSI-AFF-0412',
  });

describe('natural keys: ingestion upserts', () => {
  const keys: NaturalKeyCase[] = [
    {
      name: 'association_data_sharing',
      table: associationDataSharing,
      key: [associationDataSharing.agreementReference],
      set: { recipientRetentionMonths: 18, reviewDueOn: '2025-06-01' },
      index: 'association_data_sharing_agreement_reference_key',
    },
    {
      name: 'association_member_sync',
      table: associationMemberSync,
      key: [associationMemberSync.associationId, associationMemberSync.sourceExportId],
      // The retry of the same export succeeds: the run is updated, not duplicated.
      set: { status: 'succeeded', attemptCount: 2, rowsMatched: 5110, rowsFailed: 0, errorSummary: null, finishedAt: new Date('2024-06-01T04:12:09Z') },
      index: 'association_member_sync_export_key',
    },
    {
      name: 'association_event_participation',
      table: associationEventParticipation,
      key: [associationEventParticipation.associationEventId, associationEventParticipation.bookingReference],
      set: { leadsGathered: 52, leadsConverted: 14, sourceUpdatedAt: new Date('2024-11-20T09:00:00Z') },
      // Another role, so the one-row-per-role index is not the one refusing the copy.
      distinct: { role: 'exhibitor' },
      index: 'association_event_participation_booking_key',
    },
    {
      name: 'association_feedback_collection',
      table: associationFeedbackCollection,
      key: [associationFeedbackCollection.tool, associationFeedbackCollection.externalSurveyId],
      set: { responsesCount: 1201, sourceUpdatedAt: new Date('2024-03-06T08:00:00Z') },
      index: 'association_feedback_collection_tool_survey_key',
    },
    {
      name: 'association_benefit_programs',
      table: associationBenefitPrograms,
      key: [associationBenefitPrograms.associationId, associationBenefitPrograms.externalProgramId],
      set: { discountPercent: '20.00', sourceUpdatedAt: new Date('2024-09-01T08:00:00Z') },
      index: 'association_benefit_programs_external_key',
    },
    {
      name: 'association_resources',
      table: associationResources,
      key: [associationResources.associationId, associationResources.contentSha256],
      set: { title: 'The Irish Pony Club Rule Book 2024 (as adopted)', sourceUpdatedAt: new Date('2024-02-12T10:00:00Z') },
      index: 'association_resources_content_key',
    },
    // An append-only log: a redelivery is inserted once.
    { name: 'association_communications', table: associationCommunications, key: [associationCommunications.associationId, associationCommunications.associationReference], index: 'association_communications_association_reference_key', distinct: { platformReference: 'PLAT-COMM-2024-0999' } },
  ];

  naturalKeyTests(t, catalog, fixtures, keys);

  test('the same file from two associations is two resources: the checksum key is scoped by association', async () => {
    const { ref } = await seed(associationResources);
    const branch = await naasBranch(ref);
    await insertFixture(associationResources, pointing(ref, { association_directories: branch.id }));
    expect(await rowCount(associationResources)).toBe(2);
  });
});

describe('append-only communications: the database refuses UPDATE and DELETE', () => {
  test('a letter cannot be edited or removed, its staff member cannot be deleted, and the reply is appended', async () => {
    const { ref } = await seed(associationCommunications);
    // A second staff member who only handled this letter, so no other foreign key can be the one refusing.
    const person = await insertFixture(userProfiles, ref, anotherUserProfile('diplomacy-officer'));
    const officer = await insertFixture(adminUsers, pointing(ref, { user_profiles: person.id }), { externalId: 'c7d1e2f3-diplomacy-officer' });
    const letter = await insertFixture(associationCommunications, pointing(ref, { admin_users: officer.id }), {
      associationReference: 'IPC/COU/2024/131',
      platformReference: 'EP-IN-2024-0412',
    });

    expect(await refusal(t.db, (tx) => tx.execute(sql`update ${associationCommunications} set summary = 'edited afterwards' where id = ${letter.id}`))).toEqual(
      appendOnlyRefusal,
    );
    expect(await refusal(t.db, (tx) => tx.execute(sql`delete from ${associationCommunications} where id = ${letter.id}`))).toEqual(appendOnlyRefusal);
    expect(await refusal(t.db, () => remove(adminUsers, officer.id))).toEqual({
      code: restrictViolation,
      constraint: 'association_communications_staff_admin_user_id_fkey',
      column: undefined,
    });
    // Nor can the association it was exchanged with.
    expect(await refusal(t.db, () => remove(associationDirectories, ref('association_directories')))).toMatchObject({ code: restrictViolation });

    // The thread grows instead: the platform's response points at the consultation it answers.
    const response = await insertFixture(associationCommunications, ref, {
      kind: 'consultation_response',
      direction: 'outbound',
      subject: 'Response to consultation IPC/COU/2024/117',
      summary: 'A digital record the member owns and shares with the branch; examiners sign off in the app; results kept while the member is in the Pony Club and two years after.',
      occurredAt: new Date('2024-04-12T15:30:00Z'),
      associationReference: null,
      platformReference: 'EP-DIP-2024-031',
      responseDueOn: null,
      inReplyToCommunicationId: ref('association_communications'),
    });
    expect(await rowByKey(associationCommunications, response.id)).toMatchObject({ inReplyToCommunicationId: ref('association_communications') });
    expect(await rowCount(associationCommunications)).toBe(3);
  });

});

describe('ON DELETE', () => {
  test("an association's relationship, surveys and resources go with its directory entry", async () => {
    const { ref } = await seed(associationRelationships, associationFeedbackCollection, associationResources);
    const branch = await naasBranch(ref);
    const asBranch = pointing(ref, { association_directories: branch.id });
    const relationship = await insertFixture(associationRelationships, asBranch, { status: 'engaged', partnershipId: null });
    const survey = await insertFixture(associationFeedbackCollection, asBranch, { externalSurveyId: '512349001' });
    const resource = await insertFixture(associationResources, asBranch);

    await remove(associationDirectories, branch.id);

    expect(await rowByKey(associationRelationships, relationship.id)).toBeUndefined();
    expect(await rowByKey(associationFeedbackCollection, survey.id)).toBeUndefined();
    expect(await rowByKey(associationResources, resource.id)).toBeUndefined();
    for (const table of [associationRelationships, associationFeedbackCollection, associationResources]) expect(await rowCount(table)).toBe(1);
  });

  test('the agreement a member-list run used, and an event the platform took part in, cannot be deleted (23503/23001)', async () => {
    const { ref } = await seed(associationMemberSync, associationEventParticipation);
    expect(await refusal(t.db, () => remove(associationDataSharing, ref('association_data_sharing')))).toEqual({
      code: restrictViolation,
      constraint: 'association_member_sync_data_sharing_id_fkey',
      column: undefined,
    });
    expect(await refusal(t.db, () => remove(associationEvents, ref('association_events')))).toEqual({
      code: restrictViolation,
      constraint: 'association_event_participation_event_id_fkey',
      column: undefined,
    });
    // Purged runs release the agreement; the participation still holds the event, and the cost it records.
    await queryRows(t.db, `select purge_association_member_sync(now()) as purged`);
    expect(await rowCount(associationMemberSync)).toBe(0);
    await remove(associationDataSharing, ref('association_data_sharing'));
    expect(await rowByKey(associationDataSharing, ref('association_data_sharing'))).toBeUndefined();
    expect(await rowByKey(associationEventParticipation, ref('association_event_participation'))).toMatchObject({ costAmount: '1650.00' });
  });

  test('deleting a staff account that owned a survey, negotiated a programme and shared a resource unsets those credits', async () => {
    const { ref } = await seed(associationFeedbackCollection, associationBenefitPrograms, associationResources);
    const person = await insertFixture(userProfiles, ref, anotherUserProfile('leaver'));
    const leaver = await insertFixture(adminUsers, pointing(ref, { user_profiles: person.id }), { externalId: 'a9b8c7d6-leaver' });
    const asLeaver = pointing(ref, { admin_users: leaver.id });
    const survey = await insertFixture(associationFeedbackCollection, asLeaver, { externalSurveyId: '512349002' });
    const programme = await insertFixture(associationBenefitPrograms, asLeaver, { externalProgramId: 'IPC-MB-2024-08' });
    const rulebook = await insertFixture(associationResources, asLeaver, {
      contentSha256: '0f4e2a9c1b7d3e5f6a8b0c2d4e6f8a1b3c5d7e9f0a2b4c6d8e0f1a3b5c7d9e1f',
    });

    await remove(adminUsers, leaver.id);

    expect(await rowByKey(associationFeedbackCollection, survey.id)).toMatchObject({ ownerAdminUserId: null, status: 'analysed' });
    expect(await rowByKey(associationBenefitPrograms, programme.id)).toMatchObject({ negotiatedByAdminUserId: null, status: 'active' });
    expect(await rowByKey(associationResources, rulebook.id)).toMatchObject({ sharedByAdminUserId: null, title: 'The Irish Pony Club Rule Book 2024' });
  });

  test("a campaign's participants go with it, and the survey that fed it loses the link only", async () => {
    const { ref } = await seed(associationAdvocacyParticipants, associationFeedbackCollection);
    await remove(associationAdvocacyCampaigns, ref('association_advocacy_campaigns'));
    expect(await rowCount(associationAdvocacyParticipants)).toBe(0);
    expect(await rowByKey(associationFeedbackCollection, ref('association_feedback_collection'))).toMatchObject({ campaignId: null, responsesCount: 1184 });
  });
});

describe('partial unique indexes', () => {
  test('one current relationship per association: a change of status closes the current row and opens the next', async () => {
    const { ref } = await seed(associationRelationships);
    const strained = { status: 'strained', validFrom: '2024-07-01', healthScore: 41, associationStance: 'sceptical', partnershipId: null };
    expect(await refusal(t.db, () => insertFixture(associationRelationships, ref, strained))).toMatchObject({
      code: '23505',
      constraint: 'association_relationships_current_key',
    });

    await t.db.execute(sql`update ${associationRelationships} set valid_to = '2024-06-30' where id = ${ref('association_relationships')}`);
    const current = await insertFixture(associationRelationships, ref, strained);

    const rows = await allRows(associationRelationships);
    expect(rows.filter((row) => row.validTo === null).map((row) => row.id)).toEqual([current.id]);
    expect(rows.map((row) => row.status).sort()).toEqual(['formal', 'strained']);
  });

  test('one lead association per campaign; others join as co-leads or supporters', async () => {
    const { ref } = await seed(associationAdvocacyParticipants);
    const society = await insertFixture(associationDirectories, ref, {
      name: 'Irish Draught Horse Society',
      shortName: 'IDHS',
      slug: 'irish-draught-horse-society',
      associationKind: 'breed_society',
      registrationNumber: '20008811',
      externalId: 'HSI-AFF-0007',
    });
    const asSociety = pointing(ref, { association_directories: society.id });
    expect(await refusal(t.db, () => insertFixture(associationAdvocacyParticipants, asSociety, { role: 'lead' }))).toMatchObject({
      code: '23505',
      constraint: 'association_advocacy_participants_lead_key',
    });
    await insertFixture(associationAdvocacyParticipants, asSociety, { role: 'co_lead', contributionAmount: null, statementUrl: null });
    expect((await allRows(associationAdvocacyParticipants)).map((row) => row.role).sort()).toEqual(['co_lead', 'lead']);
  });
});

/**
 * Rules of one row, in Zod and in the database. `bad` breaks exactly one rule (declared once, in the table);
 * `field` is where Zod reports it and `check` the constraint PostgreSQL names.
 */
const rowRules: { table: string; field: string; bad: Record<string, unknown>; check: string }[] = [
  { table: 'association_relationships', field: 'validTo', bad: { status: 'ended' }, check: 'association_relationships_ended_check' },
  { table: 'association_relationships', field: 'endReason', bad: { endReason: 'dormant' }, check: 'association_relationships_end_reason_ended_check' },
  { table: 'association_communications', field: 'documentUrl', bad: { documentUrl: null }, check: 'association_communications_document_check' },
  { table: 'association_data_sharing', field: 'dpaSignedOn', bad: { dpaSignedOn: null }, check: 'association_data_sharing_active_signed_check' },
  { table: 'association_member_sync', field: 'rowsReceived', bad: { rowsCreated: 200 }, check: 'association_member_sync_rows_check' },
  { table: 'association_member_sync', field: 'rowsMatched', bad: { rowsUpdated: 6000 }, check: 'association_member_sync_updated_matched_check' },
  { table: 'association_member_sync', field: 'errorSummary', bad: { status: 'failed', errorSummary: null }, check: 'association_member_sync_error_check' },
  { table: 'association_event_participation', field: 'cancelledAt', bad: { status: 'cancelled' }, check: 'association_event_participation_cancelled_check' },
  { table: 'association_advocacy_campaigns', field: 'concludedOn', bad: { status: 'succeeded' }, check: 'association_advocacy_campaigns_succeeded_check' },
  { table: 'association_feedback_collection', field: 'summary', bad: { summary: null }, check: 'association_feedback_collection_analysed_check' },
  {
    table: 'association_benefit_programs',
    field: 'freeTrialDays',
    bad: { benefitKind: 'free_trial', discountPercent: null },
    check: 'association_benefit_programs_trial_check',
  },
  { table: 'association_collaborations', field: 'completedOn', bad: { status: 'completed' }, check: 'association_collaborations_completed_check' },
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

  test("a programme's membership types are @db/partnerships' list, read from the column that owns it", () => {
    expect([...DIPLOMACY_MEMBERSHIP_TYPES]).toEqual([...ASSOCIATION_MEMBERSHIP_TYPES]);
  });
});

describe('retention', () => {
  test('purge_association_member_sync deletes the runs started more than 400 days ago and keeps the rest', async () => {
    const { ref } = await seedParentsOf(associationMemberSync);
    const run = (sourceExportId: string, startedAt: Date) =>
      insertFixture(associationMemberSync, ref, {
        sourceExportId,
        startedAt,
        finishedAt: new Date(startedAt.getTime() + 221_000),
        sourceUpdatedAt: new Date(startedAt.getTime() - 1_800_000),
      });
    await run('IPC-EXP-OLD', daysAgo(420));
    const recent = await run('IPC-EXP-RECENT', daysAgo(30));

    const [purged] = await queryRows<{ purged: number | string }>(t.db, `select purge_association_member_sync(now() - interval '400 days') as purged`);
    expect(Number(purged!.purged)).toBe(1);
    expect((await allRows(associationMemberSync)).map((row) => row.id)).toEqual([recent.id]);
  });
});
