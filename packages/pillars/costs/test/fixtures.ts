import type { Fixtures, FixtureSet, InvalidRow } from '@db/core/testing';
import { costsCatalog } from '../src/index.ts';

/**
 * One story, continuing @db/agents': in November 2024 the vet-triage agent (version 7, on gpt-4o, the
 * recommendations fixture) is charged to its own cost centre, mastered in Xero, whose budget holder is the support
 * lead (the admin fixture). On 19 November Siobhán Byrne (the users fixture) asks it 14 questions about Galileo's
 * Whisper; the agent's 1,842 calls that day cost USD 8.67 at OpenAI's October price list, 60 % of their input
 * tokens read from the prompt cache. OpenAI's invoice of 1 December bills November's gpt-4o tokens, which the daily
 * costs are matched to. On 25 November the forecast for December (EUR 1,285) crosses the EUR 1,200 monthly budget
 * and the budget holder is emailed; the cost analyser suggests trimming the health history the agent is sent.
 */
export const costsFixtures: Fixtures = {
  ai_cost_centres: (ref) => ({
    code: 'agents-vet-triage',
    name: 'Vet triage agent',
    kind: 'agent',
    agentKey: 'vet_triage',
    ledgerAccountCode: '6420-AI',
    currency: 'EUR',
    ownerAdminUserId: ref('admin_users'),
    status: 'active',
    description: 'Model spend of the vet-triage agent, every configuration version, booked to AI services (clinical).',
    source: 'xero',
    externalId: '7c2e9a41-5b3d-4f08-a6e1-93d2c4b7f015',
    sourceUpdatedAt: new Date('2024-10-01T08:00:00Z'),
  }),

  token_pricing_tiers: (ref) => ({
    modelId: ref('ai_models'),
    tier: 'standard',
    inputPricePerMillionTokens: '2.500000',
    cachedInputPricePerMillionTokens: '1.250000',
    outputPricePerMillionTokens: '10.000000',
    currency: 'USD',
    validFrom: new Date('2024-10-01T00:00:00Z'),
    source: 'provider_price_page',
    sourceUrl: 'https://openai.com/api/pricing/',
    sourceUpdatedAt: new Date('2024-10-01T17:00:00Z'),
  }),

  ai_token_usage: (ref) => ({
    usageDate: '2024-11-19',
    origin: 'platform_rollup',
    provider: 'openai',
    providerProjectId: 'proj_Wq7LmZ3xT9aK2vNc',
    modelId: ref('ai_models'),
    serviceTier: 'standard',
    feature: 'agent_call',
    agentConfigId: ref('ai_agent_configs'),
    userId: ref('user_profiles'),
    costCentreId: ref('ai_cost_centres'),
    requestCount: 14,
    inputTokens: 20_720,
    cachedInputTokens: 13_312,
    cacheWriteTokens: 0,
    outputTokens: 2_884,
    sourceUpdatedAt: new Date('2024-11-20T02:05:00Z'),
  }),

  token_quota_limits: (ref) => ({
    scopeType: 'user',
    userId: ref('user_profiles'),
    period: 'day',
    tokenLimit: 500_000,
    requestLimit: 400,
    costLimit: '5.00',
    currency: 'EUR',
    enforcement: 'soft',
    warnAtPercent: '80.00',
    validFrom: new Date('2024-11-01T00:00:00Z'),
    reason: 'Rehabilitation-plan pilot: raised from the Owner Plus 200,000 tokens a day while Whisper is on box rest.',
    setByAdminUserId: ref('admin_users'),
  }),

  api_cost_breakdown: (ref) => ({
    provider: 'openai',
    providerAccountId: 'org-Hk3V9qLm2Xc7TzR1',
    invoiceNumber: 'B6C2F0A1-0011',
    lineNumber: 3,
    invoiceDate: '2024-12-01',
    lineType: 'usage',
    service: 'GPT-4o (gpt-4o-2024-08-06) tokens, standard',
    modelId: ref('ai_models'),
    quantity: '172418200.0000',
    quantityUnit: 'tokens',
    amount: '612.48',
    currency: 'USD',
    periodStart: '2024-11-01',
    periodEnd: '2024-11-30',
    platformCost: '611.903420',
    reconciliationStatus: 'matched',
    reconciledAt: new Date('2024-12-03T10:30:00Z'),
    sourceUpdatedAt: new Date('2024-12-01T09:00:00Z'),
  }),

  cost_tracking: (ref) => ({
    costCentreId: ref('ai_cost_centres'),
    costDate: '2024-11-19',
    modelId: ref('ai_models'),
    tokenPricingTierId: ref('token_pricing_tiers'),
    requestCount: 1_842,
    inputTokens: 2_716_400,
    cachedInputTokens: 1_630_208,
    cacheWriteTokens: 0,
    outputTokens: 391_480,
    // 1,086,192 uncached x 2.50 + 1,630,208 cached x 1.25 + 391,480 output x 10.00, per million.
    cost: '8.668040',
    currency: 'USD',
    status: 'reconciled',
    apiCostBreakdownId: ref('api_cost_breakdown'),
    computedAt: new Date('2024-11-20T02:10:00Z'),
  }),

  token_budgets: (ref) => ({
    costCentreId: ref('ai_cost_centres'),
    name: 'Vet triage agent: monthly model spend',
    budgetPeriod: 'month',
    amount: '1200.00',
    currency: 'EUR',
    tokenAllowance: 120_000_000,
    warningThresholdPercent: '80.00',
    criticalThresholdPercent: '100.00',
    forecastAlertsEnabled: true,
    hardCap: false,
    validFrom: '2024-10-01',
    ownerAdminUserId: ref('admin_users'),
    notificationEmail: 'ai-spend@equinehub.example.ie',
  }),

  token_usage_forecasts: (ref) => ({
    costCentreId: ref('ai_cost_centres'),
    forecastMonth: '2024-12-01',
    method: 'ets',
    methodVersion: '1.4.0',
    asOfDate: '2024-11-24',
    forecastTokens: 96_500_000,
    tokensLower: 81_000_000,
    tokensUpper: 114_000_000,
    forecastCost: '1285.00',
    costLower: '1080.00',
    costUpper: '1520.00',
    currency: 'EUR',
    confidenceLevelPercent: '80.00',
  }),

  cost_alerts: (ref) => ({
    tokenBudgetId: ref('token_budgets'),
    alertType: 'forecast_threshold',
    tokenUsageForecastId: ref('token_usage_forecasts'),
    thresholdPercent: '100.00',
    periodStart: '2024-12-01',
    periodEnd: '2024-12-31',
    budgetAmount: '1200.00',
    spentAmount: '1285.00',
    currency: 'EUR',
    crossedAt: new Date('2024-11-25T02:30:00Z'),
    notificationChannel: 'email',
    notificationStatus: 'sent',
    notifiedAt: new Date('2024-11-25T02:30:04Z'),
    recipientCount: 2,
  }),

  token_cache_hits: (ref) => ({
    modelId: ref('ai_models'),
    cacheDate: '2024-11-19',
    cacheLayer: 'provider_prompt_cache',
    requestCount: 1_842,
    cacheHitRequestCount: 1_211,
    inputTokens: 2_716_400,
    cachedTokens: 1_630_208,
    cacheWriteTokens: 0,
    hitRatePercent: '60.01',
    // 1,630,208 cached tokens x (2.50 - 1.25) per million; OpenAI charges nothing for cache writes.
    savings: '2.037760',
    currency: 'USD',
    tokenPricingTierId: ref('token_pricing_tiers'),
    computedAt: new Date('2024-11-20T02:12:00Z'),
  }),

  cost_optimization_recommendations: (ref) => ({
    source: 'platform_analyzer',
    externalId: 'trim_prompt:vet_triage:7:health-history',
    sourceUpdatedAt: new Date('2024-11-25T03:00:00Z'),
    recommendationType: 'trim_prompt',
    agentConfigId: ref('ai_agent_configs'),
    currentModelId: ref('ai_models'),
    title: "Send the vet-triage agent the last 24 months of a horse's health record, not all of it",
    rationale:
      "lookup_health_record returns every vet visit since foaling: 41 % of the agent's input tokens are visits older than two years, which no case of the evaluation set needed.",
    monthlySaving: '96.00',
    currency: 'EUR',
    expectedQualityChangePercent: '-0.40',
    analysedFrom: '2024-10-26',
    analysedTo: '2024-11-24',
    status: 'accepted',
    decidedAt: new Date('2024-11-27T10:00:00Z'),
    decidedByAdminUserId: ref('admin_users'),
  }),
};

const f = costsFixtures;

/** Each row breaks exactly one rule; `field` is where Zod reports it. */
export const costsInvalidRows: InvalidRow[] = [
  {
    table: 'ai_cost_centres',
    field: 'code',
    why: 'a code that is not a kebab-case slug',
    row: (ref) => ({ ...f.ai_cost_centres!(ref), code: 'Agents Vet Triage' }),
  },
  {
    table: 'ai_cost_centres',
    field: 'agentKey',
    why: 'an agent cost centre without its agent key',
    row: (ref) => ({ ...f.ai_cost_centres!(ref), agentKey: null }),
  },
  {
    table: 'token_pricing_tiers',
    field: 'inputPricePerMillionTokens',
    why: 'a cache read dearer than input',
    row: (ref) => ({ ...f.token_pricing_tiers!(ref), inputPricePerMillionTokens: '1.000000' }),
  },
  {
    table: 'token_pricing_tiers',
    field: 'validTo',
    why: 'a price that ends before it starts',
    row: (ref) => ({ ...f.token_pricing_tiers!(ref), validTo: new Date('2024-09-30T00:00:00Z') }),
  },
  {
    table: 'ai_token_usage',
    field: 'outputTokens',
    why: 'negative quantity',
    row: (ref) => ({ ...f.ai_token_usage!(ref), outputTokens: -2_884 }),
  },
  {
    table: 'ai_token_usage',
    field: 'externalId',
    why: "a usage-export line without the export's line id",
    row: (ref) => ({ ...f.ai_token_usage!(ref), origin: 'provider_export' }),
  },
  {
    table: 'ai_token_usage',
    field: 'mediaTask',
    why: 'a media task on agent usage',
    row: (ref) => ({ ...f.ai_token_usage!(ref), mediaTask: 'transcription' }),
  },
  {
    table: 'ai_token_usage',
    field: 'modelId',
    why: 'malformed uuid',
    row: (ref) => ({ ...f.ai_token_usage!(ref), modelId: 'gpt-4o' }),
  },
  {
    table: 'token_quota_limits',
    field: 'period',
    why: 'wrong enum value',
    row: (ref) => ({ ...f.token_quota_limits!(ref), period: 'fortnight' }),
  },
  {
    table: 'token_quota_limits',
    field: 'plan',
    why: 'a plan on a quota of one account',
    row: (ref) => ({ ...f.token_quota_limits!(ref), plan: 'owner_plus' }),
  },
  {
    table: 'token_quota_limits',
    field: 'tokenLimit',
    why: 'a quota of no tokens',
    row: (ref) => ({ ...f.token_quota_limits!(ref), tokenLimit: 0 }),
  },
  {
    table: 'api_cost_breakdown',
    field: 'invoiceNumber',
    why: 'missing required field',
    row: (ref) => ({ ...f.api_cost_breakdown!(ref), invoiceNumber: undefined }),
  },
  {
    table: 'api_cost_breakdown',
    field: 'quantityUnit',
    why: 'a quantity without its unit',
    row: (ref) => ({ ...f.api_cost_breakdown!(ref), quantityUnit: null }),
  },
  {
    table: 'cost_tracking',
    field: 'currency',
    why: 'wrong currency',
    row: (ref) => ({ ...f.cost_tracking!(ref), currency: 'usd' }),
  },
  {
    table: 'cost_tracking',
    field: 'apiCostBreakdownId',
    why: 'a reconciled cost without the invoice line it was matched to',
    row: (ref) => ({ ...f.cost_tracking!(ref), apiCostBreakdownId: null }),
  },
  {
    table: 'token_budgets',
    field: 'amount',
    why: 'negative amount',
    row: (ref) => ({ ...f.token_budgets!(ref), amount: '-1200.00' }),
  },
  {
    table: 'token_budgets',
    field: 'criticalThresholdPercent',
    why: 'a critical threshold below the warning one',
    row: (ref) => ({ ...f.token_budgets!(ref), criticalThresholdPercent: '75.00' }),
  },
  {
    table: 'token_usage_forecasts',
    field: 'forecastMonth',
    why: 'a forecast month that is not the first day of a month',
    row: (ref) => ({ ...f.token_usage_forecasts!(ref), forecastMonth: '2024-12-15' }),
  },
  {
    table: 'token_usage_forecasts',
    field: 'tokensUpper',
    why: 'an upper bound below the forecast',
    row: (ref) => ({ ...f.token_usage_forecasts!(ref), tokensUpper: 90_000_000 }),
  },
  {
    table: 'cost_alerts',
    field: 'tokenUsageForecastId',
    why: 'an alert on actual spend naming a forecast',
    row: (ref) => ({ ...f.cost_alerts!(ref), alertType: 'actual_threshold' }),
  },
  {
    table: 'cost_alerts',
    field: 'notifiedAt',
    why: 'notified before the threshold was crossed',
    row: (ref) => ({ ...f.cost_alerts!(ref), notifiedAt: new Date('2024-11-25T02:29:00Z') }),
  },
  {
    table: 'token_cache_hits',
    field: 'hitRatePercent',
    why: 'a hit rate above 100 percent',
    row: (ref) => ({ ...f.token_cache_hits!(ref), hitRatePercent: '120.00' }),
  },
  {
    table: 'token_cache_hits',
    field: 'cacheLayer',
    why: 'wrong enum value',
    row: (ref) => ({ ...f.token_cache_hits!(ref), cacheLayer: 'redis' }),
  },
  {
    table: 'cost_optimization_recommendations',
    field: 'suggestedModelId',
    why: 'a model switch without the model to switch to',
    row: (ref) => ({ ...f.cost_optimization_recommendations!(ref), recommendationType: 'switch_model' }),
  },
  {
    table: 'cost_optimization_recommendations',
    field: 'monthlySaving',
    why: 'a negative saving',
    row: (ref) => ({ ...f.cost_optimization_recommendations!(ref), monthlySaving: '-96.00' }),
  },
];

/** This package's catalog, fixtures and invalid rows, for the generic per-table suite. */
export const costsFixtureSet: FixtureSet = { catalog: costsCatalog, fixtures: costsFixtures, invalidRows: costsInvalidRows };
