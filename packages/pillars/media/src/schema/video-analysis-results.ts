import { between, domainTable, id, jsonList, nonNegative, positive, requiredWith, textEnum, timestamps, timestamptz } from '@db/core';
import { aiModels } from '@db/recommendations/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { foreignKey, index, integer, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { MEDIA_GAITS, MEDIA_LIMBS, MEDIA_REVIEW_STATUSES, MEDIA_VIDEO_ANALYSIS_TYPES } from '../constants.ts';
import { mediaModelRuns } from './media-model-runs.ts';
import { videoUploads } from './video-uploads.ts';

/** A stretch of the video the model labelled, e.g. { startMs: 4200, endMs: 9800, label: 'trot', confidence: 0.97 }. */
export interface MediaTimeSegment {
  startMs: number;
  endMs: number;
  label: string;
  confidence?: number | undefined;
}

/**
 * What one model said about one video: the gait it saw, the limb it suspects, the vertical head and pelvis
 * movement asymmetry it measured from the frames (in mm, as the smartphone gait apps report them, signed by side),
 * the labelled segments. One row per (video_upload_id, model_id): a re-run upserts. Goes with the video (cascade);
 * models restrict; the reviewer is a credit (set null).
 */
export const videoAnalysisResults = domainTable(
  'video_analysis_results',
  {
    id: id(),
    videoUploadId: uuid()
      .notNull()
      .references(() => videoUploads.id, { onDelete: 'cascade' }),
    modelId: uuid()
      .notNull()
      .references(() => aiModels.id, { onDelete: 'restrict' }),
    runId: uuid()
      .notNull()
      .references(() => mediaModelRuns.id, { onDelete: 'restrict' }),
    analysisType: textEnum(MEDIA_VIDEO_ANALYSIS_TYPES).notNull(),
    confidence: numeric({ precision: 4, scale: 3 }),
    summary: text(),
    dominantGait: textEnum(MEDIA_GAITS),
    suspectedLimb: textEnum(MEDIA_LIMBS),
    /** Vertical head movement asymmetry, mm (forelimb lameness); the sign gives the side. */
    headAsymmetryMm: numeric({ precision: 5, scale: 1 }),
    /** Vertical pelvis movement asymmetry, mm (hindlimb lameness). */
    pelvisAsymmetryMm: numeric({ precision: 5, scale: 1 }),
    framesAnalysedCount: integer(),
    /** The rate frames were sampled at for the model. */
    sampledFps: numeric({ precision: 6, scale: 3 }),
    segments: jsonList<MediaTimeSegment>(),
    reviewStatus: textEnum(MEDIA_REVIEW_STATUSES).notNull().default('unreviewed'),
    reviewedByUserId: uuid(),
    reviewedAt: timestamptz(),
    analysedAt: timestamptz().notNull(),
    ...timestamps(),
  },
  (t) => [
    // Foreign keys named here: the generated names would pass PostgreSQL's 63 characters.
    foreignKey({ name: 'video_analysis_results_reviewed_by_user_id_fkey', columns: [t.reviewedByUserId], foreignColumns: [userProfiles.id] }).onDelete('set null'),
    uniqueIndex('video_analysis_results_video_upload_id_model_id_key').on(t.videoUploadId, t.modelId),
    index('video_analysis_results_model_id_idx').on(t.modelId, t.analysedAt),
    index('video_analysis_results_run_id_idx').on(t.runId),
    index('video_analysis_results_reviewed_by_user_id_idx').on(t.reviewedByUserId),
    index('video_analysis_results_review_queue_idx')
      .on(t.analysisType, t.analysedAt)
      .where(sql`${t.reviewStatus} = 'unreviewed'`),
    between(t.confidence, 0, 1),
    between(t.headAsymmetryMm, -300, 300),
    between(t.pelvisAsymmetryMm, -300, 300),
    nonNegative(t.framesAnalysedCount),
    positive(t.sampledFps),
    requiredWith(t.reviewedAt, t.reviewedByUserId, { name: 'video_analysis_results_reviewed_at_check' }),
  ],
);
