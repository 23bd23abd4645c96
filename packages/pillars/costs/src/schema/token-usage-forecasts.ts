import {
  currency,
  customCheck,
  domainTable,
  formatCheck,
  id,
  inOrder,
  isAbsent,
  money,
  nonNegative,
  range,
  textEnum,
  timestamps,
  timestamptz,
} from '@db/core';
import { sql } from 'drizzle-orm';
import { bigint, date, index, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { COST_FORECAST_METHODS, COST_METHOD_VERSION } from '../constants.ts';
import { aiCostCentres } from './ai-cost-centres.ts';

/**
 * A forecast of one cost centre's tokens and cost for one calendar month: the point forecast and its interval
 * (lower and upper bounds at `confidence_level_percent`), by which method, made as of which day. The forecast job
 * re-runs nightly: (cost_centre_id, forecast_month, method, as_of_date) is its upsert key. A newer forecast
 * supersedes the previous one (`superseded_at`), one current forecast per (centre, month) (partial unique index),
 * and the actuals are filled in when the month closes, so the history measures the method's accuracy. Budget
 * alerts of type `forecast_threshold` name the forecast that crossed (RESTRICT: it is their evidence).
 */
export const tokenUsageForecasts = domainTable(
  'token_usage_forecasts',
  {
    id: id(),
    /** RESTRICT: centres are archived, never deleted. */
    costCentreId: uuid()
      .notNull()
      .references(() => aiCostCentres.id, { onDelete: 'restrict' }),
    /** The month forecast, as its first day: 2024-12-01. */
    forecastMonth: date().notNull(),
    method: textEnum(COST_FORECAST_METHODS).notNull(),
    methodVersion: text(),
    /** The last day of actual usage the forecast was made from. */
    asOfDate: date().notNull(),
    forecastTokens: bigint({ mode: 'number' }).notNull(),
    tokensLower: bigint({ mode: 'number' }),
    tokensUpper: bigint({ mode: 'number' }),
    /** In `currency` (the centre's budget currency). */
    forecastCost: money().notNull(),
    costLower: money(),
    costUpper: money(),
    currency: currency(),
    /** The coverage of the bounds, e.g. 80.00 for an 80 % interval. */
    confidenceLevelPercent: numeric({ precision: 5, scale: 2 }),
    supersededAt: timestamptz(),
    /** Filled when the month has closed. */
    actualTokens: bigint({ mode: 'number' }),
    actualCost: money(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('token_usage_forecasts_run_key').on(t.costCentreId, t.forecastMonth, t.method, t.asOfDate),
    uniqueIndex('token_usage_forecasts_current_key')
      .on(t.costCentreId, t.forecastMonth)
      .where(sql`${t.supersededAt} is null`),
    /** Every centre's current forecast for a month: the finance dashboard. */
    index('token_usage_forecasts_month_idx')
      .on(t.forecastMonth)
      .where(sql`${t.supersededAt} is null`),
    customCheck('token_usage_forecasts_month_check', sql`extract(day from ${t.forecastMonth}) = 1`, {
      columns: [t.forecastMonth],
      column: t.forecastMonth,
      message: 'must be the first day of the month, e.g. 2024-12-01',
      holds: (row) => isAbsent(row.forecast_month) || String(row.forecast_month).endsWith('-01'),
      violations: [{ forecast_month: '2024-12-15' }, { forecast_month: '2025-01-31' }],
    }),
    formatCheck(t.methodVersion, COST_METHOD_VERSION),
    nonNegative(t.forecastTokens),
    nonNegative(t.tokensLower),
    inOrder(t.tokensLower, t.forecastTokens, { name: 'token_usage_forecasts_lower_bound_check', message: 'must be at least tokensLower' }),
    inOrder(t.forecastTokens, t.tokensUpper, { name: 'token_usage_forecasts_upper_bound_check', message: 'must be at least forecastTokens' }),
    nonNegative(t.forecastCost),
    nonNegative(t.costLower),
    inOrder(t.costLower, t.forecastCost, { name: 'token_usage_forecasts_cost_lower_bound_check', message: 'must be at least costLower' }),
    inOrder(t.forecastCost, t.costUpper, { name: 'token_usage_forecasts_cost_upper_bound_check', message: 'must be at least forecastCost' }),
    range(t.confidenceLevelPercent, { min: 0, max: 100, exclusiveMin: true }),
    nonNegative(t.actualTokens),
    nonNegative(t.actualCost),
  ],
);
