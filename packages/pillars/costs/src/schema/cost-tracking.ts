import { currency, domainTable, id, inOrder, nonNegative, onlyWhen, requiredWhen, textEnum, timestamps, timestamptz } from '@db/core';
import { aiModels } from '@db/recommendations/tables';
import { sql } from 'drizzle-orm';
import { bigint, date, index, integer, numeric, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { COST_TRACKING_STATUSES } from '../constants.ts';
import { aiCostCentres } from './ai-cost-centres.ts';
import { apiCostBreakdown } from './api-cost-breakdown.ts';
import { tokenPricingTiers } from './token-pricing-tiers.ts';

/**
 * What a cost centre spent on one model in one day, computed from the day's `ai_token_usage` rows and the price
 * row in force (`token_pricing_tier_id`: which price was used is part of the record, so a later price change
 * never silently rewrites a past cost). The cost job recomputes a day until it is final: (cost_centre_id,
 * cost_date, model_id, token_pricing_tier_id) is its upsert key and `computed_at` when it last ran. Reconciled
 * against the vendor's invoice: `api_cost_breakdown_id` names the invoice line that covers it. High volume
 * (centres x models x days): BRIN on `cost_date`, and rows are purged after 7 years, the accounting records'
 * retention (`costsDatabaseObjects`). Money of model use has 6 decimals, in the vendor's currency.
 */
export const costTracking = domainTable(
  'cost_tracking',
  {
    id: id(),
    /** RESTRICT: a centre that was charged is archived, never deleted. */
    costCentreId: uuid()
      .notNull()
      .references(() => aiCostCentres.id, { onDelete: 'restrict' }),
    costDate: date().notNull(),
    modelId: uuid()
      .notNull()
      .references(() => aiModels.id, { onDelete: 'restrict' }),
    /** The price the cost was computed with. RESTRICT: a price that costed something is closed, never deleted. */
    tokenPricingTierId: uuid()
      .notNull()
      .references(() => tokenPricingTiers.id, { onDelete: 'restrict' }),
    requestCount: integer().notNull().default(0),
    inputTokens: bigint({ mode: 'number' }).notNull().default(0),
    /** The part of inputTokens billed at the cached-input price. */
    cachedInputTokens: bigint({ mode: 'number' }).notNull().default(0),
    cacheWriteTokens: bigint({ mode: 'number' }).notNull().default(0),
    outputTokens: bigint({ mode: 'number' }).notNull().default(0),
    /** Tokens x price: fractions of a cent count, 6 decimals, in `currency` (the price's). */
    cost: numeric({ precision: 14, scale: 6 }).notNull(),
    currency: currency(),
    status: textEnum(COST_TRACKING_STATUSES).notNull().default('provisional'),
    /** The invoice line this cost was matched to. RESTRICT: an invoice line that reconciled costs is a financial record. */
    apiCostBreakdownId: uuid().references(() => apiCostBreakdown.id, { onDelete: 'restrict' }),
    computedAt: timestamptz().notNull().defaultNow(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('cost_tracking_cost_key').on(t.costCentreId, t.costDate, t.modelId, t.tokenPricingTierId),
    index('cost_tracking_cost_date_brin').using('brin', t.costDate),
    /** A model's cost by day, across centres: what an invoice line is reconciled against. */
    index('cost_tracking_model_id_idx').on(t.modelId, t.costDate),
    index('cost_tracking_token_pricing_tier_id_idx').on(t.tokenPricingTierId),
    index('cost_tracking_api_cost_breakdown_id_idx').on(t.apiCostBreakdownId),
    /** Days still to reconcile. */
    index('cost_tracking_unreconciled_idx')
      .on(t.costDate, t.modelId)
      .where(sql`${t.status} <> 'reconciled'`),
    nonNegative(t.requestCount),
    nonNegative(t.inputTokens),
    nonNegative(t.cachedInputTokens),
    inOrder(t.cachedInputTokens, t.inputTokens, { name: 'cost_tracking_cached_within_input_check', message: 'must be at least cachedInputTokens' }),
    nonNegative(t.cacheWriteTokens),
    nonNegative(t.outputTokens),
    nonNegative(t.cost),
    requiredWhen(t.apiCostBreakdownId, t.status, 'reconciled', { name: 'cost_tracking_reconciled_check' }),
    onlyWhen(t.apiCostBreakdownId, t.status, 'reconciled', { name: 'cost_tracking_reconciled_status_check' }),
  ],
);
