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
import { horses, horsesCatalog } from '@db/horses';
import { horsesFixtures } from '@db/horses/fixtures';
import { providersCatalog } from '@db/providers';
import { providersFixtures } from '@db/providers/fixtures';
import { userProfiles, usersCatalog } from '@db/users';
import { anotherUserProfile, usersFixtures } from '@db/users/fixtures';
import { eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import {
  aiConversations,
  aiInsightsCache,
  aiMessages,
  aiModelPerformance,
  aiModelRankings,
  aiModels,
  aiPredictions,
  aiQueries,
  aiRecommendations,
  aiRecommendationSchemas,
  aiTrainingData,
  aiTrainingDataSchemas,
  contentRankings,
  personalizedFeeds,
  recommendationFeedback,
  recommendationsCatalog,
  smartReminders,
  userPreferenceLearning,
} from '../src/index.ts';
import { recommendationsFixtures } from './fixtures.ts';

/** Natural keys (ingestion upserts), ON DELETE (a user's erasure), partial unique indexes, row rules, the append-only log. */
const t = setupTestDatabase();
const fixtures = { ...usersFixtures, ...horsesFixtures, ...providersFixtures, ...recommendationsFixtures };
const catalog = { ...usersCatalog, ...horsesCatalog, ...providersCatalog, ...recommendationsCatalog };
const { insertSchemaOf, seed, seedParentsOf, insertFixture, rowCount, rowByKey, allRows } = fixtureKit(t, catalog, fixtures);

/** Every table of the package but the append-only log, whose RESTRICT on the contributor would block erasure tests. */
const everyTableButTheLog = Object.values(recommendationsCatalog)
  .map((schemas) => schemas.table)
  .filter((table) => table !== aiTrainingData);
/** The foreign key a column declares, whatever drizzle-kit's suffix (`_fk`, `_fkey`). */
const fkOf = (table: string, column: string) => expect.stringMatching(new RegExp(`^${table}_${column}_`));

describe('natural keys: re-delivered rows upsert', () => {
  test('the engine re-delivers a recommendation: upserted on (source, external_id), re-scored in place', async () => {
    const { ref } = await seedParentsOf(aiRecommendations);
    const deliver = (overrides: Record<string, unknown>) => {
      const values = aiRecommendationSchemas.insert.parse({ ...recommendationsFixtures.ai_recommendations!(ref), ...overrides });
      return t.db
        .insert(aiRecommendations)
        .values(values)
        .onConflictDoUpdate({
          target: [aiRecommendations.source, aiRecommendations.externalId],
          set: {
            score: values.score,
            rankPosition: values.rankPosition,
            status: values.status,
            sourceUpdatedAt: values.sourceUpdatedAt,
          },
        })
        .returning();
    };

    const [first] = await deliver({ status: 'pending' });
    const rescored = { score: '0.9120', rankPosition: 1, status: 'shown', sourceUpdatedAt: new Date('2024-05-14T09:00:00Z') };
    const [second] = await deliver(rescored);
    const [third] = await deliver(rescored);
    expect(second!.id).toBe(first!.id);
    expect(third!.id).toBe(first!.id);
    expect(await allRows(aiRecommendations)).toEqual([expect.objectContaining({ id: first!.id, ...rescored })]);

    // The key is the pair: the same id from another engine is another recommendation.
    await deliver({ source: 'aws_personalize' });
    expect(await rowCount(aiRecommendations)).toBe(2);
    expect(await refusal(t.db, () => insertFixture(aiRecommendations, ref))).toEqual(
      expect.objectContaining({ code: '23505', constraint: 'ai_recommendations_source_external_id_key' }),
    );
  });

  const otherKeys: NaturalKeyCase[] = [
    {
      name: 'ai_models',
      table: aiModels,
      key: [aiModels.modelName, aiModels.modelVersion],
      set: { status: 'deprecated', deprecatedAt: new Date('2025-02-01T00:00:00Z') },
      index: 'ai_models_model_name_model_version_key',
      /** The duplicate differs on the vendor's id, so only the (name, version) key is shared. */
      distinct: { providerModelId: 'gpt-4o-2024-08-06-eu' },
    },
    {
      name: 'ai_predictions',
      table: aiPredictions,
      key: [aiPredictions.source, aiPredictions.externalId],
      set: { predictedValue: '13.2500', sourceUpdatedAt: new Date('2024-04-20T03:00:00Z') },
      index: 'ai_predictions_source_external_id_key',
    },
    {
      name: 'recommendation_feedback',
      table: recommendationFeedback,
      key: [recommendationFeedback.source, recommendationFeedback.externalEventId],
      set: { dwellTimeMs: 19_000 },
      index: 'recommendation_feedback_source_external_event_id_key',
    },
    {
      name: 'ai_conversations',
      table: aiConversations,
      key: [aiConversations.channel, aiConversations.externalThreadId],
      set: { messageCount: 5, lastMessageAt: new Date('2024-04-19T20:21:00Z') },
      index: 'ai_conversations_channel_external_thread_id_key',
    },
    {
      name: 'ai_messages',
      table: aiMessages,
      key: [aiMessages.conversationId, aiMessages.sequenceNumber],
      set: { outputTokens: 210, latencyMs: 2_400 },
      index: 'ai_messages_conversation_id_sequence_number_key',
    },
    {
      name: 'ai_queries',
      table: aiQueries,
      key: [aiQueries.requestId],
      set: { latencyMs: 1_702 },
      index: 'ai_queries_request_id_key',
    },
    {
      name: 'ai_model_performance',
      table: aiModelPerformance,
      key: [aiModelPerformance.modelId, aiModelPerformance.evaluationType, aiModelPerformance.segment, aiModelPerformance.windowStart, aiModelPerformance.windowEnd],
      set: { sampleCount: 18_977, errorRatePercent: '0.31' },
      index: 'ai_model_performance_window_key',
    },
    {
      name: 'personalized_feeds',
      table: personalizedFeeds,
      key: [personalizedFeeds.userId, personalizedFeeds.feedType],
      set: { currentVersion: 58, itemCount: 25 },
      index: 'personalized_feeds_user_id_feed_type_key',
    },
    {
      name: 'smart_reminders',
      table: smartReminders,
      key: [smartReminders.userId, smartReminders.reminderKey],
      set: { scheduledFor: new Date('2024-05-23T07:30:00Z'), channel: 'email' },
      index: 'smart_reminders_user_id_reminder_key_key',
    },
    {
      name: 'ai_insights_cache',
      table: aiInsightsCache,
      key: [aiInsightsCache.cacheKey],
      set: { hitCount: 8 },
      index: 'ai_insights_cache_cache_key_key',
    },
  ];

  naturalKeyTests(t, catalog, fixtures, otherKeys);

  test('a dataset build that re-runs adds nothing: (dataset_name, dataset_version, content_sha256), do nothing on conflict', async () => {
    const { ref } = await seedParentsOf(aiTrainingData);
    const item = aiTrainingDataSchemas.insert.parse(recommendationsFixtures.ai_training_data!(ref));
    const build = () =>
      t.db
        .insert(aiTrainingData)
        .values(item)
        .onConflictDoNothing({ target: [aiTrainingData.datasetName, aiTrainingData.datasetVersion, aiTrainingData.contentSha256] });
    await build();
    await build();
    expect(await rowCount(aiTrainingData)).toBe(1);
    // The same bytes in the next dataset version are another row.
    await t.db.insert(aiTrainingData).values({ ...item, datasetVersion: '3.1.0' });
    expect(await rowCount(aiTrainingData)).toBe(2);
  });
});

describe('ON DELETE: erasing a user, deleting a horse, a model, a recommendation', () => {
  test("a user's erasure deletes what is theirs alone and unsets the credits", async () => {
    const { ref } = await seed(...everyTableButTheLog);
    const rider = await insertFixture(userProfiles, ref, anotherUserProfile('rider'));
    const theirs = [personalizedFeeds, aiRecommendations, recommendationFeedback, aiConversations, aiQueries, userPreferenceLearning, smartReminders, aiInsightsCache];
    for (const table of theirs) await t.db.update(table).set({ userId: rider.id } as never);
    await t.db.update(aiModelRankings).set({ decidedByUserId: rider.id });

    await t.db.delete(userProfiles).where(eq(userProfiles.id, rider.id));

    for (const table of [...theirs, aiMessages]) expect(await rowCount(table)).toBe(0);
    expect(await rowByKey(aiModelRankings, ref('ai_model_rankings'))).toMatchObject({ decidedByUserId: null, rankPosition: 1 });
    for (const table of [aiModels, aiModelPerformance, contentRankings, aiPredictions]) expect(await rowCount(table)).toBe(1);
    expect(await rowCount(userProfiles)).toBe(1);
  });

  test('deleting a horse deletes the recommendations, predictions, reminders and insights about it; conversations and queries stay', async () => {
    const { ref } = await seed(...everyTableButTheLog);
    const forSale = await insertFixture(horses, ref, { registeredName: 'Kilkenny Flight', barnName: 'Flight', sex: 'gelding' });
    const horseRec = await insertFixture(aiRecommendations, ref, {
      externalId: 'rec-20240514-u5f1c2a9e-0001',
      horseId: null,
      itemType: 'horse',
      recommendedHorseId: forSale.id,
      recommendedPracticeId: null,
      title: 'Kilkenny Flight: 9yo ISH gelding, jumping 1.20m',
      rankPosition: 1,
    });

    await t.db.delete(horses).where(eq(horses.id, ref('horses')));

    for (const table of [aiPredictions, smartReminders, aiInsightsCache]) expect(await rowCount(table)).toBe(0);
    // The recommendation about Whisper went (and its feedback with it); the one of another horse stays.
    expect(await allRows(aiRecommendations)).toEqual([expect.objectContaining({ id: horseRec.id })]);
    expect(await rowCount(recommendationFeedback)).toBe(0);
    expect(await rowByKey(aiConversations, ref('ai_conversations'))).toMatchObject({ horseId: null, userId: ref('user_profiles') });
    expect(await rowByKey(aiQueries, ref('ai_queries'))).toMatchObject({ horseId: null });
    expect(await rowCount(aiMessages)).toBe(1);

    // Deleting the horse a recommendation recommends deletes the recommendation.
    await t.db.delete(horses).where(eq(horses.id, forSale.id));
    expect(await rowCount(aiRecommendations)).toBe(0);
  });

  test('a model with recorded use cannot be deleted (23503/23001): it is retired through its status', async () => {
    const { ref } = await seed(aiConversations);
    expect(await refusal(t.db, (tx) => tx.delete(aiModels).where(eq(aiModels.id, ref('ai_models'))))).toEqual(
      expect.objectContaining({ code: restrictViolation, constraint: fkOf('ai_conversations', 'model_id') }),
    );
    await t.db.update(aiModels).set({ status: 'retired', retiredAt: new Date('2025-06-01T00:00:00Z') });
    expect(await rowByKey(aiModels, ref('ai_models'))).toMatchObject({ status: 'retired' });
  });

  test("deleting a recommendation deletes its feedback and unsets the reminder it prompted; deleting a feed deletes its items", async () => {
    const { ref } = await seed(recommendationFeedback, smartReminders);
    await t.db.delete(aiRecommendations).where(eq(aiRecommendations.id, ref('ai_recommendations')));
    expect(await rowCount(recommendationFeedback)).toBe(0);
    expect(await rowByKey(smartReminders, ref('smart_reminders'))).toMatchObject({ recommendationId: null, status: 'scheduled' });

    const item = await insertFixture(aiRecommendations, ref);
    await t.db.delete(personalizedFeeds).where(eq(personalizedFeeds.id, ref('personalized_feeds')));
    expect(await rowByKey(aiRecommendations, item.id)).toBeUndefined();
  });

  test('deleting an evaluation unsets it on the rankings decided on it', async () => {
    const { ref } = await seed(aiModelRankings);
    await t.db.delete(aiModelPerformance).where(eq(aiModelPerformance.id, ref('ai_model_performance')));
    expect(await rowByKey(aiModelRankings, ref('ai_model_rankings'))).toMatchObject({ performanceId: null, rankPosition: 1 });
  });
});

describe('the training-data provenance log is append-only', () => {
  test('UPDATE and DELETE are refused (23001), and its contributor cannot be deleted (RESTRICT)', async () => {
    const { ref } = await seed(aiTrainingData);
    const id = ref('ai_training_data');

    const relicense = (tx: typeof t.db) => tx.update(aiTrainingData).set({ licence: 'cc_by_4_0' }).where(eq(aiTrainingData.id, id));
    expect(await refusal(t.db, relicense)).toEqual(appendOnlyRefusal);
    expect(await refusal(t.db, (tx) => tx.delete(aiTrainingData).where(eq(aiTrainingData.id, id)))).toEqual(appendOnlyRefusal);
    expect(await refusal(t.db, (tx) => tx.delete(userProfiles).where(eq(userProfiles.id, ref('user_profiles'))))).toEqual(
      expect.objectContaining({ code: restrictViolation }),
    );
    expect(await rowByKey(aiTrainingData, id)).toMatchObject({ licence: 'platform_terms', contributorUserId: ref('user_profiles') });

    // Appending is what it is for: the next dataset version.
    await insertFixture(aiTrainingData, ref, { datasetVersion: '3.1.0' });
    expect(await rowCount(aiTrainingData)).toBe(2);
  });

  test('its contributor alone blocks the deletion, naming the contributor key', async () => {
    const { ref } = await seedParentsOf(aiTrainingData);
    const contributor = await insertFixture(userProfiles, ref, anotherUserProfile('contributor'));
    await insertFixture(aiTrainingData, ref, { contributorUserId: contributor.id });
    expect(await refusal(t.db, (tx) => tx.delete(userProfiles).where(eq(userProfiles.id, contributor.id)))).toEqual(
      expect.objectContaining({ code: restrictViolation, constraint: fkOf('ai_training_data', 'contributor_user_id') }),
    );
  });
});

describe('history with one current row (partial unique indexes)', () => {
  test('a learned preference is re-learned by closing the current row and opening a new one', async () => {
    const { ref } = await seed(userPreferenceLearning);
    const current = { code: '23505', constraint: 'user_preference_learning_current_key' };
    const relearned = { affinityScore: '0.9000', confidence: '0.930', evidenceCount: 171, validFrom: new Date('2024-06-01T03:00:00Z') };
    expect(await refusal(t.db, () => insertFixture(userPreferenceLearning, ref, relearned))).toEqual(expect.objectContaining(current));

    await t.db
      .update(userPreferenceLearning)
      .set({ validTo: new Date('2024-06-01T03:00:00Z') })
      .where(eq(userPreferenceLearning.id, ref('user_preference_learning')));
    await insertFixture(userPreferenceLearning, ref, relearned);
    // Another value of the same dimension is its own current row.
    await insertFixture(userPreferenceLearning, ref, { preferenceValue: 'eventing', affinityScore: '0.4100' });
    expect(await rowCount(userPreferenceLearning)).toBe(3);
  });

  test('one current ranking per (task, model) and one current default per task', async () => {
    const { ref } = await seed(aiModelRankings);
    const challenger = await insertFixture(aiModels, ref, {
      modelName: 'claude-3-5-sonnet',
      modelVersion: '20240620',
      provider: 'anthropic',
      providerModelId: 'claude-3-5-sonnet-20240620',
      licence: 'proprietary_api',
    });
    const second = { modelId: challenger.id, rankPosition: 2, isDefault: false, trafficSharePercent: '10.00', compositeScore: '0.8100' };

    // The challenger is ranked once; a second current rank for it is refused, and so is a second default.
    await insertFixture(aiModelRankings, ref, second);
    expect(await refusal(t.db, () => insertFixture(aiModelRankings, ref, { ...second, rankPosition: 3 }))).toEqual(
      expect.objectContaining({ code: '23505', constraint: 'ai_model_rankings_current_key' }),
    );
    const promoted = await refusal(t.db, async (tx) => {
      await tx.update(aiModelRankings).set({ validTo: new Date('2024-06-01T09:00:00Z') }).where(eq(aiModelRankings.modelId, challenger.id));
      await tx.insert(aiModelRankings).values(insertSchemaOf('ai_model_rankings').parse({ ...fixtures.ai_model_rankings!(ref), ...second, isDefault: true, validFrom: new Date('2024-06-01T09:00:00Z') }) as never);
    });
    expect(promoted).toEqual(expect.objectContaining({ code: '23505', constraint: 'ai_model_rankings_current_default_key' }));

    // Re-ranking: close the current rows, open new ones with the challenger as the default.
    await t.db.update(aiModelRankings).set({ validTo: new Date('2024-06-01T09:00:00Z') });
    const reRanked = { validFrom: new Date('2024-06-01T09:00:00Z'), performanceId: null };
    await insertFixture(aiModelRankings, ref, { ...reRanked, rankPosition: 2, isDefault: false, trafficSharePercent: '20.00' });
    await insertFixture(aiModelRankings, ref, { ...reRanked, ...second, rankPosition: 1, isDefault: true, trafficSharePercent: '80.00' });
    expect(await rowCount(aiModelRankings)).toBe(4);
  });

  test('an item has one current rank per (list, segment); a closed rank is history', async () => {
    const { ref } = await seed(contentRankings);
    const moved = { rankPosition: 1, score: '0.842000', validFrom: new Date('2024-05-14T11:00:00Z') };
    expect(await refusal(t.db, () => insertFixture(contentRankings, ref, moved))).toEqual(
      expect.objectContaining({ code: '23505', constraint: 'content_rankings_current_key' }),
    );
    await t.db.update(contentRankings).set({ validTo: new Date('2024-05-14T11:00:00Z') }).where(eq(contentRankings.id, ref('content_rankings')));
    await insertFixture(contentRankings, ref, moved);
    // The same item in another segment is ranked on its own.
    await insertFixture(contentRankings, ref, { segment: 'all', rankPosition: 17 });
    expect(await rowCount(contentRankings)).toBe(3);
  });
});

/**
 * Rules over two or more columns. `bad` breaks exactly one rule; `field` is where Zod reports it. Zod refuses the
 * row on that field alone, and the database refuses it naming the same CHECK, writing nothing.
 */
const rowRules: { table: string; field: string; bad: (ref: Ref) => Record<string, unknown>; check: string }[] = [
  { table: 'ai_models', field: 'retiredAt', bad: () => ({ deprecatedAt: new Date('2025-02-01T00:00:00Z'), retiredAt: new Date('2025-01-01T00:00:00Z') }), check: 'ai_models_retired_at_check' },
  { table: 'ai_recommendations', field: 'recommendedHorseId', bad: (ref) => ({ recommendedHorseId: ref('horses') }), check: 'ai_recommendations_horse_item_type_check' },
  { table: 'ai_recommendations', field: 'recommendedPracticeId', bad: () => ({ recommendedPracticeId: null }), check: 'ai_recommendations_provider_item_check' },
  { table: 'ai_recommendations', field: 'itemEntityId', bad: () => ({ itemEntityType: 'articles' }), check: 'ai_recommendations_item_entity_check' },
  { table: 'ai_queries', field: 'completedAt', bad: () => ({ completedAt: null }), check: 'ai_queries_completed_at_check' },
  { table: 'ai_conversations', field: 'endedAt', bad: () => ({ status: 'closed' }), check: 'ai_conversations_closed_check' },
  { table: 'ai_messages', field: 'toolCallId', bad: () => ({ role: 'tool', finishReason: null, toolCallId: null }), check: 'ai_messages_tool_call_id_check' },
  { table: 'ai_messages', field: 'finishReason', bad: () => ({ role: 'user', modelId: null }), check: 'ai_messages_finish_reason_role_check' },
  { table: 'ai_model_performance', field: 'latencyP95Ms', bad: () => ({ latencyP95Ms: 1_200 }), check: 'ai_model_performance_latency_check' },
  { table: 'recommendation_feedback', field: 'rating', bad: () => ({ feedbackType: 'rating', convertedAmount: null }), check: 'recommendation_feedback_rating_required_check' },
  { table: 'recommendation_feedback', field: 'convertedAmount', bad: () => ({ feedbackType: 'clicked' }), check: 'recommendation_feedback_conversion_check' },
  { table: 'ai_training_data', field: 'licenceReference', bad: () => ({ licence: 'commercial_licence' }), check: 'ai_training_data_licence_reference_check' },
  { table: 'ai_training_data', field: 'collectedAt', bad: () => ({ collectedAt: new Date('2023-12-31T00:00:00Z') }), check: 'ai_training_data_collected_at_check' },
  { table: 'personalized_feeds', field: 'lastGeneratedAt', bad: () => ({ lastGeneratedAt: null, nextRefreshAt: null }), check: 'personalized_feeds_generation_check' },
  { table: 'content_rankings', field: 'validTo', bad: () => ({ validTo: new Date('2024-05-14T05:00:00Z') }), check: 'content_rankings_valid_to_check' },
  { table: 'user_preference_learning', field: 'validTo', bad: () => ({ validTo: new Date('2024-04-01T00:00:00Z') }), check: 'user_preference_learning_valid_to_check' },
  { table: 'ai_predictions', field: 'valueCurrency', bad: () => ({ valueUnit: 'money' }), check: 'ai_predictions_money_currency_check' },
  { table: 'ai_predictions', field: 'valueCurrency', bad: () => ({ valueCurrency: 'EUR' }), check: 'ai_predictions_currency_unit_check' },
  { table: 'ai_predictions', field: 'outcomeObservedAt', bad: () => ({ outcomeStatus: 'pending', outcomeObservedAt: null }), check: 'ai_predictions_actual_value_check' },
  { table: 'ai_predictions', field: 'outcomeObservedAt', bad: () => ({ actualValue: null, outcomeObservedAt: null }), check: 'ai_predictions_outcome_check' },
  { table: 'smart_reminders', field: 'sourceEntityId', bad: () => ({ sourceEntityType: 'vaccinations' }), check: 'smart_reminders_source_entity_check' },
  { table: 'smart_reminders', field: 'completedAt', bad: () => ({ status: 'completed' }), check: 'smart_reminders_completed_at_check' },
  { table: 'ai_insights_cache', field: 'invalidatedAt', bad: () => ({ invalidatedAt: new Date('2024-05-14T06:00:00Z') }), check: 'ai_insights_cache_invalidated_at_check' },
  { table: 'ai_model_rankings', field: 'validTo', bad: () => ({ validTo: new Date('2024-05-02T09:00:00Z') }), check: 'ai_model_rankings_valid_to_check' },
];

describe('row rules: Zod and the database refuse the same row', () => {
  test.each(rowRules)('$table: $check', async ({ table: name, field, bad, check }) => {
    const { table, insert } = catalog[name]!;
    const { ref } = await seedParentsOf(table);
    const row: Record<string, unknown> = { ...fixtures[name]!(ref), ...bad(ref) };

    expect(insert.safeParse(row).error?.issues.map((issue) => issue.path[0])).toEqual([field]);
    expect(await refusal(t.db, (tx) => tx.insert(table).values(row as never))).toEqual(expect.objectContaining({ code: '23514', constraint: check }));
    expect(await rowCount(table)).toBe(0);
  });

  test('an update is judged on the same rule: closing a conversation needs its end time', async () => {
    const { ref } = await seed(aiConversations);
    const update = catalog.ai_conversations!.update;
    expect(update.safeParse({ status: 'closed', endedAt: null }).error?.issues.map((issue) => issue.path[0])).toEqual(['endedAt']);
    expect(await refusal(t.db, (tx) => tx.update(aiConversations).set({ status: 'closed' }).where(eq(aiConversations.id, ref('ai_conversations'))))).toEqual(
      expect.objectContaining({ code: '23514', constraint: 'ai_conversations_closed_check' }),
    );
    await t.db.update(aiConversations).set({ status: 'closed', endedAt: new Date('2024-04-19T20:30:00Z') }).where(eq(aiConversations.id, ref('ai_conversations')));
    expect(await rowByKey(aiConversations, ref('ai_conversations'))).toMatchObject({ status: 'closed' });
  });
});
