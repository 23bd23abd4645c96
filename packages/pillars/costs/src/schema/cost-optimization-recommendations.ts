import {
  between,
  currency,
  differ,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  money,
  nonNegative,
  onlyWhen,
  requiredWhen,
  requiredWith,
  textEnum,
  textLength,
  timestamps,
  timestamptz,
} from '@db/core';
import { adminUsers } from '@db/admin/tables';
import { aiAgentConfigs } from '@db/agents/tables';
import { aiModels } from '@db/recommendations/tables';
import { sql } from 'drizzle-orm';
import { date, foreignKey, index, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { COST_OPTIMIZATION_SOURCES, COST_OPTIMIZATION_STATUSES, COST_OPTIMIZATION_TYPES } from '../constants.ts';

/**
 * A suggestion to spend less on AI: switch an agent to a cheaper model, turn on prompt caching, move offline work
 * to the Batch tier, cap output tokens, trim a prompt, with the estimated monthly saving, the expected change in
 * quality (from the evaluation), the usage window it was estimated on, and what became of it. The weekly cost
 * analyser re-emits its open suggestions: (source, external_id) is the upsert key (the analyser's fingerprint of
 * the suggestion) and `source_updated_at` when it last restated it. References to configurations and models are
 * RESTRICT (neither is ever deleted once used); the admin who decided is a credit (SET NULL).
 */
export const costOptimizationRecommendations = domainTable(
  'cost_optimization_recommendations',
  {
    id: id(),
    source: textEnum(COST_OPTIMIZATION_SOURCES).notNull(),
    externalId: text().notNull(),
    sourceUpdatedAt: timestamptz(),
    recommendationType: textEnum(COST_OPTIMIZATION_TYPES).notNull(),
    /** The agent configuration version the suggestion is about, when it is about an agent. */
    agentConfigId: uuid(),
    /** The model the usage runs on today. */
    currentModelId: uuid(),
    /** The model to switch to, for `switch_model`. */
    suggestedModelId: uuid(),
    title: text().notNull(),
    rationale: text(),
    /** The estimated saving per month, at today's volume and prices, in `currency`. */
    monthlySaving: money().notNull(),
    currency: currency(),
    /** The evaluation's expected change of answer quality, in percent (-2.50: slightly worse). */
    expectedQualityChangePercent: numeric({ precision: 5, scale: 2 }),
    /** The usage the estimate was computed on: its first and last day. */
    analysedFrom: date().notNull(),
    analysedTo: date().notNull(),
    status: textEnum(COST_OPTIMIZATION_STATUSES).notNull().default('proposed'),
    decidedAt: timestamptz(),
    decidedByAdminUserId: uuid(),
    implementedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('cost_optimization_recommendations_source_external_id_key').on(t.source, t.externalId),
    index('cost_optimization_recommendations_agent_config_id_idx').on(t.agentConfigId),
    index('cost_optimization_recommendations_current_model_id_idx').on(t.currentModelId),
    index('cost_optimization_recommendations_suggested_model_id_idx').on(t.suggestedModelId),
    index('cost_optimization_recommendations_decided_by_idx').on(t.decidedByAdminUserId),
    /** The FinOps review queue: open suggestions, largest saving first. */
    index('cost_optimization_recommendations_open_idx')
      .on(t.monthlySaving)
      .where(sql`${t.status} = 'proposed'`),
    // Declared here with names: the generated ones would pass PostgreSQL's 63 characters.
    foreignKey({ name: 'cost_optimization_recommendations_agent_config_id_fkey', columns: [t.agentConfigId], foreignColumns: [aiAgentConfigs.id] }).onDelete(
      'restrict',
    ),
    foreignKey({ name: 'cost_optimization_recommendations_current_model_id_fkey', columns: [t.currentModelId], foreignColumns: [aiModels.id] }).onDelete(
      'restrict',
    ),
    foreignKey({ name: 'cost_optimization_recommendations_suggested_model_id_fkey', columns: [t.suggestedModelId], foreignColumns: [aiModels.id] }).onDelete(
      'restrict',
    ),
    foreignKey({ name: 'cost_optimization_recommendations_decided_by_fkey', columns: [t.decidedByAdminUserId], foreignColumns: [adminUsers.id] }).onDelete(
      'set null',
    ),
    formatCheck(t.externalId, EXTERNAL_ID),
    requiredWhen(t.suggestedModelId, t.recommendationType, 'switch_model', { name: 'cost_optimization_recommendations_switch_check' }),
    differ(t.currentModelId, t.suggestedModelId, {
      name: 'cost_optimization_recommendations_models_check',
      message: 'must differ from currentModelId: a switch is to another model',
    }),
    textLength(t.title, { min: 1, max: 200 }),
    nonNegative(t.monthlySaving, { name: 'cost_optimization_recommendations_saving_check' }),
    between(t.expectedQualityChangePercent, -100, 100, { name: 'cost_optimization_recommendations_quality_change_check' }),
    inOrder(t.analysedFrom, t.analysedTo, {
      name: 'cost_optimization_recommendations_period_check',
      message: 'must not be before analysedFrom',
    }),
    requiredWith(t.decidedAt, t.decidedByAdminUserId, {
      name: 'cost_optimization_recommendations_decided_check',
      message: 'is required when decidedByAdminUserId is given',
    }),
    requiredWhen(t.implementedAt, t.status, 'implemented', { name: 'cost_optimization_recommendations_implemented_check' }),
    onlyWhen(t.implementedAt, t.status, 'implemented', { name: 'cost_optimization_recommendations_implemented_status_check' }),
    inOrder(t.decidedAt, t.implementedAt, {
      name: 'cost_optimization_recommendations_implemented_at_check',
      message: 'must not be before decidedAt',
    }),
  ],
);
