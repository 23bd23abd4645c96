import { customCheck, domainTable, id, inOrder, isAbsent, nonNegative, range, textEnum, timestamps, timestamptz, together } from '@db/core';
import { aiModels } from '@db/recommendations/tables';
import { sql } from 'drizzle-orm';
import { boolean, index, integer, real, unique, uuid } from 'drizzle-orm/pg-core';
import { MEDIA_DISTANCE_METRICS, MEDIA_EMBEDDING_MAX_DIMENSIONS } from '../constants.ts';
import { exactlyOneMediaItem } from '../media-item.ts';
import { audioUploads } from './audio-uploads.ts';
import { imageUploads } from './image-uploads.ts';
import { mediaModelRuns } from './media-model-runs.ts';
import { videoFrames } from './video-frames.ts';
import { videoUploads } from './video-uploads.ts';

/**
 * A vector an embedding model made of one media item (an image, a video, one of its frames, a recording) or of a
 * segment of it, as `real[]` with its dimension count: pgvector is not installed everywhere the schema runs (the
 * README says how a deployment with it indexes these). `cardinality(embedding) = dimensions` is checked, so a
 * truncated vector never reaches a similarity search. Exactly one media reference is set. One row per (item,
 * model, segment start), NULLS NOT DISTINCT so a whole-item embedding (no segment) is unique too: a re-run
 * upserts. Goes with its item (cascade); the model that made it cannot be deleted (restrict).
 */
export const mediaEmbeddings = domainTable(
  'media_embeddings',
  {
    id: id(),
    imageUploadId: uuid().references(() => imageUploads.id, { onDelete: 'cascade' }),
    videoUploadId: uuid().references(() => videoUploads.id, { onDelete: 'cascade' }),
    videoFrameId: uuid().references(() => videoFrames.id, { onDelete: 'cascade' }),
    audioUploadId: uuid().references(() => audioUploads.id, { onDelete: 'cascade' }),
    modelId: uuid()
      .notNull()
      .references(() => aiModels.id, { onDelete: 'restrict' }),
    runId: uuid().references(() => mediaModelRuns.id, { onDelete: 'restrict' }),
    embedding: real().array().notNull(),
    /** The model's output size: 512 (CLIP ViT-B/32), 768, 1024, 1536, 3072. */
    dimensions: integer().notNull(),
    distanceMetric: textEnum(MEDIA_DISTANCE_METRICS).notNull().default('cosine'),
    /** Scaled to unit length, so cosine distance equals a dot product. */
    isNormalised: boolean().notNull().default(true),
    /** For an embedding of a stretch of a video or recording (a stride, a breath): where it starts and ends. */
    segmentStartMs: integer(),
    segmentEndMs: integer(),
    generatedAt: timestamptz().notNull(),
    ...timestamps(),
  },
  (t) => [
    unique('media_embeddings_item_model_segment_key')
      .on(t.imageUploadId, t.videoUploadId, t.videoFrameId, t.audioUploadId, t.modelId, t.segmentStartMs)
      .nullsNotDistinct(),
    index('media_embeddings_video_upload_id_idx').on(t.videoUploadId),
    index('media_embeddings_video_frame_id_idx').on(t.videoFrameId),
    index('media_embeddings_audio_upload_id_idx').on(t.audioUploadId),
    /** One vector index per model in a pgvector deployment; here, a model's vectors for a scan. */
    index('media_embeddings_model_id_idx').on(t.modelId, t.dimensions),
    index('media_embeddings_run_id_idx').on(t.runId),
    exactlyOneMediaItem('media_embeddings', [t.imageUploadId, t.videoUploadId, t.videoFrameId, t.audioUploadId]),
    range(t.dimensions, { min: 1, max: MEDIA_EMBEDDING_MAX_DIMENSIONS }),
    // No helper compares an array's length with a column; the twin counts the elements as cardinality() does.
    customCheck('media_embeddings_embedding_dimensions_check', sql`cardinality(${t.embedding}) = ${t.dimensions}`, {
      columns: [t.embedding, t.dimensions],
      column: t.embedding,
      message: 'must have exactly `dimensions` values',
      holds: (row) => isAbsent(row.embedding) || isAbsent(row.dimensions) || (row.embedding as unknown[]).length === Number(row.dimensions),
      violations: [{ embedding: [0.5, -0.25, 0.125], dimensions: 4 }, { embedding: [], dimensions: 1 }],
    }),
    nonNegative(t.segmentStartMs),
    together(t.segmentStartMs, t.segmentEndMs, { name: 'media_embeddings_segment_check' }),
    inOrder(t.segmentStartMs, t.segmentEndMs, { strict: true, name: 'media_embeddings_segment_end_ms_check', message: 'must be after segmentStartMs' }),
  ],
);
