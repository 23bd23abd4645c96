import { sql } from 'drizzle-orm';
import { bigserial, index, jsonb, pgPolicy, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { aiReadonlyRole, authenticatedRole, currentProject, noDelete, noUpdate, serviceRoleAll } from '../access.ts';


/**
 * Migration 20251010011019 (facts_table): the dashboard's analytics facts, one value per project, topic and key
 * as it was observed (append-only: a new observation is a new row). RLS since 20251011143933: a user sees and
 * writes their own project's facts; the AI role reads across projects.
 */
export const facts = pgTable.withRLS(
  'facts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** The tenant: 'occ', 'chatwoot', a shop. */
    project: text('project').notNull(),
    /** What the fact is about, dotted: 'dashboard.analytics', 'cx.sla'. */
    topic: text('topic').notNull(),
    key: text('key').notNull(),
    value: jsonb('value').notNull(),
    /** Where the value came from (source system, query, window). */
    metadata: jsonb('metadata').notNull().default(sql`'{}'::jsonb`),
    /** A link to the evidence an operator can open (a report, a query result). */
    evidenceUrl: text('evidence_url'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('facts_topic_idx').on(t.topic),
    index('facts_topic_key_idx').on(t.topic, t.key),
    index('facts_created_at_idx').on(t.createdAt.desc().nullsFirst()),
    // The report's recommendation 4: every user query is filtered by project first (its RLS policy).
    index('facts_project_topic_created_idx').on(t.project, t.topic, t.createdAt.desc().nullsFirst()),
    serviceRoleAll('facts'),
    pgPolicy('facts_read_by_project', { for: 'select', to: authenticatedRole, using: sql`${t.project} = ${currentProject}` }),
    pgPolicy('facts_insert_by_project', { for: 'insert', to: authenticatedRole, withCheck: sql`${t.project} = ${currentProject}` }),
    pgPolicy('facts_read_ai_readonly', { for: 'select', to: aiReadonlyRole, using: sql`true` }),
    noUpdate('facts'),
    noDelete('facts'),
  ],
);
