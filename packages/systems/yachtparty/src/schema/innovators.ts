import { boolean, foreignKey, index, integer, pgTable, text, timestamp, unique, uuid, varchar } from 'drizzle-orm/pg-core';
import { users } from './users.ts';

/** Migration 003: the extended profile of a user who offers a solution. */
export const innovators = pgTable(
  'innovators',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').notNull(),
    companyName: varchar('company_name', { length: 255 }).notNull(),
    solutionDescription: text('solution_description'),
    categories: text('categories').array(),
    targetCustomerProfile: text('target_customer_profile'),
    videoUrl: varchar('video_url', { length: 500 }),
    creditsBalance: integer('credits_balance').default(0),
    active: boolean('active').default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).defaultNow(),
  },
  (t) => [
    foreignKey({ name: 'innovators_user_id_fkey', columns: [t.userId], foreignColumns: [users.id] }),
    unique('innovators_user_id_key').on(t.userId),
    index('idx_innovators_categories').using('gin', t.categories),
    index('idx_innovators_active').on(t.active, t.createdAt.desc().nullsFirst()),
  ],
);
