import { createdAt, domainTable, formatCheck, id, jsonObject, requiredWith, textEnum, timestamptz } from '@db/core';
import { index, inet, text, uuid } from 'drizzle-orm/pg-core';
import {
  USER_ACTIVITY_ACTION,
  USER_ACTIVITY_CATEGORIES,
  USER_ACTIVITY_OUTCOMES,
  USER_CLIENT_PLATFORMS,
} from '../constants.ts';
import { userProfiles } from './user-profiles.ts';
import { userSessions } from './user-sessions.ts';

/** Field-level changes of the entity: `{ field: { from, to } }`. */
export type UserActivityChanges = Record<string, { from?: unknown; to?: unknown }>;

/**
 * What users did, append-only (no updated_at; rows are never changed). Rows survive the erasure of their user or
 * session: the FKs are set to null so the platform's audit trail stays whole but anonymous.
 */
export const userActivityLog = domainTable(
  'user_activity_log',
  {
    id: id(),
    userId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    /** A support agent or admin acting as the user ("log in as"), when that is how it happened. */
    impersonatorId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    sessionId: uuid().references(() => userSessions.id, { onDelete: 'set null' }),
    category: textEnum(USER_ACTIVITY_CATEGORIES).notNull(),
    /** Dotted verb path: horse.updated, auth.login_failed, billing.invoice_paid. */
    action: text().notNull(),
    outcome: textEnum(USER_ACTIVITY_OUTCOMES).notNull().default('success'),
    /** SQL table name of the entity acted on (horse_profiles, invoices, ...), with its id. */
    entityType: text(),
    entityId: uuid(),
    /** Human-readable line for the activity feed. */
    summary: text(),
    ipAddress: inet(),
    userAgent: text(),
    clientPlatform: textEnum(USER_CLIENT_PLATFORMS),
    /** Correlation id of the API request that produced the event. */
    requestId: text(),
    changes: jsonObject<UserActivityChanges>(),
    /** When it happened on the client; differs from created_at for events synced later from offline apps. */
    occurredAt: timestamptz().notNull().defaultNow(),
    ...createdAt(),
  },
  (t) => [
    index('user_activity_log_user_id_occurred_at_idx').on(t.userId, t.occurredAt),
    index('user_activity_log_impersonator_id_idx').on(t.impersonatorId),
    index('user_activity_log_session_id_idx').on(t.sessionId),
    index('user_activity_log_entity_idx').on(t.entityType, t.entityId),
    index('user_activity_log_occurred_at_idx').on(t.occurredAt),
    formatCheck(t.action, USER_ACTIVITY_ACTION),
    requiredWith(t.entityType, t.entityId, { name: 'user_activity_log_entity_check', message: 'is required when entity id is set' }),
  ],
);
