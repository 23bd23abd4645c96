import { adminUsers } from '@db/admin/tables';
import { aiAgentConfigs } from '@db/agents/tables';
import { aiModels } from '@db/recommendations/tables';
import { userProfiles } from '@db/users/tables';
import { defineRelationsPart } from 'drizzle-orm';
import * as schema from './tables.ts';

/**
 * This package's relations part: `r.one` edges from its tables, their reverse `r.many`, and the reverse edges onto
 * the tables of other packages it points at, under keys prefixed `cost` so they cannot meet other pillars'. Two
 * foreign keys between the same pair of tables carry an alias.
 */
export const costsRelations = defineRelationsPart({ ...schema, userProfiles, adminUsers, aiModels, aiAgentConfigs }, (r) => ({
  aiCostCentres: {
    parent: r.one.aiCostCentres({ from: r.aiCostCentres.parentCostCentreId, to: r.aiCostCentres.id, alias: 'ai_cost_centre_parent' }),
    children: r.many.aiCostCentres({ from: r.aiCostCentres.id, to: r.aiCostCentres.parentCostCentreId, alias: 'ai_cost_centre_parent' }),
    account: r.one.userProfiles({ from: r.aiCostCentres.accountUserId, to: r.userProfiles.id }),
    owner: r.one.adminUsers({ from: r.aiCostCentres.ownerAdminUserId, to: r.adminUsers.id }),
    tokenUsage: r.many.aiTokenUsage({ from: r.aiCostCentres.id, to: r.aiTokenUsage.costCentreId }),
    costs: r.many.costTracking({ from: r.aiCostCentres.id, to: r.costTracking.costCentreId }),
    budgets: r.many.tokenBudgets({ from: r.aiCostCentres.id, to: r.tokenBudgets.costCentreId }),
    forecasts: r.many.tokenUsageForecasts({ from: r.aiCostCentres.id, to: r.tokenUsageForecasts.costCentreId }),
  },
  tokenPricingTiers: {
    model: r.one.aiModels({ from: r.tokenPricingTiers.modelId, to: r.aiModels.id, optional: false }),
    costs: r.many.costTracking({ from: r.tokenPricingTiers.id, to: r.costTracking.tokenPricingTierId }),
    cacheHits: r.many.tokenCacheHits({ from: r.tokenPricingTiers.id, to: r.tokenCacheHits.tokenPricingTierId }),
  },
  aiTokenUsage: {
    model: r.one.aiModels({ from: r.aiTokenUsage.modelId, to: r.aiModels.id, optional: false }),
    agentConfig: r.one.aiAgentConfigs({ from: r.aiTokenUsage.agentConfigId, to: r.aiAgentConfigs.id }),
    user: r.one.userProfiles({ from: r.aiTokenUsage.userId, to: r.userProfiles.id }),
    costCentre: r.one.aiCostCentres({ from: r.aiTokenUsage.costCentreId, to: r.aiCostCentres.id }),
  },
  tokenQuotaLimits: {
    user: r.one.userProfiles({ from: r.tokenQuotaLimits.userId, to: r.userProfiles.id }),
    model: r.one.aiModels({ from: r.tokenQuotaLimits.modelId, to: r.aiModels.id }),
    setBy: r.one.adminUsers({ from: r.tokenQuotaLimits.setByAdminUserId, to: r.adminUsers.id }),
  },
  apiCostBreakdown: {
    model: r.one.aiModels({ from: r.apiCostBreakdown.modelId, to: r.aiModels.id }),
    reconciledCosts: r.many.costTracking({ from: r.apiCostBreakdown.id, to: r.costTracking.apiCostBreakdownId }),
  },
  costTracking: {
    costCentre: r.one.aiCostCentres({ from: r.costTracking.costCentreId, to: r.aiCostCentres.id, optional: false }),
    model: r.one.aiModels({ from: r.costTracking.modelId, to: r.aiModels.id, optional: false }),
    pricingTier: r.one.tokenPricingTiers({ from: r.costTracking.tokenPricingTierId, to: r.tokenPricingTiers.id, optional: false }),
    invoiceLine: r.one.apiCostBreakdown({ from: r.costTracking.apiCostBreakdownId, to: r.apiCostBreakdown.id }),
  },
  tokenBudgets: {
    costCentre: r.one.aiCostCentres({ from: r.tokenBudgets.costCentreId, to: r.aiCostCentres.id, optional: false }),
    owner: r.one.adminUsers({ from: r.tokenBudgets.ownerAdminUserId, to: r.adminUsers.id }),
    alerts: r.many.costAlerts({ from: r.tokenBudgets.id, to: r.costAlerts.tokenBudgetId }),
  },
  tokenUsageForecasts: {
    costCentre: r.one.aiCostCentres({ from: r.tokenUsageForecasts.costCentreId, to: r.aiCostCentres.id, optional: false }),
    alerts: r.many.costAlerts({ from: r.tokenUsageForecasts.id, to: r.costAlerts.tokenUsageForecastId }),
  },
  costAlerts: {
    budget: r.one.tokenBudgets({ from: r.costAlerts.tokenBudgetId, to: r.tokenBudgets.id, optional: false }),
    forecast: r.one.tokenUsageForecasts({ from: r.costAlerts.tokenUsageForecastId, to: r.tokenUsageForecasts.id }),
  },
  tokenCacheHits: {
    model: r.one.aiModels({ from: r.tokenCacheHits.modelId, to: r.aiModels.id, optional: false }),
    pricingTier: r.one.tokenPricingTiers({ from: r.tokenCacheHits.tokenPricingTierId, to: r.tokenPricingTiers.id }),
  },
  costOptimizationRecommendations: {
    agentConfig: r.one.aiAgentConfigs({ from: r.costOptimizationRecommendations.agentConfigId, to: r.aiAgentConfigs.id }),
    currentModel: r.one.aiModels({
      from: r.costOptimizationRecommendations.currentModelId,
      to: r.aiModels.id,
      alias: 'cost_optimization_current_model',
    }),
    suggestedModel: r.one.aiModels({
      from: r.costOptimizationRecommendations.suggestedModelId,
      to: r.aiModels.id,
      alias: 'cost_optimization_suggested_model',
    }),
    decidedBy: r.one.adminUsers({ from: r.costOptimizationRecommendations.decidedByAdminUserId, to: r.adminUsers.id }),
  },
  userProfiles: {
    costTokenUsage: r.many.aiTokenUsage({ from: r.userProfiles.id, to: r.aiTokenUsage.userId }),
    costQuotaLimits: r.many.tokenQuotaLimits({ from: r.userProfiles.id, to: r.tokenQuotaLimits.userId }),
    costCentresAccount: r.many.aiCostCentres({ from: r.userProfiles.id, to: r.aiCostCentres.accountUserId }),
  },
  adminUsers: {
    costCentresOwned: r.many.aiCostCentres({ from: r.adminUsers.id, to: r.aiCostCentres.ownerAdminUserId }),
    costBudgetsOwned: r.many.tokenBudgets({ from: r.adminUsers.id, to: r.tokenBudgets.ownerAdminUserId }),
    costQuotaLimitsSet: r.many.tokenQuotaLimits({ from: r.adminUsers.id, to: r.tokenQuotaLimits.setByAdminUserId }),
    costOptimizationsDecided: r.many.costOptimizationRecommendations({ from: r.adminUsers.id, to: r.costOptimizationRecommendations.decidedByAdminUserId }),
  },
  aiModels: {
    costPricingTiers: r.many.tokenPricingTiers({ from: r.aiModels.id, to: r.tokenPricingTiers.modelId }),
    costTokenUsage: r.many.aiTokenUsage({ from: r.aiModels.id, to: r.aiTokenUsage.modelId }),
    costQuotaLimits: r.many.tokenQuotaLimits({ from: r.aiModels.id, to: r.tokenQuotaLimits.modelId }),
    costTracking: r.many.costTracking({ from: r.aiModels.id, to: r.costTracking.modelId }),
    costInvoiceLines: r.many.apiCostBreakdown({ from: r.aiModels.id, to: r.apiCostBreakdown.modelId }),
    costCacheHits: r.many.tokenCacheHits({ from: r.aiModels.id, to: r.tokenCacheHits.modelId }),
    costOptimizationsCurrent: r.many.costOptimizationRecommendations({
      from: r.aiModels.id,
      to: r.costOptimizationRecommendations.currentModelId,
      alias: 'cost_optimization_current_model',
    }),
    costOptimizationsSuggested: r.many.costOptimizationRecommendations({
      from: r.aiModels.id,
      to: r.costOptimizationRecommendations.suggestedModelId,
      alias: 'cost_optimization_suggested_model',
    }),
  },
  aiAgentConfigs: {
    costTokenUsage: r.many.aiTokenUsage({ from: r.aiAgentConfigs.id, to: r.aiTokenUsage.agentConfigId }),
    costOptimizations: r.many.costOptimizationRecommendations({ from: r.aiAgentConfigs.id, to: r.costOptimizationRecommendations.agentConfigId }),
  },
}));
