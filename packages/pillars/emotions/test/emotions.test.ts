import { adminCatalog } from '@db/admin';
import { adminFixtures } from '@db/admin/fixtures';
import { agentsCatalog } from '@db/agents';
import { agentsFixtures } from '@db/agents/fixtures';
import { complianceCatalog, dataPrivacyRequests, eraseUser } from '@db/compliance';
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
import { feedbackCatalog } from '@db/feedback';
import { feedbackFixtures } from '@db/feedback/fixtures';
import { horsesCatalog } from '@db/horses';
import { horsesFixtures } from '@db/horses/fixtures';
import { providersCatalog } from '@db/providers';
import { providersFixtures } from '@db/providers/fixtures';
import { purchasesCatalog } from '@db/purchases';
import { purchasesFixtures } from '@db/purchases/fixtures';
import { recommendationsCatalog } from '@db/recommendations';
import { recommendationsFixtures } from '@db/recommendations/fixtures';
import { retentionCatalog } from '@db/retention';
import { retentionFixtures } from '@db/retention/fixtures';
import { socialCatalog } from '@db/social';
import { socialFixtures } from '@db/social/fixtures';
import { userProfiles, usersCatalog } from '@db/users';
import { anotherUserProfile, usersFixtures } from '@db/users/fixtures';
import { sql, type SQL } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import {
  emotionAnalytics,
  emotionBasedMarketing,
  emotionBasedRecommendations,
  emotionDrivenActions,
  emotionInsights,
  emotionPredictionResults,
  emotionTrendAnalysis,
  emotionTriggers,
  emotionalAiModels,
  emotionalContextTags,
  emotionalEngagementPatterns,
  emotionalResponseFeedback,
  emotionalResponseModels,
  emotionalStateHistory,
  emotionalSupportResources,
  emotionalWellnessMetrics,
  emotionsCatalog,
  interactionSentiment,
  personalizedEmotionalContent,
  userEmotionTracking,
  userSatisfactionScores,
} from '../src/index.ts';
import { emotionsFixtures } from './fixtures.ts';

/**
 * The append-only action log and the purges, natural keys (ingestion upserts), a person's erasure and the other
 * ON DELETE rules, the one-current partial indexes, and the rules that make emotion use ethical (in Zod and the
 * database alike). Untyped SQL and the erased fixture kit keep the type cost flat.
 */
const t = setupTestDatabase();
const fixtures = {
  ...usersFixtures,
  ...horsesFixtures,
  ...providersFixtures,
  ...purchasesFixtures,
  ...socialFixtures,
  ...recommendationsFixtures,
  ...adminFixtures,
  ...complianceFixtures,
  ...agentsFixtures,
  ...retentionFixtures,
  ...feedbackFixtures,
  ...emotionsFixtures,
};
const catalog = {
  ...usersCatalog,
  ...horsesCatalog,
  ...providersCatalog,
  ...purchasesCatalog,
  ...socialCatalog,
  ...recommendationsCatalog,
  ...adminCatalog,
  ...complianceCatalog,
  ...agentsCatalog,
  ...retentionCatalog,
  ...feedbackCatalog,
  ...emotionsCatalog,
};
const { seed, seedParentsOf, insertFixture, rowCount, rowByKey, allRows } = fixtureKit(t, catalog, fixtures);
const run = (query: string | SQL, db = t.db) => queryRows(db, query);
const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 60 * 60 * 1000);

/** Every table of the package. */
const emotionTables = Object.values(emotionsCatalog).map((schemas) => schemas.table);

describe('emotion_driven_actions: append-only audit of automated decisions', () => {
  test('an action cannot be edited or removed; its rule and configuration cannot be deleted; appending still works', async () => {
    const { ref } = await seed(emotionDrivenActions);
    const id = ref('emotion_driven_actions');

    expect(await refusal(t.db, (tx) => run(sql`update emotion_driven_actions set outcome = 'failed' where id = ${id}`, tx))).toEqual(appendOnlyRefusal);
    expect(await refusal(t.db, (tx) => run(sql`delete from emotion_driven_actions where id = ${id}`, tx))).toEqual(appendOnlyRefusal);
    expect(await refusal(t.db, (tx) => run(sql`delete from emotion_triggers where id = ${ref('emotion_triggers')}`, tx))).toEqual({
      code: restrictViolation,
      constraint: 'emotion_driven_actions_emotion_trigger_id_fkey',
      column: undefined,
    });
    expect(await rowByKey(emotionDrivenActions, id)).toMatchObject({ outcome: 'executed', actionType: 'offer_support_resource' });

    // The person opted out since: the next firing is recorded as skipped, a new row.
    await insertFixture(emotionDrivenActions, ref, {
      outcome: 'skipped_opt_out',
      decidedAt: new Date('2024-11-25T21:03:00Z'),
      externalActionId: 'act_01JDKQ2M5N7B9V1C3X5Z7L9K1J',
    });
    expect(await rowCount(emotionDrivenActions)).toBe(2);
  });

  naturalKeyTests(t, catalog, fixtures, [
    { name: 'emotion_driven_actions', table: emotionDrivenActions, key: [emotionDrivenActions.source, emotionDrivenActions.externalActionId], index: 'emotion_driven_actions_source_external_action_id_key' },
    { name: 'user_emotion_tracking', table: userEmotionTracking, key: [userEmotionTracking.source, userEmotionTracking.externalEventId], index: 'user_emotion_tracking_source_external_event_id_key' },
    { name: 'interaction_sentiment', table: interactionSentiment, key: [interactionSentiment.source, interactionSentiment.externalId], index: 'interaction_sentiment_source_external_id_key' },
  ]);
});

describe('retention: the purge functions', () => {
  test('purge_user_emotion_tracking keeps 180 days; a purged observation takes its corrections and leaves the decisions that used it', async () => {
    const { ref } = await seed(emotionalResponseFeedback, emotionBasedRecommendations);
    await run(sql`update user_emotion_tracking set observed_at = ${daysAgo(181).toISOString()} where id = ${ref('user_emotion_tracking')}`);
    const recent = await insertFixture(userEmotionTracking, ref, { observedAt: daysAgo(179), externalEventId: 'evt_recent' });

    const [purged] = await run('select purge_user_emotion_tracking() as purged');
    expect(Number(purged!.purged)).toBe(1);
    expect((await allRows(userEmotionTracking)).map((row) => row.id)).toEqual([recent.id]);
    // The correction went with the observation; the recommendation's record keeps the emotion it relied on.
    expect(await rowCount(emotionalResponseFeedback)).toBe(0);
    expect(await rowByKey(emotionBasedRecommendations, ref('emotion_based_recommendations'))).toMatchObject({
      userEmotionTrackingId: null,
      inferredEmotion: 'joy',
    });

    // An explicit cut-off (a shorter period after a complaint) takes the recent one too.
    const [again] = await run("select purge_user_emotion_tracking(now() - interval '30 days') as purged");
    expect(Number(again!.purged)).toBe(1);
  });

  test('purge_interaction_sentiment keeps 180 days by analysed time', async () => {
    const { ref } = await seedParentsOf(interactionSentiment);
    await insertFixture(interactionSentiment, ref, { analyzedAt: daysAgo(200), externalId: 'sa_old' });
    await insertFixture(interactionSentiment, ref, { analyzedAt: daysAgo(10), externalId: 'sa_new' });
    const [purged] = await run('select purge_interaction_sentiment() as purged');
    expect(Number(purged!.purged)).toBe(1);
    expect((await allRows(interactionSentiment)).map((row) => row.externalId)).toEqual(['sa_new']);
  });

  test('purge_emotion_driven_actions passes the append-only trigger for its own DELETE only, after 730 days', async () => {
    const { ref } = await seedParentsOf(emotionDrivenActions);
    await insertFixture(emotionDrivenActions, ref, { decidedAt: daysAgo(731), externalActionId: 'act_old' });
    await insertFixture(emotionDrivenActions, ref, { decidedAt: daysAgo(700), externalActionId: 'act_recent' });

    const [purged] = await run('select purge_emotion_driven_actions() as purged');
    expect(Number(purged!.purged)).toBe(1);
    expect((await allRows(emotionDrivenActions)).map((row) => row.externalActionId)).toEqual(['act_recent']);
    expect(await refusal(t.db, (tx) => run('delete from emotion_driven_actions', tx))).toEqual(appendOnlyRefusal);
  });
});

describe('natural keys: ingestion and recomputation upsert', () => {
  const keys: NaturalKeyCase[] = [
    { name: 'emotional_ai_models', table: emotionalAiModels, key: [emotionalAiModels.aiModelId], set: { macroF1: '0.7010' }, index: 'emotional_ai_models_ai_model_id_key' },
    {
      name: 'emotional_response_models',
      table: emotionalResponseModels,
      key: [emotionalResponseModels.configKey, emotionalResponseModels.version],
      set: { sourceUpdatedAt: new Date('2024-05-07T10:00:00Z'), changeReason: 'Promoted after the shadow week' },
      index: 'emotional_response_models_config_key_version_key',
      // Retired, with another registry id: only (config_key, version) can refuse the copy.
      distinct: { status: 'retired', validTo: new Date('2024-06-01T00:00:00Z'), externalId: 'models:/post-reaction-classifier/3b' },
    },
    {
      name: 'emotional_support_resources',
      table: emotionalSupportResources,
      key: [emotionalSupportResources.source, emotionalSupportResources.externalId],
      set: { availability: '24/7, text line 24/7', sourceUpdatedAt: new Date('2024-06-01T00:00:00Z') },
      index: 'emotional_support_resources_source_external_id_key',
      distinct: { slug: 'pieta-helpline-ie-copy' },
    },
    { name: 'emotional_context_tags', table: emotionalContextTags, key: [emotionalContextTags.key], set: { label: 'Competition result or placing' }, index: 'emotional_context_tags_key_key' },
    { name: 'emotion_triggers', table: emotionTriggers, key: [emotionTriggers.key], set: { minIntensity: '0.750' }, index: 'emotion_triggers_key_key' },
    {
      name: 'user_satisfaction_scores',
      table: userSatisfactionScores,
      key: [userSatisfactionScores.surveyTool, userSatisfactionScores.responseId],
      set: { score: 5, sourceUpdatedAt: new Date('2024-06-04T08:00:00Z') },
      index: 'user_satisfaction_scores_survey_tool_response_id_key',
    },
    {
      name: 'emotion_prediction_results',
      table: emotionPredictionResults,
      key: [
        emotionPredictionResults.responseModelId,
        emotionPredictionResults.userId,
        emotionPredictionResults.socialPostId,
        emotionPredictionResults.socialCommentId,
        emotionPredictionResults.aiRecommendationId,
        emotionPredictionResults.aiAgentInteractionId,
        emotionPredictionResults.outreachMessageId,
        emotionPredictionResults.userReviewId,
      ],
      set: { confidence: '0.710', runId: 'emotion-batch-2025-03-11T20' },
      index: 'emotion_prediction_results_target_key',
    },
    {
      name: 'emotional_response_feedback',
      table: emotionalResponseFeedback,
      key: [
        emotionalResponseFeedback.userId,
        emotionalResponseFeedback.userEmotionTrackingId,
        emotionalResponseFeedback.interactionSentimentId,
        emotionalResponseFeedback.emotionPredictionResultId,
      ],
      set: { correctedEmotion: 'joy', correctedValence: '0.800' },
      index: 'emotional_response_feedback_inference_key',
    },
    {
      name: 'emotional_wellness_metrics',
      table: emotionalWellnessMetrics,
      key: [emotionalWellnessMetrics.userId, emotionalWellnessMetrics.checkInOn],
      set: { moodScore: 4, stressScore: 3 },
      index: 'emotional_wellness_metrics_user_id_check_in_on_key',
    },
    {
      name: 'emotion_based_recommendations',
      table: emotionBasedRecommendations,
      key: [emotionBasedRecommendations.aiRecommendationId],
      set: { outcome: 'dismissed', outcomeAt: new Date('2024-06-03T07:20:00Z') },
      index: 'emotion_based_recommendations_ai_recommendation_id_key',
    },
    {
      name: 'emotion_based_marketing',
      table: emotionBasedMarketing,
      key: [emotionBasedMarketing.outreachMessageId],
      set: { inferenceConfidence: '0.790' },
      index: 'emotion_based_marketing_outreach_message_id_key',
    },
    {
      name: 'personalized_emotional_content',
      table: personalizedEmotionalContent,
      key: [personalizedEmotionalContent.source, personalizedEmotionalContent.externalId],
      set: { reaction: 'not_helpful', reactedAt: new Date('2024-06-03T10:30:00Z') },
      index: 'personalized_emotional_content_source_external_id_key',
    },
    {
      name: 'emotion_analytics',
      table: emotionAnalytics,
      key: [emotionAnalytics.cohortType, emotionAnalytics.cohortKey, emotionAnalytics.surface, emotionAnalytics.periodGranularity, emotionAnalytics.periodStartOn],
      set: { observationCount: 18_912, userCount: 1262 },
      index: 'emotion_analytics_cell_key',
    },
    {
      name: 'emotional_engagement_patterns',
      table: emotionalEngagementPatterns,
      key: [
        emotionalEngagementPatterns.cohortType,
        emotionalEngagementPatterns.cohortKey,
        emotionalEngagementPatterns.contentKind,
        emotionalEngagementPatterns.emotion,
        emotionalEngagementPatterns.periodGranularity,
        emotionalEngagementPatterns.periodStartOn,
      ],
      set: { interactedPercent: '40.90' },
      index: 'emotional_engagement_patterns_cell_key',
    },
    {
      name: 'emotion_trend_analysis',
      table: emotionTrendAnalysis,
      key: [emotionTrendAnalysis.cohortType, emotionTrendAnalysis.cohortKey, emotionTrendAnalysis.emotion, emotionTrendAnalysis.periodGranularity, emotionTrendAnalysis.periodStartOn],
      set: { sharePercent: '15.10', changePoints: '5.90' },
      index: 'emotion_trend_analysis_cell_key',
    },
    { name: 'emotion_insights', table: emotionInsights, key: [emotionInsights.insightKey], set: { severity: 'high' }, index: 'emotion_insights_insight_key_key' },
  ];

  naturalKeyTests(t, catalog, fixtures, keys);
});

describe("ON DELETE: a person's erasure and the content they reacted to", () => {
  test("eraseUser deletes the person's emotional data; the action log stays, pointing at the anonymised profile; aggregates are untouched", async () => {
    const { ref } = await seed(...emotionTables, dataPrivacyRequests);
    const userId = ref('user_profiles');

    const summary = await eraseUser(t.db, { userId, requestId: ref('data_privacy_requests') });

    const personal = [
      userEmotionTracking,
      interactionSentiment,
      emotionalStateHistory,
      emotionPredictionResults,
      emotionalResponseFeedback,
      userSatisfactionScores,
      emotionalWellnessMetrics,
      emotionBasedRecommendations,
      emotionBasedMarketing,
      personalizedEmotionalContent,
    ];
    for (const table of personal) expect(await rowCount(table)).toBe(0);
    expect(await rowByKey(emotionDrivenActions, ref('emotion_driven_actions'))).toMatchObject({ userId, outcome: 'executed' });
    expect(summary.kept).toMatchObject({ 'emotion_driven_actions.user_id': 1 });
    expect(summary.retained.filter((row) => row.table in emotionsCatalog)).toEqual([]);
    for (const table of [emotionAnalytics, emotionalEngagementPatterns, emotionTrendAnalysis, emotionInsights]) expect(await rowCount(table)).toBe(1);
    // Credits are nulled; the configuration, the rule and the resource stay.
    expect(await rowByKey(emotionalResponseModels, ref('emotional_response_models'))).toMatchObject({ approvedByUserId: null, status: 'active' });
    expect(await rowByKey(emotionTriggers, ref('emotion_triggers'))).toMatchObject({ ownerUserId: null, status: 'active' });
    expect(await rowByKey(emotionInsights, ref('emotion_insights'))).toMatchObject({ acknowledgedByUserId: null, status: 'acknowledged' });
  });

  test("deleting another person's profile deletes their observations and check-ins only", async () => {
    const { ref } = await seed(userEmotionTracking, emotionalWellnessMetrics);
    const rider = await insertFixture(userProfiles, ref, anotherUserProfile('rider'));
    const asRider = pointing(ref, { user_profiles: rider.id });
    // Their own consent row would be kept (the ledger RESTRICTs); the observation reuses the first one's for the test.
    await insertFixture(userEmotionTracking, asRider, { externalEventId: 'evt_rider', userSessionId: null });
    await insertFixture(emotionalStateHistory, asRider);

    await run(sql`delete from user_profiles where id = ${rider.id}`);

    expect((await allRows(userEmotionTracking)).map((row) => row.userId)).toEqual([ref('user_profiles')]);
    expect(await rowCount(emotionalStateHistory)).toBe(0);
    expect(await rowCount(emotionalWellnessMetrics)).toBe(1);
  });

  test('deleting a post deletes the responses to it and the predictions about it; responses to other content stay', async () => {
    const { ref } = await seed(userEmotionTracking, emotionPredictionResults);
    const onComment = await insertFixture(userEmotionTracking, ref, { socialPostId: null, socialCommentId: ref('social_comments'), externalEventId: 'evt_comment' });
    await insertFixture(emotionPredictionResults, ref, { outreachMessageId: null, socialPostId: ref('social_posts'), actualEmotion: null, actualObservedAt: null });

    // Deleting the post cascades to its comments, and so to the responses to them too.
    await run(sql`delete from social_posts where id = ${ref('social_posts')}`);

    expect(await rowCount(userEmotionTracking)).toBe(0);
    expect(await rowByKey(userEmotionTracking, onComment.id)).toBeUndefined();
    expect((await allRows(emotionPredictionResults)).map((row) => row.outreachMessageId)).toEqual([ref('outreach_messages')]);
  });

  test('a configuration that produced observations cannot be deleted (23503/23001): it is retired', async () => {
    const { ref } = await seed(userEmotionTracking);
    expect(await refusal(t.db, (tx) => run(sql`delete from emotional_response_models where id = ${ref('emotional_response_models')}`, tx))).toEqual({
      code: restrictViolation,
      constraint: 'user_emotion_tracking_response_model_id_fkey',
      column: undefined,
    });
    await run(sql`update emotional_response_models set status = 'retired', valid_to = now() where id = ${ref('emotional_response_models')}`);
    expect(await rowByKey(emotionalResponseModels, ref('emotional_response_models'))).toMatchObject({ status: 'retired' });
  });
});

describe('partial unique indexes: one current value', () => {
  test('one current emotional state per person: a second open state is refused; closing the first opens the next', async () => {
    const { ref } = await seed(emotionalStateHistory);
    const next = { dominantEmotion: 'sadness', valence: '-0.450', validFrom: new Date('2024-10-08T00:00:00Z') };
    expect(await refusal(t.db, () => insertFixture(emotionalStateHistory, ref, next))).toMatchObject({
      code: '23505',
      constraint: 'emotional_state_history_current_key',
    });

    await run(sql`update emotional_state_history set valid_to = ${next.validFrom.toISOString()}, end_reason = 'new_state' where id = ${ref('emotional_state_history')}`);
    const opened = await insertFixture(emotionalStateHistory, ref, next);
    expect((await allRows(emotionalStateHistory)).filter((row) => row.validTo === null).map((row) => row.id)).toEqual([opened.id]);
  });

  test('one active version per configuration key: the next version goes active once the previous one is retired', async () => {
    const { ref } = await seed(emotionalResponseModels);
    const v4 = { version: 4, externalId: 'models:/post-reaction-classifier/4', validFrom: new Date('2024-07-01T08:00:00Z') };
    expect(await refusal(t.db, () => insertFixture(emotionalResponseModels, ref, v4))).toMatchObject({
      code: '23505',
      constraint: 'emotional_response_models_active_key',
    });
    await run(sql`update emotional_response_models set status = 'retired', valid_to = '2024-07-01T08:00:00Z' where id = ${ref('emotional_response_models')}`);
    await insertFixture(emotionalResponseModels, ref, v4);
    expect(await rowCount(emotionalResponseModels)).toBe(2);
  });
});

/**
 * Rules of one row, in Zod and in the database. `bad` breaks exactly one rule (declared once, in the table);
 * `field` is where Zod reports it and `check` the constraint PostgreSQL names.
 */
const rowRules: { table: string; field: string; bad: Record<string, unknown>; check: string }[] = [
  { table: 'user_satisfaction_scores', field: 'score', bad: { surveyType: 'nps', score: 11 }, check: 'user_satisfaction_scores_score_scale_check' },
  { table: 'user_satisfaction_scores', field: 'score', bad: { surveyType: 'ces', score: 0 }, check: 'user_satisfaction_scores_score_scale_check' },
  {
    table: 'emotion_based_marketing',
    field: 'inferredEmotion',
    bad: { decision: 'tone_adjusted', variantKey: null, inferredEmotion: 'fear' },
    check: 'emotion_based_marketing_no_exploitation_check',
  },
  {
    table: 'emotion_based_marketing',
    field: 'lawfulBasis',
    bad: { lawfulBasis: 'legitimate_interests', consentRecordId: null },
    check: 'emotion_based_marketing_no_exploitation_check',
  },
  {
    table: 'emotion_based_marketing',
    field: 'delayedUntil',
    bad: { decision: 'delayed', variantKey: null },
    check: 'emotion_based_marketing_delayed_until_check',
  },
  { table: 'user_emotion_tracking', field: 'userReviewId', bad: { socialPostId: null }, check: 'user_emotion_tracking_subject_check' },
  { table: 'user_emotion_tracking', field: 'responseModelId', bad: { responseModelId: null }, check: 'user_emotion_tracking_model_check' },
  { table: 'user_emotion_tracking', field: 'secondaryEmotion', bad: { secondaryEmotion: 'joy' }, check: 'user_emotion_tracking_secondary_differs_check' },
  { table: 'emotion_triggers', field: 'emotionalSupportResourceId', bad: { emotionalSupportResourceId: null }, check: 'emotion_triggers_resource_check' },
  { table: 'emotion_driven_actions', field: 'consentRecordId', bad: { consentRecordId: null }, check: 'emotion_driven_actions_consent_check' },
  { table: 'emotion_analytics', field: 'userSegmentId', bad: { userSegmentId: null }, check: 'emotion_analytics_segment_check' },
  {
    table: 'emotional_ai_models',
    field: 'calibrationTemperature',
    bad: { calibrationMethod: 'isotonic_regression' },
    check: 'emotional_ai_models_temperature_method_check',
  },
  {
    table: 'emotional_response_feedback',
    field: 'correctedValence',
    bad: { feedbackType: 'confirmed', correctedEmotion: null },
    check: 'emotional_response_feedback_valence_type_check',
  },
  { table: 'emotional_response_feedback', field: 'emotionPredictionResultId', bad: { interactionSentimentId: null, emotionPredictionResultId: null, userEmotionTrackingId: null }, check: 'emotional_response_feedback_inference_check' },
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

  test('a negative emotion may hold marketing back on legitimate interests, without a consent record', async () => {
    const { ref } = await seedParentsOf(emotionBasedMarketing);
    const held = await insertFixture(emotionBasedMarketing, ref, {
      decision: 'suppressed',
      inferredEmotion: 'sadness',
      inferredValence: '-0.620',
      lawfulBasis: 'legitimate_interests',
      consentRecordId: null,
      variantKey: null,
    });
    expect(held).toMatchObject({ decision: 'suppressed', inferredEmotion: 'sadness', consentRecordId: null });
  });
});
