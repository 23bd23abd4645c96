import {
  between,
  domainTable,
  formatCheck,
  id,
  nonNegative,
  positive,
  requiredWhen,
  SNAKE_CASE_KEY,
  textEnum,
  textLength,
  timestamps,
  timestamptz,
} from '@db/core';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { boolean, index, integer, numeric, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { EMOTION_ACTION_TYPES, EMOTION_TRIGGER_STATUSES, EMOTIONS } from '../constants.ts';
import { emotionalContextTags } from './emotional-context-tags.ts';
import { emotionalSupportResources } from './emotional-support-resources.ts';

/**
 * A rule that turns inferred emotions into a protective action: "sadness at intensity 0.8 or more, three times in
 * 24 hours, in a horse-loss context: offer the bereavement resource and pause marketing for 14 days". Evaluated
 * by the automation engine on the observations (user_emotion_tracking); what it did each time is
 * emotion_driven_actions (append-only). Every action type is protective (EMOTION_ACTION_TYPES): nothing here sells.
 * Retired, not deleted, once it has fired (actions RESTRICT it). `key` is its stable upsert key.
 */
export const emotionTriggers = domainTable(
  'emotion_triggers',
  {
    id: id(),
    /** Stable snake_case key, e.g. sustained_sadness_horse_loss. */
    key: text().notNull(),
    name: text().notNull(),
    description: text(),
    emotion: textEnum(EMOTIONS).notNull(),
    /** The inferred intensity and calibrated confidence an observation needs to count, 0..1. */
    minIntensity: numeric({ precision: 4, scale: 3 }).notNull(),
    minConfidence: numeric({ precision: 4, scale: 3 }).notNull(),
    /** Only observations at or below this valence count, -1..1 (null: any). */
    maxValence: numeric({ precision: 4, scale: 3 }),
    /** Counting observations within the window: how many it takes. */
    minObservations: integer().notNull().default(1),
    windowMinutes: integer().notNull(),
    /** Only in this context (and its children), when set; SET NULL: the rule widens if the tag goes. */
    emotionalContextTagId: uuid().references(() => emotionalContextTags.id, { onDelete: 'set null', name: 'emotion_triggers_emotional_context_tag_id_fkey' }),
    actionType: textEnum(EMOTION_ACTION_TYPES).notNull(),
    /** The resource an offer_support_resource rule offers. RESTRICT: retire the rule before the resource. */
    emotionalSupportResourceId: uuid().references(() => emotionalSupportResources.id, {
      onDelete: 'restrict',
      name: 'emotion_triggers_emotional_support_resource_id_fkey',
    }),
    /** How long a throttle or a marketing pause lasts once fired. */
    actionDurationMinutes: integer(),
    /** Not fired again for the same person within this time. */
    cooldownMinutes: integer().notNull().default(0),
    /** A person reviews the case before the action (always for escalate_to_human). */
    requiresHumanReview: boolean().notNull().default(false),
    /** Lower runs first when several rules match one observation. */
    priority: smallint().notNull().default(100),
    status: textEnum(EMOTION_TRIGGER_STATUSES).notNull().default('draft'),
    activatedAt: timestamptz(),
    retiredAt: timestamptz(),
    /** The staff member who owns the rule: a credit, nulled on erasure. */
    ownerUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('emotion_triggers_key_key').on(t.key),
    /** The engine's question: which active rules listen for this emotion, in order. */
    index('emotion_triggers_active_emotion_idx')
      .on(t.emotion, t.priority)
      .where(sql`${t.status} = 'active'`),
    index('emotion_triggers_emotional_context_tag_id_idx').on(t.emotionalContextTagId),
    index('emotion_triggers_emotional_support_resource_id_idx').on(t.emotionalSupportResourceId),
    index('emotion_triggers_owner_user_id_idx').on(t.ownerUserId),
    formatCheck(t.key, SNAKE_CASE_KEY),
    textLength(t.name, { min: 1, max: 200 }),
    between(t.minIntensity, 0, 1),
    between(t.minConfidence, 0, 1),
    between(t.maxValence, -1, 1),
    positive(t.minObservations),
    positive(t.windowMinutes),
    positive(t.actionDurationMinutes),
    nonNegative(t.cooldownMinutes),
    nonNegative(t.priority),
    requiredWhen(t.emotionalSupportResourceId, t.actionType, 'offer_support_resource', { name: 'emotion_triggers_resource_check' }),
    requiredWhen(t.actionDurationMinutes, t.actionType, 'throttle_notifications', { name: 'emotion_triggers_throttle_duration_check' }),
    requiredWhen(t.activatedAt, t.status, 'active', { name: 'emotion_triggers_activated_at_check' }),
    requiredWhen(t.retiredAt, t.status, 'retired', { name: 'emotion_triggers_retired_at_check' }),
  ],
);
