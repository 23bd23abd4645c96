import { formatCheck, oneOf } from '@db/core';
import { boolean, index, integer, pgTable, serial, text, timestamp, varchar } from 'drizzle-orm/pg-core';
import { SEALED_SECRET } from '../secrets.ts';
import { legacyForeignKey } from './keys.ts';
import { users } from './users.ts';

/**
 * Designed (the document names them: "Has one: userSettings, twoFactorSecrets"), in the documented tables' style:
 * serial ids, timestamps without time zone, foreign keys that cascade with the user.
 */
export const PROFILE_VISIBILITIES = ['public', 'friends', 'private'] as const;

/** A user's preferences, one row per user. */
export const userSettings = pgTable(
  'user_settings',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id').notNull().unique('user_settings_user_id_unique'),
    language: varchar('language').default('en').notNull(),
    timezone: varchar('timezone'),
    profileVisibility: varchar('profile_visibility', { enum: PROFILE_VISIBILITIES }).default('public').notNull(),
    emailNotifications: boolean('email_notifications').default(true).notNull(),
    pushNotifications: boolean('push_notifications').default(true).notNull(),
    eventReminders: boolean('event_reminders').default(true).notNull(),
    showInDancerSearch: boolean('show_in_dancer_search').default(true).notNull(),
    createdAt: timestamp('created_at').defaultNow(),
    updatedAt: timestamp('updated_at').defaultNow(),
  },
  (table) => [legacyForeignKey(table.userId, users.id, 'cascade'), oneOf(table.profileVisibility, PROFILE_VISIBILITIES)],
);

/**
 * The secret behind `users.two_factor_enabled`: the TOTP seed, sealed by the application (never stored in plain
 * text), the id of the key that sealed it, and hashes of the one-time backup codes.
 */
export const twoFactorSecrets = pgTable(
  'two_factor_secrets',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id').notNull().unique('two_factor_secrets_user_id_unique'),
    sealedSecret: text('sealed_secret').notNull(),
    keyId: varchar('key_id').notNull(),
    /** SHA-256 hashes (hex) of the unused backup codes. */
    backupCodeHashes: text('backup_code_hashes').array().default([]).notNull(),
    enabledAt: timestamp('enabled_at'),
    lastUsedAt: timestamp('last_used_at'),
    createdAt: timestamp('created_at').defaultNow(),
    updatedAt: timestamp('updated_at').defaultNow(),
  },
  (table) => [legacyForeignKey(table.userId, users.id, 'cascade'), formatCheck(table.sealedSecret, SEALED_SECRET), index('two_factor_secrets_key_idx').on(table.keyId)],
);
