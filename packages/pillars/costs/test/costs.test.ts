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
  type Ref,
  refusal,
  restrictViolation,
  setupTestDatabase,
} from '@db/core/testing';
import { aiModels, recommendationsCatalog } from '@db/recommendations';
import { recommendationsFixtures } from '@db/recommendations/fixtures';
import { usersCatalog } from '@db/users';
import { usersFixtures } from '@db/users/fixtures';
import { sql, type SQL } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import {
  aiCostCentres,
  aiTokenUsage,
  apiCostBreakdown,
  costAlerts,
  costOptimizationRecommendations,
  costsCatalog,
  costTracking,
  tokenBudgets,
  tokenCacheHits,
  tokenPricingTiers,
  tokenQuotaLimits,
  tokenUsageForecasts,
} from '../src/index.ts';
import { costsFixtures } from './fixtures.ts';

/**
 * Natural keys (ingestion and recomputation upserts), the append-only alert log, the purge functions, ON DELETE (a
 * user's erasure, prices and invoice lines that costed something), one current price, quota and forecast per slot
 * (partial unique indexes), the cost of a usage day at the price in force that day, and row rules. Statements
 * whose typed form is not the point run as SQL, so the package's tests add few typed query builders to the
 * type-check.
 */
const t = setupTestDatabase();
const fixtures = {
  ...usersFixtures,
  ...adminFixtures,
  ...recommendationsFixtures,
  ...agentsFixtures,
  ...complianceFixtures,
  ...costsFixtures,
};
const catalog = { ...usersCatalog, ...adminCatalog, ...recommendationsCatalog, ...agentsCatalog, ...complianceCatalog, ...costsCatalog };
const { insertSchemaOf, seed, seedParentsOf, insertFixture, rowCount, rowByKey, allRows } = fixtureKit(t, catalog, fixtures);
const run = <TRow = Record<string, unknown>>(query: SQL | string) => queryRows<TRow>(t.db, query);

const at = (iso: string) => new Date(iso);
/** A calendar day `months` months before today (UTC), as YYYY-MM-DD. */
const monthsAgo = (months: number) => {
  const day = new Date();
  day.setUTCMonth(day.getUTCMonth() - months);
  return day.toISOString().slice(0, 10);
};

describe('natural keys: re-imports and recomputations upsert', () => {
  /** A line of OpenAI's usage export: the vendor knows the project and the model, not the feature or the account. */
  const exportLine = {
    origin: 'provider_export',
    externalId: 'usage_2024-11-19_proj_Wq7LmZ3xT9aK2vNc_gpt-4o-2024-08-06',
    feature: null,
    agentConfigId: null,
    userId: null,
    costCentreId: null,
    requestCount: 1_842,
    inputTokens: 2_716_400,
    cachedInputTokens: 1_630_208,
    outputTokens: 391_480,
  };
  const keys: NaturalKeyCase[] = [
    {
      name: 'ai_cost_centres',
      table: aiCostCentres,
      key: [aiCostCentres.source, aiCostCentres.externalId],
      set: { name: 'Vet triage agent (clinical AI)', sourceUpdatedAt: at('2024-11-04T08:00:00Z') },
      index: 'ai_cost_centres_source_external_id_key',
      // Another code, so only the finance system's id is shared.
      distinct: { code: 'agents-vet-triage-copy' },
    },
    {
      name: 'token_pricing_tiers',
      table: tokenPricingTiers,
      key: [tokenPricingTiers.modelId, tokenPricingTiers.tier, tokenPricingTiers.validFrom],
      set: { sourceUrl: 'https://platform.openai.com/docs/pricing', sourceUpdatedAt: at('2024-10-02T09:00:00Z') },
      index: 'token_pricing_tiers_model_id_tier_valid_from_key',
      // A closed copy, so the one-current-price index is not the one refusing it.
      distinct: { validTo: at('2025-01-01T00:00:00Z') },
    },
    {
      name: 'ai_token_usage',
      table: aiTokenUsage,
      key: [
        aiTokenUsage.usageDate,
        aiTokenUsage.modelId,
        aiTokenUsage.serviceTier,
        aiTokenUsage.feature,
        aiTokenUsage.agentConfigId,
        aiTokenUsage.mediaTask,
        aiTokenUsage.userId,
        aiTokenUsage.externalId,
      ],
      set: { requestCount: 15, inputTokens: 22_104, outputTokens: 3_010, sourceUpdatedAt: at('2024-11-21T02:05:00Z') },
      index: 'ai_token_usage_scope_key',
    },
    {
      name: 'ai_token_usage',
      table: aiTokenUsage,
      key: [aiTokenUsage.provider, aiTokenUsage.externalId],
      given: exportLine,
      set: { inputTokens: 2_731_900, sourceUpdatedAt: at('2024-11-21T06:00:00Z') },
      index: 'ai_token_usage_provider_external_id_key',
      // Another day, so only the export's line id is shared.
      distinct: { usageDate: '2024-11-20' },
    },
    {
      name: 'cost_tracking',
      table: costTracking,
      key: [costTracking.costCentreId, costTracking.costDate, costTracking.modelId, costTracking.tokenPricingTierId],
      set: { outputTokens: 394_890, cost: '8.702140', computedAt: at('2024-11-21T02:10:00Z') },
      index: 'cost_tracking_cost_key',
    },
    {
      name: 'api_cost_breakdown',
      table: apiCostBreakdown,
      key: [apiCostBreakdown.provider, apiCostBreakdown.invoiceNumber, apiCostBreakdown.lineNumber],
      set: { amount: '612.51', sourceUpdatedAt: at('2024-12-02T09:00:00Z') },
      index: 'api_cost_breakdown_invoice_line_key',
    },
    {
      name: 'token_usage_forecasts',
      table: tokenUsageForecasts,
      key: [tokenUsageForecasts.costCentreId, tokenUsageForecasts.forecastMonth, tokenUsageForecasts.method, tokenUsageForecasts.asOfDate],
      set: { forecastTokens: 97_200_000, forecastCost: '1294.00' },
      index: 'token_usage_forecasts_run_key',
      distinct: { supersededAt: at('2024-11-26T02:00:00Z') },
    },
    {
      name: 'token_cache_hits',
      table: tokenCacheHits,
      key: [tokenCacheHits.modelId, tokenCacheHits.cacheDate, tokenCacheHits.cacheLayer],
      set: { cachedTokens: 1_702_400, hitRatePercent: '62.67', savings: '2.128000' },
      index: 'token_cache_hits_model_day_key',
    },
    {
      name: 'cost_optimization_recommendations',
      table: costOptimizationRecommendations,
      key: [costOptimizationRecommendations.source, costOptimizationRecommendations.externalId],
      set: { monthlySaving: '104.00', sourceUpdatedAt: at('2024-12-02T03:00:00Z') },
      index: 'cost_optimization_recommendations_source_external_id_key',
    },
  ];

  naturalKeyTests(t, catalog, fixtures, keys);

  test("a rollup row and the vendor's export line of the same day and model are two rows, told apart by origin", async () => {
    const { ref } = await seed(aiTokenUsage);
    await insertFixture(aiTokenUsage, ref, exportLine);
    const rows = await run<{ origin: string; n: number }>(
      sql`select origin, count(*)::int as n from ai_token_usage where usage_date = '2024-11-19' group by origin order by origin`,
    );
    expect(rows).toEqual([
      { origin: 'platform_rollup', n: 1 },
      { origin: 'provider_export', n: 1 },
    ]);
  });
});

describe('the alert log is append-only', () => {
  test('a crossing is written once (ON CONFLICT DO NOTHING) and cannot be edited or removed; its budget cannot be deleted', async () => {
    const { ref } = await seed(costAlerts);
    const id = ref('cost_alerts');
    const again = insertSchemaOf('cost_alerts').parse({ ...costsFixtures.cost_alerts!(ref), crossedAt: at('2024-11-25T03:30:00Z'), notifiedAt: at('2024-11-25T03:30:05Z') });
    await t.db
      .insert(costAlerts)
      .values(again as never)
      .onConflictDoNothing({ target: [costAlerts.tokenBudgetId, costAlerts.periodStart, costAlerts.alertType, costAlerts.thresholdPercent] });
    expect(await allRows(costAlerts)).toEqual([expect.objectContaining({ id, crossedAt: at('2024-11-25T02:30:00Z') })]);

    // Acknowledging is not an edit of the evidence (it is an admin_actions row), and neither is a re-evaluation.
    expect(await refusal(t.db, (tx) => tx.execute(sql`update cost_alerts set recipient_count = 3 where id = ${id}`))).toEqual(appendOnlyRefusal);
    expect(await refusal(t.db, (tx) => tx.execute(sql`delete from cost_alerts where id = ${id}`))).toEqual(appendOnlyRefusal);
    expect(await refusal(t.db, (tx) => tx.execute(sql`delete from token_budgets where id = ${ref('token_budgets')}`))).toEqual({
      code: restrictViolation,
      constraint: 'cost_alerts_token_budget_id_token_budgets_id_fkey',
      column: undefined,
    });
    expect(await refusal(t.db, (tx) => tx.execute(sql`delete from token_usage_forecasts where id = ${ref('token_usage_forecasts')}`))).toEqual({
      code: restrictViolation,
      constraint: 'cost_alerts_token_usage_forecast_id_fkey',
      column: undefined,
    });

    // November's actual spend crosses the warning threshold: appending works.
    await insertFixture(costAlerts, ref, {
      alertType: 'actual_threshold',
      tokenUsageForecastId: null,
      thresholdPercent: '80.00',
      periodStart: '2024-11-01',
      periodEnd: '2024-11-30',
      spentAmount: '968.40',
      crossedAt: at('2024-11-24T06:00:00Z'),
      notifiedAt: at('2024-11-24T06:00:03Z'),
    });
    expect(await rowCount(costAlerts)).toBe(2);
  });
});

describe('retention: the purge functions of the high-volume tables', () => {
  test('purge_ai_token_usage deletes usage days older than 25 months and keeps the newer ones', async () => {
    const { ref } = await seedParentsOf(aiTokenUsage);
    const old = await insertFixture(aiTokenUsage, ref, { usageDate: monthsAgo(26) });
    const recent = await insertFixture(aiTokenUsage, ref, { usageDate: monthsAgo(24) });

    const [result] = await run<{ purged: number | string }>("select purge_ai_token_usage(now() - interval '25 months') as purged");
    expect(Number(result!.purged)).toBe(1);
    expect(await rowByKey(aiTokenUsage, old.id)).toBeUndefined();
    expect(await rowByKey(aiTokenUsage, recent.id)).toBeDefined();
  });

  test('purge_cost_tracking keeps 7 years by default: an 8-year-old cost day goes, a 6-year-old one stays', async () => {
    const { ref } = await seedParentsOf(costTracking);
    await insertFixture(costTracking, ref, { costDate: monthsAgo(96) });
    const kept = await insertFixture(costTracking, ref, { costDate: monthsAgo(72) });

    const [result] = await run<{ purged: number | string }>('select purge_cost_tracking() as purged');
    expect(Number(result!.purged)).toBe(1);
    expect((await allRows(costTracking)).map((row) => row.id)).toEqual([kept.id]);
  });
});

describe("ON DELETE: a user's erasure, prices and invoice lines that costed something", () => {
  test("eraseUser deletes the person's quota override and keeps their usage days, pointing at the anonymised profile", async () => {
    const { ref } = await seed(aiTokenUsage, tokenQuotaLimits, dataPrivacyRequests);
    const userId = ref('user_profiles');

    const summary = await eraseUser(t.db, { userId, requestId: ref('data_privacy_requests') });

    expect(await rowCount(tokenQuotaLimits)).toBe(0);
    expect(await rowByKey(aiTokenUsage, ref('ai_token_usage'))).toMatchObject({ userId, inputTokens: 20_720 });
    expect(summary.deleted).toMatchObject({ token_quota_limits: 1 });
    expect(summary.kept).toMatchObject({ 'ai_token_usage.user_id': 1 });
  });

  test('an invoice line that costs were reconciled against, and a price that costed a day, cannot be deleted (23503/23001)', async () => {
    const { ref } = await seed(costTracking);
    expect(await refusal(t.db, (tx) => tx.execute(sql`delete from api_cost_breakdown where id = ${ref('api_cost_breakdown')}`))).toEqual({
      code: restrictViolation,
      constraint: 'cost_tracking_api_cost_breakdown_id_api_cost_breakdown_id_fkey',
      column: undefined,
    });
    expect(await refusal(t.db, (tx) => tx.execute(sql`delete from token_pricing_tiers where id = ${ref('token_pricing_tiers')}`))).toEqual({
      code: restrictViolation,
      constraint: 'cost_tracking_token_pricing_tier_id_token_pricing_tiers_id_fkey',
      column: undefined,
    });
    expect(await rowByKey(costTracking, ref('cost_tracking'))).toMatchObject({ status: 'reconciled', cost: '8.668040' });
  });

  test('deleting the budget holder keeps the cost centre and its budget, unowned (set null)', async () => {
    const { ref } = await seed(tokenBudgets);
    await run(sql`delete from admin_users where id = ${ref('admin_users')}`);
    expect(await rowByKey(aiCostCentres, ref('ai_cost_centres'))).toMatchObject({ ownerAdminUserId: null, code: 'agents-vet-triage' });
    expect(await rowByKey(tokenBudgets, ref('token_budgets'))).toMatchObject({ ownerAdminUserId: null, amount: '1200.00' });
  });
});

describe('one current value (partial unique indexes)', () => {
  test("one current price per model and tier: October's price list closes the previous price", async () => {
    const { ref } = await seed(tokenPricingTiers);
    const november = { validFrom: at('2024-11-01T00:00:00Z'), inputPricePerMillionTokens: '2.000000', cachedInputPricePerMillionTokens: '1.000000' };
    expect(await refusal(t.db, () => insertFixture(tokenPricingTiers, ref, november))).toMatchObject({ code: '23505', constraint: 'token_pricing_tiers_current_key' });

    await run(sql`update token_pricing_tiers set valid_to = '2024-11-01T00:00:00Z' where id = ${ref('token_pricing_tiers')}`);
    await insertFixture(tokenPricingTiers, ref, november);
    // The Batch API's half price is another slot of the same model.
    await insertFixture(tokenPricingTiers, ref, { tier: 'batch', inputPricePerMillionTokens: '1.250000', cachedInputPricePerMillionTokens: null, outputPricePerMillionTokens: '5.000000' });
    expect(await run(sql`select tier, input_price_per_million_tokens::text as input from token_pricing_tiers where valid_to is null order by tier`)).toEqual([
      { tier: 'batch', input: '1.250000' },
      { tier: 'standard', input: '2.000000' },
    ]);
  });

  test('one current quota per slot, nulls included: a second Owner Plus daily quota or platform-wide cap is refused', async () => {
    const { ref } = await seedParentsOf(tokenQuotaLimits);
    const ownerPlus = { scopeType: 'plan', plan: 'owner_plus', userId: null, tokenLimit: 200_000, enforcement: 'hard', reason: 'Owner Plus: 200,000 tokens a day' };
    await insertFixture(tokenQuotaLimits, ref, ownerPlus);
    expect(await refusal(t.db, () => insertFixture(tokenQuotaLimits, ref, { ...ownerPlus, tokenLimit: 250_000 }))).toMatchObject({
      code: '23505',
      constraint: 'token_quota_limits_current_key',
    });
    // Other slots: another period, another plan, one model, an account's own override.
    await insertFixture(tokenQuotaLimits, ref, { ...ownerPlus, period: 'month', tokenLimit: 4_000_000 });
    await insertFixture(tokenQuotaLimits, ref, { ...ownerPlus, plan: 'professional', tokenLimit: 1_000_000 });
    await insertFixture(tokenQuotaLimits, ref, { ...ownerPlus, modelId: ref('ai_models'), tokenLimit: 100_000 });
    await insertFixture(tokenQuotaLimits, ref);

    // The vendor's tokens-per-day limit on gpt-4o, platform-wide: scope columns all null, still one current row.
    const platformCap = { scopeType: 'platform', userId: null, modelId: ref('ai_models'), tokenLimit: 150_000_000, reason: "OpenAI tier 4 tokens per day" };
    await insertFixture(tokenQuotaLimits, ref, platformCap);
    expect(await refusal(t.db, () => insertFixture(tokenQuotaLimits, ref, platformCap))).toMatchObject({ code: '23505', constraint: 'token_quota_limits_current_key' });
    // A closed quota is history, not a second current one.
    await insertFixture(tokenQuotaLimits, ref, { ...platformCap, validFrom: at('2024-06-01T00:00:00Z'), validTo: at('2024-11-01T00:00:00Z'), tokenLimit: 30_000_000 });
    expect(await rowCount(tokenQuotaLimits)).toBe(7);
  });

  test("one current forecast per cost centre and month: tonight's run supersedes last night's", async () => {
    const { ref } = await seed(tokenUsageForecasts);
    const tonight = { asOfDate: '2024-11-25', forecastTokens: 97_800_000, forecastCost: '1301.00' };
    expect(await refusal(t.db, () => insertFixture(tokenUsageForecasts, ref, tonight))).toMatchObject({ code: '23505', constraint: 'token_usage_forecasts_current_key' });
    await run(sql`update token_usage_forecasts set superseded_at = '2024-11-26T02:00:00Z' where id = ${ref('token_usage_forecasts')}`);
    await insertFixture(tokenUsageForecasts, ref, tonight);
    expect(await run(sql`select as_of_date::text from token_usage_forecasts where superseded_at is null`)).toEqual([{ as_of_date: '2024-11-25' }]);
  });
});

describe('costs: usage x the price in force that day', () => {
  test('the cost job prices each usage day with the price valid on it, cached tokens at the cached price where there is one', async () => {
    const { ref } = await seed(aiTokenUsage, tokenPricingTiers);
    // Before 1 October 2024 gpt-4o had no cached-input price: cached tokens were billed as input.
    await insertFixture(tokenPricingTiers, ref, {
      validFrom: at('2024-08-06T00:00:00Z'),
      validTo: at('2024-10-01T00:00:00Z'),
      cachedInputPricePerMillionTokens: null,
    });
    await insertFixture(aiTokenUsage, ref, { usageDate: '2024-09-19' });

    const costs = await run<{ usage_date: string; cost: string }>(sql`
      select u.usage_date::text,
             round(((u.input_tokens - u.cached_input_tokens) * p.input_price_per_million_tokens
                    + u.cached_input_tokens * coalesce(p.cached_input_price_per_million_tokens, p.input_price_per_million_tokens)
                    + u.output_tokens * p.output_price_per_million_tokens) / 1000000, 6)::text as cost
        from ai_token_usage u
        join token_pricing_tiers p
          on p.model_id = u.model_id and p.tier = u.service_tier
         and p.valid_from <= u.usage_date and (p.valid_to is null or p.valid_to > u.usage_date)
       order by u.usage_date`);
    // 7,408 x 2.50 + 13,312 x 1.25 + 2,884 x 10.00 per million; in September all 20,720 input tokens at 2.50.
    expect(costs).toEqual([
      { usage_date: '2024-09-19', cost: '0.080640' },
      { usage_date: '2024-11-19', cost: '0.064000' },
    ]);
  });
});

/**
 * Rules over two or more columns. `bad` breaks exactly one rule; `field` is where Zod reports it. Zod refuses the
 * row on that field alone, and the database refuses it naming the same CHECK, writing nothing.
 */
const rowRules: { table: string; field: string; bad: (ref: Ref) => Record<string, unknown>; check: string }[] = [
  { table: 'ai_cost_centres', field: 'accountUserId', bad: () => ({ kind: 'customer_account', agentKey: null }), check: 'ai_cost_centres_account_required_check' },
  { table: 'ai_cost_centres', field: 'archivedAt', bad: () => ({ archivedAt: at('2024-11-30T00:00:00Z') }), check: 'ai_cost_centres_archived_status_check' },
  { table: 'token_pricing_tiers', field: 'promptTokensAbove', bad: () => ({ tier: 'long_context' }), check: 'token_pricing_tiers_long_context_check' },
  { table: 'ai_token_usage', field: 'externalId', bad: () => ({ externalId: 'usage_2024-11-19_0001' }), check: 'ai_token_usage_external_id_origin_check' },
  { table: 'ai_token_usage', field: 'agentConfigId', bad: () => ({ feature: 'assistant_chat' }), check: 'ai_token_usage_agent_config_feature_check' },
  { table: 'ai_token_usage', field: 'inputTokens', bad: () => ({ cachedInputTokens: 20_721 }), check: 'ai_token_usage_cached_tokens_check' },
  { table: 'token_quota_limits', field: 'userId', bad: () => ({ scopeType: 'agent', agentKey: 'vet_triage' }), check: 'token_quota_limits_user_scope_check' },
  { table: 'api_cost_breakdown', field: 'periodEnd', bad: () => ({ periodEnd: '2024-10-31' }), check: 'api_cost_breakdown_period_check' },
  { table: 'cost_tracking', field: 'apiCostBreakdownId', bad: () => ({ status: 'final' }), check: 'cost_tracking_reconciled_status_check' },
  { table: 'token_budgets', field: 'validTo', bad: () => ({ validTo: '2024-10-01' }), check: 'token_budgets_valid_to_check' },
  { table: 'token_usage_forecasts', field: 'forecastCost', bad: () => ({ costLower: '1300.00' }), check: 'token_usage_forecasts_cost_lower_bound_check' },
  { table: 'cost_alerts', field: 'notifiedAt', bad: () => ({ notificationStatus: 'suppressed' }), check: 'cost_alerts_notified_status_check' },
  { table: 'token_cache_hits', field: 'requestCount', bad: () => ({ cacheHitRequestCount: 1_843 }), check: 'token_cache_hits_hits_within_requests_check' },
  {
    table: 'cost_optimization_recommendations',
    field: 'suggestedModelId',
    bad: (ref) => ({ recommendationType: 'switch_model', suggestedModelId: ref('ai_models') }),
    check: 'cost_optimization_recommendations_models_check',
  },
  {
    table: 'cost_optimization_recommendations',
    field: 'implementedAt',
    bad: () => ({ implementedAt: at('2024-12-02T09:00:00Z') }),
    check: 'cost_optimization_recommendations_implemented_status_check',
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

  test('a model switch to a cheaper model is accepted once it names a model other than the current one', async () => {
    const { ref } = await seedParentsOf(costOptimizationRecommendations);
    const mini = await insertFixture(aiModels, ref, { modelName: 'gpt-4o-mini', modelVersion: '2024-07-18', providerModelId: 'gpt-4o-mini-2024-07-18', inputPricePerMillionTokens: '0.150000', outputPricePerMillionTokens: '0.600000' });
    const row = await insertFixture(costOptimizationRecommendations, ref, {
      externalId: 'switch_model:vet_triage:7:gpt-4o-mini',
      recommendationType: 'switch_model',
      suggestedModelId: mini.id,
      title: 'Answer routine vet-triage questions with gpt-4o-mini',
      monthlySaving: '610.00',
      expectedQualityChangePercent: '-6.20',
      status: 'rejected',
    });
    expect(row).toMatchObject({ currentModelId: ref('ai_models'), suggestedModelId: mini.id, status: 'rejected' });
  });
});
