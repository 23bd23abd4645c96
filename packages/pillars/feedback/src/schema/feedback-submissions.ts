import {
  differ,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  onlyWhen,
  requiredWhen,
  textEnum,
  textLength,
  timestamps,
  timestamptz,
  together,
} from '@db/core';
import { userProfiles, userSessions } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { boolean, index, text, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import {
  FEEDBACK_APP_VERSION,
  FEEDBACK_CLIENT_PLATFORMS,
  FEEDBACK_DECLINE_REASONS,
  FEEDBACK_KINDS,
  FEEDBACK_SUBMISSION_SOURCES,
  FEEDBACK_SUBMISSION_STATUSES,
  FEEDBACK_TRACKERS,
} from '../constants.ts';
import { feedbackCategories } from './feedback-categories.ts';

/**
 * Feedback about the platform itself: a bug, a feature request, a complaint, praise or a question, sent from the
 * in-app form (with the screen, app version and device) or imported from a support tool or an app store
 * ((source, external_id), the upsert key of that import). Triage files it under a category and links it to a
 * tracker issue: one canonical submission per (tracker, tracker_issue_key) (partial unique); the many reports of
 * one bug are marked duplicates of it and carry the same key.
 */
export const feedbackSubmissions = domainTable(
  'feedback_submissions',
  {
    id: id(),
    /** SET NULL: the feedback outlives its author (the report stays useful, anonymised, after their erasure). */
    userId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    /** The session it was sent from, for support to replay the logs. SET NULL: sessions are purged. */
    sessionId: uuid().references(() => userSessions.id, { onDelete: 'set null' }),
    /** RESTRICT: a category in use is archived, not deleted. */
    categoryId: uuid().references(() => feedbackCategories.id, { onDelete: 'restrict' }),
    kind: textEnum(FEEDBACK_KINDS).notNull(),
    title: text(),
    body: text().notNull(),
    /** The app route or screen it was sent from, e.g. /horses/[slug]/health or HorseHealthScreen. */
    screen: text(),
    appVersion: text(),
    platform: textEnum(FEEDBACK_CLIENT_PLATFORMS),
    /** e.g. iPhone15,2, Pixel 8, Chrome 125 on macOS. */
    deviceModel: text(),
    osVersion: text(),
    /** Storage key of the screenshot the form attached. */
    screenshotStorageKey: text(),
    /** Whether the author agreed to be contacted about it. */
    contactAllowed: boolean().notNull().default(false),
    status: textEnum(FEEDBACK_SUBMISSION_STATUSES).notNull().default('new'),
    triagedAt: timestamptz(),
    /** When it was done (shipped, fixed, answered). */
    resolvedAt: timestamptz(),
    declineReason: textEnum(FEEDBACK_DECLINE_REASONS),
    tracker: textEnum(FEEDBACK_TRACKERS),
    /** The tracker's issue key, e.g. MOB-1423 (Jira), ENG-311 (Linear), equine/app#88 (GitHub). */
    trackerIssueKey: text(),
    /** The canonical submission of the same issue. RESTRICT: a merge target is not deleted under its duplicates. */
    duplicateOfSubmissionId: uuid().references((): AnyPgColumn => feedbackSubmissions.id, {
      onDelete: 'restrict',
      name: 'feedback_submissions_duplicate_of_submission_id_fkey',
    }),
    source: textEnum(FEEDBACK_SUBMISSION_SOURCES).notNull().default('in_app'),
    /** The ticket, conversation or store review id at `source`; null for in-app submissions. */
    externalId: text(),
    sourceUpdatedAt: timestamptz(),
    submittedAt: timestamptz().notNull().defaultNow(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('feedback_submissions_source_external_id_key').on(t.source, t.externalId),
    uniqueIndex('feedback_submissions_tracker_issue_key')
      .on(t.tracker, t.trackerIssueKey)
      .where(sql`${t.duplicateOfSubmissionId} is null`),
    index('feedback_submissions_user_id_idx').on(t.userId, t.submittedAt),
    index('feedback_submissions_session_id_idx').on(t.sessionId),
    index('feedback_submissions_category_id_idx').on(t.categoryId, t.submittedAt),
    index('feedback_submissions_duplicate_of_submission_id_idx').on(t.duplicateOfSubmissionId),
    index('feedback_submissions_tracker_idx').on(t.tracker, t.trackerIssueKey),
    /** The triage queue: new submissions, oldest first. */
    index('feedback_submissions_triage_idx').on(t.kind, t.submittedAt).where(sql`${t.status} = 'new'`),
    /** Open work by status (triaged, planned, in progress). */
    index('feedback_submissions_open_idx').on(t.status, t.triagedAt).where(sql`${t.status} in ('triaged', 'planned', 'in_progress')`),
    textLength(t.body, { min: 1, max: 20_000 }),
    textLength(t.title, { min: 1, max: 300 }),
    formatCheck(t.appVersion, FEEDBACK_APP_VERSION),
    formatCheck(t.trackerIssueKey, EXTERNAL_ID),
    formatCheck(t.externalId, EXTERNAL_ID),
    together(t.tracker, t.trackerIssueKey, { name: 'feedback_submissions_tracker_pair_check' }),
    inOrder(t.submittedAt, t.triagedAt, { name: 'feedback_submissions_triaged_at_check', message: 'must not be before submittedAt' }),
    inOrder(t.submittedAt, t.resolvedAt, { name: 'feedback_submissions_resolved_at_check', message: 'must not be before submittedAt' }),
    requiredWhen(t.resolvedAt, t.status, 'done', { name: 'feedback_submissions_done_check' }),
    requiredWhen(t.declineReason, t.status, 'declined', { name: 'feedback_submissions_declined_check' }),
    onlyWhen(t.declineReason, t.status, 'declined', { name: 'feedback_submissions_decline_status_check' }),
    requiredWhen(t.duplicateOfSubmissionId, t.declineReason, 'duplicate', { name: 'feedback_submissions_duplicate_check' }),
    differ(t.id, t.duplicateOfSubmissionId, { name: 'feedback_submissions_duplicate_self_check', message: 'a submission cannot duplicate itself' }),
  ],
);
