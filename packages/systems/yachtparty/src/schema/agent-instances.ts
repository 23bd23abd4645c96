import { sql } from 'drizzle-orm';
import { foreignKey, index, jsonb, pgTable, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';
import { users } from './users.ts';

/** Migration 003: an agent's configuration and prompt version, for A/B tests and debugging. */
export const agentInstances = pgTable(
  'agent_instances',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agentType: varchar('agent_type', { length: 50 }).notNull(),
    userId: uuid('user_id'),
    configJson: jsonb('config_json'),
    promptVersion: varchar('prompt_version', { length: 50 }),
    status: varchar('status', { length: 50 }).default('active'),
    lastActiveAt: timestamp('last_active_at', { withTimezone: true }).defaultNow(),
    createdAt: timestamp('created_at', { withTimezone: true }).defaultNow(),
    terminatedAt: timestamp('terminated_at', { withTimezone: true }),
  },
  (t) => [
    foreignKey({ name: 'agent_instances_user_id_fkey', columns: [t.userId], foreignColumns: [users.id] }),
    index('idx_instances_type_user').on(t.agentType, t.userId),
    index('idx_instances_active').on(t.agentType, t.status).where(sql`status = 'active'`),
  ],
);
