import { sql } from 'drizzle-orm';
import { foreignKey, index, integer, numeric, pgTable, timestamp, unique, uuid, varchar } from 'drizzle-orm/pg-core';
import { users } from './users.ts';

/** Migration 002: what the Concierge should raise with a user next, ranked (Account Manager not deployed: empty). */
export const userPriorities = pgTable(
  'user_priorities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').notNull(),
    /** 1 = highest. */
    priorityRank: integer('priority_rank').notNull(),
    /** 'intro_opportunity', 'community_request', 'solution_update'. */
    itemType: varchar('item_type', { length: 50 }).notNull(),
    itemId: uuid('item_id').notNull(),
    valueScore: numeric('value_score', { precision: 5, scale: 2 }),
    status: varchar('status', { length: 50 }).default('active'),
    createdAt: timestamp('created_at', { withTimezone: true }).defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    presentedAt: timestamp('presented_at', { withTimezone: true }),
  },
  (t) => [
    foreignKey({ name: 'user_priorities_user_id_fkey', columns: [t.userId], foreignColumns: [users.id] }),
    unique('user_priorities_user_id_item_type_item_id_key').on(t.userId, t.itemType, t.itemId),
    index('idx_priorities_user_active').on(t.userId, t.status, t.priorityRank).where(sql`status = 'active'`),
  ],
);
