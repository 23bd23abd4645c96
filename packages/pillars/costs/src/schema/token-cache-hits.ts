import { between, currency, domainTable, id, inOrder, nonNegative, textEnum, timestamps, timestamptz } from '@db/core';
import { aiModels } from '@db/recommendations/tables';
import { bigint, date, foreignKey, index, integer, numeric, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { COST_CACHE_LAYERS } from '../constants.ts';
import { tokenPricingTiers } from './token-pricing-tiers.ts';

/**
 * How well caching worked for one model on one day, per cache layer: the vendor's prompt cache (cached input
 * tokens billed at the cached price) or the platform's own response cache (whole calls not made). Requests and
 * the requests that hit, input tokens and the cached part, cache writes, the token hit rate and what it saved
 * against the uncached price. Recomputed nightly from the day's usage: (model_id, cache_date, cache_layer) is the
 * upsert key. `savings` can be negative: a prompt cache written (at 1.25 times the input price, Anthropic) and
 * seldom read costs more than it saves, which is exactly what this table is there to show.
 */
export const tokenCacheHits = domainTable(
  'token_cache_hits',
  {
    id: id(),
    /** RESTRICT: a model is retired in the registry, never deleted. */
    modelId: uuid()
      .notNull()
      .references(() => aiModels.id, { onDelete: 'restrict' }),
    cacheDate: date().notNull(),
    cacheLayer: textEnum(COST_CACHE_LAYERS).notNull(),
    requestCount: integer().notNull().default(0),
    /** Requests that read at least one cached token (prompt cache) or were answered from the cache (response cache). */
    cacheHitRequestCount: integer().notNull().default(0),
    inputTokens: bigint({ mode: 'number' }).notNull().default(0),
    cachedTokens: bigint({ mode: 'number' }).notNull().default(0),
    cacheWriteTokens: bigint({ mode: 'number' }).notNull().default(0),
    /** cachedTokens / inputTokens, 0-100. */
    hitRatePercent: numeric({ precision: 5, scale: 2 }).notNull(),
    /** Against the uncached price, net of cache writes: 6 decimals, in `currency`; negative when caching cost more. */
    savings: numeric({ precision: 14, scale: 6 }).notNull(),
    currency: currency(),
    /** The price the savings were computed with. RESTRICT: a price that costed something is closed, never deleted. */
    tokenPricingTierId: uuid(),
    computedAt: timestamptz().notNull().defaultNow(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('token_cache_hits_model_day_key').on(t.modelId, t.cacheDate, t.cacheLayer),
    /** Every model's caching on a day: the FinOps dashboard. */
    index('token_cache_hits_cache_date_idx').on(t.cacheDate),
    index('token_cache_hits_token_pricing_tier_id_idx').on(t.tokenPricingTierId),
    // Named here: the generated name would pass PostgreSQL's 63 characters.
    foreignKey({ name: 'token_cache_hits_token_pricing_tier_id_fkey', columns: [t.tokenPricingTierId], foreignColumns: [tokenPricingTiers.id] }).onDelete(
      'restrict',
    ),
    nonNegative(t.requestCount),
    nonNegative(t.cacheHitRequestCount),
    inOrder(t.cacheHitRequestCount, t.requestCount, { name: 'token_cache_hits_hits_within_requests_check', message: 'must be at least cacheHitRequestCount' }),
    nonNegative(t.inputTokens),
    nonNegative(t.cachedTokens),
    inOrder(t.cachedTokens, t.inputTokens, { name: 'token_cache_hits_cached_within_input_check', message: 'must be at least cachedTokens' }),
    nonNegative(t.cacheWriteTokens),
    between(t.hitRatePercent, 0, 100),
  ],
);
