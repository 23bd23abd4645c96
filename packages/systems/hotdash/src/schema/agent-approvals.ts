import { oneOf } from '@db/core';
import { sql } from 'drizzle-orm';
import { bigserial, index, jsonb, pgPolicy, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { authenticatedRole, currentConversation, noDelete, serviceRole, serviceRoleAll } from '../access.ts';
import { APPROVAL_STATUSES } from '../constants.ts';

/**
 * Migration 20251011150400, exactly as documented: the Agent SDK's human-in-the-loop queue. `serialized` is the
 * SDK's run state to resume once a human decides. Read by the conversation's user; written by the service only.
 */
export const agentApprovals = pgTable.withRLS(
  'agent_approvals',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    conversationId: text('conversation_id').notNull(),
    serialized: jsonb('serialized').notNull(),
    lastInterruptions: jsonb('last_interruptions').default(sql`'[]'::jsonb`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    approvedBy: text('approved_by'),
    status: text('status', { enum: APPROVAL_STATUSES }).notNull().default('pending'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('agent_approvals_conversation_id_idx').on(t.conversationId),
    index('agent_approvals_created_at_idx').on(t.createdAt.desc().nullsFirst()),
    index('agent_approvals_status_idx').on(t.status),
    // The pending queue, oldest first.
    index('agent_approvals_status_created_idx').on(t.status, t.createdAt).where(sql`status = 'pending'`),
    oneOf(t.status, APPROVAL_STATUSES),
    serviceRoleAll('agent_approvals'),
    pgPolicy('agent_approvals_read_own', { for: 'select', to: authenticatedRole, using: sql`${t.conversationId} = ${currentConversation}` }),
    pgPolicy('agent_approvals_insert_service', { for: 'insert', to: serviceRole, withCheck: sql`true` }),
    pgPolicy('agent_approvals_update_service', { for: 'update', to: serviceRole, using: sql`true`, withCheck: sql`true` }),
    noDelete('agent_approvals'),
  ],
);
