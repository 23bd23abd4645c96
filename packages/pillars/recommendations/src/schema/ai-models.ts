import {
  currency,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  HTTP_URL,
  id,
  inOrder,
  nonNegative,
  positive,
  requiredWhen,
  textEnum,
  timestamps,
  timestamptz,
} from '@db/core';
import { sql } from 'drizzle-orm';
import { date, index, integer, numeric, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { AI_MODEL_LICENCES, AI_MODEL_NAME, AI_MODEL_PROVIDERS, AI_MODEL_STATUSES, AI_MODEL_TASKS, AI_MODEL_VERSION } from '../constants.ts';

/**
 * The model registry (an addition to the seed's list): one row per model version the platform has used, in-house
 * or a vendor's. (model_name, model_version) is the natural key every other table of the pillar reaches through
 * `model_id`, so "which model said this" is never free text. A model is retired through `status`, never deleted:
 * every FK to it is RESTRICT.
 */
export const aiModels = domainTable(
  'ai_models',
  {
    id: id(),
    modelName: text().notNull(),
    modelVersion: text().notNull(),
    provider: textEnum(AI_MODEL_PROVIDERS).notNull(),
    /** The vendor's id of the snapshot, e.g. gpt-4o-2024-08-06, claude-3-5-sonnet-20240620. */
    providerModelId: text(),
    task: textEnum(AI_MODEL_TASKS).notNull(),
    status: textEnum(AI_MODEL_STATUSES).notNull().default('development'),
    licence: textEnum(AI_MODEL_LICENCES).notNull(),
    /** Prompt plus completion tokens the model accepts; null for models that take no text. */
    contextWindowTokens: integer(),
    /** List price per million input (prompt) tokens, in `currency`; 6 decimals (0.075 USD is a real price). */
    inputPricePerMillionTokens: numeric({ precision: 14, scale: 6 }),
    /** List price per million output (completion) tokens, in `currency`. */
    outputPricePerMillionTokens: numeric({ precision: 14, scale: 6 }),
    currency: currency(),
    releasedOn: date(),
    deprecatedAt: timestamptz(),
    retiredAt: timestamptz(),
    modelCardUrl: text(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('ai_models_model_name_model_version_key').on(t.modelName, t.modelVersion),
    uniqueIndex('ai_models_provider_model_id_key').on(t.provider, t.providerModelId),
    /** The router's question: which models may serve this task now. */
    index('ai_models_task_idx').on(t.task, t.status).where(sql`${t.status} in ('shadow', 'active')`),
    formatCheck(t.modelName, AI_MODEL_NAME),
    formatCheck(t.modelVersion, AI_MODEL_VERSION),
    formatCheck(t.providerModelId, EXTERNAL_ID),
    positive(t.contextWindowTokens),
    nonNegative(t.inputPricePerMillionTokens),
    nonNegative(t.outputPricePerMillionTokens),
    inOrder(t.deprecatedAt, t.retiredAt, { name: 'ai_models_retired_at_check', message: 'must not be before deprecatedAt' }),
    requiredWhen(t.retiredAt, t.status, 'retired', { name: 'ai_models_retired_status_check' }),
    requiredWhen(t.deprecatedAt, t.status, 'deprecated', { name: 'ai_models_deprecated_status_check' }),
    formatCheck(t.modelCardUrl, HTTP_URL),
  ],
);
