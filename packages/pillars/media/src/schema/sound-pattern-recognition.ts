import { between, domainTable, id, inOrder, nonNegative, positive, range, requiredWith, textEnum, timestamps, timestamptz } from '@db/core';
import { aiModels } from '@db/recommendations/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { foreignKey, index, integer, numeric, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { MEDIA_RESPIRATORY_PHASES, MEDIA_REVIEW_STATUSES, MEDIA_SEVERITIES, MEDIA_SOUND_PATTERNS } from '../constants.ts';
import { audioUploads } from './audio-uploads.ts';
import { mediaModelRuns } from './media-model-runs.ts';

/**
 * A labelled sound pattern a model detected in a recording: roaring or gurgling at exercise, a run of coughs, a
 * heart murmur, teeth grinding, an irregular hoof-beat rhythm; always with a time range. Sound is analysed on
 * audio rows only (a video's soundtrack is extracted into `audio_uploads`), so the recording is the one parent.
 * One row per (audio_upload_id, model_id, pattern_code, start_ms): a re-run upserts. Goes with the recording
 * (cascade); models restrict; the reviewer is a credit (set null).
 */
export const soundPatternRecognition = domainTable(
  'sound_pattern_recognition',
  {
    id: id(),
    audioUploadId: uuid()
      .notNull()
      .references(() => audioUploads.id, { onDelete: 'cascade' }),
    modelId: uuid()
      .notNull()
      .references(() => aiModels.id, { onDelete: 'restrict' }),
    runId: uuid().references(() => mediaModelRuns.id, { onDelete: 'restrict' }),
    patternCode: textEnum(MEDIA_SOUND_PATTERNS).notNull(),
    confidence: numeric({ precision: 4, scale: 3 }).notNull(),
    severity: textEnum(MEDIA_SEVERITIES),
    /** Roaring and whistling are inspiratory; high blowing is expiratory. */
    respiratoryPhase: textEnum(MEDIA_RESPIRATORY_PHASES),
    startMs: integer().notNull(),
    endMs: integer().notNull(),
    /** Occurrences within the range (coughs in a bout, noisy breaths). */
    eventCount: integer().notNull().default(1),
    /** Dominant frequency of the sound, Hz (roaring: a fundamental around 100-300 Hz with harmonics). */
    dominantFrequencyHz: integer(),
    /** Peak level relative to full scale; 0 dBFS is the loudest a recording holds. */
    peakLevelDbfs: numeric({ precision: 4, scale: 1 }),
    reviewStatus: textEnum(MEDIA_REVIEW_STATUSES).notNull().default('unreviewed'),
    reviewedByUserId: uuid(),
    reviewedAt: timestamptz(),
    detectedAt: timestamptz().notNull(),
    ...timestamps(),
  },
  (t) => [
    // Foreign keys named here: the generated names would pass PostgreSQL's 63 characters.
    foreignKey({ name: 'sound_pattern_recognition_reviewed_by_user_id_fkey', columns: [t.reviewedByUserId], foreignColumns: [userProfiles.id] }).onDelete('set null'),
    uniqueIndex('sound_pattern_recognition_detection_key').on(t.audioUploadId, t.modelId, t.patternCode, t.startMs),
    index('sound_pattern_recognition_model_id_idx').on(t.modelId),
    index('sound_pattern_recognition_run_id_idx').on(t.runId),
    index('sound_pattern_recognition_reviewed_by_user_id_idx').on(t.reviewedByUserId),
    index('sound_pattern_recognition_review_queue_idx')
      .on(t.patternCode, t.detectedAt)
      .where(sql`${t.reviewStatus} = 'unreviewed'`),
    between(t.confidence, 0, 1),
    nonNegative(t.startMs),
    inOrder(t.startMs, t.endMs, { name: 'sound_pattern_recognition_end_ms_check', message: 'must not be before startMs' }),
    positive(t.eventCount),
    range(t.dominantFrequencyHz, { min: 1, max: 100_000 }),
    range(t.peakLevelDbfs, { min: -160, max: 0 }),
    requiredWith(t.reviewedAt, t.reviewedByUserId, { name: 'sound_pattern_recognition_reviewed_at_check' }),
  ],
);
