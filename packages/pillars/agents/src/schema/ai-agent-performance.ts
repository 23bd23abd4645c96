import { between, currency, domainTable, id, inOrder, nonNegative, textEnum, timestamps, timestamptz } from '@db/core';
import { bigint, index, integer, numeric, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { AI_AGENT_PERIOD_GRANULARITIES } from '../constants.ts';
import { aiAgentConfigs } from './ai-agent-configs.ts';

/**
 * How one agent configuration version did over one period (an hour, day, week or month): calls, failures and
 * success rate, p50/p95 latency, tokens, cost, hand-offs and the users' average rating. The rollup job recomputes
 * a period as late usage lines arrive: (agent_config_id, period_granularity, period_start) is its upsert key and
 * `computed_at` when it last ran. Figures derived from the configuration's calls: they go with it (CASCADE; a
 * configuration that served is retired, not deleted, so this only clears drafts' evaluation runs).
 */
export const aiAgentPerformance = domainTable(
  'ai_agent_performance',
  {
    id: id(),
    agentConfigId: uuid()
      .notNull()
      .references(() => aiAgentConfigs.id, { onDelete: 'cascade' }),
    periodGranularity: textEnum(AI_AGENT_PERIOD_GRANULARITIES).notNull(),
    periodStart: timestamptz().notNull(),
    periodEnd: timestamptz().notNull(),
    callCount: integer().notNull(),
    /** Calls that ended in an error after their retries (finish reason error, or no answer). */
    failedCallCount: integer().notNull().default(0),
    /** 0-100: calls answered without error, as the rollup computes it. */
    successRatePercent: numeric({ precision: 5, scale: 2 }).notNull(),
    latencyP50Ms: integer(),
    latencyP95Ms: integer(),
    /** Token totals of a month of a busy agent pass 2^31: bigint. */
    inputTokens: bigint({ mode: 'number' }).notNull().default(0),
    outputTokens: bigint({ mode: 'number' }).notNull().default(0),
    /** Model-usage cost over the period, 6 decimals, in `currency`. */
    totalCost: numeric({ precision: 14, scale: 6 }).notNull().default('0'),
    currency: currency(),
    /** Hand-offs from this agent to another agent or a person. */
    handoffCount: integer().notNull().default(0),
    /** Users' ratings of the answers, 1-5, averaged; null when nobody rated. */
    averageUserRating: numeric({ precision: 3, scale: 2 }),
    computedAt: timestamptz().notNull().defaultNow(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('ai_agent_performance_period_key').on(t.agentConfigId, t.periodGranularity, t.periodStart),
    /** The dashboard: every agent's figures for the last periods. */
    index('ai_agent_performance_period_start_idx').on(t.periodGranularity, t.periodStart),
    inOrder(t.periodStart, t.periodEnd, { strict: true, name: 'ai_agent_performance_period_end_check', message: 'must be after periodStart' }),
    nonNegative(t.callCount),
    nonNegative(t.failedCallCount),
    inOrder(t.failedCallCount, t.callCount, { name: 'ai_agent_performance_failed_calls_check', message: 'must be at least failedCallCount' }),
    between(t.successRatePercent, 0, 100),
    nonNegative(t.latencyP50Ms),
    nonNegative(t.latencyP95Ms),
    inOrder(t.latencyP50Ms, t.latencyP95Ms, { name: 'ai_agent_performance_latency_check', message: 'must be at least latencyP50Ms' }),
    nonNegative(t.inputTokens),
    nonNegative(t.outputTokens),
    nonNegative(t.totalCost),
    nonNegative(t.handoffCount),
    between(t.averageUserRating, 1, 5),
  ],
);
