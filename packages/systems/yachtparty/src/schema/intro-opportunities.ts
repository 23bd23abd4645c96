import { sql } from 'drizzle-orm';
import { foreignKey, index, integer, jsonb, numeric, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { users } from './users.ts';

/**
 * Migration 002 (described without DDL; written in the style of its neighbours and its FK map): an introduction
 * a connector could make, for a bounty in credits, between an innovator and someone the connector knows.
 */
export const introOpportunities = pgTable(
  'intro_opportunities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Who would make the introduction. */
    connectorUserId: uuid('connector_user_id').notNull(),
    /** The innovator who wants it (a user). */
    innovatorId: uuid('innovator_id'),
    /** Who would be introduced: often someone not on the platform yet (a `prospects` row holds their research). */
    prospectName: varchar('prospect_name', { length: 255 }).notNull(),
    prospectCompany: varchar('prospect_company', { length: 255 }),
    prospectTitle: varchar('prospect_title', { length: 255 }),
    prospectLinkedinUrl: varchar('prospect_linkedin_url', { length: 500 }),
    introReason: text('intro_reason'),
    bountyCredits: integer('bounty_credits').default(50),
    matchScore: numeric('match_score', { precision: 5, scale: 2 }),
    matchSignals: jsonb('match_signals'),
    /** 'open', 'offered', 'accepted', 'declined', 'completed', 'expired'. */
    status: varchar('status', { length: 50 }).default('open'),
    connectorResponse: text('connector_response'),
    introMethod: varchar('intro_method', { length: 50 }),
    createdAt: timestamp('created_at', { withTimezone: true }).defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    completedAt: timestamp('completed_at', { withTimezone: true }),
  },
  (t) => [
    foreignKey({ name: 'intro_opportunities_connector_user_id_fkey', columns: [t.connectorUserId], foreignColumns: [users.id] }),
    foreignKey({ name: 'intro_opportunities_innovator_id_fkey', columns: [t.innovatorId], foreignColumns: [users.id] }),
    index('idx_intros_connector').on(t.connectorUserId, t.status),
    index('idx_intros_innovator').on(t.innovatorId, t.status),
    index('idx_intros_open').on(t.status, t.expiresAt).where(sql`status = 'open'`),
  ],
);
