import { E164_PHONE, formatCheck, oneOf } from '@db/core';
import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, time, timestamp, unique, uuid, varchar } from 'drizzle-orm/pg-core';
import { POC_AGENT_TYPES } from '../constants.ts';

/** Migration 001 (core tables); `phone_number_history` is the documented fix (migration 0006). */
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    phoneNumber: varchar('phone_number', { length: 20 }).notNull(),
    email: varchar('email', { length: 255 }),
    firstName: varchar('first_name', { length: 100 }),
    lastName: varchar('last_name', { length: 100 }),
    company: varchar('company', { length: 255 }),
    title: varchar('title', { length: 255 }),
    linkedinUrl: varchar('linkedin_url', { length: 500 }),
    verified: boolean('verified').default(false),
    innovator: boolean('innovator').default(false),
    expertConnector: boolean('expert_connector').default(false),
    expertise: text('expertise').array(),
    pocAgentId: varchar('poc_agent_id', { length: 50 }),
    /** 'bouncer', 'concierge', 'innovator'. */
    pocAgentType: varchar('poc_agent_type', { length: 50, enum: POC_AGENT_TYPES }),
    quietHoursStart: time('quiet_hours_start'),
    quietHoursEnd: time('quiet_hours_end'),
    timezone: varchar('timezone', { length: 50 }),
    responsePattern: jsonb('response_pattern'),
    /** A cache of `user_credit_balances`, kept by the `on_credit_event_processed` trigger. */
    creditBalance: integer('credit_balance').default(0),
    statusLevel: varchar('status_level', { length: 50 }).default('member'),
    createdAt: timestamp('created_at', { withTimezone: true }).defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).defaultNow(),
    lastActiveAt: timestamp('last_active_at', { withTimezone: true }),
    /** Earlier numbers, newest last: `{ phone_number, changed_at, changed_reason }` (fix: migration 0006). */
    phoneNumberHistory: jsonb('phone_number_history').default(sql`'[]'::jsonb`),
  },
  (t) => [
    unique('users_phone_number_key').on(t.phoneNumber),
    index('idx_users_phone').on(t.phoneNumber),
    index('idx_users_verified').on(t.verified),
    index('idx_users_poc_agent').on(t.pocAgentType, t.verified),
    // Forward migration `constraints`, NOT VALID:
    formatCheck(t.phoneNumber, E164_PHONE),
    oneOf(t.pocAgentType, POC_AGENT_TYPES),
  ],
);
