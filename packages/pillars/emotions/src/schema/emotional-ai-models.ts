import {
  between,
  domainTable,
  formatCheck,
  HTTP_URL,
  id,
  positive,
  onlyWhen,
  requiredWhen,
  allOneOf,
  textEnum,
  textLength,
  timestamps,
  timestamptz,
} from '@db/core';
import { aiModels } from '@db/recommendations/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { boolean, date, index, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  EMOTION_CALIBRATION_METHODS,
  EMOTION_LANGUAGE_TAG,
  EMOTION_MODALITIES,
  EMOTION_MODEL_APPROVAL_STATUSES,
  EMOTIONS,
  type Emotion,
} from '../constants.ts';

/**
 * The emotion-specific profile of a model of @db/recommendations' registry (`ai_models`): a 1:1 extension, never a
 * model table of its own. What the registry does not say and an emotion model needs: the labels it emits (a subset
 * of EMOTIONS), whether it also scores valence, arousal and intensity, what it reads (text and interaction signals
 * only: no biometric modality exists), how its probabilities are calibrated and how well, its bias audit, and the
 * ethics review that must approve it before any configuration (emotional_response_models) may serve. Upserted from
 * the registry sync on `ai_model_id`. CASCADE from the model: the profile has no meaning without it (models are
 * retired, not deleted, and a profile whose configurations served cannot go: they RESTRICT it).
 */
export const emotionalAiModels = domainTable(
  'emotional_ai_models',
  {
    id: id(),
    aiModelId: uuid()
      .notNull()
      .references(() => aiModels.id, { onDelete: 'cascade' }),
    modality: textEnum(EMOTION_MODALITIES).notNull(),
    /** The labels the model emits, in EMOTIONS' words (a 3-class polarity model has none: it scores valence). */
    labelSet: text()
      .$type<Emotion>()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    outputsValence: boolean().notNull().default(false),
    outputsArousal: boolean().notNull().default(false),
    outputsIntensity: boolean().notNull().default(false),
    /** The language it was trained and evaluated on (BCP 47); other languages are routed elsewhere. */
    primaryLanguage: text().notNull(),
    calibrationMethod: textEnum(EMOTION_CALIBRATION_METHODS).notNull().default('none'),
    /** For temperature scaling: the fitted temperature T (logits / T), e.g. 1.37. */
    calibrationTemperature: numeric({ precision: 6, scale: 3 }),
    /** Expected calibration error on the evaluation set after calibration, 0..1 (0.031 is good). */
    expectedCalibrationError: numeric({ precision: 5, scale: 4 }),
    /** Macro-averaged F1 over the label set on the evaluation set, 0..1. */
    macroF1: numeric({ precision: 5, scale: 4 }),
    /** The evaluation set, e.g. "goemotions-ekman-test + equine-forum-sample-2024-q1 (n=4,200)". */
    evaluationDataset: text(),
    evaluatedOn: date(),
    /** The last audit of error rates across age bands, languages and account types. */
    biasAuditedOn: date(),
    biasAuditUrl: text(),
    /** What it may be used for, as the ethics review approved it. */
    intendedUse: text().notNull(),
    /** What it must not be used for (e.g. "no inference about health; no use in pricing or credit"). */
    prohibitedUses: text(),
    approvalStatus: textEnum(EMOTION_MODEL_APPROVAL_STATUSES).notNull().default('pending_review'),
    approvedAt: timestamptz(),
    /** The reviewer: a credit, nulled on erasure. */
    approvedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('emotional_ai_models_ai_model_id_key').on(t.aiModelId),
    index('emotional_ai_models_approved_by_user_id_idx').on(t.approvedByUserId),
    allOneOf(t.labelSet, EMOTIONS),
    formatCheck(t.primaryLanguage, EMOTION_LANGUAGE_TAG),
    positive(t.calibrationTemperature),
    requiredWhen(t.calibrationTemperature, t.calibrationMethod, 'temperature_scaling', { name: 'emotional_ai_models_temperature_check' }),
    onlyWhen(t.calibrationTemperature, t.calibrationMethod, 'temperature_scaling', { name: 'emotional_ai_models_temperature_method_check' }),
    between(t.expectedCalibrationError, 0, 1),
    between(t.macroF1, 0, 1),
    formatCheck(t.biasAuditUrl, HTTP_URL),
    textLength(t.intendedUse, { min: 1, max: 2000 }),
    requiredWhen(t.approvedAt, t.approvalStatus, 'approved', { name: 'emotional_ai_models_approved_at_check' }),
  ],
);
