import { between, domainTable, formatCheck, id, jsonList, nonNegative, positive, SHA256_HEX, textEnum, timestamps, timestamptz } from '@db/core';
import { aiModels } from '@db/recommendations/tables';
import { boolean, index, integer, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { MEDIA_FRAME_EXTRACTION_METHODS, MEDIA_STORAGE_KEY } from '../constants.ts';
import { videoUploads } from './video-uploads.ts';

/**
 * An anatomical point a pose model placed on the frame, in fractions of the frame (0..1 from the top-left), e.g.
 * { name: 'left_fore_fetlock', x: 0.412, y: 0.811, confidence: 0.93 }.
 */
export interface MediaKeypoint {
  name: string;
  x: number;
  y: number;
  confidence: number;
}

/**
 * A frame extracted from a video for analysis (keyframes, a fixed sampling rate, scene changes), stored as an image
 * with its pose keypoints when a pose model ran on it. One row per (video_upload_id, frame_index): re-extraction
 * upserts. Part of the video (cascade); the pose model cannot be deleted while frames cite it (restrict).
 */
export const videoFrames = domainTable(
  'video_frames',
  {
    id: id(),
    videoUploadId: uuid()
      .notNull()
      .references(() => videoUploads.id, { onDelete: 'cascade' }),
    /** 0-based position of the frame in the video's decoded stream. */
    frameIndex: integer().notNull(),
    /** Presentation time of the frame from the start of the video. */
    timestampMs: integer().notNull(),
    storageKey: text().notNull(),
    contentSha256: text(),
    widthPx: integer(),
    heightPx: integer(),
    isKeyframe: boolean().notNull().default(false),
    extractionMethod: textEnum(MEDIA_FRAME_EXTRACTION_METHODS).notNull(),
    /** 0..1: variance-of-Laplacian sharpness, normalised; blurred frames are skipped by gait models. */
    sharpnessScore: numeric({ precision: 4, scale: 3 }),
    keypoints: jsonList<MediaKeypoint>(),
    poseModelId: uuid().references(() => aiModels.id, { onDelete: 'restrict' }),
    extractedAt: timestamptz().notNull(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('video_frames_video_upload_id_frame_index_key').on(t.videoUploadId, t.frameIndex),
    uniqueIndex('video_frames_storage_key_key').on(t.storageKey),
    index('video_frames_pose_model_id_idx').on(t.poseModelId),
    nonNegative(t.frameIndex),
    nonNegative(t.timestampMs),
    formatCheck(t.storageKey, MEDIA_STORAGE_KEY),
    formatCheck(t.contentSha256, SHA256_HEX),
    positive(t.widthPx),
    positive(t.heightPx),
    between(t.sharpnessScore, 0, 1),
  ],
);
