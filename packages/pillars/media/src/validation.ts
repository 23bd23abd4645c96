import { formatted, SNAKE_CASE_KEY, tableCatalog, tableSchemas } from '@db/core';
import { z } from 'zod';
import { MEDIA_KINDS } from './constants.ts';
import { audioAnalysisResults } from './schema/audio-analysis-results.ts';
import { audioTranscriptions } from './schema/audio-transcriptions.ts';
import { audioUploads } from './schema/audio-uploads.ts';
import { imageAnalysisResults } from './schema/image-analysis-results.ts';
import { imageUploads } from './schema/image-uploads.ts';
import { mediaEmbeddings } from './schema/media-embeddings.ts';
import { mediaLearningDataset } from './schema/media-learning-dataset.ts';
import { mediaModelRuns } from './schema/media-model-runs.ts';
import { mediaProcessingQueue } from './schema/media-processing-queue.ts';
import { mediaSimilaritySearch } from './schema/media-similarity-search.ts';
import { soundPatternRecognition } from './schema/sound-pattern-recognition.ts';
import { videoAnalysisResults } from './schema/video-analysis-results.ts';
import { videoFrames } from './schema/video-frames.ts';
import { videoUploads } from './schema/video-uploads.ts';
import { visualPatternRecognition } from './schema/visual-pattern-recognition.ts';

/**
 * Zod schemas as strict as the tables: every CHECK's twin comes from its table (declared with core's rule
 * helpers); what is left here is what a table cannot say: the shapes of its jsonb columns, and the values a
 * `real` holds (an embedding component).
 */

const fraction = () => z.number().min(0).max(1);
const label = () => formatted(SNAKE_CASE_KEY)(z.string());
const milliseconds = () => z.int().min(0);

/** A box in fractions of the image or frame, 0..1 from the top-left corner. */
const region = () =>
  z.object({ label: label(), confidence: fraction(), x: fraction(), y: fraction(), width: fraction(), height: fraction() });
const regions = () => z.array(region());
/** A labelled stretch of a video or recording. */
const timeSegments = () =>
  z.array(z.object({ startMs: milliseconds(), endMs: milliseconds(), label: label(), confidence: fraction().optional() }));

/**
 * One component of an embedding, as `real` (float4) stores it: finite, within its range, and either 0 or large
 * enough not to underflow to zero (PostgreSQL refuses such a literal as out of range).
 */
const embeddingComponent = z
  .number()
  .min(-1e30)
  .max(1e30)
  .refine((value) => value === 0 || Math.abs(value) >= 1e-30, 'must be 0 or at least 1e-30 in magnitude (a real)');

export const imageUploadSchemas = tableSchemas(imageUploads);
export type ImageUpload = typeof imageUploads.$inferSelect;
export type NewImageUpload = typeof imageUploads.$inferInsert;

export const imageAnalysisResultSchemas = tableSchemas(imageAnalysisResults, {
  labels: () => z.array(z.object({ label: label(), confidence: fraction() })),
  regions,
});
export type ImageAnalysisResult = typeof imageAnalysisResults.$inferSelect;
export type NewImageAnalysisResult = typeof imageAnalysisResults.$inferInsert;

export const videoUploadSchemas = tableSchemas(videoUploads);
export type VideoUpload = typeof videoUploads.$inferSelect;
export type NewVideoUpload = typeof videoUploads.$inferInsert;

export const videoFrameSchemas = tableSchemas(videoFrames, {
  keypoints: () => z.array(z.object({ name: label(), x: fraction(), y: fraction(), confidence: fraction() })),
});
export type VideoFrame = typeof videoFrames.$inferSelect;
export type NewVideoFrame = typeof videoFrames.$inferInsert;

export const videoAnalysisResultSchemas = tableSchemas(videoAnalysisResults, { segments: timeSegments });
export type VideoAnalysisResult = typeof videoAnalysisResults.$inferSelect;
export type NewVideoAnalysisResult = typeof videoAnalysisResults.$inferInsert;

export const audioUploadSchemas = tableSchemas(audioUploads);
export type AudioUpload = typeof audioUploads.$inferSelect;
export type NewAudioUpload = typeof audioUploads.$inferInsert;

export const audioTranscriptionSchemas = tableSchemas(audioTranscriptions, {
  segments: () =>
    z.array(
      z.object({
        startMs: milliseconds(),
        endMs: milliseconds(),
        text: z.string(),
        speaker: z.string().min(1).optional(),
        confidence: fraction().optional(),
      }),
    ),
});
export type AudioTranscription = typeof audioTranscriptions.$inferSelect;
export type NewAudioTranscription = typeof audioTranscriptions.$inferInsert;

export const audioAnalysisResultSchemas = tableSchemas(audioAnalysisResults, { segments: timeSegments });
export type AudioAnalysisResult = typeof audioAnalysisResults.$inferSelect;
export type NewAudioAnalysisResult = typeof audioAnalysisResults.$inferInsert;

export const mediaEmbeddingSchemas = tableSchemas(mediaEmbeddings, { embedding: () => z.array(embeddingComponent) });
export type MediaEmbedding = typeof mediaEmbeddings.$inferSelect;
export type NewMediaEmbedding = typeof mediaEmbeddings.$inferInsert;

export const mediaSimilaritySearchSchemas = tableSchemas(mediaSimilaritySearch, {
  results: () =>
    z.array(
      z.object({
        rank: z.int().min(1),
        embeddingId: z.uuid(),
        mediaKind: z.enum(MEDIA_KINDS),
        mediaId: z.uuid(),
        score: z.number().min(-1e6).max(1e6),
      }),
    ),
});
export type MediaSimilaritySearch = typeof mediaSimilaritySearch.$inferSelect;
export type NewMediaSimilaritySearch = typeof mediaSimilaritySearch.$inferInsert;

export const visualPatternRecognitionSchemas = tableSchemas(visualPatternRecognition, { regions });
export type VisualPatternRecognition = typeof visualPatternRecognition.$inferSelect;
export type NewVisualPatternRecognition = typeof visualPatternRecognition.$inferInsert;

export const soundPatternRecognitionSchemas = tableSchemas(soundPatternRecognition);
export type SoundPatternRecognition = typeof soundPatternRecognition.$inferSelect;
export type NewSoundPatternRecognition = typeof soundPatternRecognition.$inferInsert;

export const mediaProcessingQueueSchemas = tableSchemas(mediaProcessingQueue);
export type MediaProcessingJob = typeof mediaProcessingQueue.$inferSelect;
export type NewMediaProcessingJob = typeof mediaProcessingQueue.$inferInsert;

export const mediaLearningDatasetSchemas = tableSchemas(mediaLearningDataset, {
  annotations: () =>
    z.array(
      z.object({
        label: label(),
        x: fraction().optional(),
        y: fraction().optional(),
        width: fraction().optional(),
        height: fraction().optional(),
        startMs: milliseconds().optional(),
        endMs: milliseconds().optional(),
      }),
    ),
});
export type MediaLearningDatasetMember = typeof mediaLearningDataset.$inferSelect;
export type NewMediaLearningDatasetMember = typeof mediaLearningDataset.$inferInsert;

export const mediaModelRunSchemas = tableSchemas(mediaModelRuns);
export type MediaModelRun = typeof mediaModelRuns.$inferSelect;
export type NewMediaModelRun = typeof mediaModelRuns.$inferInsert;

/** Every table of this package with its schemas, keyed by SQL table name (for generic tests and tooling). */
export const mediaCatalog = tableCatalog(
  imageUploadSchemas,
  imageAnalysisResultSchemas,
  videoUploadSchemas,
  videoFrameSchemas,
  videoAnalysisResultSchemas,
  audioUploadSchemas,
  audioTranscriptionSchemas,
  audioAnalysisResultSchemas,
  mediaEmbeddingSchemas,
  mediaSimilaritySearchSchemas,
  visualPatternRecognitionSchemas,
  soundPatternRecognitionSchemas,
  mediaProcessingQueueSchemas,
  mediaLearningDatasetSchemas,
  mediaModelRunSchemas,
);
