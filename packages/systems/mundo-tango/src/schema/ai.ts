import { index, integer, jsonb, pgTable, serial, text, timestamp, varchar } from 'drizzle-orm/pg-core';
import { legacyForeignKey } from './keys.ts';
import { users } from './users.ts';

/** AI: Mr. Blue conversations and messages, the Life CEO domains (P66-P81) and goals. Reproduced column for column and
 * index for index (test/fidelity.test.ts); foreign keys and unique constraints under the names the owners' database has.
 */
export const mrBlueConversations = pgTable('mr_blue_conversations', {
  id: serial('id').primaryKey(),
  userId: integer('user_id').notNull(),
  title: text('title'),
  lastMessageAt: timestamp('last_message_at'),
  createdAt: timestamp('created_at').defaultNow(),
}, (table) => [
  legacyForeignKey(table.userId, users.id, 'cascade'),
  index('mr_blue_conversations_user_idx').on(table.userId),
]);

export const mrBlueMessages = pgTable('mr_blue_messages', {
  id: serial('id').primaryKey(),
  conversationId: integer('conversation_id').notNull(),
  role: varchar('role').notNull(), // user, assistant, system
  content: text('content').notNull(),
  metadata: jsonb('metadata'), // Provider, model, tokens, etc.
  createdAt: timestamp('created_at').defaultNow(),
}, (table) => [
  legacyForeignKey(table.conversationId, mrBlueConversations.id, 'cascade'),
  index('mr_blue_messages_conversation_idx').on(table.conversationId),
]);

export const lifeCeoDomains = pgTable('life_ceo_domains', {
  id: serial('id').primaryKey(),
  name: varchar('name').notNull().unique('life_ceo_domains_name_unique'), // Health, Finance, Career, etc.
  agentId: varchar('agent_id').notNull(), // P66-P81
  description: text('description'),
  icon: varchar('icon'),
  color: varchar('color'),
  createdAt: timestamp('created_at').defaultNow(),
});

export const lifeCeoGoals = pgTable('life_ceo_goals', {
  id: serial('id').primaryKey(),
  userId: integer('user_id').notNull(),
  domainId: integer('domain_id'),
  title: text('title').notNull(),
  description: text('description'),
  targetDate: timestamp('target_date'),
  status: varchar('status').default('active').notNull(),
  progress: integer('progress').default(0), // 0-100
  priority: varchar('priority').default('medium'), // low, medium, high
  metadata: jsonb('metadata'),
  createdAt: timestamp('created_at').defaultNow(),
  updatedAt: timestamp('updated_at').defaultNow(),
  completedAt: timestamp('completed_at'),
}, (table) => [
  legacyForeignKey(table.userId, users.id, 'cascade'),
  legacyForeignKey(table.domainId, lifeCeoDomains.id),
  index('life_ceo_goals_user_idx').on(table.userId),
  index('life_ceo_goals_domain_idx').on(table.domainId),
  index('life_ceo_goals_status_idx').on(table.status),
]);
