import {
  allOneOf,
  createdAt,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  nonNegative,
  onlyWhen,
  requiredWhen,
  SNAKE_CASE_KEY,
  textEnum,
  timestamptz,
} from '@db/core';
import { adminActions } from '@db/admin/tables';
import { dataPrivacyRequests } from '@db/compliance/tables';
import { platformServices } from '@db/reliability/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { foreignKey, index, inet, integer, text, uuid } from 'drizzle-orm/pg-core';
import {
  AUDITING_ACCESS_PURPOSES,
  AUDITING_ACTOR_TYPES,
  AUDITING_DATA_ACCESS_TYPES,
  AUDITING_DATA_CATEGORIES,
  AUDITING_EXPORT_FORMATS,
  AUDITING_LAWFUL_BASES,
} from '../constants.ts';

/**
 * Who read, searched, exported or shared whose personal data, from which table and row, for what purpose and on
 * which lawful basis: APPEND-ONLY accountability evidence (GDPR art. 5(2), 30 and 32; `auditingDatabaseObjects`),
 * and what answers "who has seen my data" in a subject access request. It names columns, never values. Every
 * foreign key is RESTRICT, as the trigger requires: the data subject and the actor stay referenced after an
 * erasure (pointing at the anonymised profile) for the accountability period, six years (`purge_data_access_audit`:
 * the limitation period for a claim in Ireland and England). A BRIN index on `occurred_at` serves the purge; a
 * large deployment partitions by month of `occurred_at`.
 */
export const dataAccessAudit = domainTable(
  'data_access_audit',
  {
    id: id(),
    actorType: textEnum(AUDITING_ACTOR_TYPES).notNull(),
    /** The person who accessed the data (staff sign in as profiles too). RESTRICT: append-only. */
    actorUserId: uuid().references(() => userProfiles.id, { onDelete: 'restrict' }),
    /** The service that accessed it (an export job, a partner integration). RESTRICT: append-only. */
    actorServiceId: uuid().references(() => platformServices.id, { onDelete: 'restrict' }),
    /** Whose personal data it was. RESTRICT: append-only; erasure anonymises the profile in place. */
    subjectUserId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'restrict' }),
    accessType: textEnum(AUDITING_DATA_ACCESS_TYPES).notNull(),
    /** The SQL table read, with the row; no row for a search or a bulk export across the person's rows. */
    tableName: text().notNull(),
    rowId: uuid(),
    /** The columns read, by name: never their values. */
    columnsRead: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    dataCategories: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Rows read or exported in the operation. */
    rowCount: integer().notNull().default(1),
    purpose: textEnum(AUDITING_ACCESS_PURPOSES).notNull(),
    legalBasis: textEnum(AUDITING_LAWFUL_BASES).notNull(),
    /** The data-subject request being handled (identity checks, the export itself). RESTRICT: append-only. */
    dataPrivacyRequestId: uuid(),
    /** The back-office action it was part of (an admin's data export). RESTRICT: both logs are append-only. */
    adminActionId: uuid().references(() => adminActions.id, { onDelete: 'restrict' }),
    exportFormat: textEnum(AUDITING_EXPORT_FORMATS),
    requestId: text(),
    ipAddress: inet(),
    occurredAt: timestamptz().notNull().defaultNow(),
    ...createdAt(),
  },
  (t) => [
    foreignKey({
      name: 'data_access_audit_data_privacy_request_id_fkey',
      columns: [t.dataPrivacyRequestId],
      foreignColumns: [dataPrivacyRequests.id],
    }).onDelete('restrict'),
    index('data_access_audit_occurred_at_brin_idx').using('brin', t.occurredAt),
    /** "Who has seen my data": a person's accesses, newest first. */
    index('data_access_audit_subject_user_id_idx').on(t.subjectUserId, t.occurredAt),
    /** What one member of staff (or service) looked at. */
    index('data_access_audit_actor_user_id_idx').on(t.actorUserId, t.occurredAt),
    index('data_access_audit_actor_service_id_idx').on(t.actorServiceId, t.occurredAt),
    index('data_access_audit_data_privacy_request_id_idx').on(t.dataPrivacyRequestId),
    index('data_access_audit_admin_action_id_idx').on(t.adminActionId),
    /** Who read one row. */
    index('data_access_audit_row_idx').on(t.tableName, t.rowId, t.occurredAt),
    /** Bulk exports, for the DLP review. */
    index('data_access_audit_exports_idx')
      .on(t.occurredAt)
      .where(sql`${t.accessType} in ('export', 'download', 'share')`),
    requiredWhen(t.actorUserId, t.actorType, 'user', { name: 'data_access_audit_actor_user_check' }),
    onlyWhen(t.actorUserId, t.actorType, 'user', { name: 'data_access_audit_actor_user_type_check' }),
    requiredWhen(t.actorServiceId, t.actorType, 'service', { name: 'data_access_audit_actor_service_check' }),
    onlyWhen(t.actorServiceId, t.actorType, 'service', { name: 'data_access_audit_actor_service_type_check' }),
    formatCheck(t.tableName, SNAKE_CASE_KEY),
    allOneOf(t.dataCategories, AUDITING_DATA_CATEGORIES),
    nonNegative(t.rowCount),
    requiredWhen(t.dataPrivacyRequestId, t.purpose, 'data_subject_request', { name: 'data_access_audit_privacy_request_check' }),
    requiredWhen(t.exportFormat, t.accessType, 'export', { name: 'data_access_audit_export_format_required_check' }),
    formatCheck(t.requestId, EXTERNAL_ID),
  ],
);
