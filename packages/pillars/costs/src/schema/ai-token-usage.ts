import {
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  nonNegative,
  onlyWhen,
  requiredWhen,
  textEnum,
  timestamps,
  timestamptz,
} from '@db/core';
import { aiAgentConfigs } from '@db/agents/tables';
import { aiModels } from '@db/recommendations/tables';
import { userProfiles } from '@db/users/tables';
import { bigint, date, index, integer, text, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { COST_FEATURES, COST_MEDIA_TASKS, COST_PROVIDERS, COST_SERVICE_TIERS, COST_USAGE_ORIGINS } from '../constants.ts';
import { aiCostCentres } from './ai-cost-centres.ts';

/**
 * Token usage per day, never per call: the calls are recorded where they happen (@db/agents'
 * `ai_agent_interactions`, @db/media's `media_model_runs`, @db/recommendations' `ai_messages` and `ai_queries`,
 * each with its tokens and cost). Two origins:
 * - `platform_rollup`: the nightly rollup of those calls per (day, model, service tier, feature, agent
 *   configuration, media task, account). Its scope is the unique key `ai_token_usage_scope_key` (NULLS NOT
 *   DISTINCT), so a recomputation upserts onto the same row.
 * - `provider_export`: a line of the vendor's usage export (OpenAI's and Anthropic's usage APIs, by project or
 *   workspace and model), keyed by (provider, external_id); the vendor knows no feature, agent or account.
 * Quantities only: the money is `cost_tracking`'s, computed from these rows and a price. High volume (days x
 * scopes): the scope key is time-leading (the day's rows, and `purge_ai_token_usage`, read it), and rows older
 * than 25 months are purged (`costsDatabaseObjects`).
 */
export const aiTokenUsage = domainTable(
  'ai_token_usage',
  {
    id: id(),
    /** The UTC calendar day of the calls. */
    usageDate: date().notNull(),
    origin: textEnum(COST_USAGE_ORIGINS).notNull(),
    /** The vendor that billed the tokens (azure_openai for an OpenAI model hosted in Azure). */
    provider: textEnum(COST_PROVIDERS).notNull(),
    /** The export line's id, for `provider_export` rows only. */
    externalId: text(),
    /** The vendor's project or workspace (OpenAI proj_..., Anthropic wrkspc_...), which maps to a cost centre. */
    providerProjectId: text(),
    /** RESTRICT: a model that was used is retired in the registry, never deleted. */
    modelId: uuid()
      .notNull()
      .references(() => aiModels.id, { onDelete: 'restrict' }),
    serviceTier: textEnum(COST_SERVICE_TIERS).notNull().default('standard'),
    /** Required on rollup rows; export rows do not know it. */
    feature: textEnum(COST_FEATURES),
    /** The agent configuration version, for `agent_call` rows. RESTRICT: a configuration that served is retired, not deleted. */
    agentConfigId: uuid().references(() => aiAgentConfigs.id, { onDelete: 'restrict' }),
    /** The media task (@db/media's run tasks), for `media` rows. */
    mediaTask: textEnum(COST_MEDIA_TASKS),
    /**
     * The account (a person or an organisation) the calls were made for; null for platform work (feed ranking,
     * moderation). RESTRICT: usage is the basis of quota enforcement and of what an account is charged, kept
     * pointing at the anonymised profile after an erasure (and SET NULL would fold it into the scope's anonymous
     * row, which the scope key refuses).
     */
    userId: uuid().references(() => userProfiles.id, { onDelete: 'restrict' }),
    /** The cost centre the rollup (or the project mapping of an export) charged it to. RESTRICT: centres are archived, not deleted. */
    costCentreId: uuid().references(() => aiCostCentres.id, { onDelete: 'restrict' }),
    requestCount: integer().notNull().default(0),
    /** Prompt tokens, cached ones included. A busy scope's month passes 2^31: bigint. */
    inputTokens: bigint({ mode: 'number' }).notNull().default(0),
    /** The part of inputTokens read from the vendor's prompt cache. */
    cachedInputTokens: bigint({ mode: 'number' }).notNull().default(0),
    /** Tokens written to the prompt cache (billed above the input price by Anthropic). */
    cacheWriteTokens: bigint({ mode: 'number' }).notNull().default(0),
    /** Completion tokens, reasoning tokens included. */
    outputTokens: bigint({ mode: 'number' }).notNull().default(0),
    /** When the rollup last recomputed the row, or when the vendor last changed the export line. */
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    unique('ai_token_usage_scope_key')
      .on(t.usageDate, t.modelId, t.serviceTier, t.feature, t.agentConfigId, t.mediaTask, t.userId, t.externalId)
      .nullsNotDistinct(),
    uniqueIndex('ai_token_usage_provider_external_id_key').on(t.provider, t.externalId),
    /** A model's usage by day (cost reports, cache analysis). */
    index('ai_token_usage_model_id_idx').on(t.modelId, t.usageDate),
    index('ai_token_usage_agent_config_id_idx').on(t.agentConfigId, t.usageDate),
    /** An account's recent usage: what quota enforcement reads. */
    index('ai_token_usage_user_id_idx').on(t.userId, t.usageDate),
    index('ai_token_usage_cost_centre_id_idx').on(t.costCentreId, t.usageDate),
    requiredWhen(t.externalId, t.origin, 'provider_export', { name: 'ai_token_usage_external_id_required_check' }),
    onlyWhen(t.externalId, t.origin, 'provider_export', { name: 'ai_token_usage_external_id_origin_check' }),
    formatCheck(t.externalId, EXTERNAL_ID),
    formatCheck(t.providerProjectId, EXTERNAL_ID),
    requiredWhen(t.feature, t.origin, 'platform_rollup', { name: 'ai_token_usage_rollup_feature_check' }),
    requiredWhen(t.agentConfigId, t.feature, 'agent_call', { name: 'ai_token_usage_agent_config_required_check' }),
    onlyWhen(t.agentConfigId, t.feature, 'agent_call', { name: 'ai_token_usage_agent_config_feature_check' }),
    requiredWhen(t.mediaTask, t.feature, 'media', { name: 'ai_token_usage_media_task_required_check' }),
    onlyWhen(t.mediaTask, t.feature, 'media', { name: 'ai_token_usage_media_task_feature_check' }),
    nonNegative(t.requestCount),
    nonNegative(t.inputTokens),
    nonNegative(t.cachedInputTokens),
    inOrder(t.cachedInputTokens, t.inputTokens, { name: 'ai_token_usage_cached_tokens_check', message: 'must be at least cachedInputTokens' }),
    nonNegative(t.cacheWriteTokens),
    nonNegative(t.outputTokens),
  ],
);
