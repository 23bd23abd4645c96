import { between, domainTable, formatCheck, id, jsonList, onlyWhen, requiredWhen, textEnum, timestamps, timestamptz } from '@db/core';
import { sql } from 'drizzle-orm';
import { boolean, date, index, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ADMIN_ENVIRONMENTS, ADMIN_FLAG_KEY, ADMIN_FLAG_OPERATORS, ADMIN_FLAG_SOURCES, ADMIN_FLAG_STATUSES, ADMIN_FLAG_TYPES } from '../constants.ts';
import { adminUsers } from './admin-users.ts';

/**
 * One targeting rule of a flag, evaluated in order: when the context attribute compares with the values, serve
 * the flag to `rolloutPercent` of the matching contexts (all of them when absent).
 */
export interface FeatureFlagRule {
  /** Context attribute, e.g. user.countryCode, user.accountType, horse.discipline, app.version. */
  attribute: string;
  operator: (typeof ADMIN_FLAG_OPERATORS)[number];
  values: string[];
  /** Serve the flag (true) or keep it off (false) for the matching contexts. */
  serve: boolean;
  rolloutPercent?: number;
  description?: string;
}

/**
 * A feature flag in one environment: on or off, rolled out to a percentage of users, with targeting rules (beta
 * testers, Irish users first). (key, environment) is the natural key: a flag service syncs its flags here by it.
 * Changes are admin_actions rows (feature_flag_changed); archived flags are kept so old reports still resolve.
 */
export const featureFlags = domainTable(
  'feature_flags',
  {
    id: id(),
    key: text().notNull(),
    environment: textEnum(ADMIN_ENVIRONMENTS).notNull(),
    name: text().notNull(),
    description: text(),
    flagType: textEnum(ADMIN_FLAG_TYPES).notNull().default('release'),
    /** The master switch: off serves nobody, whatever the rollout and rules say. */
    isEnabled: boolean().notNull().default(false),
    /** Share of contexts that no rule matched which get the flag, 0-100. */
    rolloutPercent: numeric({ precision: 5, scale: 2 }).notNull().default('0'),
    targetingRules: jsonList<FeatureFlagRule>(),
    /** The admin accountable for the flag and its removal. SET NULL: ownership is reassigned, not a record. */
    ownerAdminUserId: uuid().references(() => adminUsers.id, { onDelete: 'set null' }),
    status: textEnum(ADMIN_FLAG_STATUSES).notNull().default('active'),
    archivedAt: timestamptz(),
    /** A temporary flag's planned removal from the code. */
    removeBy: date(),
    source: textEnum(ADMIN_FLAG_SOURCES).notNull().default('internal'),
    /** When the flag service last changed the flag. */
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('feature_flags_key_environment_key').on(t.key, t.environment),
    index('feature_flags_owner_admin_user_id_idx').on(t.ownerAdminUserId),
    /** Flag debt: active temporary flags by removal date. */
    index('feature_flags_remove_by_idx')
      .on(t.removeBy)
      .where(sql`${t.status} <> 'archived'`),
    formatCheck(t.key, ADMIN_FLAG_KEY),
    between(t.rolloutPercent, 0, 100),
    requiredWhen(t.archivedAt, t.status, 'archived', { name: 'feature_flags_archived_check' }),
    onlyWhen(t.archivedAt, t.status, 'archived', { name: 'feature_flags_archived_status_check' }),
  ],
);
