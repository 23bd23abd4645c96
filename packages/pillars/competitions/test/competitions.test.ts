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
import { healthCatalog } from '@db/health';
import { healthFixtures } from '@db/health/fixtures';
import { horses, horsesCatalog } from '@db/horses';
import { horsesFixtures } from '@db/horses/fixtures';
import { providersCatalog } from '@db/providers';
import { providersFixtures } from '@db/providers/fixtures';
import { purchasesCatalog } from '@db/purchases';
import { purchasesFixtures } from '@db/purchases/fixtures';
import { socialCatalog } from '@db/social';
import { socialFixtures } from '@db/social/fixtures';
import { competitionResults, trainingCatalog } from '@db/training';
import { trainingFixtures } from '@db/training/fixtures';
import { userProfiles, usersCatalog } from '@db/users';
import { anotherUserProfile, usersFixtures } from '@db/users/fixtures';
import { eq } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { describe, expect, test } from 'vitest';
import {
  competitionClasses,
  competitionHistory,
  competitionRegistrations,
  competitions,
  competitionsCatalog,
  competitionSeasons,
  eventAttendees,
  eventJudges,
  eventMedia,
  eventResults,
  eventResultSchemas,
  eventSchedules,
} from '../src/index.ts';
import { competitionsFixtures } from './fixtures.ts';

/**
 * Natural keys (the ingestion workflows' upserts), the append-only change log, ON DELETE as erasure reads it, the
 * partial unique indexes of entries and judges, row rules in Zod and the database, and the link to the horse's
 * own record in @db/training.
 */
const t = setupTestDatabase();
const fixtures = {
  ...usersFixtures,
  ...horsesFixtures,
  ...providersFixtures,
  ...purchasesFixtures,
  ...healthFixtures,
  ...socialFixtures,
  ...trainingFixtures,
  ...competitionsFixtures,
};
const catalog = {
  ...usersCatalog,
  ...horsesCatalog,
  ...providersCatalog,
  ...purchasesCatalog,
  ...healthCatalog,
  ...socialCatalog,
  ...trainingCatalog,
  ...competitionsCatalog,
};
const { seed, seedParentsOf, insertFixture, rowCount, rowByKey, allRows } = fixtureKit(t, catalog, fixtures);

/** The one typed DELETE of this file: any table of the catalog, by id. */
const deleteById = (table: PgTable, id: string) => t.db.delete(table).where(eq((table as unknown as { id: PgColumn }).id, id));

describe('natural keys: ingestion upserts', () => {
  const cases: NaturalKeyCase[] = [
    {
      name: 'competition_seasons',
      table: competitionSeasons,
      key: [competitionSeasons.federation, competitionSeasons.seasonYear],
      set: { status: 'closed', sourceUpdatedAt: new Date('2025-01-06T09:00:00Z') },
      index: 'competition_seasons_federation_season_year_key',
    },
    {
      name: 'competitions',
      table: competitions,
      key: [competitions.federation, competitions.federationEventId],
      set: { status: 'postponed', sourceUpdatedAt: new Date('2024-07-16T08:00:00Z') },
      index: 'competitions_federation_federation_event_id_key',
    },
    {
      name: 'competition_classes',
      table: competitionClasses,
      key: [competitionClasses.competitionId, competitionClasses.classCode],
      set: { prizeFund: '3000.00', maxEntries: 70 },
      index: 'competition_classes_competition_id_class_code_key',
    },
    {
      name: 'competition_registrations',
      table: competitionRegistrations,
      key: [competitionRegistrations.classId, competitionRegistrations.federationEntryId],
      set: { status: 'scratched', sourceUpdatedAt: new Date('2024-07-13T07:10:00Z') },
      index: 'competition_registrations_class_id_federation_entry_id_key',
      // Another back number and no horse link, so only the entry id refuses the copy.
      distinct: { bibNumber: '131', horseId: null },
    },
    {
      name: 'event_schedules',
      table: eventSchedules,
      key: [eventSchedules.competitionId, eventSchedules.externalSlotId],
      set: { delayMinutes: 25, startsAt: new Date('2024-07-13T14:27:00Z'), endsAt: new Date('2024-07-13T14:29:00Z') },
      index: 'event_schedules_competition_id_external_slot_id_key',
    },
    {
      name: 'event_judges',
      table: eventJudges,
      key: [eventJudges.competitionId, eventJudges.classId, eventJudges.role, eventJudges.judgeName],
      set: { officialLevel: 'FEI Level 2 judge', status: 'withdrawn' },
      index: 'event_judges_appointment_key',
    },
    {
      // A competition-wide appointment (no class): the key is NULLS NOT DISTINCT, so it upserts too.
      name: 'event_judges',
      table: eventJudges,
      key: [eventJudges.competitionId, eventJudges.classId, eventJudges.role, eventJudges.judgeName],
      given: { classId: null, role: 'technical_delegate', judgeName: 'Ciarán Walsh' },
      set: { status: 'withdrawn' },
      index: 'event_judges_appointment_key',
    },
    {
      name: 'event_results',
      table: eventResults,
      key: [eventResults.registrationId],
      set: { status: 'amended', rank: 4, penalties: '8.00' },
      index: 'event_results_registration_id_key',
      // Only the entry is shared with the copy.
      distinct: { competitionResultId: null, resultSource: 'equipe', sourceResultId: 'equipe-55120-12-127' },
    },
    {
      name: 'event_media',
      table: eventMedia,
      key: [eventMedia.checksumSha256],
      set: { status: 'hidden', caption: 'Whisper at the water tray, Cavan 2024' },
      index: 'event_media_checksum_sha256_key',
    },
    {
      name: 'event_attendees',
      table: eventAttendees,
      key: [eventAttendees.competitionId, eventAttendees.ticketingProvider, eventAttendees.ticketNumber],
      set: { accessZones: ['public_areas', 'stables'], sourceUpdatedAt: new Date('2024-07-12T08:00:00Z') },
      index: 'event_attendees_ticket_key',
    },
  ];
  naturalKeyTests(t, catalog, fixtures, cases);

  test("a result re-imported from the federation is matched on (source, the source's result id), whatever entry it arrives with", async () => {
    const { ref } = await seed(eventResults);
    const other = await insertFixture(competitionRegistrations, ref, { horseId: null, horseName: 'Cruising Star', bibNumber: '88', federationEntryId: 'SJI-E-2024-559990' });
    const reimport = (overrides: Record<string, unknown>) => {
      const values = eventResultSchemas.insert.parse({ ...competitionsFixtures.event_results!(ref), ...overrides });
      return t.db
        .insert(eventResults)
        .values(values)
        .onConflictDoUpdate({
          target: [eventResults.resultSource, eventResults.sourceResultId],
          set: { status: values.status, rank: values.rank, penalties: values.penalties, sourceUpdatedAt: values.sourceUpdatedAt },
        })
        .returning();
    };
    const correction = { status: 'amended', rank: 2, penalties: '0.00', sourceUpdatedAt: new Date('2024-07-20T09:00:00Z') };
    const [first] = await reimport(correction);
    const [again] = await reimport({ ...correction, registrationId: other.id });
    expect(first!.id).toBe(ref('event_results'));
    expect(again!.id).toBe(first!.id);
    expect(await allRows(eventResults)).toEqual([expect.objectContaining({ registrationId: ref('competition_registrations'), rank: 2, status: 'amended' })]);

    // The same id from another system is another result (here: of the other entry).
    await insertFixture(eventResults, pointing(ref, { competition_registrations: other.id }), { competitionResultId: null, resultSource: 'equipe', rank: 5 });
    expect(await rowCount(eventResults)).toBe(2);
  });
});

describe('competition_history: append-only', () => {
  test('an entry cannot be edited or removed; its competition and its recorder cannot be deleted', async () => {
    const { ref } = await seed(competitionHistory);
    const recorder = await insertFixture(userProfiles, ref, anotherUserProfile('show-secretary'));
    const logged = await insertFixture(competitionHistory, ref, {
      changeType: 'venue_changed',
      changeSource: 'organiser',
      previousVenueName: 'Cavan Equestrian Centre',
      newVenueName: 'Cavan Equestrian Centre, indoor arena',
      reason: 'Outdoor arena waterlogged',
      recordedByUserId: recorder.id,
      sourceUpdatedAt: null,
    });
    const id = ref('competition_history');

    expect(await refusal(t.db, (tx) => tx.update(competitionHistory).set({ reason: 'edited afterwards' }).where(eq(competitionHistory.id, id)))).toEqual(appendOnlyRefusal);
    expect(await refusal(t.db, () => deleteById(competitionHistory, id))).toEqual(appendOnlyRefusal);
    expect(await refusal(t.db, () => deleteById(competitions, ref('competitions')))).toEqual({
      code: restrictViolation,
      constraint: 'competition_history_competition_id_competitions_id_fkey',
      column: undefined,
    });
    expect(await refusal(t.db, () => deleteById(userProfiles, recorder.id))).toEqual({
      code: restrictViolation,
      constraint: 'competition_history_recorded_by_user_id_user_profiles_id_fkey',
      column: undefined,
    });
    expect(await rowByKey(competitionHistory, logged.id)).toMatchObject({ recordedByUserId: recorder.id, newVenueName: 'Cavan Equestrian Centre, indoor arena' });
    expect(await rowCount(competitionHistory)).toBe(2);
  });

  test('a replayed calendar import adds nothing: (competition, change type, source_updated_at), on conflict do nothing', async () => {
    const { ref } = await seedParentsOf(competitionHistory);
    const change = catalog.competition_history!.insert.parse(competitionsFixtures.competition_history!(ref));
    for (let i = 0; i < 2; i++) {
      await t.db
        .insert(competitionHistory)
        .values(change as never)
        .onConflictDoNothing({ target: [competitionHistory.competitionId, competitionHistory.changeType, competitionHistory.sourceUpdatedAt] });
    }
    expect(await rowCount(competitionHistory)).toBe(1);
    // A later import that sees another change of dates logs it; changes made here (no source time) never collide.
    await insertFixture(competitionHistory, ref, { sourceUpdatedAt: new Date('2024-06-01T08:00:00Z'), previousStartsOn: '2024-07-12', previousEndsOn: '2024-07-14', newEndsOn: '2024-07-15' });
    await insertFixture(competitionHistory, ref, { changeSource: 'platform_staff', sourceUpdatedAt: null });
    await insertFixture(competitionHistory, ref, { changeSource: 'platform_staff', sourceUpdatedAt: null });
    expect(await rowCount(competitionHistory)).toBe(4);
  });
});

describe('ON DELETE', () => {
  test('a competition without entries or history goes with its classes, timetable, officials, media and tickets', async () => {
    const { ref } = await seed(competitionClasses, eventJudges, eventAttendees, horses);
    // No entry: the fixtures' entry link is overridden with null (the placeholder is never written).
    const noEntry = pointing(ref, { competition_registrations: 'none' });
    await insertFixture(eventSchedules, noEntry, { itemType: 'class', registrationId: null, orderOfGo: null, externalSlotId: 'equipe-55120-12' });
    await insertFixture(eventMedia, noEntry, { registrationId: null });

    await deleteById(competitions, ref('competitions'));

    for (const table of [competitions, competitionClasses, eventSchedules, eventJudges, eventMedia, eventAttendees]) expect(await rowCount(table)).toBe(0);
    expect(await rowCount(competitionSeasons)).toBe(1);
    expect(await rowCount(horses)).toBe(1);
  });

  test('an entry list and a result are records: a class with entries and an entry with a result cannot be deleted', async () => {
    const { ref } = await seed(eventResults);
    expect(await refusal(t.db, () => deleteById(competitions, ref('competitions')))).toEqual({
      code: restrictViolation,
      constraint: 'competition_registrations_class_id_competition_classes_id_fkey',
      column: undefined,
    });
    expect(await refusal(t.db, () => deleteById(competitionRegistrations, ref('competition_registrations')))).toEqual({
      code: restrictViolation,
      constraint: 'event_results_registration_id_competition_registrations_id_fkey',
      column: undefined,
    });
    // A season with competitions is kept too.
    expect(await refusal(t.db, () => deleteById(competitionSeasons, ref('competition_seasons')))).toEqual({
      code: restrictViolation,
      constraint: 'competitions_season_id_competition_seasons_id_fkey',
      column: undefined,
    });
    expect(await rowByKey(eventResults, ref('event_results'))).toMatchObject({ rank: 3 });
  });

  test("deleting a horse keeps its entries, results and photos under the published name, unlinking it and its training record", async () => {
    const { ref } = await seed(eventResults, eventMedia, eventSchedules);
    await deleteById(horses, ref('horses'));

    expect(await rowByKey(competitionRegistrations, ref('competition_registrations'))).toMatchObject({
      horseId: null,
      horseName: "Galileo's Whisper",
      // Its vaccination went with it (health cascades from the horse); the entry stays.
      eligibilityVaccinationId: null,
    });
    // The horse's own record (@db/training) went with the horse; the official result stays.
    expect(await rowCount(competitionResults)).toBe(0);
    expect(await rowByKey(eventResults, ref('event_results'))).toMatchObject({ competitionResultId: null, rank: 3 });
    expect(await rowByKey(eventMedia, ref('event_media'))).toMatchObject({ horseId: null, registrationId: ref('competition_registrations') });
    expect(await rowCount(eventSchedules)).toBe(1);
  });

  test("erasing a person deletes their tickets and unsets their credits (owner, entrant, rider, judge, photographer, organiser)", async () => {
    const { ref } = await seed(eventAttendees, eventJudges, eventMedia);
    const person = await insertFixture(userProfiles, ref, anotherUserProfile('leaver'));
    const theirs = pointing(ref, { user_profiles: person.id });
    const ticket = await insertFixture(eventAttendees, theirs, { ticketType: 'grandstand', ticketNumber: 'CAV24-GS-4411', accessZones: ['public_areas', 'grandstand'] });
    const entry = await insertFixture(competitionRegistrations, theirs, { riderUserId: person.id, bibNumber: '140', federationEntryId: 'SJI-E-2024-560101', horseId: null, horseName: 'Ballyhugh Lad' });
    const judge = await insertFixture(eventJudges, ref, { judgeUserId: person.id, role: 'steward', judgeName: 'Pat Leaver' });
    const photo = await insertFixture(eventMedia, ref, { photographerUserId: person.id, checksumSha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' });
    const competition = await insertFixture(competitions, ref, { federationEventId: 'SJI-24-0809-CAV', name: 'Cavan August Show', organiserUserId: person.id });

    await deleteById(userProfiles, person.id);

    expect(await rowByKey(eventAttendees, ticket.id)).toBeUndefined();
    expect(await rowByKey(eventAttendees, ref('event_attendees'))).toBeDefined();
    expect(await rowByKey(competitionRegistrations, entry.id)).toMatchObject({ ownerUserId: null, enteredByUserId: null, riderUserId: null, riderName: 'Aoife Kelly' });
    expect(await rowByKey(eventJudges, judge.id)).toMatchObject({ judgeUserId: null, judgeName: 'Pat Leaver' });
    expect(await rowByKey(eventMedia, photo.id)).toMatchObject({ photographerUserId: null });
    expect(await rowByKey(competitions, competition.id)).toMatchObject({ organiserUserId: null, organiserName: 'Cavan Equestrian Centre Ltd' });
  });
});

describe('partial unique indexes', () => {
  test('one live entry per horse per class: a second is refused; a withdrawn one stays beside it as history', async () => {
    const { ref } = await seed(competitionRegistrations);
    const again = { bibNumber: '129', federationEntryId: 'SJI-E-2024-559813' };
    expect(await refusal(t.db, () => insertFixture(competitionRegistrations, ref, again))).toMatchObject({
      code: '23505',
      constraint: 'competition_registrations_live_horse_key',
    });
    await insertFixture(competitionRegistrations, ref, { ...again, status: 'withdrawn', withdrawnAt: new Date('2024-06-25T08:00:00Z') });
    // Entries without a horse link (horses not on the platform) are not matched on it.
    await insertFixture(competitionRegistrations, ref, { bibNumber: '130', federationEntryId: 'SJI-E-2024-559814', horseId: null, horseName: 'Cruising Star' });
    expect(await rowCount(competitionRegistrations)).toBe(3);
  });

  test('a back number is unique within a class; the horse keeps it in its other classes at the show', async () => {
    const { ref } = await seed(competitionRegistrations);
    const speed = await insertFixture(competitionClasses, ref, { classCode: '9', name: '1.15m Speed', scoringMethod: 'speed', heightCm: 115, rulesArticle: 'FEI Art. 239' });
    await insertFixture(competitionRegistrations, pointing(ref, { competition_classes: speed.id }), { federationEntryId: 'SJI-E-2024-559700' });
    expect(
      await refusal(t.db, () => insertFixture(competitionRegistrations, ref, { horseId: null, horseName: 'Cruising Star', federationEntryId: 'SJI-E-2024-559815' })),
    ).toMatchObject({ code: '23505', constraint: 'competition_registrations_class_id_bib_number_key' });
    expect((await allRows(competitionRegistrations)).map((row) => row.bibNumber)).toEqual(['127', '127']);
  });

  test('one dressage judge per letter per class; a judge who declined leaves the letter free', async () => {
    const { ref } = await seed(eventJudges);
    const atC = { role: 'ground_jury_member', position: 'C', judgeName: 'Helen Doyle', federationJudgeId: '10054321' };
    await insertFixture(eventJudges, ref, { ...atC, role: 'ground_jury_president' });
    expect(await refusal(t.db, () => insertFixture(eventJudges, ref, atC))).toMatchObject({ code: '23505', constraint: 'event_judges_position_key' });
    await insertFixture(eventJudges, ref, { ...atC, judgeName: 'Tom Hennessy', status: 'declined' });
    await insertFixture(eventJudges, ref, { ...atC, position: 'E' });
    expect(await rowCount(eventJudges)).toBe(4);
  });
});

/**
 * Row rules, each declared once in its table: `bad` breaks exactly one; Zod reports it on `field` and PostgreSQL
 * names `check`.
 */
const rowRules: { table: string; field: string; bad: Record<string, unknown>; check: string }[] = [
  { table: 'event_results', field: 'rank', bad: { outcome: 'retired' }, check: 'event_results_rank_outcome_check' },
  { table: 'event_results', field: 'publishedAt', bad: { publishedAt: null }, check: 'event_results_published_at_check' },
  { table: 'event_judges', field: 'veterinarianId', bad: { role: 'course_designer', veterinarianId: '3f0b6c1e-8a2d-4c5e-9f71-2b8d4e6a0c13' }, check: 'event_judges_veterinarian_role_check' },
  { table: 'event_schedules', field: 'registrationId', bad: { registrationId: null, orderOfGo: null }, check: 'event_schedules_start_item_check' },
  { table: 'competitions', field: 'cancelledAt', bad: { status: 'cancelled' }, check: 'competitions_cancelled_at_check' },
  { table: 'competitions', field: 'entriesCloseAt', bad: { entriesCloseAt: new Date('2024-06-17T08:00:00Z') }, check: 'competitions_entries_close_at_check' },
  { table: 'competition_history', field: 'newStatus', bad: { changeType: 'status_changed', previousStatus: 'scheduled', newStatus: 'scheduled' }, check: 'competition_history_status_check' },
  { table: 'event_attendees', field: 'checkedInAt', bad: { checkedInAt: null }, check: 'event_attendees_checked_in_at_check' },
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

describe("the official result and the horse's own record", () => {
  test('a training record is the filing of one result only', async () => {
    const { ref } = await seed(eventResults);
    const other = await insertFixture(competitionRegistrations, ref, { horseId: null, horseName: 'Cruising Star', bibNumber: '88', federationEntryId: 'SJI-E-2024-559990' });
    const filedTwice = { registrationId: other.id, resultSource: 'equipe', sourceResultId: 'equipe-55120-12-88', rank: 1 };
    expect(await refusal(t.db, () => insertFixture(eventResults, ref, filedTwice))).toMatchObject({
      code: '23505',
      constraint: 'event_results_competition_result_id_key',
    });
    await insertFixture(eventResults, ref, { ...filedTwice, competitionResultId: null });
    // The official result and the record agree on the federation's id, the match key of both imports.
    const [record] = await allRows(competitionResults);
    expect(await rowByKey(eventResults, ref('event_results'))).toMatchObject({ resultSource: record!.federation, sourceResultId: record!.federationResultId, rank: record!.placing });
  });

  test('eliminated, retired and withdrawn starts carry no rank; judge scores are typed', async () => {
    const { ref } = await seed(eventResults);
    const other = await insertFixture(competitionRegistrations, ref, { horseId: null, horseName: 'Cruising Star', bibNumber: '88', federationEntryId: 'SJI-E-2024-559990' });
    const eliminated = await insertFixture(eventResults, pointing(ref, { competition_registrations: other.id }), {
      competitionResultId: null,
      resultSource: 'equipe',
      sourceResultId: 'equipe-55120-12-88',
      outcome: 'eliminated',
      rank: null,
      penalties: null,
      timeSeconds: null,
      prizeMoney: null,
      outcomeReason: 'EL: second refusal at fence 7',
    });
    expect(eliminated).toMatchObject({ outcome: 'eliminated', rank: null });

    const scores = eventResultSchemas.insert.safeParse({ ...competitionsFixtures.event_results!(ref), judgeScores: [{ position: 'C', scorePercent: 112 }] });
    expect(scores.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['judgeScores.0.scorePercent']);
    expect(
      eventResultSchemas.insert.safeParse({ ...competitionsFixtures.event_results!(ref), judgeScores: [{ position: 'C', scorePercent: 72.5, rank: 2 }, { position: 'E', scorePercent: 70.833 }] })
        .success,
    ).toBe(true);
  });
});
