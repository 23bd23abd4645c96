import { sql } from 'drizzle-orm';
import { bigserial, boolean, index, integer, jsonb, pgPolicy, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { authenticatedRole, currentConversation, monitoringTeamRole, noDelete, operatorReadonlyRole, qaTeamRole, readAll, serviceRole, serviceRoleAll } from '../access.ts';

/**
 * Migration 20251011150500, exactly as documented: every query an agent ran, its result, whether a human approved
 * (NULL: not decided) or edited it, and its latency. The operator of the conversation records the decision.
 */
export const agentQueries = pgTable.withRLS(
  'agent_queries',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    query: text('query').notNull(),
    result: jsonb('result').notNull(),
    conversationId: text('conversation_id').notNull(),
    agent: text('agent').notNull(),
    approved: boolean('approved'),
    humanEdited: boolean('human_edited').default(false),
    latencyMs: integer('latency_ms'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('agent_queries_conversation_id_idx').on(t.conversationId),
    index('agent_queries_created_at_idx').on(t.createdAt.desc().nullsFirst()),
    index('agent_queries_agent_idx').on(t.agent),
    index('agent_queries_approved_idx').on(t.approved).where(sql`approved IS NOT NULL`),
    index('agent_queries_agent_created_idx').on(t.agent, t.createdAt.desc().nullsFirst()),
    index('agent_queries_latency_idx').on(t.latencyMs).where(sql`latency_ms IS NOT NULL`),
    serviceRoleAll('agent_queries'),
    pgPolicy('agent_queries_read_own', { for: 'select', to: authenticatedRole, using: sql`${t.conversationId} = ${currentConversation}` }),
    readAll('agent_queries_read_operators', [operatorReadonlyRole, monitoringTeamRole, qaTeamRole]),
    // The operator approves or edits in their own conversation; column grants keep it to those two columns.
    pgPolicy('agent_queries_update_by_operator', {
      for: 'update',
      to: authenticatedRole,
      using: sql`${t.conversationId} = ${currentConversation}`,
      withCheck: sql`${t.conversationId} = ${currentConversation}`,
    }),
    pgPolicy('agent_queries_insert_service', { for: 'insert', to: serviceRole, withCheck: sql`true` }),
    noDelete('agent_queries'),
  ],
);
