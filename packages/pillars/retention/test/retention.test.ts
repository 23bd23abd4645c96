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
import { aiModels, recommendationsCatalog } from '@db/recommendations';
import { recommendationsFixtures } from '@db/recommendations/fixtures';
import { notifications, socialCatalog } from '@db/social';
import { socialFixtures } from '@db/social/fixtures';
import { userProfiles, usersCatalog } from '@db/users';
import { anotherUserProfile, usersFixtures } from '@db/users/fixtures';
import { and, eq, inArray, isNotNull, isNull, ne, or, sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import {
  churnPrediction,
  emailCampaigns,
  outreachEvents,
  outreachMessages,
  outreachMessageSchemas,
  personalizedOffers,
  pushNotificationCampaigns,
  reEngagementTriggers,
  retentionCatalog,
  retentionMetrics,
  smsCampaigns,
  userRetentionCampaigns,
  userSegmentMemberships,
  userSegments,
} from '../src/index.ts';
import { retentionFixtures } from './fixtures.ts';

/** Natural keys (webhook and sync upserts), ON DELETE as erasure reads it, partial unique indexes, row rules, the append-only log. */
const t = setupTestDatabase();
const fixtures = {
  ...usersFixtures,
  ...horsesFixtures,
  ...providersFixtures,
  ...purchasesFixtures,
  ...recommendationsFixtures,
  ...socialFixtures,
  ...retentionFixtures,
};
const catalog = {
  ...usersCatalog,
  ...horsesCatalog,
  ...providersCatalog,
  ...purchasesCatalog,
  ...recommendationsCatalog,
  ...socialCatalog,
  ...retentionCatalog,
};
const { insertSchemaOf, seed, seedParentsOf, insertFixture, rowCount, rowByKey, allRows } = fixtureKit(t, catalog, fixtures);

/** A version of an in-house churn model in the registry of @db/recommendations (`ai_models`). */
const churnModel = (modelName: string, modelVersion: string, releasedOn: string) => ({
  modelName,
  modelVersion,
  provider: 'in_house',
  providerModelId: null,
  task: 'prediction',
  status: 'active',
  licence: 'proprietary_in_house',
  contextWindowTokens: null,
  inputPricePerMillionTokens: null,
  outputPricePerMillionTokens: null,
  releasedOn,
  modelCardUrl: null,
});

describe('natural keys: webhooks and syncs upsert', () => {
  test('delivery webhooks upsert the message on (provider, provider_message_id); a late event does not roll it back', async () => {
    const { ref } = await seedParentsOf(outreachMessages);
    const deliver = (overrides: Record<string, unknown>) => {
      const values = outreachMessageSchemas.insert.parse({ ...retentionFixtures.outreach_messages!(ref), ...overrides });
      return t.db
        .insert(outreachMessages)
        .values(values)
        .onConflictDoUpdate({
          target: [outreachMessages.provider, outreachMessages.providerMessageId],
          set: {
            status: sql`excluded.status`,
            deliveredAt: sql`coalesce(excluded.delivered_at, ${outreachMessages.deliveredAt})`,
            firstOpenedAt: sql`coalesce(${outreachMessages.firstOpenedAt}, excluded.first_opened_at)`,
            openCount: sql`greatest(excluded.open_count, ${outreachMessages.openCount})`,
            sourceUpdatedAt: sql`excluded.source_updated_at`,
          },
          // Providers deliver at least once and out of order: apply only what is newer than the row.
          setWhere: sql`${outreachMessages.sourceUpdatedAt} is null or excluded.source_updated_at > ${outreachMessages.sourceUpdatedAt}`,
        })
        .returning();
    };
    const sent = { status: 'sent', deliveredAt: null, firstOpenedAt: null, firstClickedAt: null, openCount: 0, clickCount: 0 };

    const [first] = await deliver({ ...sent, sourceUpdatedAt: new Date('2025-03-11T19:33:48Z') });
    await deliver({ ...sent, status: 'delivered', deliveredAt: new Date('2025-03-11T19:33:51Z'), sourceUpdatedAt: new Date('2025-03-11T19:33:51Z') });
    await deliver({
      ...sent,
      status: 'delivered',
      deliveredAt: new Date('2025-03-11T19:33:51Z'),
      firstOpenedAt: new Date('2025-03-12T07:58:40Z'),
      openCount: 1,
      sourceUpdatedAt: new Date('2025-03-12T07:58:40Z'),
    });
    // The 'sent' event redelivered a day late changes nothing.
    await deliver({ ...sent, sourceUpdatedAt: new Date('2025-03-11T19:33:48Z') });

    expect(await allRows(outreachMessages)).toEqual([
      expect.objectContaining({
        id: first!.id,
        status: 'delivered',
        deliveredAt: new Date('2025-03-11T19:33:51Z'),
        firstOpenedAt: new Date('2025-03-12T07:58:40Z'),
        openCount: 1,
      }),
    ]);
    // The key is the pair: the same id at another provider is another message.
    await deliver({ provider: 'sendgrid' });
    expect(await rowCount(outreachMessages)).toBe(2);
  });

  const keys: NaturalKeyCase[] = [
    {
      name: 'user_segments',
      table: userSegments,
      key: [userSegments.source, userSegments.externalSegmentId],
      set: { memberCount: 402, sourceUpdatedAt: new Date('2025-03-12T05:00:00Z') },
      distinct: { key: 'curragh_lapsed_clients_copy' },
      index: 'user_segments_source_external_segment_id_key',
    },
    {
      name: 'email_campaigns',
      table: emailCampaigns,
      key: [emailCampaigns.provider, emailCampaigns.providerCampaignId],
      set: { uniqueOpenCount: 201, uniqueClickCount: 52 },
      distinct: {},
      index: 'email_campaigns_provider_campaign_id_key',
    },
    {
      name: 'sms_campaigns',
      table: smsCampaigns,
      key: [smsCampaigns.provider, smsCampaigns.providerCampaignId],
      set: { status: 'cancelled' },
      distinct: {},
      index: 'sms_campaigns_provider_campaign_id_key',
    },
    {
      name: 'push_notification_campaigns',
      table: pushNotificationCampaigns,
      key: [pushNotificationCampaigns.provider, pushNotificationCampaigns.providerCampaignId],
      set: { openCount: 44 },
      distinct: {},
      index: 'push_notification_campaigns_provider_campaign_id_key',
    },
    {
      name: 'churn_prediction',
      table: churnPrediction,
      key: [churnPrediction.userId, churnPrediction.modelId, churnPrediction.scoringRunId],
      set: { score: '0.7450' },
      distinct: { supersededAt: new Date('2025-04-01T04:10:00Z') },
      index: 'churn_prediction_user_id_model_run_key',
    },
    {
      name: 'retention_metrics',
      table: retentionMetrics,
      key: [retentionMetrics.cohortType, retentionMetrics.cohortKey, retentionMetrics.metric, retentionMetrics.periodUnit, retentionMetrics.periodNumber],
      set: { metricValue: '39.0805' },
      distinct: {},
      index: 'retention_metrics_cohort_metric_period_key',
    },
    // An append-only log: a redelivery is inserted once.
    { name: 'outreach_events', table: outreachEvents, key: [outreachEvents.provider, outreachEvents.providerEventId], index: 'outreach_events_provider_event_id_key' },
  ];

  naturalKeyTests(t, catalog, fixtures, keys);

});

describe('ON DELETE, as erasure reads it', () => {
  test("a user's memberships, predictions and offers go with them; credits are unset", async () => {
    const { ref } = await seed(userSegmentMemberships, churnPrediction, personalizedOffers, reEngagementTriggers);
    const leaver = await insertFixture(userProfiles, ref, anotherUserProfile('leaver'));
    const own = pointing(ref, { user_profiles: leaver.id });
    await insertFixture(userSegmentMemberships, own);
    const prediction = await insertFixture(churnPrediction, own, { subscriptionId: null });
    await insertFixture(personalizedOffers, own, { offerCode: 'LEAVER-BOOST15', churnPredictionId: prediction.id, redeemedPurchaseOrderId: null, horseId: null });
    // The leaver also defined the segment, owns the campaign and set up the trigger: credits.
    await t.db.update(userSegments).set({ createdByUserId: leaver.id });
    await t.db.update(userRetentionCampaigns).set({ ownerUserId: leaver.id });
    await t.db.update(reEngagementTriggers).set({ createdByUserId: leaver.id });

    await t.db.delete(userProfiles).where(eq(userProfiles.id, leaver.id));

    // Siobhán's rows stay; the leaver's are gone.
    for (const table of [userSegmentMemberships, churnPrediction, personalizedOffers]) {
      expect((await allRows(table)).map((row) => row.userId)).toEqual([ref('user_profiles')]);
    }
    expect(await rowByKey(userSegments, ref('user_segments'))).toMatchObject({ createdByUserId: null, key: 'curragh_lapsed_clients' });
    expect(await rowByKey(userRetentionCampaigns, ref('user_retention_campaigns'))).toMatchObject({ ownerUserId: null });
    expect(await rowByKey(reEngagementTriggers, ref('re_engagement_triggers'))).toMatchObject({ createdByUserId: null });
  });

  test('a user who was messaged cannot be deleted: the outreach record stays, pointing at the anonymised profile', async () => {
    const { ref } = await seedParentsOf(outreachMessages);
    const contacted = await insertFixture(userProfiles, ref, anotherUserProfile('contacted'));
    await insertFixture(outreachMessages, pointing(ref, { user_profiles: contacted.id }), { offerId: null, providerMessageId: '0b6c1f2e9a.contacted' });

    expect(await refusal(t.db, (tx) => tx.delete(userProfiles).where(eq(userProfiles.id, contacted.id)))).toEqual({
      code: restrictViolation,
      constraint: 'outreach_messages_user_id_user_profiles_id_fkey',
      column: undefined,
    });
    // Erasure anonymises the profile in place instead.
    await t.db.update(userProfiles).set({ status: 'erased', erasedAt: new Date(), displayName: 'Erased user' }).where(eq(userProfiles.id, contacted.id));
    expect((await allRows(outreachMessages)).map((row) => row.userId)).toEqual([contacted.id]);
  });

  test("a draft campaign is deleted with its sends and triggers; its offers lose the link, its figures go", async () => {
    const { ref } = await seed(emailCampaigns, smsCampaigns, pushNotificationCampaigns, reEngagementTriggers, personalizedOffers, retentionMetrics);

    await t.db.delete(userRetentionCampaigns).where(eq(userRetentionCampaigns.id, ref('user_retention_campaigns')));

    for (const table of [emailCampaigns, smsCampaigns, pushNotificationCampaigns, reEngagementTriggers, retentionMetrics]) {
      expect(await rowCount(table)).toBe(0);
    }
    expect(await rowByKey(personalizedOffers, ref('personalized_offers'))).toMatchObject({ retentionCampaignId: null, offerCode: 'WHISPER-BOOST15' });
  });

  test('a campaign that messaged anyone cannot be deleted, nor can the practice running it', async () => {
    const { ref } = await seed(outreachMessages);
    const refused = await refusal(t.db, (tx) => tx.delete(userRetentionCampaigns).where(eq(userRetentionCampaigns.id, ref('user_retention_campaigns'))));
    expect(refused?.code).toEqual(restrictViolation);
    // Directly, or through the email campaign the delete cascades to.
    expect(['outreach_messages_retention_campaign_id_fkey', 'outreach_messages_email_campaign_id_email_campaigns_id_fkey']).toContain(refused?.constraint);

    const viaPractice = await refusal(t.db, (tx) => tx.delete(vetPractices).where(eq(vetPractices.id, ref('vet_practices'))));
    expect(viaPractice?.code).toEqual(restrictViolation);
    expect(await rowCount(userRetentionCampaigns)).toBe(1);
  });

  test('a model version that scored anyone cannot be deleted: it is retired, and its predictions keep naming it', async () => {
    const { ref } = await seed(churnPrediction);
    expect(await refusal(t.db, (tx) => tx.delete(aiModels).where(eq(aiModels.id, ref('ai_models'))))).toEqual({
      code: restrictViolation,
      constraint: 'churn_prediction_model_id_ai_models_id_fkey',
      column: undefined,
    });
    await t.db.update(aiModels).set({ status: 'retired', retiredAt: new Date('2025-06-01T00:00:00Z') }).where(eq(aiModels.id, ref('ai_models')));
    expect(await rowByKey(churnPrediction, ref('churn_prediction'))).toMatchObject({ modelId: ref('ai_models') });
  });

  test('an in-app message points at the inbox entry it created; deleting the entry unsets the link and keeps the record', async () => {
    const { ref } = await seedParentsOf(outreachMessages);
    // The push campaign's in-app twin: queued, delivered into Siobhán's inbox (@db/social), then linked to it.
    const message = await insertFixture(outreachMessages, ref, {
      channel: 'in_app',
      emailCampaignId: null,
      offerId: null,
      provider: null,
      providerMessageId: null,
      sourceUpdatedAt: null,
      consentBasis: 'legitimate_interest',
      consentGivenAt: null,
      status: 'queued',
      queuedAt: new Date('2025-03-18T12:00:00Z'),
      sentAt: null,
      deliveredAt: null,
      firstOpenedAt: null,
      firstClickedAt: null,
      openCount: 0,
      clickCount: 0,
    });
    const entry = await insertFixture(notifications, ref, {
      notificationType: 'campaign',
      category: 'marketing',
      priority: 'normal',
      title: 'Spring boosters at Curragh Equine Vets',
      body: "15% off Whisper's flu & tetanus booster until 31 May. Tap to book a yard visit.",
      actionPath: '/bookings/new',
      subjectType: 'outreach_messages',
      subjectId: message.id,
      payload: { practice: 'Curragh Equine Vets', discountPercent: 15 },
      source: 'outreach_campaign',
      sourceReference: `outreach_messages/${message.id}`,
      sourceUpdatedAt: null,
      groupingKey: null,
      actorCount: 0,
      deliveredAt: new Date('2025-03-18T12:00:02Z'),
      seenAt: null,
      readAt: new Date('2025-03-18T18:40:00Z'),
      expiresAt: new Date('2025-06-01T00:00:00Z'),
    });
    await t.db
      .update(outreachMessages)
      .set({ notificationId: entry.id, status: 'delivered', deliveredAt: entry.deliveredAt as Date, firstOpenedAt: entry.readAt as Date, openCount: 1 })
      .where(eq(outreachMessages.id, message.id));
    expect(await rowByKey(outreachMessages, message.id)).toMatchObject({ notificationId: entry.id, status: 'delivered' });

    // She clears it from her inbox: the outreach record stays, without the link.
    await t.db.delete(notifications).where(eq(notifications.id, entry.id));
    expect(await rowByKey(outreachMessages, message.id)).toMatchObject({
      notificationId: null,
      channel: 'in_app',
      status: 'delivered',
      deliveredAt: new Date('2025-03-18T12:00:02Z'),
    });
  });

  test('a segment a campaign targets cannot be deleted: it is archived', async () => {
    const { ref } = await seed(userRetentionCampaigns);
    expect(await refusal(t.db, (tx) => tx.delete(userSegments).where(eq(userSegments.id, ref('user_segments'))))).toEqual({
      code: restrictViolation,
      constraint: 'user_retention_campaigns_segment_id_user_segments_id_fkey',
      column: undefined,
    });
    await t.db.update(userSegments).set({ status: 'archived', archivedAt: new Date() }).where(eq(userSegments.id, ref('user_segments')));
    expect(await rowByKey(userSegments, ref('user_segments'))).toMatchObject({ status: 'archived' });
  });
});

describe('one current row (partial unique indexes)', () => {
  test('one open membership per user and segment; closed stays are history', async () => {
    const { ref } = await seed(userSegmentMemberships);
    expect(await refusal(t.db, () => insertFixture(userSegmentMemberships, ref, { enteredAt: new Date('2025-03-09T05:00:00Z') }))).toEqual({
      code: '23505',
      constraint: 'user_segment_memberships_current_key',
    });

    // She booked a visit (left), lapsed again (re-entered): two stays, one open.
    await t.db
      .update(userSegmentMemberships)
      .set({ exitedAt: new Date('2025-04-02T05:00:00Z'), exitReason: 'no_longer_matches' })
      .where(eq(userSegmentMemberships.id, ref('user_segment_memberships')));
    await insertFixture(userSegmentMemberships, ref, { enteredAt: new Date('2025-04-20T05:00:00Z') });
    const open = await t.db.select().from(userSegmentMemberships).where(isNull(userSegmentMemberships.exitedAt));
    expect(open).toHaveLength(1);
    expect(await rowCount(userSegmentMemberships)).toBe(2);
  });

  test('one current churn prediction per user and model version: a new run supersedes the last', async () => {
    const { ref } = await seedParentsOf(churnPrediction);
    const gbm = await insertFixture(aiModels, ref, churnModel('owner_churn_gbm', '2025.02.1', '2025-02-20'));
    await insertFixture(churnPrediction, ref, { modelId: gbm.id });
    const nextRun = { modelId: gbm.id, scoringRunId: 'scoring-2025-04-01T0400Z', score: '0.6120', riskBand: 'medium', scoredAt: new Date('2025-04-01T04:10:00Z') };
    expect(await refusal(t.db, () => insertFixture(churnPrediction, ref, nextRun))).toEqual({ code: '23505', constraint: 'churn_prediction_current_key' });

    await t.db.transaction(async (tx) => {
      await tx
        .update(churnPrediction)
        .set({ supersededAt: nextRun.scoredAt })
        .where(and(eq(churnPrediction.userId, ref('user_profiles')), eq(churnPrediction.modelId, gbm.id), isNull(churnPrediction.supersededAt)));
      await tx.insert(churnPrediction).values(insertSchemaOf('churn_prediction').parse({ ...retentionFixtures.churn_prediction!(ref), ...nextRun }) as never);
    });
    // Another model scores the same user independently.
    const survival = await insertFixture(aiModels, ref, churnModel('owner_churn_survival', '1.0.0', '2025-03-10'));
    await insertFixture(churnPrediction, ref, { modelId: survival.id, scoringRunId: 'surv-2025-04-01' });

    const current = await t.db
      .select({ model: aiModels.modelName, version: aiModels.modelVersion, score: churnPrediction.score })
      .from(churnPrediction)
      .innerJoin(aiModels, eq(aiModels.id, churnPrediction.modelId))
      .where(isNull(churnPrediction.supersededAt));
    expect(current.map((row) => [row.model, row.version, row.score]).sort()).toEqual([
      ['owner_churn_gbm', '2025.02.1', '0.6120'],
      ['owner_churn_survival', '1.0.0', '0.7312'],
    ]);
    expect(await rowCount(churnPrediction)).toBe(3);
  });

  test("a new model version's first run supersedes the previous version's current prediction (the pipeline's job)", async () => {
    const { ref } = await seedParentsOf(churnPrediction);
    const previous = await insertFixture(aiModels, ref, churnModel('owner_churn_gbm', '2025.02.1', '2025-02-20'));
    const next = await insertFixture(aiModels, ref, churnModel('owner_churn_gbm', '2025.05.0', '2025-05-12'));
    await insertFixture(churnPrediction, ref, { modelId: previous.id });
    const firstRun = { modelId: next.id, scoringRunId: 'scoring-2025-05-15T0400Z', score: '0.5480', riskBand: 'medium', scoredAt: new Date('2025-05-15T04:08:00Z') };

    // The key is per version: the database alone would let both versions' rows be current (a shadow run may).
    await t.db.transaction(async (tx) => {
      await tx
        .update(churnPrediction)
        .set({ supersededAt: firstRun.scoredAt })
        .where(
          and(
            eq(churnPrediction.userId, ref('user_profiles')),
            isNull(churnPrediction.supersededAt),
            inArray(
              churnPrediction.modelId,
              tx
                .select({ id: aiModels.id })
                .from(aiModels)
                .where(and(eq(aiModels.modelName, 'owner_churn_gbm'), ne(aiModels.id, next.id))),
            ),
          ),
        );
      await tx.insert(churnPrediction).values(insertSchemaOf('churn_prediction').parse({ ...retentionFixtures.churn_prediction!(ref), ...firstRun }) as never);
    });

    const current = await t.db.select().from(churnPrediction).where(isNull(churnPrediction.supersededAt));
    expect(current.map((row) => [row.modelId, row.score])).toEqual([[next.id, '0.5480']]);
    expect(await rowCount(churnPrediction)).toBe(2);
  });

  test('one open offer per user and campaign', async () => {
    const { ref } = await seed(personalizedOffers);
    const open = { status: 'issued' as const, redeemedAt: null, redemptionCount: 0, redeemedPurchaseOrderId: null };
    await t.db.update(personalizedOffers).set(open).where(eq(personalizedOffers.id, ref('personalized_offers')));
    expect(await refusal(t.db, () => insertFixture(personalizedOffers, ref, { ...open, offerCode: 'WHISPER-BOOST20' }))).toEqual({
      code: '23505',
      constraint: 'personalized_offers_open_per_campaign_key',
    });
    // Once the first is redeemed, the next may be issued.
    await t.db.update(personalizedOffers).set({ status: 'redeemed', redeemedAt: new Date('2025-04-02T10:14:00Z'), redemptionCount: 1 });
    await insertFixture(personalizedOffers, ref, { ...open, offerCode: 'WHISPER-BOOST20' });
    expect(await rowCount(personalizedOffers)).toBe(2);
  });
});

describe('consent-aware outreach', () => {
  test('a user who unsubscribed through a message is found by the suppression check and is not messaged again', async () => {
    const { ref } = await seed(outreachMessages);
    await t.db
      .update(outreachMessages)
      .set({ unsubscribedAt: new Date('2025-03-12T08:05:00Z') })
      .where(eq(outreachMessages.id, ref('outreach_messages')));

    // What the sender asks before every email (outreach_messages_opted_out_idx).
    const optedOut = await t.db
      .select({ id: outreachMessages.id })
      .from(outreachMessages)
      .where(
        and(
          eq(outreachMessages.userId, ref('user_profiles')),
          eq(outreachMessages.channel, 'email'),
          or(isNotNull(outreachMessages.unsubscribedAt), isNotNull(outreachMessages.complainedAt)),
        ),
      );
    expect(optedOut).toHaveLength(1);

    // The next send is recorded as suppressed, with its reason, and never reaches a provider.
    const suppressed = {
      ...retentionFixtures.outreach_messages!(ref),
      offerId: null,
      status: 'suppressed',
      suppressionReason: 'unsubscribed',
      provider: null,
      providerMessageId: null,
      sourceUpdatedAt: null,
      sentAt: null,
      deliveredAt: null,
      firstOpenedAt: null,
      firstClickedAt: null,
      openCount: 0,
      clickCount: 0,
      queuedAt: new Date('2025-04-08T09:00:00Z'),
    };
    expect(outreachMessageSchemas.insert.safeParse({ ...suppressed, suppressionReason: null }).error?.issues.map((issue) => issue.path[0])).toEqual([
      'suppressionReason',
    ]);
    const written = await insertFixture(outreachMessages, ref, suppressed);
    expect(written).toMatchObject({ status: 'suppressed', suppressionReason: 'unsubscribed', providerMessageId: null });
  });
});

/**
 * Rules of one row, in Zod and in the database. `bad` breaks exactly one rule (declared once, in the table);
 * `field` is where Zod reports it and `check` the constraint PostgreSQL names.
 */
const rowRules: { table: string; field: string; bad: (ref: Ref) => Record<string, unknown>; check: string }[] = [
  {
    table: 'outreach_messages',
    field: 'sentAt',
    bad: () => ({ status: 'queued', sentAt: null, deliveredAt: null }),
    check: 'outreach_messages_sent_at_check',
  },
  {
    table: 'outreach_messages',
    field: 'suppressionReason',
    bad: () => ({ status: 'suppressed', provider: null, providerMessageId: null, sentAt: null, deliveredAt: null }),
    check: 'outreach_messages_suppressed_reason_check',
  },
  {
    table: 'outreach_messages',
    field: 'notificationId',
    bad: (ref) => ({ notificationId: ref('notifications') }),
    check: 'outreach_messages_notification_id_channel_check',
  },
  {
    table: 'outreach_messages',
    field: 'smsCampaignId',
    bad: (ref) => ({ smsCampaignId: ref('sms_campaigns') }),
    check: 'outreach_messages_sms_campaign_id_channel_check',
  },
  {
    table: 'user_retention_campaigns',
    field: 'suppressionSegmentId',
    bad: (ref) => ({ suppressionSegmentId: ref('user_segments') }),
    check: 'user_retention_campaigns_suppression_check',
  },
  { table: 'user_retention_campaigns', field: 'launchedAt', bad: () => ({ launchedAt: null }), check: 'user_retention_campaigns_launched_at_check' },
  {
    table: 're_engagement_triggers',
    field: 'churnScoreThreshold',
    bad: () => ({ triggerType: 'churn_risk', inactivityDays: null }),
    check: 're_engagement_triggers_churn_threshold_check',
  },
  {
    table: 'sms_campaigns',
    field: 'scheduledLocalDate',
    bad: () => ({ scheduledLocalDate: null, scheduledLocalTime: null }),
    check: 'sms_campaigns_recipient_local_date_check',
  },
  {
    table: 'email_campaigns',
    field: 'scheduledLocalTime',
    bad: () => ({ scheduledLocalTime: null }),
    check: 'email_campaigns_local_schedule_check',
  },
  {
    table: 'personalized_offers',
    field: 'maxRedemptions',
    bad: () => ({ redemptionCount: 2 }),
    check: 'personalized_offers_redemptions_check',
  },
  {
    table: 'churn_prediction',
    field: 'outcomeObservedAt',
    bad: () => ({ outcome: 'churned' }),
    check: 'churn_prediction_outcome_pair_check',
  },
  {
    table: 'retention_metrics',
    field: 'valueCurrency',
    bad: () => ({ metric: 'revenue', valueUnit: 'amount', metricValue: '5220.0000' }),
    check: 'retention_metrics_amount_currency_check',
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

describe('outreach_events is append-only', () => {
  test('it refuses UPDATE and DELETE, and keeps the message and the user it names from being deleted', async () => {
    const { ref } = await seed(outreachEvents);
    const event = ref('outreach_events');

    expect(await refusal(t.db, (tx) => tx.update(outreachEvents).set({ providerStatusCode: 'edited' }).where(eq(outreachEvents.id, event)))).toEqual(appendOnlyRefusal);
    expect(await refusal(t.db, (tx) => tx.delete(outreachEvents).where(eq(outreachEvents.id, event)))).toEqual(appendOnlyRefusal);
    expect(await refusal(t.db, (tx) => tx.delete(outreachMessages).where(eq(outreachMessages.id, ref('outreach_messages'))))).toEqual({
      code: restrictViolation,
      constraint: 'outreach_events_message_id_outreach_messages_id_fkey',
      column: undefined,
    });
    expect(await rowByKey(outreachEvents, event)).toMatchObject({ eventType: 'clicked', providerStatusCode: null });

    // Appending is what it is for: the unsubscribe that follows the click.
    await insertFixture(outreachEvents, ref, {
      eventType: 'unsubscribed',
      providerEventId: 'mc-0b6c1f2e9a.a81f3d77c2-unsub-1',
      clickedUrl: null,
      occurredAt: new Date('2025-03-12T08:05:00Z'),
    });
    expect(await rowCount(outreachEvents)).toBe(2);
  });
});
