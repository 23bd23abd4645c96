import { sql } from 'drizzle-orm';
import { bigserial, boolean, index, jsonb, pgPolicy, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { annotatorRole, authenticatedRole, currentConversation, noDelete, qaTeamRole, readAll, serviceRole, serviceRoleAll } from '../access.ts';

/**
 * Migration 20251011150430, exactly as documented: human judgments of model drafts, the training data.
 * `safe_to_send` is NULL until reviewed; `rubric` holds scores such as {"clarity": 4, "accuracy": 5, "tone": 4}.
 */
export const agentFeedback = pgTable.withRLS(
  'agent_feedback',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    conversationId: text('conversation_id').notNull(),
    inputText: text('input_text').notNull(),
    modelDraft: text('model_draft').notNull(),
    safeToSend: boolean('safe_to_send'),
    labels: text('labels').array().default(sql`'{}'`),
    rubric: jsonb('rubric').default(sql`'{}'::jsonb`),
    annotator: text('annotator'),
    notes: text('notes'),
    meta: jsonb('meta').default(sql`'{}'::jsonb`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('agent_feedback_conversation_id_idx').on(t.conversationId),
    index('agent_feedback_created_at_idx').on(t.createdAt.desc().nullsFirst()),
    index('agent_feedback_annotator_idx').on(t.annotator),
    index('agent_feedback_safe_to_send_idx').on(t.safeToSend).where(sql`safe_to_send IS NOT NULL`),
    index('agent_feedback_labels_gin').using('gin', t.labels),
    serviceRoleAll('agent_feedback'),
    pgPolicy('agent_feedback_read_own', { for: 'select', to: authenticatedRole, using: sql`${t.conversationId} = ${currentConversation}` }),
    readAll('agent_feedback_read_reviewers', [annotatorRole, qaTeamRole]),
    // What annotators may change is narrowed by column grants (README).
    pgPolicy('agent_feedback_update_annotators', { for: 'update', to: annotatorRole, using: sql`true`, withCheck: sql`true` }),
    pgPolicy('agent_feedback_insert_service', { for: 'insert', to: serviceRole, withCheck: sql`true` }),
    noDelete('agent_feedback'),
  ],
);
