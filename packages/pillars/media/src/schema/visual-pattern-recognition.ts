import { between, domainTable, id, inOrder, jsonList, nonNegative, requiredWith, textEnum, timestamps, timestamptz, together } from '@db/core';
import { aiModels } from '@db/recommendations/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { foreignKey, index, integer, numeric, unique, uuid } from 'drizzle-orm/pg-core';
import { MEDIA_LIMBS, MEDIA_REVIEW_STATUSES, MEDIA_SEVERITIES, MEDIA_VISUAL_PATTERNS } from '../constants.ts';
import { exactlyOneMediaItem } from '../media-item.ts';
import type { MediaImageRegion } from './image-analysis-results.ts';
import { imageUploads } from './image-uploads.ts';
import { mediaModelRuns } from './media-model-runs.ts';
import { videoFrames } from './video-frames.ts';
import { videoUploads } from './video-uploads.ts';

/**
 * A labelled visual pattern a model detected on an image or in a video: a head nod or hip hike (lameness), a pain
 * face, a stereotypy (weaving, crib-biting), a colic sign (flank watching, rolling), a wound. On a video it has a
 * time range and may name the clearest frame. Exactly one of image and video is set. One row per (item, model,
 * pattern, start), NULLS NOT DISTINCT: a re-run upserts its detections. Goes with the item (cascade); the frame
 * is only an illustration (set null); models restrict; the reviewer (a vet confirming a head nod) is a credit.
 */
export const visualPatternRecognition = domainTable(
  'visual_pattern_recognition',
  {
    id: id(),
    imageUploadId: uuid(),
    videoUploadId: uuid(),
    /** The frame that shows the pattern best (videos only). */
    videoFrameId: uuid().references(() => videoFrames.id, { onDelete: 'set null' }),
    modelId: uuid()
      .notNull()
      .references(() => aiModels.id, { onDelete: 'restrict' }),
    runId: uuid().references(() => mediaModelRuns.id, { onDelete: 'restrict' }),
    patternCode: textEnum(MEDIA_VISUAL_PATTERNS).notNull(),
    confidence: numeric({ precision: 4, scale: 3 }).notNull(),
    severity: textEnum(MEDIA_SEVERITIES),
    /** The limb a gait pattern points at. */
    affectedLimb: textEnum(MEDIA_LIMBS),
    /** Where in the video (videos only). */
    startMs: integer(),
    endMs: integer(),
    /** Where in the image or frame. */
    regions: jsonList<MediaImageRegion>(),
    reviewStatus: textEnum(MEDIA_REVIEW_STATUSES).notNull().default('unreviewed'),
    reviewedByUserId: uuid(),
    reviewedAt: timestamptz(),
    detectedAt: timestamptz().notNull(),
    ...timestamps(),
  },
  (t) => [
    // Foreign keys named here: the generated names would pass PostgreSQL's 63 characters.
    foreignKey({ name: 'visual_pattern_recognition_image_upload_id_fkey', columns: [t.imageUploadId], foreignColumns: [imageUploads.id] }).onDelete('cascade'),
    foreignKey({ name: 'visual_pattern_recognition_video_upload_id_fkey', columns: [t.videoUploadId], foreignColumns: [videoUploads.id] }).onDelete('cascade'),
    foreignKey({ name: 'visual_pattern_recognition_reviewed_by_user_id_fkey', columns: [t.reviewedByUserId], foreignColumns: [userProfiles.id] }).onDelete('set null'),
    unique('visual_pattern_recognition_detection_key')
      .on(t.imageUploadId, t.videoUploadId, t.modelId, t.patternCode, t.startMs)
      .nullsNotDistinct(),
    index('visual_pattern_recognition_video_upload_id_idx').on(t.videoUploadId, t.startMs),
    index('visual_pattern_recognition_video_frame_id_idx').on(t.videoFrameId),
    index('visual_pattern_recognition_model_id_idx').on(t.modelId),
    index('visual_pattern_recognition_run_id_idx').on(t.runId),
    index('visual_pattern_recognition_reviewed_by_user_id_idx').on(t.reviewedByUserId),
    /** What a vet should look at first: unreviewed detections by pattern. */
    index('visual_pattern_recognition_review_queue_idx')
      .on(t.patternCode, t.detectedAt)
      .where(sql`${t.reviewStatus} = 'unreviewed'`),
    exactlyOneMediaItem('visual_pattern_recognition', [t.imageUploadId, t.videoUploadId]),
    between(t.confidence, 0, 1),
    nonNegative(t.startMs),
    together(t.startMs, t.endMs, { name: 'visual_pattern_recognition_time_range_check' }),
    inOrder(t.startMs, t.endMs, { name: 'visual_pattern_recognition_end_ms_check', message: 'must not be before startMs' }),
    // A time range or a frame is a video's: `trigger is null or video_upload_id is not null`.
    requiredWith(t.videoUploadId, t.startMs, { name: 'visual_pattern_recognition_video_time_check', message: 'is required for a time range (startMs)' }),
    requiredWith(t.videoUploadId, t.videoFrameId, { name: 'visual_pattern_recognition_video_frame_check', message: 'is required for a frame (videoFrameId)' }),
    requiredWith(t.reviewedAt, t.reviewedByUserId, { name: 'visual_pattern_recognition_reviewed_at_check' }),
  ],
);
