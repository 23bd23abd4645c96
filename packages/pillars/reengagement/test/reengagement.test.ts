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
import { horsesCatalog } from '@db/horses';
import { horsesFixtures } from '@db/horses/fixtures';
import { providersCatalog } from '@db/providers';
import { providersFixtures } from '@db/providers/fixtures';
import { purchasesCatalog } from '@db/purchases';
import { purchasesFixtures } from '@db/purchases/fixtures';
import { recommendationsCatalog } from '@db/recommendations';
import { recommendationsFixtures } from '@db/recommendations/fixtures';
import { retentionCatalog, userRetentionCampaigns } from '@db/retention';
import { retentionFixtures } from '@db/retention/fixtures';
import { socialCatalog } from '@db/social';
import { socialFixtures } from '@db/social/fixtures';
import { userProfiles, usersCatalog } from '@db/users';
import { anotherUserProfile, usersFixtures } from '@db/users/fixtures';
import { sql, type SQL } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import {
  inactivityPeriods,
  loyaltyMemberships,
  loyaltyPointTransactions,
  loyaltyProgramTiers,
  reEngagementCampaigns,
  reengagementCatalog,
  retentionCohorts,
  retentionInterventions,
  retentionMetricsTracking,
  userEngagementScores,
  userLifecycleStages,
  userRetentionSegments,
  winBackCampaigns,
} from '../src/index.ts';
import { reengagementFixtures } from './fixtures.ts';

/**
 * Natural keys (ingestion upserts), ON DELETE as erasure reads it, the current-row partial unique indexes, row
 * rules, the append-only points ledger and the retention purges. Writes go through the erased fixture kit and
 * plain SQL (`run`), so the file costs the type checker next to nothing per statement.
 */
const t = setupTestDatabase();
const fixtures = {
  ...usersFixtures,
  ...horsesFixtures,
  ...providersFixtures,
  ...purchasesFixtures,
  ...recommendationsFixtures,
  ...socialFixtures,
  ...retentionFixtures,
  ...reengagementFixtures,
};
const catalog = {
  ...usersCatalog,
  ...horsesCatalog,
  ...providersCatalog,
  ...purchasesCatalog,
  ...recommendationsCatalog,
  ...socialCatalog,
  ...retentionCatalog,
  ...reengagementCatalog,
};
const { seed, seedParentsOf, insertFixture, rowCount, rowByKey, allRows } = fixtureKit(t, catalog, fixtures);

/** Plain SQL on the test's transaction. */
const run = (query: SQL) => queryRows(t.db, query);
const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 3600 * 1000);
const dayOf = (date: Date) => date.toISOString().slice(0, 10);

describe('natural keys: ingestion upserts', () => {
  const keys: NaturalKeyCase[] = [
    {
      name: 'user_retention_segments',
      table: userRetentionSegments,
      key: [userRetentionSegments.segmentId],
      set: { priority: 10, maxEngagementScore: '30.00' },
      distinct: {},
      index: 'user_retention_segments_segment_id_key',
    },
    {
      name: 're_engagement_campaigns',
      table: reEngagementCampaigns,
      key: [reEngagementCampaigns.retentionCampaignId],
      set: { inactivityThresholdDays: 60 },
      distinct: {},
      index: 're_engagement_campaigns_retention_campaign_id_key',
    },
    {
      name: 'win_back_campaigns',
      table: winBackCampaigns,
      key: [winBackCampaigns.retentionCampaignId],
      set: { incentivePercent: '20.00' },
      distinct: {},
      index: 'win_back_campaigns_retention_campaign_id_key',
    },
    {
      name: 'inactivity_periods',
      table: inactivityPeriods,
      key: [inactivityPeriods.userId, inactivityPeriods.startedAt],
      set: { daysInactive: 76, lastEvaluatedAt: new Date('2025-04-03T06:00:00Z') },
      distinct: {},
      index: 'inactivity_periods_user_id_started_at_key',
    },
    {
      name: 'retention_interventions',
      table: retentionInterventions,
      key: [retentionInterventions.source, retentionInterventions.externalId],
      set: { liftPercentagePoints: '9.80', sourceUpdatedAt: new Date('2025-04-18T03:00:00Z') },
      distinct: {},
      index: 'retention_interventions_source_external_id_key',
    },
    {
      name: 'retention_metrics_tracking',
      table: retentionMetricsTracking,
      key: [retentionMetricsTracking.retentionCampaignId, retentionMetricsTracking.metricDate],
      set: { reactivatedCount: 16, revenueAmount: '1344.60' },
      distinct: {},
      index: 'retention_metrics_tracking_campaign_day_key',
    },
    {
      name: 'loyalty_program_tiers',
      table: loyaltyProgramTiers,
      key: [loyaltyProgramTiers.key],
      set: { pointsThreshold: 1600 },
      distinct: { rank: 3 },
      index: 'loyalty_program_tiers_key_key',
    },
    {
      name: 'user_engagement_scores',
      table: userEngagementScores,
      key: [userEngagementScores.userId, userEngagementScores.scoreDate, userEngagementScores.modelId],
      set: { score: '29.10', scoringRunId: 'engagement-2025-03-10T0300Z-rerun' },
      distinct: {},
      index: 'user_engagement_scores_user_day_model_key',
    },
    {
      name: 'retention_cohorts',
      table: retentionCohorts,
      key: [retentionCohorts.key],
      set: { cohortSize: 1281, sizeComputedAt: new Date('2025-05-01T03:00:00Z') },
      distinct: {},
      index: 'retention_cohorts_key_key',
    },
    // An append-only log: a redelivery is inserted once.
    { name: 'loyalty_point_transactions', table: loyaltyPointTransactions, key: [loyaltyPointTransactions.source, loyaltyPointTransactions.externalId], index: 'loyalty_point_transactions_source_external_id_key' },
  ];

  naturalKeyTests(t, catalog, fixtures, keys);

});

describe('ON DELETE, as erasure reads it', () => {
  test("a user's lifecycle, inactivity, interventions, scores and tier go with them; their credits are unset", async () => {
    const { ref } = await seed(userLifecycleStages, inactivityPeriods, retentionInterventions, userEngagementScores, loyaltyMemberships, userRetentionSegments, retentionCohorts);
    const leaver = await insertFixture(userProfiles, ref, anotherUserProfile('leaver'));
    const own = pointing(ref, { user_profiles: leaver.id });
    await insertFixture(userLifecycleStages, own, { churnPredictionId: null });
    await insertFixture(inactivityPeriods, own, { lastSessionId: null, triggerId: null, reactivatedByMessageId: null });
    await insertFixture(retentionInterventions, own, {
      externalId: 'canvas-7f3a2c91:step-2:leaver',
      churnPredictionId: null,
      inactivityPeriodId: null,
      outreachMessageId: null,
      offerId: null,
    });
    await insertFixture(userEngagementScores, own);
    await insertFixture(loyaltyMemberships, own);
    // The leaver, a retention analyst, also approved the segment, defined the cohort and ran Siobhán's call.
    await run(sql`update user_retention_segments set approved_by_user_id = ${leaver.id}`);
    await run(sql`update retention_cohorts set created_by_user_id = ${leaver.id}`);
    await run(sql`update retention_interventions set performed_by_user_id = ${leaver.id} where user_id = ${ref('user_profiles')}`);

    await run(sql`delete from user_profiles where id = ${leaver.id}`);

    // Siobhán's rows stay; the leaver's are gone.
    for (const table of [userLifecycleStages, inactivityPeriods, retentionInterventions, userEngagementScores, loyaltyMemberships]) {
      expect((await allRows(table)).map((row) => row.userId)).toEqual([ref('user_profiles')]);
    }
    expect(await rowByKey(userRetentionSegments, ref('user_retention_segments'))).toMatchObject({ approvedByUserId: null, segmentKind: 'dormant' });
    expect(await rowByKey(retentionCohorts, ref('retention_cohorts'))).toMatchObject({ createdByUserId: null, key: 'signup_2025_03' });
    expect(await rowByKey(retentionInterventions, ref('retention_interventions'))).toMatchObject({ performedByUserId: null, outcome: 'reactivated' });
  });

  test('a user with loyalty points cannot be deleted: the ledger stays, pointing at the anonymised profile', async () => {
    const { ref } = await seedParentsOf(loyaltyPointTransactions);
    const member = await insertFixture(userProfiles, ref, anotherUserProfile('member'));
    await insertFixture(loyaltyPointTransactions, pointing(ref, { user_profiles: member.id }), { purchaseOrderId: null, externalId: 'pt_01JQX7M2K9V4R9' });

    expect(await refusal(t.db, (tx) => queryRows(tx, sql`delete from user_profiles where id = ${member.id}`))).toEqual({
      code: restrictViolation,
      constraint: 'loyalty_point_transactions_user_id_user_profiles_id_fkey',
      column: undefined,
    });
    // Erasure anonymises the profile in place instead.
    await run(sql`update user_profiles set status = 'erased', erased_at = now(), display_name = 'Erased user' where id = ${member.id}`);
    expect((await allRows(loyaltyPointTransactions)).map((row) => row.userId)).toEqual([member.id]);
  });

  test('a tier anyone has held, and a model version that scored anyone, cannot be deleted: they are retired', async () => {
    const { ref } = await seed(loyaltyMemberships, userEngagementScores);
    expect(await refusal(t.db, (tx) => queryRows(tx, sql`delete from loyalty_program_tiers where id = ${ref('loyalty_program_tiers')}`))).toEqual({
      code: restrictViolation,
      constraint: 'loyalty_memberships_tier_id_loyalty_program_tiers_id_fkey',
      column: undefined,
    });
    expect(await refusal(t.db, (tx) => queryRows(tx, sql`delete from ai_models where id = ${ref('ai_models')}`))).toEqual({
      code: restrictViolation,
      constraint: 'user_engagement_scores_model_id_ai_models_id_fkey',
      column: undefined,
    });

    await run(sql`update loyalty_program_tiers set status = 'retired', effective_to = '2025-12-31' where id = ${ref('loyalty_program_tiers')}`);
    expect(await rowByKey(loyaltyProgramTiers, ref('loyalty_program_tiers'))).toMatchObject({ status: 'retired', effectiveTo: '2025-12-31' });
    expect(await rowByKey(loyaltyMemberships, ref('loyalty_memberships'))).toMatchObject({ tierId: ref('loyalty_program_tiers') });
  });

  test('a deleted campaign takes its re-engagement and win-back settings and its daily figures; a credited stage loses the link', async () => {
    // The win-back settings' template offer brings the churn prediction a lifecycle stage may name.
    const { ref } = await seed(reEngagementCampaigns, winBackCampaigns, retentionMetricsTracking);
    const reactivated = await insertFixture(userLifecycleStages, ref, {
      stage: 'reactivated',
      previousStage: 'dormant',
      enteredAt: new Date('2025-04-02T10:14:00Z'),
      transitionReason: 'returned',
      decidedBy: 'lifecycle_rules',
      churnPredictionId: null,
      retentionCampaignId: ref('user_retention_campaigns'),
    });

    await run(sql`delete from user_retention_campaigns where id = ${ref('user_retention_campaigns')}`);

    for (const table of [reEngagementCampaigns, winBackCampaigns, retentionMetricsTracking, userRetentionCampaigns]) {
      expect(await rowCount(table)).toBe(0);
    }
    expect(await rowByKey(userLifecycleStages, reactivated.id)).toMatchObject({ retentionCampaignId: null, stage: 'reactivated' });
  });
});

describe('one current row (partial unique indexes)', () => {
  test("one current lifecycle stage per user: a transition closes it and opens the next, and the history stays", async () => {
    const { ref } = await seed(userLifecycleStages);
    const dormant = {
      stage: 'dormant',
      previousStage: 'at_risk',
      enteredAt: new Date('2025-03-14T03:00:00Z'),
      transitionReason: 'inactivity_threshold',
      decidedBy: 'lifecycle_rules',
      churnPredictionId: null,
      daysInPreviousStage: 13,
    };
    expect(await refusal(t.db, () => insertFixture(userLifecycleStages, ref, dormant))).toEqual({
      code: '23505',
      constraint: 'user_lifecycle_stages_current_key',
    });

    await run(sql`update user_lifecycle_stages set left_at = ${dormant.enteredAt} where user_id = ${ref('user_profiles')} and left_at is null`);
    await insertFixture(userLifecycleStages, ref, dormant);

    const history = await allRows(userLifecycleStages);
    expect(history.map((row) => [row.stage, row.leftAt === null]).sort()).toEqual([
      ['at_risk', false],
      ['dormant', true],
    ]);
  });

  test('one current loyalty tier per user: an upgrade closes Silver and opens Gold', async () => {
    const { ref } = await seed(loyaltyMemberships);
    const gold = await insertFixture(loyaltyProgramTiers, ref, {
      key: 'gold',
      name: 'Gold',
      rank: 3,
      pointsThreshold: 3000,
      pointsMultiplier: '1.50',
      discountPercent: '10.00',
      minAnnualSpend: '1200.00',
      badgeColourHex: '#D4AF37',
    });
    const upgrade = {
      tierId: gold.id,
      previousTierId: ref('loyalty_program_tiers'),
      startedAt: new Date('2025-09-20T08:00:00Z'),
      changeReason: 'upgraded',
      qualifyingPoints: 3060,
      pointsBalance: 2410,
      lifetimePoints: 3060,
    };
    expect(await refusal(t.db, () => insertFixture(loyaltyMemberships, ref, upgrade))).toEqual({ code: '23505', constraint: 'loyalty_memberships_current_key' });

    await run(sql`update loyalty_memberships set ended_at = ${upgrade.startedAt} where id = ${ref('loyalty_memberships')}`);
    await insertFixture(loyaltyMemberships, ref, upgrade);
    const current = (await allRows(loyaltyMemberships)).filter((row) => row.endedAt === null);
    expect(current).toEqual([expect.objectContaining({ tierId: gold.id, previousTierId: ref('loyalty_program_tiers') })]);
  });

  test('one open inactivity period per user', async () => {
    const { ref } = await seed(inactivityPeriods);
    // The closed spring period is history; she went quiet again after the summer shows.
    const open = {
      startedAt: new Date('2025-08-24T17:40:00Z'),
      endedAt: null,
      endReason: null,
      returnActivity: null,
      reactivatedByMessageId: null,
      detectedAt: new Date('2025-10-08T06:00:00Z'),
      daysInactive: 45,
      lastEvaluatedAt: new Date('2025-10-08T06:00:00Z'),
    };
    await insertFixture(inactivityPeriods, ref, open);
    const again = { ...open, startedAt: new Date('2025-08-30T09:00:00Z') };
    expect(await refusal(t.db, () => insertFixture(inactivityPeriods, ref, again))).toEqual({ code: '23505', constraint: 'inactivity_periods_open_key' });
    expect(await rowCount(inactivityPeriods)).toBe(2);
  });

  test('one tier per rank among the tiers in force; a retired tier keeps its rank as history', async () => {
    const { ref } = await seed(loyaltyProgramTiers);
    const silver2026 = { key: 'silver_2026', effectiveFrom: '2026-01-01', pointsThreshold: 1800 };
    expect(await refusal(t.db, () => insertFixture(loyaltyProgramTiers, ref, silver2026))).toEqual({ code: '23505', constraint: 'loyalty_program_tiers_rank_key' });

    await run(sql`update loyalty_program_tiers set status = 'retired', effective_to = '2025-12-31' where key = 'silver'`);
    await insertFixture(loyaltyProgramTiers, ref, silver2026);
    expect(await rowCount(loyaltyProgramTiers)).toBe(2);
  });
});

/**
 * Rules of one row, in Zod and in the database. `bad` breaks exactly one rule (declared once, in the table);
 * `field` is where Zod reports it and `check` the constraint PostgreSQL names.
 */
const rowRules: { table: string; field: string; bad: (ref: Ref) => Record<string, unknown>; check: string }[] = [
  {
    table: 'user_retention_segments',
    field: 'churnModelId',
    bad: () => ({ churnModelId: null, maxChurnScore: null }),
    check: 'user_retention_segments_churn_model_min_check',
  },
  {
    table: 're_engagement_campaigns',
    field: 'fallbackAfterHours',
    bad: () => ({ fallbackAfterHours: null }),
    check: 're_engagement_campaigns_fallback_after_check',
  },
  {
    table: 'win_back_campaigns',
    field: 'incentiveAmount',
    bad: () => ({ incentiveType: 'amount_discount', incentivePercent: null }),
    check: 'win_back_campaigns_amount_required_check',
  },
  {
    table: 'user_lifecycle_stages',
    field: 'stage',
    bad: () => ({ previousStage: 'at_risk' }),
    check: 'user_lifecycle_stages_transition_check',
  },
  {
    table: 'inactivity_periods',
    field: 'endedAt',
    bad: () => ({ endedAt: null, endReason: null }),
    check: 'inactivity_periods_return_check',
  },
  {
    table: 'inactivity_periods',
    field: 'detectedAt',
    bad: () => ({ detectedAt: new Date('2025-01-01T06:00:00Z') }),
    check: 'inactivity_periods_detected_at_check',
  },
  {
    table: 'retention_interventions',
    field: 'outcomeMeasuredAt',
    bad: () => ({ outcomeMeasuredAt: null }),
    check: 'retention_interventions_outcome_pair_check',
  },
  {
    table: 'retention_metrics_tracking',
    field: 'holdoutCount',
    bad: () => ({ holdoutReactivatedCount: 40 }),
    check: 'retention_metrics_tracking_holdout_check',
  },
  {
    table: 'loyalty_memberships',
    field: 'tierId',
    bad: (ref) => ({ previousTierId: ref('loyalty_program_tiers'), changeReason: 'requalified' }),
    check: 'loyalty_memberships_tier_change_check',
  },
  {
    table: 'loyalty_program_tiers',
    field: 'effectiveTo',
    bad: () => ({ effectiveTo: '2024-12-31' }),
    check: 'loyalty_program_tiers_effective_to_check',
  },
  {
    table: 'retention_cohorts',
    field: 'acquisitionChannel',
    bad: () => ({ kind: 'acquisition_channel' }),
    check: 'retention_cohorts_channel_required_check',
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
});

describe('loyalty_point_transactions is append-only', () => {
  test('it refuses UPDATE and DELETE, keeps the order and the tier it names, and takes corrections as new entries', async () => {
    const { ref } = await seed(loyaltyPointTransactions);
    const entry = ref('loyalty_point_transactions');

    expect(await refusal(t.db, (tx) => queryRows(tx, sql`update loyalty_point_transactions set points = 1800 where id = ${entry}`))).toEqual(appendOnlyRefusal);
    expect(await refusal(t.db, (tx) => queryRows(tx, sql`delete from loyalty_point_transactions where id = ${entry}`))).toEqual(appendOnlyRefusal);
    expect(await refusal(t.db, (tx) => queryRows(tx, sql`delete from purchase_orders where id = ${ref('purchase_orders')}`))).toEqual({
      code: restrictViolation,
      constraint: 'loyalty_point_transactions_purchase_order_id_fkey',
      column: undefined,
    });
    expect(await refusal(t.db, (tx) => queryRows(tx, sql`delete from loyalty_program_tiers where id = ${ref('loyalty_program_tiers')}`))).toEqual({
      code: restrictViolation,
      constraint: 'loyalty_point_transactions_tier_id_fkey',
      column: undefined,
    });
    expect(await rowByKey(loyaltyPointTransactions, entry)).toMatchObject({ points: 180, balanceAfter: 1620 });

    // The booking was part-refunded: a correction is a new debit, never an edit.
    await insertFixture(loyaltyPointTransactions, ref, {
      entryType: 'adjusted_down',
      points: 45,
      balanceAfter: 1575,
      reasonCode: 'order_part_refunded',
      occurredAt: new Date('2025-04-09T15:20:00Z'),
      expiresOn: null,
      externalId: 'pt_01JR2D7W5N3C6F',
    });
    expect(await rowCount(loyaltyPointTransactions)).toBe(2);
  });
});

describe('retention purges', () => {
  test('purge_loyalty_point_transactions deletes entries recorded more than seven years ago, past the append-only trigger, and keeps the rest', async () => {
    const { ref } = await seedParentsOf(loyaltyPointTransactions);
    const entry = (externalId: string, createdAt: Date) =>
      insertFixture(loyaltyPointTransactions, ref, { externalId, createdAt, occurredAt: createdAt, purchaseOrderId: null, expiresOn: null });
    await entry('pt_2018', daysAgo(8 * 365));
    const recent = await entry('pt_2024', daysAgo(2 * 365));

    const [purged] = await queryRows<{ purged: number | string }>(t.db, `select purge_loyalty_point_transactions(now() - interval '7 years') as purged`);
    expect(Number(purged!.purged)).toBe(1);
    expect((await allRows(loyaltyPointTransactions)).map((row) => row.id)).toEqual([recent.id]);
    // The trigger is back in force once the purge is done.
    expect(await refusal(t.db, (tx) => queryRows(tx, sql`delete from loyalty_point_transactions where id = ${recent.id}`))).toEqual(appendOnlyRefusal);
  });

  test('purge_user_engagement_scores deletes the days older than 400 days and keeps the rest', async () => {
    const { ref } = await seedParentsOf(userEngagementScores);
    await insertFixture(userEngagementScores, ref, { scoreDate: dayOf(daysAgo(420)) });
    const kept = await insertFixture(userEngagementScores, ref, { scoreDate: dayOf(daysAgo(30)) });

    const [purged] = await queryRows<{ purged: number | string }>(t.db, `select purge_user_engagement_scores() as purged`);
    expect(Number(purged!.purged)).toBe(1);
    expect((await allRows(userEngagementScores)).map((row) => row.id)).toEqual([kept.id]);
  });
});
