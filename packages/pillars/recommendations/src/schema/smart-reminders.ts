import {
  between,
  domainTable,
  formatCheck,
  id,
  onlyWhen,
  requiredWhen,
  SNAKE_CASE_KEY,
  textEnum,
  timestamps,
  timestamptz,
  together,
} from '@db/core';
import { horses } from '@db/horses/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { date, index, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { AI_REMINDER_CHANNELS, AI_REMINDER_KEY, AI_REMINDER_STATUSES, AI_REMINDER_TYPES } from '../constants.ts';
import { aiModels } from './ai-models.ts';
import { aiRecommendations } from './ai-recommendations.ts';

/**
 * A reminder the platform's models decided to send: what (the farrier is due, the insurance renews, entries for
 * a show close), when (the send time the model expects the user to act on) and how. It may come from a
 * recommendation, and from a record of another pillar (`source_entity_type`, `source_entity_id`: a vaccination,
 * a subscription, a competition entry: a generic link). The generator re-runs: (user_id, reminder_key) is its
 * upsert key. Clinical reminders a vet sets are `health_reminders` (pillar 5); these are the recipient's (cascade).
 */
export const smartReminders = domainTable(
  'smart_reminders',
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'cascade' }),
    /** The generator's dedupe key, e.g. farrier:whisper:2024-06-12. */
    reminderKey: text().notNull(),
    horseId: uuid().references(() => horses.id, { onDelete: 'cascade' }),
    modelId: uuid()
      .notNull()
      .references(() => aiModels.id, { onDelete: 'restrict' }),
    /** The recommendation that prompted it; the reminder stays if that is cleaned up. */
    recommendationId: uuid().references(() => aiRecommendations.id, { onDelete: 'set null' }),
    sourceEntityType: text(),
    sourceEntityId: uuid(),
    reminderType: textEnum(AI_REMINDER_TYPES).notNull(),
    title: text().notNull(),
    /** The day the task itself is due. */
    dueOn: date(),
    /** The send time the model chose. */
    scheduledFor: timestamptz().notNull(),
    channel: textEnum(AI_REMINDER_CHANNELS).notNull(),
    /** How likely the model thinks the user is to act on it, 0..1. */
    confidence: numeric({ precision: 4, scale: 3 }),
    status: textEnum(AI_REMINDER_STATUSES).notNull().default('scheduled'),
    snoozedUntil: timestamptz(),
    sentAt: timestamptz(),
    completedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('smart_reminders_user_id_reminder_key_key').on(t.userId, t.reminderKey),
    index('smart_reminders_horse_id_idx').on(t.horseId, t.dueOn),
    index('smart_reminders_model_id_idx').on(t.modelId),
    index('smart_reminders_recommendation_id_idx').on(t.recommendationId),
    index('smart_reminders_source_entity_idx').on(t.sourceEntityType, t.sourceEntityId),
    /** The sender's queue: what is still to go out, by time. */
    index('smart_reminders_due_idx').on(t.scheduledFor).where(sql`${t.status} = 'scheduled'`),
    formatCheck(t.reminderKey, AI_REMINDER_KEY),
    together(t.sourceEntityType, t.sourceEntityId, { name: 'smart_reminders_source_entity_check' }),
    formatCheck(t.sourceEntityType, SNAKE_CASE_KEY),
    between(t.confidence, 0, 1),
    requiredWhen(t.snoozedUntil, t.status, 'snoozed', { name: 'smart_reminders_snoozed_until_check' }),
    onlyWhen(t.snoozedUntil, t.status, 'snoozed', { name: 'smart_reminders_snoozed_status_check' }),
    requiredWhen(t.sentAt, t.status, 'sent', { name: 'smart_reminders_sent_at_check' }),
    requiredWhen(t.completedAt, t.status, 'completed', { name: 'smart_reminders_completed_at_check' }),
  ],
);
