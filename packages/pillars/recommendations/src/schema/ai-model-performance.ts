import { between, currency, domainTable, formatCheck, id, inOrder, jsonObject, nonNegative, SNAKE_CASE_KEY, textEnum, timestamps, timestamptz } from '@db/core';
import { index, integer, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { AI_EVALUATION_TYPES, AI_SEGMENT_KEY } from '../constants.ts';
import { aiModels } from './ai-models.ts';

/**
 * How one model version performed over one evaluation window, for one kind of evaluation (offline benchmark,
 * A/B test, shadow traffic, production monitoring, human review) and one segment of users. The common metrics
 * are columns (quality, engagement, latency, cost); metrics only some tasks have go in `additionalMetrics`. The
 * evaluation job re-runs a window: (model_id, evaluation_type, segment, window_start, window_end) is its upsert
 * key. Evidence of how a model behaved: its model cannot be deleted (restrict). Pillar 13 (Multi-AI Agents)
 * reads it to route between models.
 */
export const aiModelPerformance = domainTable(
  'ai_model_performance',
  {
    id: id(),
    modelId: uuid()
      .notNull()
      .references(() => aiModels.id, { onDelete: 'restrict' }),
    evaluationType: textEnum(AI_EVALUATION_TYPES).notNull(),
    segment: text().notNull().default('all'),
    /** The benchmark or test set, e.g. equine_health_qa_v3; null for live traffic. */
    evaluationDataset: text(),
    windowStart: timestamptz().notNull(),
    windowEnd: timestamptz().notNull(),
    /** Requests, predictions or examples the figures are computed over. */
    sampleCount: integer().notNull(),
    /** Classification and prediction quality, 0..1. */
    precisionScore: numeric({ precision: 5, scale: 4 }),
    recallScore: numeric({ precision: 5, scale: 4 }),
    f1Score: numeric({ precision: 5, scale: 4 }),
    /** Ranking quality (recommendations, feeds), 0..1. */
    ndcgAt10: numeric({ precision: 5, scale: 4 }),
    clickThroughRatePercent: numeric({ precision: 5, scale: 2 }),
    errorRatePercent: numeric({ precision: 5, scale: 2 }),
    latencyP50Ms: integer(),
    latencyP95Ms: integer(),
    /** Model-usage cost over the window, 6 decimals, in `currency`. */
    totalCost: numeric({ precision: 14, scale: 6 }),
    currency: currency(),
    /** Task-specific metrics by name, e.g. { mae_kg: 11.2, brier_score: 0.081, hallucination_rate: 0.012 }. */
    additionalMetrics: jsonObject<Record<string, number>>(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('ai_model_performance_window_key').on(t.modelId, t.evaluationType, t.segment, t.windowStart, t.windowEnd),
    index('ai_model_performance_window_end_idx').on(t.evaluationType, t.windowEnd),
    formatCheck(t.segment, AI_SEGMENT_KEY),
    formatCheck(t.evaluationDataset, SNAKE_CASE_KEY),
    inOrder(t.windowStart, t.windowEnd, { strict: true, name: 'ai_model_performance_window_check', message: 'must be after windowStart' }),
    nonNegative(t.sampleCount),
    between(t.precisionScore, 0, 1),
    between(t.recallScore, 0, 1),
    between(t.f1Score, 0, 1),
    between(t.ndcgAt10, 0, 1),
    between(t.clickThroughRatePercent, 0, 100),
    between(t.errorRatePercent, 0, 100),
    nonNegative(t.latencyP50Ms),
    nonNegative(t.latencyP95Ms),
    inOrder(t.latencyP50Ms, t.latencyP95Ms, { name: 'ai_model_performance_latency_check', message: 'must be at least latencyP50Ms' }),
    nonNegative(t.totalCost),
  ],
);
