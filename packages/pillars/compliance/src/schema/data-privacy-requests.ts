import {
  customCheck,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  isAbsent,
  jsonObject,
  onlyWhen,
  requiredWhen,
  SNAKE_CASE_KEY,
  sqlLiteral,
  textEnum,
  timestamps,
  timestamptz,
  together,
} from '@db/core';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { index, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  COMPLIANCE_IDENTITY_VERIFICATION_METHODS,
  COMPLIANCE_OPEN_PRIVACY_REQUEST_STATUSES,
  COMPLIANCE_PRIVACY_REJECTION_GROUNDS,
  COMPLIANCE_PRIVACY_REQUEST_CHANNELS,
  COMPLIANCE_PRIVACY_REQUEST_DUE_HOURS,
  COMPLIANCE_PRIVACY_REQUEST_KINDS,
  COMPLIANCE_PRIVACY_REQUEST_STATUSES,
} from '../constants.ts';

/** A row an erasure had to keep although it belongs to the person: a kept record still points at it. */
export interface ErasureRetainedRow {
  /** SQL table name. */
  table: string;
  id: string;
  /** The foreign key (constraint name) of the record that keeps it. */
  heldBy: string;
  /** Whether its contact fields were nulled and it was archived (a neutraliser exists for its table). */
  neutralised: boolean;
}

/** What `eraseUser` did, stored on the request as evidence (art. 5(2) accountability). Keys are SQL names. */
export interface ErasureSummary {
  userId: string;
  /** ISO 8601 instant the profile was anonymised. */
  erasedAt: string;
  /** The profile had been erased by an earlier request: nothing was changed. */
  alreadyErased: boolean;
  successorUserId: string | null;
  /** Rows deleted per table (ON DELETE CASCADE: the person's own rows; the database cascades further). */
  deleted: Record<string, number>;
  /** References nulled per `table.column` (ON DELETE SET NULL: credits and provenance). */
  nulled: Record<string, number>;
  /** Authorship references handed to the successor, per `table.column`. */
  reassigned: Record<string, number>;
  /** Records kept pointing at the anonymised profile, per `table.column` (RESTRICT / NO ACTION). */
  kept: Record<string, number>;
  /** The person's own rows that a kept record still references, kept (and neutralised where possible). */
  retained: ErasureRetainedRow[];
  /** Consent withdrawals appended to gdpr_compliance for the purposes still granted. */
  consentsWithdrawn: number;
}

/** The file handed over for an access or portability request. */
export interface DataExportResolution {
  storageKey: string;
  sha256: string;
  sizeBytes: number;
  /** ISO 8601 instant the download link expires. */
  expiresAt: string;
}

/** How a request was resolved; empty until it is. */
export type DataPrivacyRequestResolution = {
  erasure?: ErasureSummary;
  export?: DataExportResolution;
  /** Rectification: the property names corrected, by SQL table name. */
  rectified?: Record<string, string[]>;
};

const DUE_MS = COMPLIANCE_PRIVACY_REQUEST_DUE_HOURS * 3600 * 1000;

/**
 * A data-subject request under GDPR arts. 15-21: access, erasure, rectification, portability, restriction,
 * objection. Received through the support desk (or a form), and ingested again and again from there: (source,
 * external_id) is the upsert key. Due 30 days after receipt (art. 12(3), a CHECK), extendable with a reason. It is
 * the proof the request was answered, so its subject is RESTRICT: the request survives the erasure it asks for,
 * pointing at the anonymised profile.
 */
export const dataPrivacyRequests = domainTable(
  'data_privacy_requests',
  {
    id: id(),
    /** The system the request came from (snake_case: zendesk, freshdesk, platform_form), with its ticket id. */
    source: text().notNull(),
    externalId: text().notNull(),
    sourceUpdatedAt: timestamptz(),
    /** The person the request is about, once matched to an account (a request may come from a non-user). */
    subjectUserId: uuid().references(() => userProfiles.id, { onDelete: 'restrict' }),
    kind: textEnum(COMPLIANCE_PRIVACY_REQUEST_KINDS).notNull(),
    status: textEnum(COMPLIANCE_PRIVACY_REQUEST_STATUSES).notNull().default('received'),
    channel: textEnum(COMPLIANCE_PRIVACY_REQUEST_CHANNELS).notNull(),
    /** What the person asked for, as summarised by the agent (no identity documents here). */
    requestDetails: text(),
    receivedAt: timestamptz().notNull(),
    /** The statutory deadline: exactly 30 days (720 hours) after receipt. */
    dueAt: timestamptz().notNull(),
    /** Art. 12(3): extended by up to two further months where requests are complex or numerous, with the reason. */
    extendedDueAt: timestamptz(),
    extensionReason: text(),
    identityVerifiedAt: timestamptz(),
    identityVerificationMethod: textEnum(COMPLIANCE_IDENTITY_VERIFICATION_METHODS),
    /** The privacy team member handling it: a credit, nulled on their own erasure. */
    handledByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    completedAt: timestamptz(),
    rejectionGround: textEnum(COMPLIANCE_PRIVACY_REJECTION_GROUNDS),
    resolution: jsonObject<DataPrivacyRequestResolution>(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('data_privacy_requests_source_external_id_key').on(t.source, t.externalId),
    index('data_privacy_requests_subject_user_id_idx').on(t.subjectUserId, t.receivedAt),
    index('data_privacy_requests_handled_by_user_id_idx').on(t.handledByUserId),
    /** The open queue, by deadline. */
    index('data_privacy_requests_open_due_at_idx')
      .on(t.dueAt)
      .where(sql`${t.status} in (${sql.raw(COMPLIANCE_OPEN_PRIVACY_REQUEST_STATUSES.map(sqlLiteral).join(', '))})`),
    formatCheck(t.source, SNAKE_CASE_KEY),
    formatCheck(t.externalId, EXTERNAL_ID),
    customCheck('data_privacy_requests_due_at_check', sql`${t.dueAt} = ${t.receivedAt} + interval '${sql.raw(String(COMPLIANCE_PRIVACY_REQUEST_DUE_HOURS))} hours'`, {
      columns: [t.dueAt, t.receivedAt],
      column: t.dueAt,
      message: `must be ${COMPLIANCE_PRIVACY_REQUEST_DUE_HOURS / 24} days (${COMPLIANCE_PRIVACY_REQUEST_DUE_HOURS} hours) after receivedAt`,
      holds: (row) =>
        isAbsent(row.due_at) || isAbsent(row.received_at) || new Date(row.due_at as Date).getTime() === new Date(row.received_at as Date).getTime() + DUE_MS,
      violations: [
        { received_at: new Date('2024-03-04T09:15:00Z'), due_at: new Date('2024-04-04T09:15:00Z') },
        { received_at: new Date('2024-03-04T09:15:00Z'), due_at: new Date('2024-03-04T09:15:00Z') },
      ],
    }),
    inOrder(t.dueAt, t.extendedDueAt, { strict: true, name: 'data_privacy_requests_extended_due_at_check', message: 'must be after dueAt' }),
    together(t.extendedDueAt, t.extensionReason, { name: 'data_privacy_requests_extension_check' }),
    inOrder(t.receivedAt, t.identityVerifiedAt, { name: 'data_privacy_requests_identity_verified_at_check', message: 'must not be before receivedAt' }),
    together(t.identityVerifiedAt, t.identityVerificationMethod, { name: 'data_privacy_requests_identity_check' }),
    inOrder(t.receivedAt, t.completedAt, { name: 'data_privacy_requests_completed_at_check', message: 'must not be before receivedAt' }),
    requiredWhen(t.completedAt, t.status, 'completed', { name: 'data_privacy_requests_completed_check' }),
    onlyWhen(t.completedAt, t.status, 'completed', { name: 'data_privacy_requests_completed_status_check' }),
    requiredWhen(t.rejectionGround, t.status, 'rejected', { name: 'data_privacy_requests_rejected_check' }),
    onlyWhen(t.rejectionGround, t.status, 'rejected', { name: 'data_privacy_requests_rejection_status_check' }),
  ],
);
