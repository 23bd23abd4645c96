import { between, domainTable, id, inOrder, positive, textEnum, timestamps, timestamptz } from '@db/core';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { boolean, foreignKey, index, integer, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { AI_MODEL_TASKS, AI_RANKING_METHODS } from '../constants.ts';
import { aiModelPerformance } from './ai-model-performance.ts';
import { aiModels } from './ai-models.ts';

/**
 * The league table of models per task, with history: a model's rank, composite score and share of traffic from
 * `validFrom` until `validTo` (open = current). A re-ranking closes the current rows and opens new ones, so one
 * current row per (task, model) and one current default per task (the model the router sends traffic to when
 * nothing else applies). Ranks are derived from `ai_model_performance`; the approver is a credit (set null).
 */
export const aiModelRankings = domainTable(
  'ai_model_rankings',
  {
    id: id(),
    task: textEnum(AI_MODEL_TASKS).notNull(),
    modelId: uuid()
      .notNull()
      .references(() => aiModels.id, { onDelete: 'restrict' }),
    /** The evaluation the rank was decided on. FK declared below: the generated name is too long. */
    performanceId: uuid(),
    rankingMethod: textEnum(AI_RANKING_METHODS).notNull(),
    /** 1 = best for the task. */
    rankPosition: integer().notNull(),
    /** The weighted score the rank sorts on, 0..1, and its parts. */
    compositeScore: numeric({ precision: 5, scale: 4 }).notNull(),
    qualityScore: numeric({ precision: 5, scale: 4 }),
    latencyScore: numeric({ precision: 5, scale: 4 }),
    costScore: numeric({ precision: 5, scale: 4 }),
    isDefault: boolean().notNull().default(false),
    /** Share of the task's traffic the router sends to this model, 0-100. */
    trafficSharePercent: numeric({ precision: 5, scale: 2 }).notNull().default('0.00'),
    validFrom: timestamptz().notNull().defaultNow(),
    validTo: timestamptz(),
    decidedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    notes: text(),
    ...timestamps(),
  },
  (t) => [
    index('ai_model_rankings_model_id_idx').on(t.modelId, t.validFrom),
    index('ai_model_rankings_performance_id_idx').on(t.performanceId),
    index('ai_model_rankings_decided_by_user_id_idx').on(t.decidedByUserId),
    index('ai_model_rankings_task_idx').on(t.task, t.validFrom),
    uniqueIndex('ai_model_rankings_current_key').on(t.task, t.modelId).where(sql`${t.validTo} is null`),
    uniqueIndex('ai_model_rankings_current_default_key').on(t.task).where(sql`${t.validTo} is null and ${t.isDefault}`),
    foreignKey({
      name: 'ai_model_rankings_performance_id_fkey',
      columns: [t.performanceId],
      foreignColumns: [aiModelPerformance.id],
    }).onDelete('set null'),
    positive(t.rankPosition),
    between(t.compositeScore, 0, 1),
    between(t.qualityScore, 0, 1),
    between(t.latencyScore, 0, 1),
    between(t.costScore, 0, 1),
    between(t.trafficSharePercent, 0, 100),
    inOrder(t.validFrom, t.validTo, { strict: true, name: 'ai_model_rankings_valid_to_check', message: 'must be after validFrom' }),
  ],
);
