import { between, domainTable, id, textEnum, textLength, timestamps, timestamptz } from '@db/core';
import { gdprCompliance } from '@db/compliance/tables';
import { userProfiles } from '@db/users/tables';
import { boolean, date, index, integer, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { EMOTION_CHECKIN_CHANNELS, EMOTION_CHECKIN_SCORE_MAX, EMOTION_CHECKIN_SCORE_MIN, EMOTIONS } from '../constants.ts';

/**
 * A person's opted-in wellness check-in: how they say they are (mood, energy, stress, confidence in the saddle on
 * a five-face scale), the emotion they name, how long they spent with their horses that day. Self-reported only:
 * nothing here is inferred, and nothing is a health measure. Only with the explicit opt-in on record
 * (`consent_record_id`). One per person and day (a second check-in that day upserts). Theirs alone (CASCADE).
 */
export const emotionalWellnessMetrics = domainTable(
  'emotional_wellness_metrics',
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'cascade' }),
    /** The day checked in for, in the person's time zone. */
    checkInOn: date().notNull(),
    checkedInAt: timestamptz().notNull(),
    /** 1 (very low) .. 5 (very good). */
    moodScore: smallint().notNull(),
    energyScore: smallint(),
    /** 1 (relaxed) .. 5 (very stressed). */
    stressScore: smallint(),
    /** 1 (nervous) .. 5 (confident) about riding and handling that day. */
    ridingConfidenceScore: smallint(),
    selfReportedEmotion: textEnum(EMOTIONS),
    /** Time at the yard and in the saddle that day. */
    minutesWithHorses: integer(),
    /** In their words; never analysed by a model. */
    note: text(),
    channel: textEnum(EMOTION_CHECKIN_CHANNELS).notNull(),
    /** The person chose to let the support team see this check-in. */
    shareWithSupport: boolean().notNull().default(false),
    /** The opt-in relied on; RESTRICT: the ledger is append-only and never loses a row. */
    consentRecordId: uuid()
      .notNull()
      .references(() => gdprCompliance.id, { onDelete: 'restrict', name: 'emotional_wellness_metrics_consent_record_id_fkey' }),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('emotional_wellness_metrics_user_id_check_in_on_key').on(t.userId, t.checkInOn),
    index('emotional_wellness_metrics_consent_record_id_idx').on(t.consentRecordId),
    between(t.moodScore, EMOTION_CHECKIN_SCORE_MIN, EMOTION_CHECKIN_SCORE_MAX),
    between(t.energyScore, EMOTION_CHECKIN_SCORE_MIN, EMOTION_CHECKIN_SCORE_MAX),
    between(t.stressScore, EMOTION_CHECKIN_SCORE_MIN, EMOTION_CHECKIN_SCORE_MAX),
    between(t.ridingConfidenceScore, EMOTION_CHECKIN_SCORE_MIN, EMOTION_CHECKIN_SCORE_MAX),
    /** At most the whole day. */
    between(t.minutesWithHorses, 0, 1440),
    textLength(t.note, { min: 1, max: 2000 }),
  ],
);
