import { appendOnly, type DatabaseObject, purgeOlderThan } from '@db/core';
import { loyaltyPointTransactions } from './schema/loyalty-point-transactions.ts';
import { userEngagementScores } from './schema/user-engagement-scores.ts';

/**
 * The functions and triggers of this package, which the equine migrations carry:
 * - loyalty_point_transactions is a financial ledger: the database refuses UPDATE and DELETE on it, and
 *   `purge_loyalty_point_transactions()` deletes entries recorded more than seven years ago (six years of records
 *   for Irish and UK tax law, plus one), passing the trigger for its own DELETE only;
 * - user_engagement_scores is daily profiling of every user: `purge_user_engagement_scores()` deletes the days
 *   older than 400 days (a year-on-year comparison and a margin, then storage limitation, GDPR art. 5(1)(e)).
 * Schedule both daily (pg_cron or a worker).
 */
export const reengagementDatabaseObjects: readonly DatabaseObject[] = [
  ...appendOnly(loyaltyPointTransactions),
  ...purgeOlderThan(loyaltyPointTransactions, loyaltyPointTransactions.createdAt, '7 years'),
  ...purgeOlderThan(userEngagementScores, userEngagementScores.scoreDate, '400 days'),
];
