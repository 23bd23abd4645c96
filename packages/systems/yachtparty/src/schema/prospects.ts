import { index, jsonb, pgTable, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';

/** Migration 003: people not on the platform yet, researched as introduction targets. */
export const prospects = pgTable(
  'prospects',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: varchar('name', { length: 255 }).notNull(),
    company: varchar('company', { length: 255 }),
    title: varchar('title', { length: 255 }),
    linkedinUrl: varchar('linkedin_url', { length: 500 }),
    email: varchar('email', { length: 255 }),
    mutualConnections: jsonb('mutual_connections'),
    lastResearchedAt: timestamp('last_researched_at', { withTimezone: true }),
    usersResearching: uuid('users_researching').array(),
    createdAt: timestamp('created_at', { withTimezone: true }).defaultNow(),
  },
  (t) => [index('idx_prospects_linkedin').on(t.linkedinUrl)],
);
