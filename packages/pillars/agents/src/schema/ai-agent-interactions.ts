import {
  between,
  currency,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  nonNegative,
  textEnum,
  timestamps,
  timestamptz,
} from '@db/core';
import { aiMessages, aiModels } from '@db/recommendations/tables';
import { index, integer, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { AI_AGENT_FINISH_REASONS, AI_AGENT_PROVIDERS } from '../constants.ts';
import { aiAgentConfigs } from './ai-agent-configs.ts';
import { aiAgentRouting } from './ai-agent-routing.ts';
import { aiAgentSessions } from './ai-agent-sessions.ts';

/**
 * One agent call inside a session: which configuration version called which model through which vendor, the
 * tokens billed (input, output, and the part of the input served from the vendor's prompt cache), latency, cost
 * and why the model stopped. The vendor's usage export is re-imported again and again: (provider,
 * provider_request_id) is its upsert key, `source_updated_at` when the vendor last corrected the line. Calls go
 * with their session (CASCADE); a configuration or model that was called cannot be deleted (RESTRICT).
 */
export const aiAgentInteractions = domainTable(
  'ai_agent_interactions',
  {
    id: id(),
    sessionId: uuid()
      .notNull()
      .references(() => aiAgentSessions.id, { onDelete: 'cascade' }),
    /** 0, 1, 2, ... in the order the runtime issued the calls of the session. */
    sequenceNumber: integer().notNull(),
    agentConfigId: uuid()
      .notNull()
      .references(() => aiAgentConfigs.id, { onDelete: 'restrict' }),
    /** The model actually called: the configuration's, or its fallback. */
    modelId: uuid()
      .notNull()
      .references(() => aiModels.id, { onDelete: 'restrict' }),
    /** The rule that sent the request to this agent; SET NULL: provenance, the call stays. */
    routingRuleId: uuid().references(() => aiAgentRouting.id, { onDelete: 'set null' }),
    /** The assistant turn the call wrote, when the user saw it; SET NULL: provenance. */
    messageId: uuid().references(() => aiMessages.id, { onDelete: 'set null' }),
    /** The vendor that served the call (azure_openai for an OpenAI model hosted in Azure). */
    provider: textEnum(AI_AGENT_PROVIDERS).notNull(),
    /** The vendor's request id (x-request-id, req_..., msg_...); null when the call never reached the vendor. */
    providerRequestId: text(),
    inputTokens: integer().notNull().default(0),
    /** The part of inputTokens read from the vendor's prompt cache (billed at a discount). */
    cachedInputTokens: integer().notNull().default(0),
    outputTokens: integer().notNull().default(0),
    toolCallCount: integer().notNull().default(0),
    /** From the request to the last token. */
    latencyMs: integer(),
    /** Model-usage cost of the call: fractions of a cent, 6 decimals, in `currency`. */
    cost: numeric({ precision: 14, scale: 6 }).notNull().default('0'),
    currency: currency(),
    finishReason: textEnum(AI_AGENT_FINISH_REASONS),
    /** The agent's own confidence in its answer, 0..1, which weighted votes and routing thresholds read. */
    confidence: numeric({ precision: 4, scale: 3 }),
    startedAt: timestamptz().notNull().defaultNow(),
    /** When the vendor last changed the usage line (a corrected token count), as the export reports it. */
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('ai_agent_interactions_provider_request_id_key').on(t.provider, t.providerRequestId),
    /** The session's timeline, and a retried write's key. */
    uniqueIndex('ai_agent_interactions_session_id_sequence_number_key').on(t.sessionId, t.sequenceNumber),
    /** An agent version's recent calls (performance rollups). */
    index('ai_agent_interactions_agent_config_id_idx').on(t.agentConfigId, t.startedAt),
    index('ai_agent_interactions_model_id_idx').on(t.modelId, t.startedAt),
    index('ai_agent_interactions_routing_rule_id_idx').on(t.routingRuleId),
    index('ai_agent_interactions_message_id_idx').on(t.messageId),
    nonNegative(t.sequenceNumber),
    formatCheck(t.providerRequestId, EXTERNAL_ID),
    nonNegative(t.inputTokens),
    nonNegative(t.cachedInputTokens),
    inOrder(t.cachedInputTokens, t.inputTokens, { name: 'ai_agent_interactions_cached_tokens_check', message: 'must be at least cachedInputTokens' }),
    nonNegative(t.outputTokens),
    nonNegative(t.toolCallCount),
    nonNegative(t.latencyMs),
    nonNegative(t.cost),
    between(t.confidence, 0, 1),
  ],
);
