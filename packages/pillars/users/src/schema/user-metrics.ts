import { domainTable, id, timestamps, timestamptz } from '@db/core';
import { sql } from 'drizzle-orm';
import { check, date, index, integer, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { userProfiles } from './user-profiles.ts';

/** A non-negative daily count (each gets a CHECK and its Zod twin). */
const count = () => integer().notNull().default(0);

/**
 * Daily engagement rollup per user, recomputed from the activity log (the job upserts on user_id + metric_date).
 * Days are in the user's time zone.
 */
export const userMetrics = domainTable(
  'user_metrics',
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'cascade' }),
    metricDate: date().notNull(),
    sessionCount: count(),
    /** Foreground time in the apps, at most a day. */
    activeSeconds: count(),
    pageViews: count(),
    actionCount: count(),
    horsesViewed: count(),
    horseRecordsUpdated: count(),
    healthRecordsAdded: count(),
    ridesLogged: count(),
    rideDistanceMeters: count(),
    messagesSent: count(),
    bookingsCreated: count(),
    documentsUploaded: count(),
    notificationsOpened: count(),
    /** When the rollup job last (re)computed the row. */
    computedAt: timestamptz().notNull().defaultNow(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('user_metrics_user_id_metric_date_key').on(t.userId, t.metricDate),
    index('user_metrics_metric_date_idx').on(t.metricDate),
    check('user_metrics_active_seconds_check', sql`${t.activeSeconds} between 0 and 86400`),
    check('user_metrics_session_count_check', sql`${t.sessionCount} >= 0`),
    check('user_metrics_page_views_check', sql`${t.pageViews} >= 0`),
    check('user_metrics_action_count_check', sql`${t.actionCount} >= 0`),
    check('user_metrics_horses_viewed_check', sql`${t.horsesViewed} >= 0`),
    check('user_metrics_horse_records_updated_check', sql`${t.horseRecordsUpdated} >= 0`),
    check('user_metrics_health_records_added_check', sql`${t.healthRecordsAdded} >= 0`),
    check('user_metrics_rides_logged_check', sql`${t.ridesLogged} >= 0`),
    check('user_metrics_ride_distance_meters_check', sql`${t.rideDistanceMeters} >= 0`),
    check('user_metrics_messages_sent_check', sql`${t.messagesSent} >= 0`),
    check('user_metrics_bookings_created_check', sql`${t.bookingsCreated} >= 0`),
    check('user_metrics_documents_uploaded_check', sql`${t.documentsUploaded} >= 0`),
    check('user_metrics_notifications_opened_check', sql`${t.notificationsOpened} >= 0`),
  ],
);
