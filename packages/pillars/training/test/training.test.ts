import {
  fixtureKit,
  type NaturalKeyCase,
  naturalKeyTests,
  pointing,
  refusal,
  setupTestDatabase,
} from '@db/core/testing';
import { healthCatalog } from '@db/health';
import { healthFixtures } from '@db/health/fixtures';
import { HORSE_DISCIPLINES, horses, horsesCatalog } from '@db/horses';
import { horsesFixtures } from '@db/horses/fixtures';
import { providersCatalog } from '@db/providers';
import { providersFixtures } from '@db/providers/fixtures';
import { invoiceLineItems, purchasesCatalog } from '@db/purchases';
import { purchasesFixtures } from '@db/purchases/fixtures';
import { userProfiles, usersCatalog } from '@db/users';
import { anotherUserProfile, usersFixtures } from '@db/users/fixtures';
import { eq, getTableName, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { describe, expect, test } from 'vitest';
import {
  competitionResults,
  exercisePlans,
  performanceMetrics,
  performanceTrends,
  skillAssessments,
  TRAINING_DISCIPLINES,
  trainingCatalog,
  trainingMilestones,
  trainingNotes,
  trainingPrograms,
  trainingSessions,
  trainingSessionSchemas,
  trainingVideos,
} from '../src/index.ts';
import { trainingFixtures } from './fixtures.ts';

/** Natural keys (ingestion upserts), ON DELETE, the one active programme, row rules, and the session's intervals. */
const t = setupTestDatabase();
const fixtures = { ...usersFixtures, ...horsesFixtures, ...providersFixtures, ...healthFixtures, ...purchasesFixtures, ...trainingFixtures };
const catalog = { ...usersCatalog, ...horsesCatalog, ...providersCatalog, ...healthCatalog, ...purchasesCatalog, ...trainingCatalog };
const { seed, seedParentsOf, insertFixture, rowCount, rowByKey, allRows } = fixtureKit(t, catalog, fixtures);

/** Every table of the package (seeding them brings their parents in users, horses, providers, health, purchases). */
const everyTable = Object.values(trainingCatalog).map((schemas) => schemas.table);

describe('natural keys: ingestion upserts', () => {
  const cases: NaturalKeyCase[] = [
    {
      name: 'training_sessions',
      table: trainingSessions,
      key: [trainingSessions.source, trainingSessions.externalActivityId],
      set: { durationS: 2760, distanceM: 6610, sourceUpdatedAt: new Date('2024-05-14T10:00:00Z') },
      index: 'training_sessions_source_external_activity_id_key',
    },
    {
      name: 'performance_metrics',
      table: performanceMetrics,
      key: [performanceMetrics.source, performanceMetrics.externalMetricId],
      set: { value: '86.0000', sourceUpdatedAt: new Date('2024-05-14T11:00:00Z') },
      index: 'performance_metrics_source_external_metric_id_key',
    },
    {
      // A federation's correction: disqualified after a medication control, placing and prize money withdrawn.
      name: 'competition_results',
      table: competitionResults,
      key: [competitionResults.federation, competitionResults.federationResultId],
      set: { resultStatus: 'disqualified', placing: null, prizeMoney: '0.00', sourceUpdatedAt: new Date('2024-09-02T12:00:00Z') },
      index: 'competition_results_federation_result_id_key',
    },
    {
      // The trends job recomputing May after a late upload.
      name: 'performance_trends',
      table: performanceTrends,
      key: [performanceTrends.horseId, performanceTrends.metricKind, performanceTrends.periodType, performanceTrends.periodStart],
      set: { sampleCount: 11, avgValue: '90.2500', computedAt: new Date('2024-06-02T03:00:00Z') },
      index: 'performance_trends_horse_id_metric_period_key',
    },
  ];
  naturalKeyTests(t, catalog, fixtures, cases);

  test('a re-import older than the stored session (source_updated_at) changes nothing; a newer one updates it', async () => {
    const { ref } = await seedParentsOf(trainingSessions);
    const ingest = (overrides: Record<string, unknown>) => {
      const values = trainingSessionSchemas.insert.parse({ ...trainingFixtures.training_sessions!(ref), ...overrides });
      return t.db
        .insert(trainingSessions)
        .values(values)
        .onConflictDoUpdate({
          target: [trainingSessions.source, trainingSessions.externalActivityId],
          set: { durationS: sql`excluded.duration_s`, distanceM: sql`excluded.distance_m`, sourceUpdatedAt: sql`excluded.source_updated_at` },
          setWhere: sql`excluded.source_updated_at > ${trainingSessions.sourceUpdatedAt}`,
        });
    };

    await ingest({});
    await ingest({ durationS: 1200, distanceM: 2000, sourceUpdatedAt: new Date('2024-05-14T08:00:00Z') });
    expect(await allRows(trainingSessions)).toEqual([expect.objectContaining({ durationS: 2700, distanceM: 6420 })]);

    const edited = { durationS: 2760, distanceM: 6610, sourceUpdatedAt: new Date('2024-05-15T18:00:00Z') };
    await ingest(edited);
    expect(await allRows(trainingSessions)).toEqual([expect.objectContaining(edited)]);
  });
});

describe('ON DELETE', () => {
  test("deleting a horse deletes its training record; the invoice line that billed a session stays", async () => {
    const { ref } = await seed(...everyTable);

    await t.db.delete(horses).where(eq(horses.id, ref('horses')));

    for (const table of everyTable) expect(await rowCount(table), getTableName(table)).toBe(0);
    // purchases keeps the financial record and unsets its horse.
    expect(await rowByKey(invoiceLineItems, ref('invoice_line_items'))).toMatchObject({ horseId: null });
  });

  test('deleting a user nulls the credits (rider, trainer, coach, assessor, author, ...) and keeps every row', async () => {
    const { ref } = await seed(...everyTable);
    const coach = await insertFixture(userProfiles, ref, anotherUserProfile('coach'));
    const credits: [PgTable, string][] = [
      [trainingPrograms, 'coachUserId'],
      [trainingPrograms, 'createdByUserId'],
      [trainingSessions, 'riderUserId'],
      [trainingSessions, 'trainerUserId'],
      [performanceMetrics, 'recordedByUserId'],
      [competitionResults, 'riderUserId'],
      [trainingMilestones, 'recordedByUserId'],
      [skillAssessments, 'assessorUserId'],
      [trainingVideos, 'uploadedByUserId'],
      [trainingNotes, 'authorUserId'],
    ];
    for (const [table, key] of credits) await t.db.update(table).set({ [key]: coach.id } as never);

    await t.db.delete(userProfiles).where(eq(userProfiles.id, coach.id));

    for (const [table, key] of credits) {
      const [row] = await allRows(table);
      expect(row, `${getTableName(table)} row kept`).toBeDefined();
      expect(row![key], key).toBeNull();
    }
    // The result as the federation published it keeps the rider's published name.
    expect(await rowByKey(competitionResults, ref('competition_results'))).toMatchObject({ riderName: 'Aoife Kelly', riderUserId: null });
  });

  test('deleting a programme deletes its exercise plans and keeps the sessions, milestones, assessments and notes', async () => {
    const { ref } = await seed(...everyTable);

    await t.db.delete(trainingPrograms).where(eq(trainingPrograms.id, ref('training_programs')));

    expect(await rowCount(exercisePlans)).toBe(0);
    expect(await rowByKey(trainingSessions, ref('training_sessions'))).toMatchObject({ programId: null, exercisePlanId: null, durationS: 2700 });
    for (const name of ['training_milestones', 'skill_assessments', 'training_notes']) {
      expect(await rowByKey(catalog[name]!.table, ref(name)), name).toMatchObject({ programId: null });
    }
  });

  test("deleting a session deletes its measurements and videos; notes, assessments and milestones stay on the horse", async () => {
    const { ref } = await seed(...everyTable);
    const milestone = await insertFixture(trainingMilestones, ref, { sessionId: ref('training_sessions'), competitionResultId: null });

    await t.db.delete(trainingSessions).where(eq(trainingSessions.id, ref('training_sessions')));

    expect(await rowCount(performanceMetrics)).toBe(0);
    expect(await rowCount(trainingVideos)).toBe(0);
    expect(await rowByKey(trainingNotes, ref('training_notes'))).toMatchObject({ sessionId: null, horseId: ref('horses') });
    expect(await rowByKey(skillAssessments, ref('skill_assessments'))).toMatchObject({ sessionId: null, score: '6.50' });
    expect(await rowByKey(trainingMilestones, milestone.id)).toMatchObject({ sessionId: null, status: 'achieved' });
  });
});

describe('one active programme per horse and discipline', () => {
  test('a second active show-jumping programme is refused; a draft, another discipline and another horse are not', async () => {
    const { ref } = await seed(trainingPrograms);
    const block = { name: 'Summer jumping block', goalType: 'competition_preparation', startsOn: '2024-06-03', endsOn: '2024-08-25' };

    expect(await refusal(t.db, () => insertFixture(trainingPrograms, ref, block))).toMatchObject({
      code: '23505',
      constraint: 'training_programs_active_key',
    });

    await insertFixture(trainingPrograms, ref, { ...block, status: 'draft' });
    await insertFixture(trainingPrograms, ref, { ...block, discipline: 'dressage', goalType: 'skill_development' });
    const other = await insertFixture(horses, ref, { registeredName: 'Kildare Lad', sex: 'gelding' });
    await insertFixture(trainingPrograms, pointing(ref, { horses: other.id }), block);
    expect(await rowCount(trainingPrograms)).toBe(4);
  });

  test('a programme is closed, not overwritten: completing it frees the slot for the next one', async () => {
    const { ref } = await seed(trainingPrograms);
    await t.db.execute(sql`update training_programs set status = 'completed' where id = ${ref('training_programs')}`);
    await insertFixture(trainingPrograms, ref, { name: 'Summer jumping block', goalType: 'competition_preparation', startsOn: '2024-07-29', endsOn: null });
    const rows = await allRows(trainingPrograms);
    expect(rows.map((row) => row.status).sort()).toEqual(['active', 'completed']);
  });
});

/** Rules over several columns, each broken alone: Zod reports the field, the database names the CHECK. */
const rowRules = [
  { table: 'competition_results', field: 'placing', bad: { resultStatus: 'disqualified' }, check: 'competition_results_placing_status_check' },
  { table: 'competition_results', field: 'starters', bad: { placing: 12, starters: 9 }, check: 'competition_results_placing_starters_check' },
  { table: 'skill_assessments', field: 'score', bad: { scaleMin: '1.00', scaleMax: '4.00', score: '4.50' }, check: 'skill_assessments_score_check' },
  { table: 'training_sessions', field: 'durationS', bad: { durationS: null }, check: 'training_sessions_completed_duration_check' },
  { table: 'training_sessions', field: 'maxSpeedMps', bad: { avgSpeedMps: '9.90' }, check: 'training_sessions_speeds_check' },
  { table: 'training_videos', field: 'competitionResultId', bad: { sessionId: null }, check: 'training_videos_subject_check' },
  { table: 'training_milestones', field: 'achievedOn', bad: { achievedOn: null }, check: 'training_milestones_achieved_on_required_check' },
  { table: 'performance_trends', field: 'maxValue', bad: { maxValue: '90.0000' }, check: 'performance_trends_avg_max_check' },
] as const;

describe('row rules: Zod and the database refuse the same row', () => {
  test.each(rowRules)('$table: $field ($check)', async ({ table: name, field, bad, check }) => {
    const { table, insert } = catalog[name]!;
    const { ref } = await seedParentsOf(table);
    const row: Record<string, unknown> = { ...fixtures[name]!(ref), ...bad };

    expect(insert.safeParse(row).error?.issues.map((issue) => issue.path[0])).toEqual([field]);
    expect(await refusal(t.db, (tx) => tx.insert(table).values(row as never))).toMatchObject({ code: '23514', constraint: check });
    expect(await rowCount(table)).toBe(0);
  });
});

describe('training specifics', () => {
  test("a session's interval pieces are typed: a piece without its duration, or at 300 bpm, is refused", () => {
    const session = trainingFixtures.training_sessions!(() => '5aad9a35-b07f-4a06-a192-cdb22af74140');
    const withPiece = (piece: Record<string, unknown>) => trainingSessionSchemas.insert.safeParse({ ...session, intervals: [piece] });

    expect(withPiece({ label: 'Canter 1', gait: 'canter', durationS: 98, maxHeartRateBpm: 168 }).success).toBe(true);
    expect(withPiece({ label: 'Canter 1', gait: 'canter' }).error?.issues.map((issue) => issue.path)).toEqual([['intervals', 0, 'durationS']]);
    expect(withPiece({ durationS: 98, maxHeartRateBpm: 300 }).error?.issues.map((issue) => issue.path)).toEqual([['intervals', 0, 'maxHeartRateBpm']]);
  });

  test('disciplines are the horses pillar list, not a copy', () => {
    expect(TRAINING_DISCIPLINES).toEqual(HORSE_DISCIPLINES);
  });

  test('a manual log has no source id, so any number of them coexist; a device activity id is unique per source', async () => {
    const { ref } = await seedParentsOf(trainingSessions);
    const manual = { source: 'manual', externalActivityId: null, sourceUpdatedAt: null, invoiceLineItemId: null };
    await insertFixture(trainingSessions, ref, manual);
    await insertFixture(trainingSessions, ref, { ...manual, startedAt: new Date('2024-05-15T07:30:00Z'), endedAt: null });
    // The same activity id from another platform is another activity.
    await insertFixture(trainingSessions, ref, { source: 'garmin' });
    await insertFixture(trainingSessions, ref);
    expect(await rowCount(trainingSessions)).toBe(4);
  });
});
