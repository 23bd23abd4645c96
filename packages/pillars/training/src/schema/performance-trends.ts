import { domainTable, id, inOrder, nonNegative, textEnum, timestamps, timestamptz } from '@db/core';
import { horses } from '@db/horses/tables';
import { date, integer, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { TRAINING_METRIC_KINDS, TRAINING_METRIC_UNITS, TRAINING_TREND_DIRECTIONS, TRAINING_TREND_PERIODS } from '../constants.ts';

/**
 * A horse's metric over one period (week, month, quarter, season, year), computed by a job from
 * `performance_metrics`: count, min / average / max, change against the previous period and the direction it
 * reads as (a lower recovery heart rate is an improvement). The job re-runs: (horse, metric, period type, period
 * start) is the key it upserts on.
 */
export const performanceTrends = domainTable(
  'performance_trends',
  {
    id: id(),
    horseId: uuid()
      .notNull()
      .references(() => horses.id, { onDelete: 'cascade' }),
    metricKind: textEnum(TRAINING_METRIC_KINDS).notNull(),
    unit: textEnum(TRAINING_METRIC_UNITS).notNull(),
    periodType: textEnum(TRAINING_TREND_PERIODS).notNull(),
    periodStart: date().notNull(),
    /** Last day of the period, included. */
    periodEnd: date().notNull(),
    sampleCount: integer().notNull().default(0),
    minValue: numeric({ precision: 12, scale: 4 }),
    avgValue: numeric({ precision: 12, scale: 4 }),
    maxValue: numeric({ precision: 12, scale: 4 }),
    /** Change of the average against the previous period, percent (signed). */
    changePercent: numeric({ precision: 8, scale: 2 }),
    trendDirection: textEnum(TRAINING_TREND_DIRECTIONS).notNull().default('insufficient_data'),
    computedAt: timestamptz().notNull().defaultNow(),
    /** The job's version, so a change of method shows in the series. */
    algorithmVersion: text(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('performance_trends_horse_id_metric_period_key').on(t.horseId, t.metricKind, t.periodType, t.periodStart),
    inOrder(t.periodStart, t.periodEnd, { name: 'performance_trends_period_end_check', message: 'must not be before the period start' }),
    nonNegative(t.sampleCount),
    inOrder(t.minValue, t.avgValue, { name: 'performance_trends_min_avg_check', message: 'must not be below minValue' }),
    inOrder(t.avgValue, t.maxValue, { name: 'performance_trends_avg_max_check', message: 'must not be below avgValue' }),
  ],
);
