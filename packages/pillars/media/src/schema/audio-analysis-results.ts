import { between, domainTable, id, jsonList, requiredWith, textEnum, timestamps, timestamptz } from '@db/core';
import { aiModels } from '@db/recommendations/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { foreignKey, index, numeric, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { MEDIA_AUDIO_ANALYSIS_TYPES, MEDIA_REVIEW_STATUSES } from '../constants.ts';
import { audioUploads } from './audio-uploads.ts';
import { mediaModelRuns } from './media-model-runs.ts';
import type { MediaTimeSegment } from './video-analysis-results.ts';

/**
 * What one model said about one recording: respiratory noise at exercise, coughs, heart and gut sounds from a
 * stethoscope, recording quality; the rates it counted (breaths, heartbeats per minute) and labelled segments.
 * One row per (audio_upload_id, model_id): a re-run upserts. Goes with the recording (cascade); models restrict;
 * the reviewer is a credit (set null).
 */
export const audioAnalysisResults = domainTable(
  'audio_analysis_results',
  {
    id: id(),
    audioUploadId: uuid()
      .notNull()
      .references(() => audioUploads.id, { onDelete: 'cascade' }),
    modelId: uuid()
      .notNull()
      .references(() => aiModels.id, { onDelete: 'restrict' }),
    runId: uuid()
      .notNull()
      .references(() => mediaModelRuns.id, { onDelete: 'restrict' }),
    analysisType: textEnum(MEDIA_AUDIO_ANALYSIS_TYPES).notNull(),
    confidence: numeric({ precision: 4, scale: 3 }),
    summary: text(),
    segments: jsonList<MediaTimeSegment>(),
    /** Signal-to-noise ratio of the recording, dB (wind and traffic drown stable microphones). */
    snrDb: numeric({ precision: 5, scale: 1 }),
    /** Breaths per minute: 8-16 at rest, over 100 at the gallop (one breath per stride). */
    respiratoryRatePerMinute: smallint(),
    /** 28-44 at rest, up to 240 at maximal exercise. */
    heartRateBpm: smallint(),
    reviewStatus: textEnum(MEDIA_REVIEW_STATUSES).notNull().default('unreviewed'),
    reviewedByUserId: uuid(),
    reviewedAt: timestamptz(),
    analysedAt: timestamptz().notNull(),
    ...timestamps(),
  },
  (t) => [
    // Foreign keys named here: the generated names would pass PostgreSQL's 63 characters.
    foreignKey({ name: 'audio_analysis_results_reviewed_by_user_id_fkey', columns: [t.reviewedByUserId], foreignColumns: [userProfiles.id] }).onDelete('set null'),
    uniqueIndex('audio_analysis_results_audio_upload_id_model_id_key').on(t.audioUploadId, t.modelId),
    index('audio_analysis_results_model_id_idx').on(t.modelId, t.analysedAt),
    index('audio_analysis_results_run_id_idx').on(t.runId),
    index('audio_analysis_results_reviewed_by_user_id_idx').on(t.reviewedByUserId),
    index('audio_analysis_results_review_queue_idx')
      .on(t.analysisType, t.analysedAt)
      .where(sql`${t.reviewStatus} = 'unreviewed'`),
    between(t.confidence, 0, 1),
    between(t.snrDb, -60, 120),
    between(t.respiratoryRatePerMinute, 2, 200),
    between(t.heartRateBpm, 15, 260),
    requiredWith(t.reviewedAt, t.reviewedByUserId, { name: 'audio_analysis_results_reviewed_at_check' }),
  ],
);
