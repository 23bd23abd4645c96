import {
  createdAt,
  currency,
  domainTable,
  id,
  inOrder,
  money,
  nonNegative,
  onlyWhen,
  positive,
  range,
  requiredWhen,
  textEnum,
  timestamptz,
} from '@db/core';
import { date, foreignKey, index, integer, numeric, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { COST_ALERT_TYPES, COST_NOTIFICATION_CHANNELS, COST_NOTIFICATION_STATUSES } from '../constants.ts';
import { tokenBudgets } from './token-budgets.ts';
import { tokenUsageForecasts } from './token-usage-forecasts.ts';

/**
 * A budget threshold crossed, and who was told: the budget version, the threshold, the spend (or the forecast)
 * against the amount at that moment, and the notification. APPEND-ONLY (the database refuses UPDATE and DELETE:
 * `costsDatabaseObjects`): it is the evidence that the budget holder was warned in time. An acknowledgement is a
 * later fact, recorded where staff actions are (@db/admin's append-only `admin_actions`, action
 * `alert_acknowledged`, target `cost_alerts` and the alert's id), not by editing this row. The budget evaluator
 * runs hourly: (token_budget_id, period_start, alert_type, threshold_percent) is written once, ON CONFLICT DO
 * NOTHING. Its foreign keys are RESTRICT, as the trigger requires; it holds ids and figures, no personal data.
 */
export const costAlerts = domainTable(
  'cost_alerts',
  {
    id: id(),
    tokenBudgetId: uuid()
      .notNull()
      .references(() => tokenBudgets.id, { onDelete: 'restrict' }),
    alertType: textEnum(COST_ALERT_TYPES).notNull(),
    /** The forecast that crossed, for `forecast_threshold` alerts only. */
    tokenUsageForecastId: uuid(),
    /** The budget's threshold that was crossed, e.g. 80.00 (its warning) or 100.00 (its critical). */
    thresholdPercent: numeric({ precision: 6, scale: 2 }).notNull(),
    /** The budget period measured: first and last day. */
    periodStart: date().notNull(),
    periodEnd: date().notNull(),
    /** The budget's amount for the period, as it stood. */
    budgetAmount: money().notNull(),
    /** The spend so far (actual) or the period's forecast (forecast), in the budget's currency. */
    spentAmount: money().notNull(),
    currency: currency(),
    crossedAt: timestamptz().notNull(),
    notificationChannel: textEnum(COST_NOTIFICATION_CHANNELS).notNull(),
    notificationStatus: textEnum(COST_NOTIFICATION_STATUSES).notNull(),
    notifiedAt: timestamptz(),
    /** People and addresses notified (the budget holder, the team address, finance). */
    recipientCount: integer().notNull().default(0),
    ...createdAt(),
  },
  (t) => [
    uniqueIndex('cost_alerts_crossing_key').on(t.tokenBudgetId, t.periodStart, t.alertType, t.thresholdPercent),
    index('cost_alerts_token_usage_forecast_id_idx').on(t.tokenUsageForecastId),
    // Named here: the generated name would pass PostgreSQL's 63 characters.
    foreignKey({ name: 'cost_alerts_token_usage_forecast_id_fkey', columns: [t.tokenUsageForecastId], foreignColumns: [tokenUsageForecasts.id] }).onDelete(
      'restrict',
    ),
    /** The finance feed: recent alerts across budgets. */
    index('cost_alerts_crossed_at_idx').on(t.crossedAt),
    requiredWhen(t.tokenUsageForecastId, t.alertType, 'forecast_threshold', { name: 'cost_alerts_forecast_check' }),
    onlyWhen(t.tokenUsageForecastId, t.alertType, 'forecast_threshold', { name: 'cost_alerts_forecast_type_check' }),
    range(t.thresholdPercent, { min: 0, max: 1000, exclusiveMin: true }),
    inOrder(t.periodStart, t.periodEnd, { name: 'cost_alerts_period_check', message: 'must not be before periodStart' }),
    positive(t.budgetAmount),
    nonNegative(t.spentAmount),
    requiredWhen(t.notifiedAt, t.notificationStatus, 'sent', { name: 'cost_alerts_notified_check' }),
    onlyWhen(t.notifiedAt, t.notificationStatus, 'sent', { name: 'cost_alerts_notified_status_check' }),
    inOrder(t.crossedAt, t.notifiedAt, { name: 'cost_alerts_notified_at_check', message: 'must not be before crossedAt' }),
    nonNegative(t.recipientCount),
  ],
);
