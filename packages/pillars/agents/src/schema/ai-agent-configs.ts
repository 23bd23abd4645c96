import {
  between,
  currency,
  differ,
  domainTable,
  formatCheck,
  id,
  inOrder,
  jsonList,
  nonNegative,
  positive,
  requiredWhen,
  SHA256_HEX,
  SNAKE_CASE_KEY,
  textEnum,
  textLength,
  timestamps,
  timestamptz,
} from '@db/core';
import { adminUsers } from '@db/admin/tables';
import { aiModels } from '@db/recommendations/tables';
import { sql } from 'drizzle-orm';
import { boolean, index, integer, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { AI_AGENT_CONFIG_STATUSES, AI_AGENT_DOMAINS, AI_AGENT_GIT_REVISION, AI_AGENT_ROLES, type AI_AGENT_TOOL_KINDS } from '../constants.ts';

/** A tool the agent may call, as its configuration declares it (the function's schema lives with the code). */
export interface AiAgentTool {
  /** The function name the model sees, snake_case: lookup_vaccination_history. */
  name: string;
  kind: (typeof AI_AGENT_TOOL_KINDS)[number];
  description?: string | undefined;
  /** The user confirms before the call runs (booking a vet visit, publishing a listing). */
  requiresConfirmation?: boolean | undefined;
}

/**
 * One version of one agent's configuration: the vet-triage agent, the nutrition agent, the listings agent, ...
 * (`agent_key`), each version immutable once deployed and identified by (agent_key, version), the key the
 * deployment from the agents repository upserts on. One version per agent is active (partial unique index); a
 * new version is activated by retiring the current one. The model comes from the registry of
 * @db/recommendations (`ai_models`, RESTRICT: a model in use is retired, never deleted); the system prompt is
 * kept by its SHA-256 (the text lives in the repository at `source_revision`). A version that served calls is
 * retired, never deleted: interactions, hand-offs and lessons point at it (RESTRICT).
 */
export const aiAgentConfigs = domainTable(
  'ai_agent_configs',
  {
    id: id(),
    /** The agent, stable across versions: vet_triage, nutrition_advisor, listing_writer. */
    agentKey: text().notNull(),
    /** 1, 2, 3, ... per agent key. */
    version: integer().notNull(),
    /** What users and staff see: "Vet triage assistant". */
    displayName: text().notNull(),
    role: textEnum(AI_AGENT_ROLES).notNull(),
    domain: textEnum(AI_AGENT_DOMAINS).notNull(),
    status: textEnum(AI_AGENT_CONFIG_STATUSES).notNull().default('draft'),
    modelId: uuid()
      .notNull()
      .references(() => aiModels.id, { onDelete: 'restrict' }),
    /** The model called when the first one is unavailable or rate-limited (another vendor, usually). */
    fallbackModelId: uuid().references(() => aiModels.id, { onDelete: 'restrict' }),
    /** Lower-case hex SHA-256 of the rendered system prompt: which prompt answered is provable without storing it twice. */
    systemPromptSha256: text().notNull(),
    /** Sampling temperature, 0 (deterministic) to 2, as the vendors accept it. */
    temperature: numeric({ precision: 3, scale: 2 }).notNull().default('0.70'),
    maxOutputTokens: integer().notNull(),
    /** The tools the agent may call. */
    tools: jsonList<AiAgentTool>(),
    /** Per call, before the runtime gives up (and retries or falls back). */
    timeoutMs: integer().notNull().default(30_000),
    /** The most one call may cost before the runtime cuts it off; model-usage costs have 6 decimals. */
    maxCostPerCall: numeric({ precision: 14, scale: 6 }),
    currency: currency(),
    /** Answers are held for a person (a vet for clinical agents) before the user sees them. */
    requiresHumanReview: boolean().notNull().default(false),
    activatedAt: timestamptz(),
    retiredAt: timestamptz(),
    /** What changed from the previous version, and why (the lessons it applies are ai_agent_learning rows). */
    changeSummary: text(),
    /** Who wrote the version. SET NULL: a credit; the deployment itself is in the repository's history. */
    authoredByAdminUserId: uuid().references(() => adminUsers.id, { onDelete: 'set null' }),
    /** The commit of the agents repository the version was deployed from. */
    sourceRevision: text(),
    /** When the repository last changed the version, as the deployment reports it. */
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('ai_agent_configs_agent_key_version_key').on(t.agentKey, t.version),
    /** One active version per agent: what the router resolves an agent key to. */
    uniqueIndex('ai_agent_configs_active_key')
      .on(t.agentKey)
      .where(sql`${t.status} = 'active'`),
    index('ai_agent_configs_model_id_idx').on(t.modelId),
    index('ai_agent_configs_fallback_model_id_idx').on(t.fallbackModelId),
    index('ai_agent_configs_authored_by_admin_user_id_idx').on(t.authoredByAdminUserId),
    formatCheck(t.agentKey, SNAKE_CASE_KEY),
    positive(t.version),
    textLength(t.displayName, { min: 1, max: 120 }),
    formatCheck(t.systemPromptSha256, SHA256_HEX),
    between(t.temperature, 0, 2),
    positive(t.maxOutputTokens),
    positive(t.timeoutMs),
    nonNegative(t.maxCostPerCall),
    differ(t.modelId, t.fallbackModelId, { name: 'ai_agent_configs_fallback_model_check', message: 'must differ from modelId: a fallback is another model' }),
    requiredWhen(t.activatedAt, t.status, 'active', { name: 'ai_agent_configs_active_check' }),
    requiredWhen(t.retiredAt, t.status, 'retired', { name: 'ai_agent_configs_retired_check' }),
    inOrder(t.activatedAt, t.retiredAt, { name: 'ai_agent_configs_retired_at_check', message: 'must not be before activatedAt' }),
    formatCheck(t.sourceRevision, AI_AGENT_GIT_REVISION),
  ],
);
