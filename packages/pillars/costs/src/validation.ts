import { tableCatalog, tableSchemas } from '@db/core';
import { aiCostCentres } from './schema/ai-cost-centres.ts';
import { aiTokenUsage } from './schema/ai-token-usage.ts';
import { apiCostBreakdown } from './schema/api-cost-breakdown.ts';
import { costAlerts } from './schema/cost-alerts.ts';
import { costOptimizationRecommendations } from './schema/cost-optimization-recommendations.ts';
import { costTracking } from './schema/cost-tracking.ts';
import { tokenBudgets } from './schema/token-budgets.ts';
import { tokenCacheHits } from './schema/token-cache-hits.ts';
import { tokenPricingTiers } from './schema/token-pricing-tiers.ts';
import { tokenQuotaLimits } from './schema/token-quota-limits.ts';
import { tokenUsageForecasts } from './schema/token-usage-forecasts.ts';

/**
 * Zod schemas as strict as the tables: every CHECK's twin comes from its table (declared with core's rule
 * helpers). No table of this package has a jsonb column, so nothing is added here.
 */

export const aiCostCentreSchemas = tableSchemas(aiCostCentres);
export type AiCostCentre = typeof aiCostCentres.$inferSelect;
export type NewAiCostCentre = typeof aiCostCentres.$inferInsert;

export const tokenPricingTierSchemas = tableSchemas(tokenPricingTiers);
export type TokenPricingTier = typeof tokenPricingTiers.$inferSelect;
export type NewTokenPricingTier = typeof tokenPricingTiers.$inferInsert;

export const aiTokenUsageSchemas = tableSchemas(aiTokenUsage);
export type AiTokenUsage = typeof aiTokenUsage.$inferSelect;
export type NewAiTokenUsage = typeof aiTokenUsage.$inferInsert;

export const tokenQuotaLimitSchemas = tableSchemas(tokenQuotaLimits);
export type TokenQuotaLimit = typeof tokenQuotaLimits.$inferSelect;
export type NewTokenQuotaLimit = typeof tokenQuotaLimits.$inferInsert;

export const apiCostBreakdownSchemas = tableSchemas(apiCostBreakdown);
export type ApiCostBreakdown = typeof apiCostBreakdown.$inferSelect;
export type NewApiCostBreakdown = typeof apiCostBreakdown.$inferInsert;

export const costTrackingSchemas = tableSchemas(costTracking);
export type CostTracking = typeof costTracking.$inferSelect;
export type NewCostTracking = typeof costTracking.$inferInsert;

export const tokenBudgetSchemas = tableSchemas(tokenBudgets);
export type TokenBudget = typeof tokenBudgets.$inferSelect;
export type NewTokenBudget = typeof tokenBudgets.$inferInsert;

export const tokenUsageForecastSchemas = tableSchemas(tokenUsageForecasts);
export type TokenUsageForecast = typeof tokenUsageForecasts.$inferSelect;
export type NewTokenUsageForecast = typeof tokenUsageForecasts.$inferInsert;

export const costAlertSchemas = tableSchemas(costAlerts);
export type CostAlert = typeof costAlerts.$inferSelect;
export type NewCostAlert = typeof costAlerts.$inferInsert;

export const tokenCacheHitSchemas = tableSchemas(tokenCacheHits);
export type TokenCacheHit = typeof tokenCacheHits.$inferSelect;
export type NewTokenCacheHit = typeof tokenCacheHits.$inferInsert;

export const costOptimizationRecommendationSchemas = tableSchemas(costOptimizationRecommendations);
export type CostOptimizationRecommendation = typeof costOptimizationRecommendations.$inferSelect;
export type NewCostOptimizationRecommendation = typeof costOptimizationRecommendations.$inferInsert;

/** Every table of this package with its schemas, keyed by SQL table name (for generic tests and tooling). */
export const costsCatalog = tableCatalog(
  aiCostCentreSchemas,
  tokenPricingTierSchemas,
  aiTokenUsageSchemas,
  tokenQuotaLimitSchemas,
  apiCostBreakdownSchemas,
  costTrackingSchemas,
  tokenBudgetSchemas,
  tokenUsageForecastSchemas,
  costAlertSchemas,
  tokenCacheHitSchemas,
  costOptimizationRecommendationSchemas,
);
