import { domainTable, id, inOrder, nonNegative, range, textEnum, textLength, timestamps, timestamptz } from '@db/core';
import { RELIABILITY_ENVIRONMENTS } from '@db/reliability/constants';
import { capacityPlanning, platformServices } from '@db/reliability/tables';
import { sql } from 'drizzle-orm';
import { foreignKey, index, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { SCALING_AGGREGATIONS, SCALING_FORECAST_HORIZONS, SCALING_FORECAST_MODELS, SCALING_METRICS, SCALING_UNITS } from '../constants.ts';

/**
 * A forecast of one metric of a service over one horizon (the next hour, day, week, month, quarter): the predicted
 * value for the forecast window with its prediction interval, the model that made it and how well it backtested.
 * Each run is kept: a new run supersedes the previous one (`superseded_at`), so one current forecast per (service,
 * environment, metric, aggregation, horizon) (partial unique index), and the run itself is the natural key (a
 * re-run of the same generation upserts). @db/reliability's `capacity_planning` owns the plan a person approves;
 * a forecast it was built on is linked from here.
 */
export const capacityForecasts = domainTable(
  'capacity_forecasts',
  {
    id: id(),
    /** Derived figures that only describe the service: they go with it, as reliability's capacity plans do. */
    serviceId: uuid()
      .notNull()
      .references(() => platformServices.id, { onDelete: 'cascade' }),
    environment: textEnum(RELIABILITY_ENVIRONMENTS).notNull().default('production'),
    /** The capacity plan this forecast fed. SET NULL: descriptive (FK below: the generated name is too long). */
    capacityPlanningId: uuid(),
    metric: textEnum(SCALING_METRICS).notNull(),
    aggregation: textEnum(SCALING_AGGREGATIONS).notNull(),
    unit: textEnum(SCALING_UNITS).notNull(),
    horizon: textEnum(SCALING_FORECAST_HORIZONS).notNull(),
    forecastWindowStart: timestamptz().notNull(),
    forecastWindowEnd: timestamptz().notNull(),
    /** In `unit`. Not bounded: a model's interval may dip below zero for a quiet series. */
    predictedValue: numeric({ precision: 20, scale: 6 }).notNull(),
    lowerBound: numeric({ precision: 20, scale: 6 }),
    upperBound: numeric({ precision: 20, scale: 6 }),
    /** The prediction interval's level, e.g. 80 or 95. */
    confidenceLevelPercent: numeric({ precision: 5, scale: 2 }),
    model: textEnum(SCALING_FORECAST_MODELS).notNull(),
    modelVersion: text(),
    /** Mean absolute percentage error of the model's backtest; above 100 for a poor fit. */
    mapePercent: numeric({ precision: 7, scale: 2 }),
    generatedAt: timestamptz().notNull(),
    /** Set when a newer run replaces it; null on the current forecast. */
    supersededAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('capacity_forecasts_run_key').on(t.serviceId, t.environment, t.metric, t.aggregation, t.horizon, t.generatedAt),
    uniqueIndex('capacity_forecasts_current_key')
      .on(t.serviceId, t.environment, t.metric, t.aggregation, t.horizon)
      .where(sql`${t.supersededAt} is null`),
    index('capacity_forecasts_capacity_planning_id_idx').on(t.capacityPlanningId),
    foreignKey({
      name: 'capacity_forecasts_capacity_planning_id_fkey',
      columns: [t.capacityPlanningId],
      foreignColumns: [capacityPlanning.id],
    }).onDelete('set null'),
    inOrder(t.forecastWindowStart, t.forecastWindowEnd, {
      strict: true,
      name: 'capacity_forecasts_window_check',
      message: 'must be after forecastWindowStart',
    }),
    inOrder(t.lowerBound, t.predictedValue, { name: 'capacity_forecasts_lower_bound_check', message: 'must not be below lowerBound' }),
    inOrder(t.predictedValue, t.upperBound, { name: 'capacity_forecasts_upper_bound_check', message: 'must not be below predictedValue' }),
    range(t.confidenceLevelPercent, { min: 0, max: 100, exclusiveMin: true }),
    textLength(t.modelVersion, { min: 1, max: 100 }),
    nonNegative(t.mapePercent),
    inOrder(t.generatedAt, t.supersededAt, { name: 'capacity_forecasts_superseded_at_check', message: 'must not be before generatedAt' }),
  ],
);
