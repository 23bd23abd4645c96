import {
  between,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  jsonList,
  nonNegative,
  range,
  textEnum,
  textLength,
  timestamps,
  timestamptz,
} from '@db/core';
import { aiModels } from '@db/recommendations/tables';
import { userProfiles } from '@db/users/tables';
import { foreignKey, index, integer, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { MEDIA_DISTANCE_METRICS, MEDIA_KINDS, MEDIA_SIMILARITY_MAX_TOP_K, MEDIA_SIMILARITY_PURPOSES } from '../constants.ts';
import { exactlyOneMediaItem } from '../media-item.ts';
import { audioUploads } from './audio-uploads.ts';
import { imageUploads } from './image-uploads.ts';
import { mediaEmbeddings } from './media-embeddings.ts';
import { videoUploads } from './video-uploads.ts';

/**
 * One hit of a similarity search, best first: the embedding matched, the item it is of, and the score. Ids only:
 * a hit may be erased later, and the log does not hold it back.
 */
export interface MediaSimilarityHit {
  rank: number;
  embeddingId: string;
  mediaKind: (typeof MEDIA_KINDS)[number];
  mediaId: string;
  score: number;
}

/**
 * The log of similarity queries: "is this horse already listed?", "find trot-ups like this one", "photos of a
 * grey mare jumping". The query is exactly one of an uploaded image, video or recording, a stored embedding, or a
 * text (text-to-image models); what was searched among, with which model and metric, top_k, and the hits with
 * their scores (typed jsonb list). The search history is the searcher's (cascade), and a search about an item goes
 * with that item (cascade: setting the query null would leave a search about nothing). `request_id` is the
 * client's idempotency key.
 */
export const mediaSimilaritySearch = domainTable(
  'media_similarity_search',
  {
    id: id(),
    /** Who searched; null for the pipeline's own searches (duplicate detection on upload). */
    requestedByUserId: uuid(),
    modelId: uuid()
      .notNull()
      .references(() => aiModels.id, { onDelete: 'restrict' }),
    queryImageUploadId: uuid(),
    queryVideoUploadId: uuid(),
    queryAudioUploadId: uuid(),
    queryEmbeddingId: uuid(),
    /** A text query for text-to-image models, e.g. "grey mare jumping a water tray". */
    queryText: text(),
    purpose: textEnum(MEDIA_SIMILARITY_PURPOSES).notNull(),
    /** The kind of item searched among. */
    searchedKind: textEnum(MEDIA_KINDS).notNull(),
    topK: integer().notNull(),
    distanceMetric: textEnum(MEDIA_DISTANCE_METRICS).notNull().default('cosine'),
    /** Hits scoring below this were left out (cosine similarity, -1..1). */
    scoreThreshold: numeric({ precision: 5, scale: 4 }),
    resultCount: integer().notNull(),
    results: jsonList<MediaSimilarityHit>(),
    latencyMs: integer(),
    requestId: text(),
    searchedAt: timestamptz().notNull().defaultNow(),
    ...timestamps(),
  },
  (t) => [
    // Foreign keys named here: the generated names would pass PostgreSQL's 63 characters.
    foreignKey({ name: 'media_similarity_search_requested_by_user_id_fkey', columns: [t.requestedByUserId], foreignColumns: [userProfiles.id] }).onDelete('cascade'),
    foreignKey({ name: 'media_similarity_search_query_image_upload_id_fkey', columns: [t.queryImageUploadId], foreignColumns: [imageUploads.id] }).onDelete('cascade'),
    foreignKey({ name: 'media_similarity_search_query_video_upload_id_fkey', columns: [t.queryVideoUploadId], foreignColumns: [videoUploads.id] }).onDelete('cascade'),
    foreignKey({ name: 'media_similarity_search_query_audio_upload_id_fkey', columns: [t.queryAudioUploadId], foreignColumns: [audioUploads.id] }).onDelete('cascade'),
    foreignKey({ name: 'media_similarity_search_query_embedding_id_fkey', columns: [t.queryEmbeddingId], foreignColumns: [mediaEmbeddings.id] }).onDelete('cascade'),
    uniqueIndex('media_similarity_search_request_id_key').on(t.requestId),
    /** A user's recent searches. */
    index('media_similarity_search_requested_by_user_id_idx').on(t.requestedByUserId, t.searchedAt),
    index('media_similarity_search_model_id_idx').on(t.modelId),
    index('media_similarity_search_query_image_upload_id_idx').on(t.queryImageUploadId),
    index('media_similarity_search_query_video_upload_id_idx').on(t.queryVideoUploadId),
    index('media_similarity_search_query_audio_upload_id_idx').on(t.queryAudioUploadId),
    index('media_similarity_search_query_embedding_id_idx').on(t.queryEmbeddingId),
    index('media_similarity_search_purpose_idx').on(t.purpose, t.searchedAt),
    exactlyOneMediaItem('media_similarity_search', [
      t.queryImageUploadId,
      t.queryVideoUploadId,
      t.queryAudioUploadId,
      t.queryEmbeddingId,
      t.queryText,
    ]),
    textLength(t.queryText, { min: 1, max: 2_000 }),
    range(t.topK, { min: 1, max: MEDIA_SIMILARITY_MAX_TOP_K }),
    between(t.scoreThreshold, -1, 1),
    nonNegative(t.resultCount),
    inOrder(t.resultCount, t.topK, { name: 'media_similarity_search_top_k_result_count_check', message: 'must be at least resultCount' }),
    nonNegative(t.latencyMs),
    formatCheck(t.requestId, EXTERNAL_ID),
  ],
);
