import {
  between,
  domainTable,
  id,
  inOrder,
  nonNegative,
  requiredWhen,
  requiredWith,
  textEnum,
  timestamps,
  timestamptz,
} from '@db/core';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { boolean, index, integer, numeric, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { EMOTION_STATE_DERIVATIONS, EMOTION_STATE_END_REASONS, EMOTIONS } from '../constants.ts';
import { emotionalResponseModels } from './emotional-response-models.ts';

/**
 * A person's emotional state over a period, smoothed from their observations (and check-ins) by a configuration's
 * aggregation window: the dominant emotion with mean valence and arousal. History is kept: a new state closes the
 * previous one (`valid_to`, `end_reason`), and one state per person is current (a partial unique index). The
 * person sees it ("how we think you've been feeling") and can reset it. CASCADE: theirs alone.
 */
export const emotionalStateHistory = domainTable(
  'emotional_state_history',
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'cascade' }),
    dominantEmotion: textEnum(EMOTIONS).notNull(),
    /** Mean valence of the window's observations, -1..1. */
    valence: numeric({ precision: 4, scale: 3 }).notNull(),
    /** Mean arousal, 0..1. */
    arousal: numeric({ precision: 4, scale: 3 }),
    intensity: numeric({ precision: 4, scale: 3 }),
    confidence: numeric({ precision: 4, scale: 3 }).notNull(),
    /** Observations and check-ins the state was computed from. */
    observationCount: integer().notNull(),
    derivation: textEnum(EMOTION_STATE_DERIVATIONS).notNull(),
    /** The configuration whose window and thresholds computed it; RESTRICT: retired, not deleted. */
    responseModelId: uuid().references(() => emotionalResponseModels.id, {
      onDelete: 'restrict',
      name: 'emotional_state_history_response_model_id_fkey',
    }),
    validFrom: timestamptz().notNull(),
    validTo: timestamptz(),
    endReason: textEnum(EMOTION_STATE_END_REASONS),
    /** Shown to the person in their emotion settings (false while a state is in shadow evaluation). */
    isVisibleToUser: boolean().notNull().default(true),
    computedAt: timestamptz().notNull().defaultNow(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('emotional_state_history_current_key')
      .on(t.userId)
      .where(sql`${t.validTo} is null`),
    /** A person's history, newest first. */
    index('emotional_state_history_user_id_idx').on(t.userId, t.validFrom),
    index('emotional_state_history_response_model_id_idx').on(t.responseModelId),
    between(t.valence, -1, 1),
    between(t.arousal, 0, 1),
    between(t.intensity, 0, 1),
    between(t.confidence, 0, 1),
    nonNegative(t.observationCount),
    requiredWhen(t.responseModelId, t.derivation, 'model_inference', { name: 'emotional_state_history_model_check' }),
    inOrder(t.validFrom, t.validTo, { strict: true, name: 'emotional_state_history_valid_to_check', message: 'must be after validFrom' }),
    // An end reason only on a closed state (reported on validTo, the missing half).
    requiredWith(t.validTo, t.endReason, { name: 'emotional_state_history_closed_end_reason_check' }),
  ],
);
