import {
  createdAt,
  differ,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  nonNegative,
  requiredWhen,
  requiredWith,
  textEnum,
  timestamptz,
} from '@db/core';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { index, inet, integer, text, uuid } from 'drizzle-orm/pg-core';
import { ADMIN_ACTION_OUTCOMES, ADMIN_ACTION_TYPES, ADMIN_SQL_IDENTIFIER } from '../constants.ts';
import { adminUsers } from './admin-users.ts';

/**
 * What an admin did in the back office, append-only (the database refuses UPDATE and DELETE:
 * `adminDatabaseObjects`): who, what, to which row, why, approved by whom, from where. It holds ids and column
 * names, never copies of the data seen or changed. Every foreign key is RESTRICT, as the trigger requires: an
 * admin, an approver or a person concerned stays referenced (erasure anonymises the profile in place).
 */
export const adminActions = domainTable(
  'admin_actions',
  {
    id: id(),
    adminUserId: uuid()
      .notNull()
      .references(() => adminUsers.id, { onDelete: 'restrict' }),
    action: textEnum(ADMIN_ACTION_TYPES).notNull(),
    outcome: textEnum(ADMIN_ACTION_OUTCOMES).notNull().default('succeeded'),
    /** SQL name of the table of the row acted on, with its id: no foreign key, the log outlives the row. */
    targetTable: text(),
    targetRowId: uuid(),
    /** The person the action concerned (the user suspended, impersonated, exported): their access requests list it. */
    subjectUserId: uuid().references(() => userProfiles.id, { onDelete: 'restrict' }),
    /** A second admin who approved a sensitive action (four-eyes: erasure, refunds above a limit, restores). */
    approvedByAdminUserId: uuid().references(() => adminUsers.id, { onDelete: 'restrict' }),
    /** The columns changed, by name: never their values. */
    changedColumns: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Rows touched by a bulk action (an export, a mass suspension). */
    affectedRowCount: integer(),
    /** The justification the back office asks for; required to impersonate a user. */
    reason: text(),
    /** The support ticket or change request behind the action, e.g. ZD-48213, CHG-2024-118. */
    ticketReference: text(),
    /** The API request that performed it, to correlate with application logs. */
    requestId: text(),
    ipAddress: inet(),
    userAgent: text(),
    occurredAt: timestamptz().notNull().defaultNow(),
    ...createdAt(),
  },
  (t) => [
    index('admin_actions_admin_user_id_idx').on(t.adminUserId, t.occurredAt),
    index('admin_actions_subject_user_id_idx').on(t.subjectUserId, t.occurredAt),
    index('admin_actions_approved_by_admin_user_id_idx').on(t.approvedByAdminUserId),
    index('admin_actions_target_idx').on(t.targetTable, t.targetRowId, t.occurredAt),
    index('admin_actions_request_id_idx').on(t.requestId).where(sql`${t.requestId} is not null`),
    formatCheck(t.targetTable, ADMIN_SQL_IDENTIFIER),
    requiredWith(t.targetTable, t.targetRowId, { name: 'admin_actions_target_check', message: 'is required when targetRowId is given' }),
    differ(t.adminUserId, t.approvedByAdminUserId, { name: 'admin_actions_approver_check', message: 'an admin cannot approve their own action' }),
    requiredWhen(t.reason, t.action, 'impersonation_started', { name: 'admin_actions_impersonation_reason_check' }),
    nonNegative(t.affectedRowCount),
    formatCheck(t.requestId, EXTERNAL_ID),
  ],
);
