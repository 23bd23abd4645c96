import {
  between,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  jsonObject,
  nonNegative,
  positive,
  requiredWhen,
  SNAKE_CASE_KEY,
  textEnum,
  timestamps,
  timestamptz,
  together,
} from '@db/core';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { index, integer, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { EMOTION_CONFIG_STATUSES, EMOTION_USE_CASES, type Emotion } from '../constants.ts';
import { emotionalAiModels } from './emotional-ai-models.ts';

/** Per-label decision thresholds: a label is assigned when its calibrated probability reaches its threshold. */
export type EmotionLabelThresholds = Partial<Record<Emotion, number>>;

/**
 * A versioned configuration of an emotion model for one use: the thresholds and windows that turn its scores into
 * the decisions other tables record. (config_key, version) is the key; a new version is a new row, the previous one
 * is closed (`valid_to`) and kept, because every observation, prediction and action names the version that
 * produced it (RESTRICT). One active version per key (a partial unique index). Versions promoted in the ML
 * registry (MLflow, SageMaker) are mirrored on (source, external_id).
 */
export const emotionalResponseModels = domainTable(
  'emotional_response_models',
  {
    id: id(),
    emotionalAiModelId: uuid()
      .notNull()
      .references(() => emotionalAiModels.id, { onDelete: 'restrict', name: 'emotional_response_models_emotional_ai_model_id_fkey' }),
    /** Stable snake_case key of the configuration, e.g. post_reaction_classifier, assistant_tone_guard. */
    configKey: text().notNull(),
    version: integer().notNull(),
    useCase: textEnum(EMOTION_USE_CASES).notNull(),
    status: textEnum(EMOTION_CONFIG_STATUSES).notNull().default('draft'),
    /** Below this calibrated confidence an inference is discarded, never stored or acted on, 0..1. */
    minConfidence: numeric({ precision: 4, scale: 3 }).notNull(),
    /** |valence| below this is read as neutral, 0..1. */
    neutralBand: numeric({ precision: 4, scale: 3 }).notNull().default('0.150'),
    /** Intensity of a negative emotion at which support_escalation triggers may fire, 0..1. */
    escalationIntensity: numeric({ precision: 4, scale: 3 }),
    /** Shorter texts are not analysed ("ok", an emoji). */
    minTextCharacters: integer().notNull().default(0),
    /** Observations within this window are smoothed into one state (emotional_state_history). */
    aggregationWindowMinutes: integer(),
    labelThresholds: jsonObject<EmotionLabelThresholds>(),
    validFrom: timestamptz(),
    validTo: timestamptz(),
    changeReason: text(),
    /** Who approved the version: a credit, nulled on erasure. */
    approvedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null', name: 'emotional_response_models_approved_by_user_id_fkey' }),
    /** The ML registry (snake_case: mlflow, sagemaker) and the version's id there. */
    source: text(),
    externalId: text(),
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('emotional_response_models_config_key_version_key').on(t.configKey, t.version),
    uniqueIndex('emotional_response_models_source_external_id_key').on(t.source, t.externalId),
    uniqueIndex('emotional_response_models_active_key')
      .on(t.configKey)
      .where(sql`${t.status} = 'active'`),
    index('emotional_response_models_emotional_ai_model_id_idx').on(t.emotionalAiModelId),
    index('emotional_response_models_approved_by_user_id_idx').on(t.approvedByUserId),
    formatCheck(t.configKey, SNAKE_CASE_KEY),
    positive(t.version),
    between(t.minConfidence, 0, 1),
    between(t.neutralBand, 0, 1),
    between(t.escalationIntensity, 0, 1),
    nonNegative(t.minTextCharacters),
    positive(t.aggregationWindowMinutes),
    inOrder(t.validFrom, t.validTo, { strict: true, name: 'emotional_response_models_valid_to_check', message: 'must be after validFrom' }),
    requiredWhen(t.validFrom, t.status, 'active', { name: 'emotional_response_models_active_from_check' }),
    requiredWhen(t.validTo, t.status, 'retired', { name: 'emotional_response_models_retired_to_check' }),
    together(t.source, t.externalId, { name: 'emotional_response_models_external_check' }),
    formatCheck(t.source, SNAKE_CASE_KEY),
    formatCheck(t.externalId, EXTERNAL_ID),
  ],
);
