import { appendOnly, type DatabaseObject, purgeOlderThan } from '@db/core';
import { aiTokenUsage } from './schema/ai-token-usage.ts';
import { costAlerts } from './schema/cost-alerts.ts';
import { costTracking } from './schema/cost-tracking.ts';

/**
 * The functions and triggers of this package, which the equine migrations carry:
 * - `cost_alerts` is evidence that a budget holder was warned, so the database refuses UPDATE and DELETE on it
 *   (SQLSTATE 23001);
 * - `purge_ai_token_usage(before)` deletes usage days older than 25 months: two full budget years for forecasting
 *   and year-on-year comparison, plus the window in which an account or a vendor disputes a month. It names
 *   accounts, so it is not kept longer; the money stays in `cost_tracking`.
 * - `purge_cost_tracking(before)` deletes cost days older than 7 years: the accounting records' retention (six
 *   years after the end of the financial year, Irish Revenue and UK HMRC alike, plus the current year). No
 *   personal data.
 * Schedule both daily (pg_cron or a worker).
 */
export const costsDatabaseObjects: readonly DatabaseObject[] = [
  ...appendOnly(costAlerts),
  ...purgeOlderThan(aiTokenUsage, aiTokenUsage.usageDate, '25 months'),
  ...purgeOlderThan(costTracking, costTracking.costDate, '7 years'),
];
