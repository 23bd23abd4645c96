import { between, domainTable, id, jsonList, onlyWhen, requiredWith, textEnum, timestamps, timestamptz } from '@db/core';
import { aiModels } from '@db/recommendations/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { foreignKey, index, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { MEDIA_IMAGE_ANALYSIS_TYPES, MEDIA_REVIEW_STATUSES } from '../constants.ts';
import { imageUploads } from './image-uploads.ts';
import { mediaModelRuns } from './media-model-runs.ts';

/** A label the model gave the whole image, e.g. { label: 'bay', confidence: 0.94 }. */
export interface MediaImageLabel {
  label: string;
  confidence: number;
}

/** A region the model found: a label and a box in fractions of the image (0..1 from the top-left corner). */
export interface MediaImageRegion {
  label: string;
  confidence: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * What one model said about one image: labels, regions, a summary, an image-quality score and, for body
 * condition, a Henneke estimate. One row per (image_upload_id, model_id): re-running a model upserts it (the
 * earlier run's cost stays in `media_model_runs`). Goes with the image (cascade); a model in use cannot be deleted
 * (restrict); the reviewer is a credit (set null).
 */
export const imageAnalysisResults = domainTable(
  'image_analysis_results',
  {
    id: id(),
    imageUploadId: uuid()
      .notNull()
      .references(() => imageUploads.id, { onDelete: 'cascade' }),
    modelId: uuid()
      .notNull()
      .references(() => aiModels.id, { onDelete: 'restrict' }),
    /** The run that produced the current result. */
    runId: uuid()
      .notNull()
      .references(() => mediaModelRuns.id, { onDelete: 'restrict' }),
    analysisType: textEnum(MEDIA_IMAGE_ANALYSIS_TYPES).notNull(),
    /** 0..1: the model's confidence in its main finding. */
    confidence: numeric({ precision: 4, scale: 3 }),
    summary: text(),
    labels: jsonList<MediaImageLabel>(),
    regions: jsonList<MediaImageRegion>(),
    /** 0..1: sharpness, exposure and framing, for whether the image is usable at all. */
    qualityScore: numeric({ precision: 4, scale: 3 }),
    /** Henneke body condition score estimated from the image, 1-9 (models give halves); body_condition analyses only. */
    bodyConditionScore: numeric({ precision: 2, scale: 1 }),
    reviewStatus: textEnum(MEDIA_REVIEW_STATUSES).notNull().default('unreviewed'),
    reviewedByUserId: uuid(),
    reviewedAt: timestamptz(),
    analysedAt: timestamptz().notNull(),
    ...timestamps(),
  },
  (t) => [
    // Foreign keys named here: the generated names would pass PostgreSQL's 63 characters.
    foreignKey({ name: 'image_analysis_results_reviewed_by_user_id_fkey', columns: [t.reviewedByUserId], foreignColumns: [userProfiles.id] }).onDelete('set null'),
    uniqueIndex('image_analysis_results_image_upload_id_model_id_key').on(t.imageUploadId, t.modelId),
    index('image_analysis_results_model_id_idx').on(t.modelId, t.analysedAt),
    index('image_analysis_results_run_id_idx').on(t.runId),
    index('image_analysis_results_reviewed_by_user_id_idx').on(t.reviewedByUserId),
    /** The review queue: model output nobody has looked at yet. */
    index('image_analysis_results_review_queue_idx')
      .on(t.analysisType, t.analysedAt)
      .where(sql`${t.reviewStatus} = 'unreviewed'`),
    between(t.confidence, 0, 1),
    between(t.qualityScore, 0, 1),
    between(t.bodyConditionScore, 1, 9),
    onlyWhen(t.bodyConditionScore, t.analysisType, 'body_condition', { name: 'image_analysis_results_body_condition_check' }),
    // Who reviewed implies when; the reviewer may later be erased (set null), the time stays.
    requiredWith(t.reviewedAt, t.reviewedByUserId, { name: 'image_analysis_results_reviewed_at_check' }),
  ],
);
