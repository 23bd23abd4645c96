import {
  currency,
  domainTable,
  formatCheck,
  id,
  inOrder,
  money,
  onlyWhen,
  positive,
  range,
  requiredWhen,
  SNAKE_CASE_KEY,
  textEnum,
  timestamps,
  timestamptz,
} from '@db/core';
import { adminUsers } from '@db/admin/tables';
import { aiModels } from '@db/recommendations/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { bigint, index, integer, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { COST_PLANS, COST_QUOTA_ENFORCEMENTS, COST_QUOTA_PERIODS, COST_QUOTA_SCOPES } from '../constants.ts';

/**
 * A token quota: how many tokens (and optionally requests and money) an account on a plan, one account, one agent
 * or the whole platform may use per minute, hour, day, week or month, on every model or on one; `hard` refuses
 * the calls past it, `soft` lets them through and reports the overrun. The scope decides which of plan, account
 * and agent key is set (and only that one). Set in the back office, kept as history: a change closes the row
 * (`valid_to`) and opens the next, one current quota per (scope, plan, account, agent, model, period) (partial
 * unique index). Enforcement reads `ai_token_usage` (by account and day) and the live counters of the gateway.
 */
export const tokenQuotaLimits = domainTable(
  'token_quota_limits',
  {
    id: id(),
    scopeType: textEnum(COST_QUOTA_SCOPES).notNull(),
    /** For a `plan` quota: every account on that plan (@db/users' plans). */
    plan: textEnum(COST_PLANS),
    /** For a `user` quota: one account's override. CASCADE: it belongs to that account alone, and goes on erasure. */
    userId: uuid().references(() => userProfiles.id, { onDelete: 'cascade' }),
    /** For an `agent` quota: @db/agents' agent key, every configuration version of it. */
    agentKey: text(),
    /** The model the quota is on; null for every model. RESTRICT: a model is retired, never deleted. */
    modelId: uuid().references(() => aiModels.id, { onDelete: 'restrict' }),
    period: textEnum(COST_QUOTA_PERIODS).notNull(),
    /** Input plus output tokens per period. A platform's month passes 2^31: bigint. */
    tokenLimit: bigint({ mode: 'number' }).notNull(),
    requestLimit: integer(),
    /** A spending cap per period, in `currency`, where the quota also limits money. */
    costLimit: money(),
    currency: currency(),
    enforcement: textEnum(COST_QUOTA_ENFORCEMENTS).notNull().default('hard'),
    /** The share of the limit at which the account (or the agent's owner) is warned, e.g. 80.00. */
    warnAtPercent: numeric({ precision: 5, scale: 2 }),
    validFrom: timestamptz().notNull(),
    /** Exclusive end; null while current. */
    validTo: timestamptz(),
    /** Why this quota (a trial extension, a vendor's tokens-per-day limit, an abuse case). */
    reason: text(),
    /** Who set it. SET NULL: a credit; the quota stays. */
    setByAdminUserId: uuid().references(() => adminUsers.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  (t) => [
    /** One current quota per slot; the nullable parts of the slot compared as values (coalesce). */
    uniqueIndex('token_quota_limits_current_key')
      .on(
        t.scopeType,
        sql`coalesce(${t.plan}, '')`,
        sql`coalesce(${t.userId}::text, '')`,
        sql`coalesce(${t.agentKey}, '')`,
        sql`coalesce(${t.modelId}::text, '')`,
        t.period,
      )
      .where(sql`${t.validTo} is null`),
    index('token_quota_limits_user_id_idx').on(t.userId, t.validFrom),
    index('token_quota_limits_model_id_idx').on(t.modelId),
    index('token_quota_limits_set_by_admin_user_id_idx').on(t.setByAdminUserId),
    /** The gateway's lookup: the current quotas of a plan or an agent. */
    index('token_quota_limits_scope_idx')
      .on(t.scopeType, t.plan, t.agentKey)
      .where(sql`${t.validTo} is null`),
    requiredWhen(t.plan, t.scopeType, 'plan', { name: 'token_quota_limits_plan_required_check' }),
    onlyWhen(t.plan, t.scopeType, 'plan', { name: 'token_quota_limits_plan_scope_check' }),
    requiredWhen(t.userId, t.scopeType, 'user', { name: 'token_quota_limits_user_required_check' }),
    onlyWhen(t.userId, t.scopeType, 'user', { name: 'token_quota_limits_user_scope_check' }),
    requiredWhen(t.agentKey, t.scopeType, 'agent', { name: 'token_quota_limits_agent_required_check' }),
    onlyWhen(t.agentKey, t.scopeType, 'agent', { name: 'token_quota_limits_agent_scope_check' }),
    formatCheck(t.agentKey, SNAKE_CASE_KEY),
    positive(t.tokenLimit),
    positive(t.requestLimit),
    positive(t.costLimit),
    range(t.warnAtPercent, { min: 0, max: 100, exclusiveMin: true }),
    inOrder(t.validFrom, t.validTo, { strict: true, name: 'token_quota_limits_valid_to_check', message: 'must be after validFrom' }),
  ],
);
