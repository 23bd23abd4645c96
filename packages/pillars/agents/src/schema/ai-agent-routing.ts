import { between, differ, domainTable, formatCheck, id, inOrder, jsonObject, nonNegative, requiredWhen, SNAKE_CASE_KEY, textEnum, timestamps, timestamptz } from '@db/core';
import { adminUsers } from '@db/admin/tables';
import { sql } from 'drizzle-orm';
import { foreignKey, index, integer, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { type AI_AGENT_CHANNELS, AI_AGENT_ROUTING_STATUSES } from '../constants.ts';
import { aiAgentConfigs } from './ai-agent-configs.ts';

/** When a rule applies beyond its intent; every condition given must hold, an empty object always holds. */
export type AiAgentRoutingConditions = {
  channels?: (typeof AI_AGENT_CHANNELS)[number][] | undefined;
  /** Language tags: en, en-IE, ga-IE. */
  locales?: string[] | undefined;
  /** The session is about a horse (horse_id set). */
  requiresHorse?: boolean | undefined;
  /** Subscription plans the rule is for: free, rider, barn (user_subscriptions.plan). */
  plans?: string[] | undefined;
  /** Words that send the request here whatever the classifier's confidence: colic, choke, laminitis. */
  keywords?: string[] | undefined;
};

/**
 * A routing rule: requests classified under `intent` go to an agent configuration, the lowest `priority` number
 * first among the rules whose conditions hold, with a fallback agent if the first declines or fails. Rules are
 * history: a change retires the rule (`valid_to`, status retired) and opens another, so the rule that routed a
 * call (ai_agent_interactions.routing_rule_id) stays readable. No two active rules share an intent and a
 * priority (partial unique index): the order is never a tie.
 */
export const aiAgentRouting = domainTable(
  'ai_agent_routing',
  {
    id: id(),
    /** The classifier's intent, snake_case: lameness_question, feed_plan, listing_draft, colic_emergency. */
    intent: text().notNull(),
    /** RESTRICT: a configuration a rule routes to cannot be deleted from under it. */
    agentConfigId: uuid()
      .notNull()
      .references(() => aiAgentConfigs.id, { onDelete: 'restrict' }),
    fallbackAgentConfigId: uuid(),
    /** 0 first. */
    priority: integer().notNull(),
    status: textEnum(AI_AGENT_ROUTING_STATUSES).notNull().default('active'),
    conditions: jsonObject<AiAgentRoutingConditions>(),
    /** The classifier's confidence, 0..1, under which the rule does not apply (the orchestrator asks the user). */
    minConfidence: numeric({ precision: 4, scale: 3 }),
    validFrom: timestamptz().notNull().defaultNow(),
    validTo: timestamptz(),
    description: text(),
    /** Who wrote the rule. SET NULL: a credit. */
    createdByAdminUserId: uuid().references(() => adminUsers.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  (t) => [
    // Declared here with names: the generated ones would pass PostgreSQL's 63 characters.
    foreignKey({
      name: 'ai_agent_routing_fallback_agent_config_id_fkey',
      columns: [t.fallbackAgentConfigId],
      foreignColumns: [aiAgentConfigs.id],
    }).onDelete('restrict'),
    uniqueIndex('ai_agent_routing_active_key')
      .on(t.intent, t.priority)
      .where(sql`${t.status} = 'active'`),
    index('ai_agent_routing_agent_config_id_idx').on(t.agentConfigId),
    index('ai_agent_routing_fallback_agent_config_id_idx').on(t.fallbackAgentConfigId),
    index('ai_agent_routing_created_by_admin_user_id_idx').on(t.createdByAdminUserId),
    formatCheck(t.intent, SNAKE_CASE_KEY),
    nonNegative(t.priority),
    between(t.minConfidence, 0, 1),
    differ(t.agentConfigId, t.fallbackAgentConfigId, { name: 'ai_agent_routing_fallback_check', message: 'must differ from agentConfigId: a fallback is another agent' }),
    inOrder(t.validFrom, t.validTo, { strict: true, name: 'ai_agent_routing_valid_to_check', message: 'must be after validFrom' }),
    requiredWhen(t.validTo, t.status, 'retired', { name: 'ai_agent_routing_retired_check' }),
  ],
);
