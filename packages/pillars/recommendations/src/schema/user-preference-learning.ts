import { between, domainTable, id, inOrder, jsonObject, nonNegative, positive, textEnum, textLength, timestamps, timestamptz } from '@db/core';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { boolean, index, integer, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { AI_PREFERENCE_CONFIRMATIONS, AI_PREFERENCE_DIMENSIONS } from '../constants.ts';
import { aiModels } from './ai-models.ts';

/** The signals behind a learned preference, counted by kind: { view: 42, save: 3, enquiry: 1 }. */
export type AiPreferenceSignals = Record<string, number>;

/**
 * What the platform has learned a user likes (or does not): one value of one dimension (discipline eventing,
 * breed Irish Draught, price band 10000-25000 EUR) with an affinity from -1 (avoid) to 1 (seek), the model's
 * confidence and the evidence behind it. History is kept: the learning job closes the current row (`valid_to`)
 * when the affinity moves, and opens a new one, so one current row per (user, dimension, value). Stated
 * preferences (onboarding answers) are rows too, with `isExplicit`. The user's alone (cascade).
 */
export const userPreferenceLearning = domainTable(
  'user_preference_learning',
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'cascade' }),
    dimension: textEnum(AI_PREFERENCE_DIMENSIONS).notNull(),
    /** The value in the dimension's vocabulary: eventing, irish_draught, 10000-25000, 50. */
    preferenceValue: text().notNull(),
    /** -1 = avoids, 0 = indifferent, 1 = seeks out. */
    affinityScore: numeric({ precision: 5, scale: 4 }).notNull(),
    /** The model's confidence in the affinity, 0..1. */
    confidence: numeric({ precision: 4, scale: 3 }).notNull(),
    /** Signals (views, saves, enquiries, bookings) the estimate rests on. */
    evidenceCount: integer().notNull().default(0),
    signalBreakdown: jsonObject<AiPreferenceSignals>(),
    lastSignalAt: timestamptz(),
    /** Days after which a signal counts half. */
    decayHalfLifeDays: integer(),
    /** Stated by the user (onboarding, settings) rather than inferred. */
    isExplicit: boolean().notNull().default(false),
    /** What the user said about it on the "why am I seeing this" screen, if anything. */
    userConfirmation: textEnum(AI_PREFERENCE_CONFIRMATIONS),
    /** The model that learned it; null for stated preferences. */
    modelId: uuid().references(() => aiModels.id, { onDelete: 'restrict' }),
    validFrom: timestamptz().notNull().defaultNow(),
    validTo: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('user_preference_learning_current_key')
      .on(t.userId, t.dimension, t.preferenceValue)
      .where(sql`${t.validTo} is null`),
    index('user_preference_learning_user_id_idx').on(t.userId, t.dimension, t.validFrom),
    index('user_preference_learning_model_id_idx').on(t.modelId),
    textLength(t.preferenceValue, { min: 1, max: 100 }),
    between(t.affinityScore, -1, 1),
    between(t.confidence, 0, 1),
    nonNegative(t.evidenceCount),
    positive(t.decayHalfLifeDays),
    inOrder(t.validFrom, t.validTo, { strict: true, name: 'user_preference_learning_valid_to_check', message: 'must be after validFrom' }),
  ],
);
