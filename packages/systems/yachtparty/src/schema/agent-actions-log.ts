import { sql } from 'drizzle-orm';
import { foreignKey, index, integer, jsonb, numeric, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { agentInstances } from './agent-instances.ts';
import { users } from './users.ts';

/** Migration 003: every agent action and LLM call, with tokens, cost and latency. */
export const agentActionsLog = pgTable(
  'agent_actions_log',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agentType: varchar('agent_type', { length: 50 }).notNull(),
    agentInstanceId: uuid('agent_instance_id'),
    /** 'llm_call', 'function_execution', 'event_published'. */
    actionType: varchar('action_type', { length: 100 }).notNull(),
    userId: uuid('user_id'),
    contextId: uuid('context_id'),
    contextType: varchar('context_type', { length: 50 }),
    modelUsed: varchar('model_used', { length: 100 }),
    inputTokens: integer('input_tokens'),
    outputTokens: integer('output_tokens'),
    costUsd: numeric('cost_usd', { precision: 10, scale: 6 }),
    latencyMs: integer('latency_ms'),
    inputData: jsonb('input_data'),
    outputData: jsonb('output_data'),
    error: text('error'),
    createdAt: timestamp('created_at', { withTimezone: true }).defaultNow(),
  },
  (t) => [
    foreignKey({ name: 'agent_actions_log_agent_instance_id_fkey', columns: [t.agentInstanceId], foreignColumns: [agentInstances.id] }),
    foreignKey({ name: 'agent_actions_log_user_id_fkey', columns: [t.userId], foreignColumns: [users.id] }),
    index('idx_log_agent_time').on(t.agentType, t.createdAt.desc().nullsFirst()),
    index('idx_log_user').on(t.userId, t.createdAt.desc().nullsFirst()),
    index('idx_log_cost').on(t.createdAt, t.costUsd).where(sql`cost_usd IS NOT NULL`),
    // Forward migration `constraints`: the foreign key had no index.
    index('idx_log_agent_instance').on(t.agentInstanceId),
  ],
);
