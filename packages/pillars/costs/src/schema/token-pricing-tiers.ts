import {
  currency,
  domainTable,
  formatCheck,
  HTTP_URL,
  id,
  inOrder,
  nonNegative,
  positive,
  requiredWhen,
  textEnum,
  timestamps,
  timestamptz,
} from '@db/core';
import { aiModels } from '@db/recommendations/tables';
import { sql } from 'drizzle-orm';
import { integer, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { COST_PRICE_SOURCES, COST_SERVICE_TIERS } from '../constants.ts';

/**
 * A vendor's price for one model on one service tier, per million tokens: input, cached input (a prompt-cache
 * read), cache write, output, over a validity period. A price change closes the row (`valid_to`) and opens the
 * next: one current price per (model, tier) (partial unique index), the history kept, because every cost row
 * names the price it was computed with. `ai_models` keeps the registry's headline list price; this is the price
 * list the costs are computed from. The price-list import upserts on (model_id, tier, valid_from). Prices have
 * 6 decimals (0.075 USD per million is a real price), as in @db/recommendations.
 */
export const tokenPricingTiers = domainTable(
  'token_pricing_tiers',
  {
    id: id(),
    /** RESTRICT: a model with prices is retired in the registry, never deleted. */
    modelId: uuid()
      .notNull()
      .references(() => aiModels.id, { onDelete: 'restrict' }),
    tier: textEnum(COST_SERVICE_TIERS).notNull().default('standard'),
    inputPricePerMillionTokens: numeric({ precision: 14, scale: 6 }).notNull(),
    /** Input tokens read from the prompt cache (OpenAI: half the input price; Anthropic: a tenth). */
    cachedInputPricePerMillionTokens: numeric({ precision: 14, scale: 6 }),
    /** Writing the prompt cache (Anthropic: 1.25 times the input price for 5 minutes); null where writes are free. */
    cacheWritePricePerMillionTokens: numeric({ precision: 14, scale: 6 }),
    outputPricePerMillionTokens: numeric({ precision: 14, scale: 6 }).notNull(),
    currency: currency(),
    /** The `long_context` tier applies to prompts above this many tokens (200,000 for Claude Sonnet's 1M window). */
    promptTokensAbove: integer(),
    validFrom: timestamptz().notNull(),
    /** Exclusive end; null while current. */
    validTo: timestamptz(),
    source: textEnum(COST_PRICE_SOURCES).notNull(),
    sourceUrl: text(),
    /** The order form or enterprise agreement a negotiated price comes from. */
    contractReference: text(),
    /** When the vendor's price list last changed the row, as the import reads it. */
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('token_pricing_tiers_model_id_tier_valid_from_key').on(t.modelId, t.tier, t.validFrom),
    /** One current price per model and tier: what the cost job reads. */
    uniqueIndex('token_pricing_tiers_current_key')
      .on(t.modelId, t.tier)
      .where(sql`${t.validTo} is null`),
    nonNegative(t.inputPricePerMillionTokens),
    nonNegative(t.cachedInputPricePerMillionTokens),
    inOrder(t.cachedInputPricePerMillionTokens, t.inputPricePerMillionTokens, {
      name: 'token_pricing_tiers_cached_price_check',
      message: 'must be at least cachedInputPricePerMillionTokens: a cache read is never dearer than input',
    }),
    nonNegative(t.cacheWritePricePerMillionTokens),
    nonNegative(t.outputPricePerMillionTokens),
    positive(t.promptTokensAbove),
    requiredWhen(t.promptTokensAbove, t.tier, 'long_context', { name: 'token_pricing_tiers_long_context_check' }),
    inOrder(t.validFrom, t.validTo, { strict: true, name: 'token_pricing_tiers_valid_to_check', message: 'must be after validFrom' }),
    formatCheck(t.sourceUrl, HTTP_URL),
  ],
);
