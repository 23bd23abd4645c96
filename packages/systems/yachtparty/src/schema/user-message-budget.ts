import { boolean, date, foreignKey, index, integer, pgTable, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from './users.ts';

/** Migration 001: per-user daily message limits (rate limiting not active: empty). */
export const userMessageBudget = pgTable(
  'user_message_budget',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').notNull(),
    date: date('date').notNull(),
    messagesSent: integer('messages_sent').default(0),
    lastMessageAt: timestamp('last_message_at', { withTimezone: true }),
    dailyLimit: integer('daily_limit').default(5),
    hourlyLimit: integer('hourly_limit').default(2),
    quietHoursEnabled: boolean('quiet_hours_enabled').default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).defaultNow(),
  },
  (t) => [
    foreignKey({ name: 'user_message_budget_user_id_fkey', columns: [t.userId], foreignColumns: [users.id] }),
    unique('user_message_budget_user_id_date_key').on(t.userId, t.date),
    index('idx_budget_user_date').on(t.userId, t.date.desc().nullsFirst()),
  ],
);
