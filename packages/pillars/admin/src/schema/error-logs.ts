import {
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  HTTP_URL,
  id,
  inOrder,
  nonNegative,
  onlyWhen,
  positive,
  requiredWhen,
  textEnum,
  timestamps,
  timestamptz,
} from '@db/core';
import { sql } from 'drizzle-orm';
import { bigint, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  ADMIN_ENVIRONMENTS,
  ADMIN_ERROR_LEVELS,
  ADMIN_ERROR_STATUSES,
  ADMIN_ERROR_TRACKERS,
  ADMIN_FINGERPRINT,
} from '../constants.ts';
import { adminUsers } from './admin-users.ts';

/**
 * An application error as the error tracker groups it (a Sentry issue): one row per issue, its counts and seen
 * times refreshed by every sync. (tracker, external_issue_id) is the upsert key. Stack traces and event payloads
 * stay in the tracker, which scrubs personal data; the title is the exception's type and message.
 */
export const errorLogs = domainTable(
  'error_logs',
  {
    id: id(),
    tracker: textEnum(ADMIN_ERROR_TRACKERS).notNull(),
    /** The tracker's issue id, e.g. Sentry 4509183625; the fingerprint itself for the internal tracker. */
    externalIssueId: text().notNull(),
    /** The grouping hash events share (Sentry: MD5, 32 hex digits). */
    fingerprint: text().notNull(),
    level: textEnum(ADMIN_ERROR_LEVELS).notNull().default('error'),
    /** Exception type and message, e.g. "TypeError: Cannot read properties of undefined (reading 'horseId')". */
    title: text().notNull(),
    /** Where it was raised: function, module or route, e.g. "POST /v1/horses/{horseId}/vaccinations". */
    culprit: text(),
    /** The tracker's project, e.g. equine-api, equine-web, equine-ios. */
    project: text().notNull(),
    environment: textEnum(ADMIN_ENVIRONMENTS).notNull(),
    firstSeenAt: timestamptz().notNull(),
    lastSeenAt: timestamptz().notNull(),
    /** Events grouped into the issue; a noisy issue passes 2^31. */
    occurrenceCount: bigint({ mode: 'number' }).notNull().default(1),
    affectedUserCount: integer().notNull().default(0),
    status: textEnum(ADMIN_ERROR_STATUSES).notNull().default('unresolved'),
    /** Cleared when the issue regresses (seen again after being resolved). */
    resolvedAt: timestamptz(),
    /** Who is triaging it. SET NULL: an assignment, not a record. */
    assignedAdminUserId: uuid().references(() => adminUsers.id, { onDelete: 'set null' }),
    /** The issue's page at the tracker. */
    issueUrl: text(),
    /** When the tracker last changed the issue. */
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('error_logs_tracker_external_issue_id_key').on(t.tracker, t.externalIssueId),
    index('error_logs_fingerprint_idx').on(t.fingerprint),
    index('error_logs_assigned_admin_user_id_idx').on(t.assignedAdminUserId),
    /** The triage queue: open issues, most recently seen first. */
    index('error_logs_unresolved_idx')
      .on(t.environment, t.lastSeenAt)
      .where(sql`${t.status} = 'unresolved'`),
    formatCheck(t.externalIssueId, EXTERNAL_ID),
    formatCheck(t.fingerprint, ADMIN_FINGERPRINT),
    formatCheck(t.issueUrl, HTTP_URL),
    inOrder(t.firstSeenAt, t.lastSeenAt, { name: 'error_logs_last_seen_at_check', message: 'must not be before firstSeenAt' }),
    inOrder(t.firstSeenAt, t.resolvedAt, { name: 'error_logs_resolved_at_check', message: 'must not be before firstSeenAt' }),
    positive(t.occurrenceCount),
    nonNegative(t.affectedUserCount),
    requiredWhen(t.resolvedAt, t.status, 'resolved', { name: 'error_logs_resolved_check' }),
    onlyWhen(t.resolvedAt, t.status, 'resolved', { name: 'error_logs_resolved_status_check' }),
  ],
);
