import {
  between,
  customCheck,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  isAbsent,
  jsonObject,
  onlyWhen,
  requiredWhen,
  requiredWith,
  textEnum,
  timestamps,
  timestamptz,
} from '@db/core';
import { horses } from '@db/horses/tables';
import { sql } from 'drizzle-orm';
import { char, date, index, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { AI_PREDICTION_OUTCOMES, AI_PREDICTION_SOURCES, AI_PREDICTION_TYPES, AI_PREDICTION_UNITS } from '../constants.ts';
import { aiModels } from './ai-models.ts';

/** A model input as it was when the prediction was made: numbers, labels, flags. */
export type AiFeatureValue = number | string | boolean | null;

/**
 * A model's prediction about a horse: lameness or colic risk, sale price, competition placing, foaling date,
 * weight change, passing a pre-purchase vetting. The prediction is a value with its unit (`predicted_value` +
 * `value_unit`: a probability for risks, money with `value_currency` for prices, days, kg, a placing), with the
 * model's confidence (0..1) and, once known, what actually happened in the same unit (`actual_value`: 1 or 0 for
 * an event that did or did not happen). Batch scoring re-delivers rows: (source, external_id) is the upsert key,
 * `source_updated_at` the scorer's last change. Predictions about a horse go with it (cascade).
 */
export const aiPredictions = domainTable(
  'ai_predictions',
  {
    id: id(),
    modelId: uuid()
      .notNull()
      .references(() => aiModels.id, { onDelete: 'restrict' }),
    source: textEnum(AI_PREDICTION_SOURCES).notNull(),
    externalId: text().notNull(),
    sourceUpdatedAt: timestamptz(),
    predictionType: textEnum(AI_PREDICTION_TYPES).notNull(),
    horseId: uuid()
      .notNull()
      .references(() => horses.id, { onDelete: 'cascade' }),
    /** The last day the prediction is about: the foaling date predicted, the end of a 30-day risk horizon. */
    horizonEndsOn: date(),
    predictedValue: numeric({ precision: 14, scale: 4 }).notNull(),
    valueUnit: textEnum(AI_PREDICTION_UNITS).notNull(),
    /** ISO 4217, for valueUnit money. */
    valueCurrency: char({ length: 3 }),
    /** 0..1. */
    confidence: numeric({ precision: 4, scale: 3 }).notNull(),
    /** The inputs as the model saw them, by feature name. */
    inputFeatures: jsonObject<Record<string, AiFeatureValue>>(),
    predictedAt: timestamptz().notNull().defaultNow(),
    outcomeStatus: textEnum(AI_PREDICTION_OUTCOMES).notNull().default('pending'),
    actualValue: numeric({ precision: 14, scale: 4 }),
    outcomeObservedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('ai_predictions_source_external_id_key').on(t.source, t.externalId),
    index('ai_predictions_model_id_idx').on(t.modelId, t.predictedAt),
    index('ai_predictions_horse_id_idx').on(t.horseId, t.predictionType, t.predictedAt),
    /** The outcome-matching job's queue: pending predictions whose horizon has passed. */
    index('ai_predictions_pending_idx').on(t.horizonEndsOn).where(sql`${t.outcomeStatus} = 'pending'`),
    formatCheck(t.externalId, EXTERNAL_ID),
    requiredWhen(t.valueCurrency, t.valueUnit, 'money', { name: 'ai_predictions_money_currency_check' }),
    onlyWhen(t.valueCurrency, t.valueUnit, 'money', { name: 'ai_predictions_currency_unit_check' }),
    between(t.confidence, 0, 1),
    inOrder(t.predictedAt, t.outcomeObservedAt, { name: 'ai_predictions_outcome_observed_at_check', message: 'must not be before predictedAt' }),
    requiredWith(t.outcomeObservedAt, t.actualValue, { name: 'ai_predictions_actual_value_check' }),
    // requiredWhen takes one value; here every outcome but pending needs the time it was observed.
    customCheck('ai_predictions_outcome_check', sql`${t.outcomeStatus} = 'pending' or ${t.outcomeObservedAt} is not null`, {
      columns: [t.outcomeStatus, t.outcomeObservedAt],
      column: t.outcomeObservedAt,
      message: 'is required once outcomeStatus is no longer pending',
      holds: (row) => isAbsent(row.outcome_status) || row.outcome_status === 'pending' || !isAbsent(row.outcome_observed_at),
      violations: [
        { outcome_status: 'correct', outcome_observed_at: null },
        { outcome_status: 'unverifiable', outcome_observed_at: null },
      ],
    }),
  ],
);
