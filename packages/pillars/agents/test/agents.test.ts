import { adminCatalog } from '@db/admin';
import { adminFixtures } from '@db/admin/fixtures';
import { complianceCatalog, dataPrivacyRequests, eraseUser } from '@db/compliance';
import { complianceFixtures } from '@db/compliance/fixtures';
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
import { horses, horsesCatalog } from '@db/horses';
import { horsesFixtures } from '@db/horses/fixtures';
import { providersCatalog } from '@db/providers';
import { providersFixtures } from '@db/providers/fixtures';
import { aiConversations, recommendationsCatalog } from '@db/recommendations';
import { recommendationsFixtures } from '@db/recommendations/fixtures';
import { userProfiles, usersCatalog } from '@db/users';
import { anotherUserProfile, usersFixtures } from '@db/users/fixtures';
import { sql, type SQL } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import {
  agentsCatalog,
  aiAgentConfigs,
  aiAgentConsensus,
  aiAgentCoordination,
  aiAgentFailures,
  aiAgentInteractions,
  aiAgentLearning,
  aiAgentPerformance,
  aiAgentRouting,
  aiAgentSessions,
  aiAgentWorkflows,
} from '../src/index.ts';
import { agentsFixtures } from './fixtures.ts';

/**
 * Natural keys (ingestion upserts), the append-only failure log, ON DELETE (a user's erasure, configurations that
 * served), one active version and one rule per slot (partial unique indexes), hand-offs and consensus rounds, and
 * row rules. Statements whose result is the point run as SQL (`execute`), so the package's tests add few typed
 * query builders to the type-check.
 */
const t = setupTestDatabase();
const fixtures = {
  ...usersFixtures,
  ...horsesFixtures,
  ...providersFixtures,
  ...recommendationsFixtures,
  ...adminFixtures,
  ...complianceFixtures,
  ...agentsFixtures,
};
const catalog = { ...usersCatalog, ...horsesCatalog, ...providersCatalog, ...recommendationsCatalog, ...adminCatalog, ...complianceCatalog, ...agentsCatalog };
const { insertSchemaOf, seed, seedParentsOf, insertFixture, rowCount, rowByKey, allRows } = fixtureKit(t, catalog, fixtures);

const agentTables = Object.values(agentsCatalog).map((entry) => entry.table);
const run = (statement: SQL) => t.db.execute(statement);
/** A second agent: the nutrition advisor, which the triage agent hands box-rest feeding questions to. */
const nutritionAdvisor = {
  agentKey: 'nutrition_advisor',
  version: 3,
  displayName: 'Nutrition advisor',
  domain: 'nutrition',
  systemPromptSha256: '5d41402abc4b2a76b9719d911017c592ae8a7d4f3c1e2b9a0d6f5e4c3b2a1908',
  tools: [{ name: 'lookup_feed_plan', kind: 'retrieval' }],
  changeSummary: 'Forage-first rations for horses on box rest.',
};

describe('natural keys: re-imports upsert', () => {
  const keys: NaturalKeyCase[] = [
    {
      name: 'ai_agent_configs',
      table: aiAgentConfigs,
      key: [aiAgentConfigs.agentKey, aiAgentConfigs.version],
      set: { changeSummary: 'Also asks whether the horse is on box rest before grading urgency.', sourceUpdatedAt: new Date('2024-04-03T10:00:00Z') },
      index: 'ai_agent_configs_agent_key_version_key',
      // A retired copy, so the one-active-version index is not the one refusing it.
      distinct: { status: 'retired', retiredAt: new Date('2024-05-01T09:00:00Z') },
    },
    {
      name: 'ai_agent_workflows',
      table: aiAgentWorkflows,
      key: [aiAgentWorkflows.workflowKey, aiAgentWorkflows.version],
      set: { maxDurationMs: 60_000, sourceUpdatedAt: new Date('2024-04-03T10:00:00Z') },
      index: 'ai_agent_workflows_workflow_key_version_key',
      distinct: { status: 'retired', retiredAt: new Date('2024-05-01T09:00:00Z') },
    },
    {
      name: 'ai_agent_sessions',
      table: aiAgentSessions,
      key: [aiAgentSessions.traceId],
      set: { interactionCount: 5, totalInputTokens: 7_240, totalCost: '0.029900' },
      index: 'ai_agent_sessions_trace_id_key',
    },
    {
      name: 'ai_agent_interactions',
      table: aiAgentInteractions,
      key: [aiAgentInteractions.provider, aiAgentInteractions.providerRequestId],
      set: { outputTokens: 212, cost: '0.005820', sourceUpdatedAt: new Date('2024-04-21T02:00:00Z') },
      index: 'ai_agent_interactions_provider_request_id_key',
      // Another place in the session, so only the vendor's request id is shared.
      distinct: { sequenceNumber: 2 },
    },
    {
      name: 'ai_agent_performance',
      table: aiAgentPerformance,
      key: [aiAgentPerformance.agentConfigId, aiAgentPerformance.periodGranularity, aiAgentPerformance.periodStart],
      set: { callCount: 1_851, successRatePercent: '98.76', computedAt: new Date('2024-04-21T02:10:00Z') },
      index: 'ai_agent_performance_period_key',
    },
    {
      name: 'ai_agent_learning',
      table: aiAgentLearning,
      key: [aiAgentLearning.source, aiAgentLearning.externalId],
      set: { severity: 'high', sourceUpdatedAt: new Date('2024-04-23T08:30:00Z') },
      index: 'ai_agent_learning_source_external_id_key',
    },
    {
      name: 'ai_agent_coordination',
      table: aiAgentCoordination,
      key: [aiAgentCoordination.sessionId, aiAgentCoordination.sequenceNumber],
      set: { status: 'completed', completedAt: new Date('2024-04-19T20:41:00Z') },
      index: 'ai_agent_coordination_session_id_sequence_number_key',
    },
  ];

  naturalKeyTests(t, catalog, fixtures, keys);
});

describe('the failure log is append-only', () => {
  test('UPDATE and DELETE are refused (23001), its configuration cannot be deleted, and appending works', async () => {
    const { ref } = await seed(aiAgentFailures);
    const id = ref('ai_agent_failures');

    expect(await refusal(t.db, (tx) => tx.execute(sql`update ai_agent_failures set retryable = false where id = ${id}`))).toEqual(appendOnlyRefusal);
    expect(await refusal(t.db, (tx) => tx.execute(sql`delete from ai_agent_failures where id = ${id}`))).toEqual(appendOnlyRefusal);
    expect(await refusal(t.db, (tx) => tx.execute(sql`delete from ai_agent_configs where id = ${ref('ai_agent_configs')}`))).toEqual({
      code: restrictViolation,
      constraint: 'ai_agent_failures_agent_config_id_ai_agent_configs_id_fkey',
      column: undefined,
    });
    expect(await rowByKey(aiAgentFailures, id)).toMatchObject({ retryable: true, errorClass: 'rate_limited', httpStatus: 429 });

    // The retry that also failed is a row of its own.
    await insertFixture(aiAgentFailures, ref, {
      externalEventId: 'obs_01HVZ8K3A7B9C1D3E5F7G9H1J3',
      providerRequestId: 'req_9f1a3c5e7b2d4f6a8c0e1b3d5f7a9c2e',
      attemptNumber: 2,
      occurredAt: new Date('2024-04-19T20:16:27Z'),
    });
    expect(await rowCount(aiAgentFailures)).toBe(2);
  });

  test('a re-imported event log adds nothing: (source, external_event_id), do nothing on conflict', async () => {
    const { ref } = await seedParentsOf(aiAgentFailures);
    const event = insertSchemaOf('ai_agent_failures').parse(agentsFixtures.ai_agent_failures!(ref));
    for (let i = 0; i < 2; i++) {
      await t.db
        .insert(aiAgentFailures)
        .values(event as never)
        .onConflictDoNothing({ target: [aiAgentFailures.source, aiAgentFailures.externalEventId] });
    }
    expect(await rowCount(aiAgentFailures)).toBe(1);
    // The same event id from another source is another event.
    await insertFixture(aiAgentFailures, ref, { source: 'sentry' });
    expect(await rowCount(aiAgentFailures)).toBe(2);
  });
});

describe("ON DELETE: a user's erasure, configurations that served, a horse, a conversation, a call", () => {
  test("eraseUser deletes the user's sessions and what hangs off them; configurations, figures and the failure log stay", async () => {
    const { ref } = await seed(...agentTables, dataPrivacyRequests);
    const userId = ref('user_profiles');

    const summary = await eraseUser(t.db, { userId, requestId: ref('data_privacy_requests') });

    for (const table of [aiAgentSessions, aiAgentInteractions, aiAgentConsensus, aiAgentCoordination, aiAgentLearning]) expect(await rowCount(table)).toBe(0);
    for (const table of [aiAgentConfigs, aiAgentWorkflows, aiAgentRouting, aiAgentPerformance, aiAgentFailures]) expect(await rowCount(table)).toBe(1);
    expect(summary.deleted).toMatchObject({ ai_agent_sessions: 1 });
    expect(summary.retained).toEqual([]);
    // The failure log still identifies the call the way the vendor's logs do.
    expect(await rowByKey(aiAgentFailures, ref('ai_agent_failures'))).toMatchObject({
      providerRequestId: 'req_2e8b4f6a1c3d5e7f9a0b2c4d6e8f0a1b',
      traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
    });
  });

  test("deleting another user's profile deletes only their sessions", async () => {
    const { ref } = await seed(aiAgentLearning, aiAgentConsensus, aiAgentCoordination);
    const rider = await insertFixture(userProfiles, ref, anotherUserProfile('rider'));
    const theirs = await insertFixture(aiAgentSessions, pointing(ref, { user_profiles: rider.id }), { traceId: '0af7651916cd43dd8448eb211c80319c', conversationId: null });

    await run(sql`delete from ${userProfiles} where id = ${rider.id}`);

    expect((await allRows(aiAgentSessions)).map((row) => row.id)).toEqual([ref('ai_agent_sessions')]);
    expect(await rowByKey(aiAgentSessions, theirs.id)).toBeUndefined();
    for (const table of [aiAgentInteractions, aiAgentConsensus, aiAgentCoordination, aiAgentLearning]) expect(await rowCount(table)).toBe(1);
  });

  test('a configuration that served cannot be deleted (23503/23001); a draft goes, with its figures', async () => {
    const { ref } = await seed(aiAgentInteractions, aiAgentPerformance);
    const nutrition = await insertFixture(aiAgentConfigs, ref, nutritionAdvisor);
    await insertFixture(aiAgentInteractions, pointing(ref, { ai_agent_configs: nutrition.id }), {
      sequenceNumber: 2,
      providerRequestId: 'req_4d6f8a0c2e4b6d8f0a2c4e6b8d0f2a4c',
      routingRuleId: null,
      messageId: null,
    });
    expect(await refusal(t.db, (tx) => tx.execute(sql`delete from ai_agent_configs where id = ${nutrition.id}`))).toEqual({
      code: restrictViolation,
      constraint: 'ai_agent_interactions_agent_config_id_ai_agent_configs_id_fkey',
      column: undefined,
    });
    // It is retired instead.
    await run(sql`update ai_agent_configs set status = 'retired', retired_at = '2024-06-01T00:00:00Z' where id = ${nutrition.id}`);
    expect(await rowByKey(aiAgentConfigs, nutrition.id)).toMatchObject({ status: 'retired' });

    const draft = await insertFixture(aiAgentConfigs, ref, { ...nutritionAdvisor, agentKey: 'listing_writer', version: 1, domain: 'listings', status: 'draft', activatedAt: null });
    await insertFixture(aiAgentPerformance, pointing(ref, { ai_agent_configs: draft.id }), { periodGranularity: 'week' });
    await run(sql`delete from ai_agent_configs where id = ${draft.id}`);
    expect((await allRows(aiAgentPerformance)).map((row) => row.agentConfigId)).toEqual([ref('ai_agent_configs')]);
  });

  test('deleting the horse keeps the session (set null); deleting the conversation deletes it with its calls', async () => {
    const { ref } = await seed(aiAgentConsensus, aiAgentCoordination);
    await run(sql`delete from ${horses} where id = ${ref('horses')}`);
    expect(await rowByKey(aiAgentSessions, ref('ai_agent_sessions'))).toMatchObject({ horseId: null, userId: ref('user_profiles') });

    await run(sql`delete from ${aiConversations} where id = ${ref('ai_conversations')}`);
    for (const table of [aiAgentSessions, aiAgentInteractions, aiAgentConsensus, aiAgentCoordination]) expect(await rowCount(table)).toBe(0);
    expect(await rowCount(aiAgentConfigs)).toBe(1);
  });

  test('deleting a call deletes the round that chose it and its lessons, and unsets the hand-off it triggered', async () => {
    const { ref } = await seed(aiAgentConsensus, aiAgentCoordination, aiAgentLearning);
    const undecided = await insertFixture(aiAgentConsensus, ref, {
      decisionKey: 'ration_change',
      outcome: 'no_consensus',
      chosenInteractionId: null,
      participantCount: 2,
      agreeingCount: 1,
      agreementScore: '0.500',
      votes: [],
    });

    await run(sql`delete from ai_agent_interactions where id = ${ref('ai_agent_interactions')}`);

    expect((await allRows(aiAgentConsensus)).map((row) => row.id)).toEqual([undecided.id]);
    expect(await rowCount(aiAgentLearning)).toBe(0);
    expect(await rowByKey(aiAgentCoordination, ref('ai_agent_coordination'))).toMatchObject({ triggeredByInteractionId: null, status: 'accepted' });
  });
});

describe('one current value (partial unique indexes)', () => {
  test('one active version per agent: the next one is activated by retiring the current one', async () => {
    const { ref } = await seed(aiAgentConfigs);
    const next = { version: 8, systemPromptSha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', activatedAt: new Date('2024-05-06T09:00:00Z') };
    expect(await refusal(t.db, () => insertFixture(aiAgentConfigs, ref, next))).toEqual({ code: '23505', constraint: 'ai_agent_configs_active_key', column: undefined });

    const testing = await insertFixture(aiAgentConfigs, ref, { ...next, status: 'testing', activatedAt: null });
    await run(sql`update ai_agent_configs set status = 'retired', retired_at = '2024-05-06T09:00:00Z' where id = ${ref('ai_agent_configs')}`);
    await run(sql`update ai_agent_configs set status = 'active', activated_at = '2024-05-06T09:00:00Z' where id = ${testing.id}`);
    // Another agent has its own active version.
    await insertFixture(aiAgentConfigs, ref, nutritionAdvisor);

    const active = (await allRows(aiAgentConfigs)).filter((row) => row.status === 'active');
    expect(active.map((row) => [row.agentKey, row.version])).toEqual(
      expect.arrayContaining([
        ['vet_triage', 8],
        ['nutrition_advisor', 3],
      ]),
    );
    expect(active).toHaveLength(2);
  });

  test('no two active routing rules share an intent and a priority; a paused or lower one may', async () => {
    const { ref } = await seed(aiAgentRouting);
    const nutrition = await insertFixture(aiAgentConfigs, ref, nutritionAdvisor);
    const rival = { agentConfigId: nutrition.id, description: 'Feeding questions on box rest' };
    expect(await refusal(t.db, () => insertFixture(aiAgentRouting, ref, rival))).toEqual({ code: '23505', constraint: 'ai_agent_routing_active_key', column: undefined });

    await insertFixture(aiAgentRouting, ref, { ...rival, status: 'paused' });
    await insertFixture(aiAgentRouting, ref, { ...rival, priority: 1 });
    expect(await rowCount(aiAgentRouting)).toBe(3);
  });
});

describe('hand-offs and consensus', () => {
  test('the triage agent consults the nutrition advisor; an agent cannot hand off to itself', async () => {
    const { ref } = await seed(aiAgentCoordination);
    const nutrition = await insertFixture(aiAgentConfigs, ref, nutritionAdvisor);
    const consultation = {
      ...agentsFixtures.ai_agent_coordination!(ref),
      sequenceNumber: 1,
      kind: 'consultation',
      targetType: 'agent',
      toAgentConfigId: nutrition.id,
      toVeterinarianId: null,
      reason: 'specialist_needed',
      reasonDetail: 'Ration for six weeks of box rest: cut the hard feed, keep her on ad-lib haylage, hold her weight.',
      workflowStepKey: 'box_rest_feeding',
      status: 'completed',
      requestedAt: new Date('2024-04-19T20:16:40Z'),
      acceptedAt: new Date('2024-04-19T20:16:41Z'),
      completedAt: new Date('2024-04-19T20:16:49Z'),
    };
    await insertFixture(aiAgentCoordination, ref, consultation);
    expect((await allRows(aiAgentCoordination)).map((row) => [row.sequenceNumber, row.targetType]).sort()).toEqual([
      [0, 'veterinarian'],
      [1, 'agent'],
    ]);

    const itself = { ...consultation, sequenceNumber: 2, toAgentConfigId: ref('ai_agent_configs') };
    expect(insertSchemaOf('ai_agent_coordination').safeParse(itself).error?.issues.map((issue) => issue.path[0])).toEqual(['toAgentConfigId']);
    expect(await refusal(t.db, (tx) => tx.insert(catalog.ai_agent_coordination!.table).values(itself as never))).toEqual({
      code: '23514',
      constraint: 'ai_agent_coordination_self_handoff_check',
      column: undefined,
    });
  });

  test('a judged round needs its judge; a round without consensus chooses nothing', async () => {
    const { ref } = await seed(aiAgentConsensus);
    const judge = await insertFixture(aiAgentConfigs, ref, { ...nutritionAdvisor, agentKey: 'triage_judge', version: 2, role: 'judge', domain: 'veterinary_triage' });
    const judged = { decisionKey: 'triage_urgency', method: 'judge_model', judgeConfigId: judge.id, tieBroken: true, agreeingCount: 1, participantCount: 2 };
    await insertFixture(aiAgentConsensus, ref, judged);
    expect(insertSchemaOf('ai_agent_consensus').safeParse({ ...agentsFixtures.ai_agent_consensus!(ref), ...judged, judgeConfigId: null }).success).toBe(false);

    const undecided = await insertFixture(aiAgentConsensus, ref, { outcome: 'no_consensus', chosenInteractionId: null, agreeingCount: 1, agreementScore: '0.450' });
    expect(await rowByKey(aiAgentConsensus, undecided.id)).toMatchObject({ outcome: 'no_consensus', chosenInteractionId: null });
    expect(await rowCount(aiAgentConsensus)).toBe(3);
  });
});

/**
 * Rules over two or more columns. `bad` breaks exactly one rule; `field` is where Zod reports it. Zod refuses the
 * row on that field alone, and the database refuses it naming the same CHECK, writing nothing.
 */
const rowRules: { table: string; field: string; bad: (ref: Ref) => Record<string, unknown>; check: string }[] = [
  { table: 'ai_agent_configs', field: 'fallbackModelId', bad: (ref) => ({ fallbackModelId: ref('ai_models') }), check: 'ai_agent_configs_fallback_model_check' },
  { table: 'ai_agent_configs', field: 'retiredAt', bad: () => ({ status: 'retired' }), check: 'ai_agent_configs_retired_check' },
  { table: 'ai_agent_configs', field: 'retiredAt', bad: () => ({ retiredAt: new Date('2024-04-01T00:00:00Z') }), check: 'ai_agent_configs_retired_at_check' },
  { table: 'ai_agent_workflows', field: 'activatedAt', bad: () => ({ activatedAt: null }), check: 'ai_agent_workflows_active_check' },
  { table: 'ai_agent_workflows', field: 'steps', bad: () => ({ steps: [] }), check: 'ai_agent_workflows_active_steps_check' },
  { table: 'ai_agent_routing', field: 'validTo', bad: () => ({ status: 'retired' }), check: 'ai_agent_routing_retired_check' },
  { table: 'ai_agent_routing', field: 'fallbackAgentConfigId', bad: (ref) => ({ fallbackAgentConfigId: ref('ai_agent_configs') }), check: 'ai_agent_routing_fallback_check' },
  { table: 'ai_agent_sessions', field: 'endedAt', bad: () => ({ endedAt: null, outcome: null }), check: 'ai_agent_sessions_ended_check' },
  { table: 'ai_agent_sessions', field: 'endedAt', bad: () => ({ status: 'awaiting_user' }), check: 'ai_agent_sessions_ended_status_check' },
  { table: 'ai_agent_sessions', field: 'endedAt', bad: () => ({ endedAt: new Date('2024-04-19T20:00:00Z') }), check: 'ai_agent_sessions_ended_at_check' },
  { table: 'ai_agent_consensus', field: 'judgeConfigId', bad: () => ({ method: 'judge_model' }), check: 'ai_agent_consensus_judge_check' },
  { table: 'ai_agent_consensus', field: 'chosenInteractionId', bad: () => ({ outcome: 'no_consensus' }), check: 'ai_agent_consensus_chosen_outcome_check' },
  { table: 'ai_agent_consensus', field: 'participantCount', bad: () => ({ agreeingCount: 4 }), check: 'ai_agent_consensus_agreement_check' },
  { table: 'ai_agent_coordination', field: 'toVeterinarianId', bad: () => ({ targetType: 'support_staff' }), check: 'ai_agent_coordination_to_veterinarian_check' },
  { table: 'ai_agent_coordination', field: 'completedAt', bad: () => ({ status: 'completed' }), check: 'ai_agent_coordination_completed_check' },
  {
    table: 'ai_agent_coordination',
    field: 'completedAt',
    bad: () => ({ completedAt: new Date('2024-04-19T20:20:00Z') }),
    check: 'ai_agent_coordination_completed_after_accepted_check',
  },
  { table: 'ai_agent_performance', field: 'latencyP95Ms', bad: () => ({ latencyP95Ms: 1_500 }), check: 'ai_agent_performance_latency_check' },
  { table: 'ai_agent_performance', field: 'periodEnd', bad: () => ({ periodEnd: new Date('2024-04-19T00:00:00Z') }), check: 'ai_agent_performance_period_end_check' },
  { table: 'ai_agent_learning', field: 'appliedToConfigId', bad: () => ({ status: 'applied' }), check: 'ai_agent_learning_applied_check' },
  {
    table: 'ai_agent_learning',
    field: 'appliedToConfigId',
    bad: (ref) => ({ status: 'applied', appliedToConfigId: ref('ai_agent_configs'), appliedAt: new Date('2024-04-29T09:00:00Z') }),
    check: 'ai_agent_learning_applied_version_check',
  },
  { table: 'ai_agent_learning', field: 'appliedAt', bad: () => ({ appliedAt: new Date('2024-04-29T09:00:00Z') }), check: 'ai_agent_learning_applied_at_check' },
  { table: 'ai_agent_learning', field: 'reviewedAt', bad: () => ({ reviewedAt: null }), check: 'ai_agent_learning_reviewed_at_check' },
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
