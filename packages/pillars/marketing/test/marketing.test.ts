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
import { providersCatalog, vetPractices } from '@db/providers';
import { providersFixtures } from '@db/providers/fixtures';
import { purchasesCatalog } from '@db/purchases';
import { purchasesFixtures } from '@db/purchases/fixtures';
import { userProfiles, usersCatalog } from '@db/users';
import { anotherUserProfile, usersFixtures } from '@db/users/fixtures';
import { eq } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { describe, expect, test } from 'vitest';
import {
  brandAmbassadors,
  contentViralityMetrics,
  influencerPartnerships,
  marketingAttribution,
  marketingAttributionSchemas,
  marketingCatalog,
  referralCodes,
  referralPrograms,
  referralTracking,
  socialShares,
  socialShareSchemas,
  userGeneratedContent,
  viralCampaigns,
  viralLoopTracking,
  viralLoopTrackingSchemas,
} from '../src/index.ts';
import { marketingFixtures } from './fixtures.ts';

/** Natural keys (ingestion upserts), ON DELETE, partial unique indexes, row rules and the append-only attribution. */
const t = setupTestDatabase();
const fixtures = { ...usersFixtures, ...horsesFixtures, ...providersFixtures, ...purchasesFixtures, ...marketingFixtures };
const catalog = { ...usersCatalog, ...horsesCatalog, ...providersCatalog, ...purchasesCatalog, ...marketingCatalog };
const { insertSchemaOf, seed, seedParentsOf, insertFixture, rowCount, rowByKey, allRows } = fixtureKit(t, catalog, fixtures);

describe('natural keys: ingestion upserts', () => {
  test('the engagement sync upserts a share on (network, network_post_id); shares without a post stay apart', async () => {
    const { ref } = await seedParentsOf(socialShares);
    const sync = (overrides: Record<string, unknown>) => {
      const values = socialShareSchemas.insert.parse({ ...marketingFixtures.social_shares!(ref), ...overrides });
      return t.db
        .insert(socialShares)
        .values(values)
        .onConflictDoUpdate({
          target: [socialShares.network, socialShares.networkPostId],
          set: {
            impressionCount: values.impressionCount,
            clickCount: values.clickCount,
            reshareCount: values.reshareCount,
            sourceUpdatedAt: values.sourceUpdatedAt,
          },
        })
        .returning();
    };

    // The day after the post, then a week later: one row, the latest figures.
    const [first] = await sync({ impressionCount: 1200, clickCount: 40, reshareCount: 5, sourceUpdatedAt: new Date('2024-07-15T04:00:00Z') });
    const [second] = await sync({});
    expect(second!.id).toBe(first!.id);
    expect(await allRows(socialShares)).toEqual([
      expect.objectContaining({ id: first!.id, impressionCount: 6120, clickCount: 184, reshareCount: 37, sourceUpdatedAt: new Date('2024-07-21T04:00:00Z') }),
    ]);

    // The key is the pair: the same id on another network is another post. WhatsApp shares have no post id.
    await sync({ network: 'facebook' });
    await insertFixture(socialShares, ref, { network: 'whatsapp', networkPostId: null, postUrl: null });
    await insertFixture(socialShares, ref, { network: 'whatsapp', networkPostId: null, postUrl: null });
    expect(await rowCount(socialShares)).toBe(4);
  });

  const keys: NaturalKeyCase[] = [
    {
      name: 'referral_tracking',
      table: referralTracking,
      key: [referralTracking.source, referralTracking.externalId],
      set: { status: 'rewarded', sourceUpdatedAt: new Date('2024-05-21T06:00:00Z') },
      distinct: {},
      index: 'referral_tracking_source_external_id_key',
    },
    {
      name: 'influencer_partnerships',
      table: influencerPartnerships,
      key: [influencerPartnerships.source, influencerPartnerships.externalId],
      set: { status: 'completed', sourceUpdatedAt: new Date('2024-09-03T10:00:00Z') },
      distinct: {},
      index: 'influencer_partnerships_source_external_id_key',
    },
    {
      name: 'user_generated_content',
      table: userGeneratedContent,
      key: [userGeneratedContent.source, userGeneratedContent.externalId],
      set: { caption: 'Whisper flying the Irish bank at the RDS. #DHS2024 #ISH', sourceUpdatedAt: new Date('2024-07-15T08:00:00Z') },
      distinct: {},
      index: 'user_generated_content_source_external_id_key',
    },
    {
      name: 'content_virality_metrics',
      table: contentViralityMetrics,
      key: [contentViralityMetrics.contentTable, contentViralityMetrics.contentId, contentViralityMetrics.metricDate],
      set: { shareCount: 431, signupCount: 25 },
      distinct: {},
      index: 'content_virality_metrics_content_day_key',
    },
    {
      name: 'referral_codes',
      table: referralCodes,
      key: [referralCodes.code],
      set: { useCount: 4 },
      // Paused, so the one-active-code-per-person index is not the one refusing it.
      distinct: { status: 'paused' },
      index: 'referral_codes_code_key',
    },
    {
      name: 'viral_campaigns',
      table: viralCampaigns,
      key: [viralCampaigns.code],
      set: { conversionCount: 240 },
      distinct: {},
      index: 'viral_campaigns_code_key',
    },
    {
      name: 'referral_programs',
      table: referralPrograms,
      key: [referralPrograms.code],
      set: { status: 'ended' },
      distinct: {},
      index: 'referral_programs_code_key',
    },
  ];

  naturalKeyTests(t, catalog, fixtures, keys);

  test('a conversion re-imported is recorded once: insert ... on conflict do nothing (the table is append-only)', async () => {
    const { ref } = await seedParentsOf(marketingAttribution);
    const values = marketingAttributionSchemas.insert.parse(marketingFixtures.marketing_attribution!(ref));
    const key = [marketingAttribution.source, marketingAttribution.conversionEventId, marketingAttribution.touchModel, marketingAttribution.touchSequence];
    for (let i = 0; i < 2; i++) await t.db.insert(marketingAttribution).values(values).onConflictDoNothing({ target: key });
    expect(await rowCount(marketingAttribution)).toBe(1);

    // Another touch of the conversion, and a touch under another model, are rows of their own.
    await insertFixture(marketingAttribution, ref, { touchSequence: 1, touchedAt: new Date('2024-07-02T19:20:00Z'), channel: 'referral', utmSource: 'whatsapp', utmMedium: 'referral' });
    await insertFixture(marketingAttribution, ref, { touchModel: 'last_touch', touchSequence: 3, creditPercent: '100.00', touchedAt: new Date('2024-07-14T08:55:00Z') });
    expect(await rowCount(marketingAttribution)).toBe(3);
  });
});

describe('ON DELETE', () => {
  test("deleting a user deletes what is theirs alone (codes, shares, content, invites sent) and unsets them where credited or referred", async () => {
    const { ref } = await seed(referralTracking, brandAmbassadors, userGeneratedContent, viralLoopTracking, socialShares);
    const leaver = await insertFixture(userProfiles, ref, anotherUserProfile('leaver'));
    const own = pointing(ref, { user_profiles: leaver.id });
    const code = await insertFixture(referralCodes, own, { code: 'AOIFE-5' });
    const ownWithCode = pointing(own, { referral_codes: code.id });
    const share = await insertFixture(socialShares, ownWithCode, { networkPostId: '17800000000000001' });
    const content = await insertFixture(userGeneratedContent, own, { externalId: '17900000000000001', moderatedByUserId: ref('user_profiles') });
    const sent = await insertFixture(viralLoopTracking, ownWithCode, { inviteTokenHash: 'a'.repeat(64) });

    // On the rows of others, the leaver was referred, invited (by an invite the leaver's own invite led to), or credited.
    await t.db.update(referralTracking).set({ referredUserId: leaver.id });
    await t.db.update(viralLoopTracking).set({ inviteeUserId: leaver.id, parentLoopId: sent.id }).where(eq(viralLoopTracking.id, ref('viral_loop_tracking')));
    await t.db.update(referralPrograms).set({ createdByUserId: leaver.id });
    await t.db.update(viralCampaigns).set({ createdByUserId: leaver.id });
    await t.db.update(brandAmbassadors).set({ appointedByUserId: leaver.id });
    await t.db.update(userGeneratedContent).set({ moderatedByUserId: leaver.id }).where(eq(userGeneratedContent.id, ref('user_generated_content')));

    await t.db.delete(userProfiles).where(eq(userProfiles.id, leaver.id));

    expect(await rowByKey(referralCodes, code.id)).toBeUndefined();
    expect(await rowByKey(socialShares, share.id)).toBeUndefined();
    expect(await rowByKey(userGeneratedContent, content.id)).toBeUndefined();
    expect(await rowByKey(viralLoopTracking, sent.id)).toBeUndefined();
    expect(await rowByKey(referralTracking, ref('referral_tracking'))).toMatchObject({ referredUserId: null, referrerUserId: ref('user_profiles'), status: 'rewarded' });
    expect(await rowByKey(viralLoopTracking, ref('viral_loop_tracking'))).toMatchObject({ inviteeUserId: null, parentLoopId: null, stage: 'activated' });
    expect(await rowByKey(referralPrograms, ref('referral_programs'))).toMatchObject({ createdByUserId: null });
    expect(await rowByKey(viralCampaigns, ref('viral_campaigns'))).toMatchObject({ createdByUserId: null });
    expect(await rowByKey(brandAmbassadors, ref('brand_ambassadors'))).toMatchObject({ appointedByUserId: null, userId: ref('user_profiles') });
    // The moderation time stays when the moderator goes.
    expect(await rowByKey(userGeneratedContent, ref('user_generated_content'))).toMatchObject({ moderatedByUserId: null, moderatedAt: new Date('2024-07-14T18:30:00Z') });
    expect(await rowByKey(referralCodes, ref('referral_codes'))).toBeDefined();
  });

  test('deleting a referral code keeps the referrals, shares, invites and ambassador term that carried it', async () => {
    const { ref } = await seed(referralTracking, socialShares, viralLoopTracking, brandAmbassadors);
    await t.db.delete(referralCodes).where(eq(referralCodes.id, ref('referral_codes')));
    const carriers: [PgTable, string][] = [
      [referralTracking, 'referral_tracking'],
      [socialShares, 'social_shares'],
      [viralLoopTracking, 'viral_loop_tracking'],
      [brandAmbassadors, 'brand_ambassadors'],
    ];
    for (const [table, name] of carriers) expect(await rowByKey(table, ref(name)), name).toMatchObject({ referralCodeId: null });
  });

  test.each([
    { table: referralTracking, column: 'referrerUserId', constraint: 'referral_tracking_referrer_user_id_user_profiles_id_fkey' },
    { table: influencerPartnerships, column: 'influencerUserId', constraint: 'influencer_partnerships_influencer_user_id_fkey' },
    { table: brandAmbassadors, column: 'userId', constraint: 'brand_ambassadors_user_id_user_profiles_id_fkey' },
    { table: marketingAttribution, column: 'userId', constraint: 'marketing_attribution_user_id_user_profiles_id_fkey' },
  ])('a reward, contract, agreement or attribution keeps its person: deleting the profile is refused ($constraint)', async ({ table, column, constraint }) => {
    const { ref } = await seedParentsOf(table);
    const person = await insertFixture(userProfiles, ref, anotherUserProfile('kept'));
    const row = await insertFixture(table, ref, { [column]: person.id });
    expect(await refusal(t.db, (tx) => tx.delete(userProfiles).where(eq(userProfiles.id, person.id)))).toEqual({ code: restrictViolation, constraint });
    expect(await rowByKey(table, row.id)).toMatchObject({ [column]: person.id });
  });

  test('a programme with referrals cannot be deleted: it is ended instead', async () => {
    const { ref } = await seed(referralTracking);
    expect(await refusal(t.db, (tx) => tx.delete(referralPrograms).where(eq(referralPrograms.id, ref('referral_programs'))))).toEqual({
      code: restrictViolation,
      constraint: 'referral_tracking_program_id_referral_programs_id_fkey',
    });
    await t.db.update(referralPrograms).set({ status: 'ended' });
    expect(await rowByKey(referralPrograms, ref('referral_programs'))).toMatchObject({ status: 'ended' });
  });

  test("without referrals, a practice's programme and its codes go with the practice; campaigns keep running", async () => {
    const { ref } = await seed(referralCodes, viralCampaigns);
    await t.db.delete(vetPractices).where(eq(vetPractices.id, ref('vet_practices')));
    expect(await rowCount(referralPrograms)).toBe(0);
    expect(await rowCount(referralCodes)).toBe(0);
    expect(await rowByKey(viralCampaigns, ref('viral_campaigns'))).toMatchObject({ referralProgramId: null, status: 'completed' });
  });
});

describe('the current row (partial unique indexes)', () => {
  test('one active code per person and programme: a second is refused until the first is revoked', async () => {
    const { ref } = await seed(referralCodes);
    const another = { code: 'SIOBHAN-20', issuedAt: new Date('2024-06-01T10:05:00Z') };
    expect(await refusal(t.db, () => insertFixture(referralCodes, ref, another))).toEqual({ code: '23505', constraint: 'referral_codes_active_owner_key' });

    await t.db
      .update(referralCodes)
      .set({ status: 'revoked', revokedAt: new Date('2024-06-01T10:00:00Z'), revokeReason: 'Posted on a voucher-code site' })
      .where(eq(referralCodes.id, ref('referral_codes')));
    await insertFixture(referralCodes, ref, another);
    expect((await allRows(referralCodes)).map((row) => [row.code, row.status]).sort()).toEqual([
      ['SIOBHAN-10', 'revoked'],
      ['SIOBHAN-20', 'active'],
    ]);
  });

  test('one current ambassador term per user: a renewal closes the current term, and the history stays', async () => {
    const { ref } = await seed(brandAmbassadors);
    const renewal = { tier: 'national', startedOn: '2025-03-01', commissionPercent: '12.50' };
    expect(await refusal(t.db, () => insertFixture(brandAmbassadors, ref, renewal))).toEqual({ code: '23505', constraint: 'brand_ambassadors_current_key' });

    await t.db.update(brandAmbassadors).set({ status: 'ended', endedOn: '2025-02-28', endReason: 'term_completed' }).where(eq(brandAmbassadors.id, ref('brand_ambassadors')));
    await insertFixture(brandAmbassadors, ref, renewal);
    expect((await allRows(brandAmbassadors)).map((row) => [row.tier, row.endedOn]).sort()).toEqual([
      ['national', null],
      ['regional', '2025-02-28'],
    ]);
  });

  test('a person is referred once per programme; a rejected second referral is kept beside it', async () => {
    const { ref } = await seed(referralTracking);
    const newcomer = await insertFixture(userProfiles, ref, anotherUserProfile('newcomer'));
    await t.db.update(referralTracking).set({ referredUserId: newcomer.id });
    const again = { referredUserId: newcomer.id, source: 'platform', externalId: null, sourceUpdatedAt: null };
    expect(await refusal(t.db, () => insertFixture(referralTracking, ref, again))).toEqual({ code: '23505', constraint: 'referral_tracking_live_referred_user_key' });

    await insertFixture(referralTracking, ref, {
      ...again,
      status: 'rejected',
      rejectionReason: 'existing_customer',
      qualifiedAt: null,
      rewardedAt: null,
      qualifyingOrderId: null,
      referrerRewardAmount: null,
    });
    expect(await rowCount(referralTracking)).toBe(2);
  });

  test('one open invite per inviter, loop and contact: a reminder re-sends it, a new one waits for it to lapse', async () => {
    const { ref } = await seed(viralLoopTracking);
    const open = { stage: 'sent', openedAt: null, acceptedAt: null, activatedAt: null, inviteTokenHash: 'b'.repeat(64) };
    await insertFixture(viralLoopTracking, ref, open);
    expect(await refusal(t.db, () => insertFixture(viralLoopTracking, ref, { ...open, inviteTokenHash: 'c'.repeat(64) }))).toEqual({
      code: '23505',
      constraint: 'viral_loop_tracking_open_invite_key',
    });
    await t.db.update(viralLoopTracking).set({ stage: 'expired' }).where(eq(viralLoopTracking.inviteTokenHash, 'b'.repeat(64)));
    await insertFixture(viralLoopTracking, ref, { ...open, inviteTokenHash: 'c'.repeat(64) });
    expect(await rowCount(viralLoopTracking)).toBe(3);
  });
});

/**
 * Rules of one row, in Zod and in the database. `bad` breaks exactly one rule (declared once, in the table);
 * `field` is where Zod reports it and `check` the constraint PostgreSQL names.
 */
const rowRules: { table: string; field: string; bad: (ref: Ref) => Record<string, unknown>; check: string }[] = [
  { table: 'viral_loop_tracking', field: 'acceptedAt', bad: () => ({ acceptedAt: null }), check: 'viral_loop_tracking_activation_accepted_check' },
  { table: 'viral_loop_tracking', field: 'activatedAt', bad: () => ({ activatedAt: new Date('2024-07-03T08:00:00Z') }), check: 'viral_loop_tracking_activated_at_check' },
  { table: 'viral_loop_tracking', field: 'inviteeUserId', bad: (ref) => ({ inviteeUserId: ref('user_profiles') }), check: 'viral_loop_tracking_self_invite_check' },
  { table: 'referral_tracking', field: 'qualifiedAt', bad: () => ({ qualifiedAt: null }), check: 'referral_tracking_reward_qualified_check' },
  { table: 'referral_programs', field: 'referrerRewardPercent', bad: () => ({ referrerRewardPercent: '5.00' }), check: 'referral_programs_referrer_percent_only_check' },
  { table: 'brand_ambassadors', field: 'endedOn', bad: () => ({ endedOn: '2024-09-01', endReason: 'resigned' }), check: 'brand_ambassadors_ended_on_status_check' },
  { table: 'influencer_partnerships', field: 'handle', bad: () => ({ handle: null }), check: 'influencer_partnerships_handle_check' },
  { table: 'user_generated_content', field: 'creatorHandle', bad: () => ({ creatorUserId: null, creatorHandle: null }), check: 'user_generated_content_creator_check' },
];

describe('row rules: Zod and PostgreSQL refuse the same rows', () => {
  test.each(rowRules)('$check: Zod names $field, PostgreSQL the constraint', async ({ table, field, bad, check }) => {
    const target = catalog[table]!.table;
    const { ref } = await seedParentsOf(target);
    const row = { ...fixtures[table]!(ref), ...bad(ref) };
    const parsed = insertSchemaOf(table).safeParse(row);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((issue) => issue.path[0])).toEqual([field]);
    expect(await refusal(t.db, (tx) => tx.insert(target).values(row as never))).toEqual({ code: '23514', constraint: check });
  });

  test('an update patch is judged on the rules whose fields it carries', () => {
    const update = viralLoopTrackingSchemas.update;
    expect(update.safeParse({ stage: 'activated', activatedAt: new Date('2024-07-03T08:40:00Z'), acceptedAt: null }).error?.issues.map((issue) => issue.path[0])).toEqual(['acceptedAt']);
    expect(update.safeParse({ stage: 'expired' }).success).toBe(true);
  });
});

describe('append-only attribution', () => {
  test('marketing_attribution refuses UPDATE and DELETE (23001), and keeps the contract, campaign and person it credits', async () => {
    const { ref } = await seed(marketingAttribution);
    const id = ref('marketing_attribution');

    expect(await refusal(t.db, (tx) => tx.update(marketingAttribution).set({ creditPercent: '50.00' }).where(eq(marketingAttribution.id, id)))).toEqual(appendOnlyRefusal);
    expect(await refusal(t.db, (tx) => tx.delete(marketingAttribution).where(eq(marketingAttribution.id, id)))).toEqual(appendOnlyRefusal);
    expect(await refusal(t.db, (tx) => tx.delete(influencerPartnerships).where(eq(influencerPartnerships.id, ref('influencer_partnerships'))))).toEqual({
      code: restrictViolation,
      constraint: 'marketing_attribution_influencer_partnership_id_fkey',
    });
    expect(await refusal(t.db, (tx) => tx.delete(viralCampaigns).where(eq(viralCampaigns.id, ref('viral_campaigns'))))).toEqual({
      code: restrictViolation,
      constraint: 'marketing_attribution_campaign_id_viral_campaigns_id_fkey',
    });

    // Inserting goes on: a new touch, and a re-import that does nothing.
    await insertFixture(marketingAttribution, ref, { touchSequence: 1, touchedAt: new Date('2024-07-02T19:20:00Z') });
    const again = marketingAttributionSchemas.insert.parse(marketingFixtures.marketing_attribution!(ref));
    await t.db.insert(marketingAttribution).values(again).onConflictDoNothing();
    expect(await rowByKey(marketingAttribution, id)).toMatchObject({ creditPercent: '33.33', userId: ref('user_profiles') });
    expect(await rowCount(marketingAttribution)).toBe(2);
  });
});
