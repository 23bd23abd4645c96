import { between, domainTable, id, nonNegative, timestamps, timestamptz } from '@db/core';
import { date, index, integer, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
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
    between(t.activeSeconds, 0, 86400, { message: 'must be between 0 and 86400 seconds (at most a day)' }),
    nonNegative(t.sessionCount),
    nonNegative(t.pageViews),
    nonNegative(t.actionCount),
    nonNegative(t.horsesViewed),
    nonNegative(t.horseRecordsUpdated),
    nonNegative(t.healthRecordsAdded),
    nonNegative(t.ridesLogged),
    nonNegative(t.rideDistanceMeters),
    nonNegative(t.messagesSent),
    nonNegative(t.bookingsCreated),
    nonNegative(t.documentsUploaded),
    nonNegative(t.notificationsOpened),
  ],
);
