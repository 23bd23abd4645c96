import { domainTable, id, inOrder, nonNegative, positive, requiredWith, textEnum, timestamps, timestamptz, together } from '@db/core';
import { outreachMessages, reEngagementTriggers } from '@db/retention/tables';
import { userProfiles, userSessions } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { index, integer, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { REENGAGEMENT_INACTIVITY_DETECTORS, REENGAGEMENT_INACTIVITY_END_REASONS, REENGAGEMENT_RETURN_ACTIVITIES } from '../constants.ts';

/**
 * A stretch of time a user was inactive: from their last activity (`startedAt`) until they came back or left
 * (`endedAt`), detected once it passed the threshold then in force. The detector re-runs nightly and upserts on
 * (user, startedAt); one open period per user (partial unique). How it ended and what brought the user back (the
 * outreach message credited, with @db/retention's record of it) measure what re-engagement achieves. The person's
 * own data: deleted with the user (cascade); links to the trigger, the last session and the message are
 * provenance (set null).
 */
export const inactivityPeriods = domainTable(
  'inactivity_periods',
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'cascade' }),
    /** The user's last activity before the silence. */
    startedAt: timestamptz().notNull(),
    /** The first activity after it (or the churn that closed it); null: still inactive. */
    endedAt: timestamptz(),
    /** When the detector flagged it (threshold reached). */
    detectedAt: timestamptz().notNull(),
    detectedBy: textEnum(REENGAGEMENT_INACTIVITY_DETECTORS).notNull().default('nightly_activity_job'),
    /** The inactivity threshold, in days, that opened the period. */
    thresholdDays: integer().notNull(),
    /** Whole days inactive: at the end, or at the last evaluation while open. */
    daysInactive: integer().notNull().default(0),
    lastEvaluatedAt: timestamptz(),
    /** The re_engagement_triggers row that detected it: provenance, unset if the trigger is deleted. */
    triggerId: uuid().references(() => reEngagementTriggers.id, { onDelete: 'set null' }),
    /** The session the silence followed: provenance, unset when sessions are purged. */
    lastSessionId: uuid().references(() => userSessions.id, { onDelete: 'set null' }),
    endReason: textEnum(REENGAGEMENT_INACTIVITY_END_REASONS),
    /** What the user came back to do. */
    returnActivity: textEnum(REENGAGEMENT_RETURN_ACTIVITIES),
    /** The outreach message credited with the return: a credit, unset if the message is deleted. */
    reactivatedByMessageId: uuid().references(() => outreachMessages.id, {
      onDelete: 'set null',
      name: 'inactivity_periods_reactivated_by_message_id_fkey',
    }),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('inactivity_periods_user_id_started_at_key').on(t.userId, t.startedAt),
    uniqueIndex('inactivity_periods_open_key')
      .on(t.userId)
      .where(sql`${t.endedAt} is null`),
    // The journeys' work list: open periods, longest silence first.
    index('inactivity_periods_open_started_at_idx')
      .on(t.startedAt)
      .where(sql`${t.endedAt} is null`),
    index('inactivity_periods_trigger_id_idx').on(t.triggerId),
    index('inactivity_periods_last_session_id_idx').on(t.lastSessionId),
    index('inactivity_periods_reactivated_by_message_id_idx').on(t.reactivatedByMessageId),
    inOrder(t.startedAt, t.endedAt, { strict: true, name: 'inactivity_periods_ended_at_check', message: 'must be after startedAt' }),
    inOrder(t.startedAt, t.detectedAt, { name: 'inactivity_periods_detected_at_check', message: 'must not be before startedAt' }),
    positive(t.thresholdDays),
    nonNegative(t.daysInactive),
    together(t.endedAt, t.endReason, { name: 'inactivity_periods_end_check', message: 'endedAt and endReason are given together or not at all' }),
    requiredWith(t.endedAt, t.returnActivity, { name: 'inactivity_periods_return_check', message: 'a return ends the period: endedAt is required' }),
  ],
);
