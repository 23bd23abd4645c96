import {
  createdAt,
  differ,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  jsonObject,
  onlyWhen,
  requiredWhen,
  requiredWith,
  SNAKE_CASE_KEY,
  textEnum,
  textLength,
  timestamptz,
  together,
} from '@db/core';
import { adminActions } from '@db/admin/tables';
import { vetPractices } from '@db/providers/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { index, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  AUDITING_CHANGE_CHANNELS,
  AUDITING_GRANT_KINDS,
  AUDITING_GRANTEE_TYPES,
  AUDITING_PERMISSION_CHANGE_TYPES,
  AUDITING_PRINCIPAL_ROLES,
} from '../constants.ts';

/** A grant as it stood before or after a change: what it gave, its effect, scope and validity. Never personal data. */
export type PermissionGrantState = {
  privilege?: string;
  effect?: 'allow' | 'deny';
  /** organization, barn, provider, horse, or a table name for an ACL entry. */
  scopeType?: string;
  scopeId?: string;
  /** ISO 8601 instants. */
  validFrom?: string;
  validUntil?: string | null;
  /** The grant's own conditions (require MFA, IP ranges, fields). */
  conditions?: Record<string, unknown>;
};

/**
 * Who granted, changed or revoked which role, permission or ACL entry, to whom, approved by whom: APPEND-ONLY
 * evidence for access reviews (ISO 27001 A.5.18, SOC 2 CC6.2, PCI DSS 7.2). The grants themselves are mutable rows
 * of @db/users (user_roles, user_permissions), @db/compliance (access_control_lists) and @db/admin (admin_users),
 * and a person's own grants are deleted with them; so a change names its grant by kind and id (`grant_row_id`, no
 * foreign key: the log outlives the grant) and keeps the grant's state before and after. Every foreign key is
 * RESTRICT, as the append-only trigger requires. Changes imported from another system's log (the identity
 * provider's, an existing production system's) keep its event id: (source, external_id) is unique, so a re-import
 * adds nothing (`on conflict do nothing`).
 */
export const permissionChanges = domainTable(
  'permission_changes',
  {
    id: id(),
    changeType: textEnum(AUDITING_PERMISSION_CHANGE_TYPES).notNull(),
    grantKind: textEnum(AUDITING_GRANT_KINDS).notNull(),
    /** The grant's row in the table its kind names. No foreign key: the change outlives the grant. */
    grantRowId: uuid(),
    /** What the grant gives, as it names it: a role (barn_manager), a permission key (health_records:read), an ACL permission (read). */
    privilege: text().notNull(),
    /** The resource a scoped grant or ACL entry is on: its table (snake_case) and row. */
    resourceType: text(),
    resourceId: uuid(),
    granteeType: textEnum(AUDITING_GRANTEE_TYPES).notNull(),
    /** The person whose access changed. RESTRICT: append-only; an erased person stays as the anonymised profile. */
    granteeUserId: uuid().references(() => userProfiles.id, { onDelete: 'restrict' }),
    /** Every holder of this platform role, for a role-wide ACL entry. */
    granteeRole: textEnum(AUDITING_PRINCIPAL_ROLES),
    /** A provider organisation (a practice given a horse's records). RESTRICT: append-only. */
    granteePracticeId: uuid().references(() => vetPractices.id, { onDelete: 'restrict' }),
    stateBefore: jsonObject<PermissionGrantState>(),
    stateAfter: jsonObject<PermissionGrantState>(),
    /** Who made the change; null for a directory sync or a scheduled expiry. RESTRICT: append-only. */
    changedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'restrict' }),
    /** A second person who approved it (four-eyes on privileged access). RESTRICT: append-only. */
    approvedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'restrict' }),
    /** The back-office action that made it. RESTRICT: both logs are append-only. */
    adminActionId: uuid().references(() => adminActions.id, { onDelete: 'restrict' }),
    channel: textEnum(AUDITING_CHANGE_CHANNELS).notNull(),
    reason: text(),
    /** For changes imported from another system's log (snake_case: okta, entra_id, stableyard_legacy) and its event id. */
    source: text(),
    externalId: text(),
    occurredAt: timestamptz().notNull().defaultNow(),
    ...createdAt(),
  },
  (t) => [
    uniqueIndex('permission_changes_source_external_id_key').on(t.source, t.externalId),
    /** A person's access history (the access review, a subject access request). */
    index('permission_changes_grantee_user_id_idx').on(t.granteeUserId, t.occurredAt),
    index('permission_changes_grantee_practice_id_idx').on(t.granteePracticeId, t.occurredAt),
    index('permission_changes_changed_by_user_id_idx').on(t.changedByUserId, t.occurredAt),
    index('permission_changes_approved_by_user_id_idx').on(t.approvedByUserId),
    index('permission_changes_admin_action_id_idx').on(t.adminActionId),
    /** A grant's history. */
    index('permission_changes_grant_idx').on(t.grantKind, t.grantRowId, t.occurredAt),
    /** Privileged changes for the quarterly review. */
    index('permission_changes_admin_role_idx')
      .on(t.occurredAt)
      .where(sql`${t.grantKind} = 'admin_role'`),
    textLength(t.privilege, { min: 1, max: 200 }),
    formatCheck(t.resourceType, SNAKE_CASE_KEY),
    requiredWith(t.resourceType, t.resourceId, { name: 'permission_changes_resource_check', message: 'is required when resourceId is given' }),
    requiredWhen(t.granteeUserId, t.granteeType, 'user', { name: 'permission_changes_grantee_user_required_check' }),
    onlyWhen(t.granteeUserId, t.granteeType, 'user', { name: 'permission_changes_grantee_user_type_check' }),
    requiredWhen(t.granteeRole, t.granteeType, 'role', { name: 'permission_changes_grantee_role_required_check' }),
    onlyWhen(t.granteeRole, t.granteeType, 'role', { name: 'permission_changes_grantee_role_type_check' }),
    requiredWhen(t.granteePracticeId, t.granteeType, 'practice', { name: 'permission_changes_grantee_practice_required_check' }),
    onlyWhen(t.granteePracticeId, t.granteeType, 'practice', { name: 'permission_changes_grantee_practice_type_check' }),
    differ(t.changedByUserId, t.approvedByUserId, { name: 'permission_changes_approver_check', message: 'a change cannot be approved by the person who made it' }),
    requiredWhen(t.adminActionId, t.channel, 'back_office', { name: 'permission_changes_admin_action_check' }),
    together(t.source, t.externalId, { name: 'permission_changes_external_check' }),
    formatCheck(t.source, SNAKE_CASE_KEY),
    formatCheck(t.externalId, EXTERNAL_ID),
  ],
);
