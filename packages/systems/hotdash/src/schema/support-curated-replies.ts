import { sql } from 'drizzle-orm';
import { bigserial, index, pgPolicy, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { aiReadonlyRole, authenticatedRole, supportWebhookRole } from '../access.ts';

/**
 * Migration 20251011_chatwoot_gold_replies: answers Support approved in Chatwoot, the gold dataset the AI is
 * evaluated against. Its two policies are the ones deployed: the webhook inserts, the AI and signed-in users read.
 */
export const supportCuratedReplies = pgTable.withRLS(
  'support_curated_replies',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** The approved answer. */
    messageBody: text('message_body').notNull(),
    tags: text('tags').array().notNull().default(sql`'{}'`),
    /** Email or identifier of who approved it. */
    approver: text('approver').notNull(),
    approvedAt: timestamp('approved_at', { withTimezone: true }).notNull().defaultNow(),
    /** Chatwoot's message and conversation ids, when the reply came from one. */
    sourceMessageId: text('source_message_id'),
    conversationId: text('conversation_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('support_curated_replies_approved_at_idx').on(t.approvedAt.desc().nullsFirst()),
    index('support_curated_replies_conversation_idx').on(t.conversationId),
    index('support_curated_replies_source_msg_idx').on(t.sourceMessageId),
    index('support_curated_replies_updated_at_idx').on(t.updatedAt.desc().nullsFirst()),
    index('support_curated_replies_created_at_idx').on(t.createdAt.desc().nullsFirst()),
    index('support_curated_replies_tags_gin').using('gin', t.tags),
    pgPolicy('support_curated_replies_insert_by_webhook', { for: 'insert', to: supportWebhookRole, withCheck: sql`true` }),
    pgPolicy('support_curated_replies_read_ai', { for: 'select', to: [aiReadonlyRole, authenticatedRole], using: sql`true` }),
  ],
);
