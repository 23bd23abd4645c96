import { domainTable, id, onlyWhen, positive, requiredWhen, textEnum, timestamps, timestamptz } from '@db/core';
import { horses } from '@db/horses/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { date, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { HEALTH_REMINDER_CHANNELS, HEALTH_REMINDER_STATUSES, HEALTH_REMINDER_TYPES } from '../constants.ts';
import { medications } from './medications.ts';
import { vaccinations } from './vaccinations.ts';

/**
 * A reminder to a person about a horse's care: a booster due, the next worming, a dental check, a dose. Rows
 * generated from a vaccination's or a medication's due date point at it and go with it (cascade), and a
 * vaccination reminds each recipient once: (vaccination, recipient) is the key the generator upserts on. A
 * reminder is the recipient's: deleting the user deletes their reminders.
 */
export const healthReminders = domainTable(
  'health_reminders',
  {
    id: id(),
    horseId: uuid()
      .notNull()
      .references(() => horses.id, { onDelete: 'cascade' }),
    recipientUserId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'cascade' }),
    vaccinationId: uuid().references(() => vaccinations.id, { onDelete: 'cascade' }),
    medicationId: uuid().references(() => medications.id, { onDelete: 'cascade' }),
    reminderType: textEnum(HEALTH_REMINDER_TYPES).notNull(),
    title: text().notNull(),
    notes: text(),
    /** The day the care is due. */
    dueOn: date().notNull(),
    /** When to notify. */
    remindAt: timestamptz().notNull(),
    /** Repeat every N days once done (worming every 90); null for a one-off. */
    recurrenceIntervalDays: integer(),
    channel: textEnum(HEALTH_REMINDER_CHANNELS).notNull().default('email'),
    status: textEnum(HEALTH_REMINDER_STATUSES).notNull().default('scheduled'),
    snoozedUntil: timestamptz(),
    sentAt: timestamptz(),
    completedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    index('health_reminders_horse_id_idx').on(t.horseId, t.dueOn),
    index('health_reminders_recipient_user_id_idx').on(t.recipientUserId),
    uniqueIndex('health_reminders_vaccination_id_recipient_user_id_key').on(t.vaccinationId, t.recipientUserId),
    index('health_reminders_medication_id_idx').on(t.medicationId),
    // The notifier's queue: what is still to be sent, by time.
    index('health_reminders_pending_idx').on(t.remindAt).where(sql`${t.status} = 'scheduled'`),
    positive(t.recurrenceIntervalDays),
    requiredWhen(t.snoozedUntil, t.status, 'snoozed', { name: 'health_reminders_snoozed_until_check' }),
    onlyWhen(t.snoozedUntil, t.status, 'snoozed', { name: 'health_reminders_snoozed_status_check' }),
    requiredWhen(t.completedAt, t.status, 'completed', { name: 'health_reminders_completed_at_check' }),
  ],
);
