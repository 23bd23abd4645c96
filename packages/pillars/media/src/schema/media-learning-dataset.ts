import {
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  jsonList,
  requiredWhen,
  requiredWith,
  SNAKE_CASE_KEY,
  textEnum,
  timestamps,
  timestamptz,
  together,
} from '@db/core';
import { aiTrainingData } from '@db/recommendations/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { foreignKey, index, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { MEDIA_DATASET_REMOVAL_REASONS, MEDIA_DATASET_SPLITS, MEDIA_LABEL_SOURCES, MEDIA_LAWFUL_BASES } from '../constants.ts';
import { exactlyOneMediaItem } from '../media-item.ts';
import { audioUploads } from './audio-uploads.ts';
import { imageUploads } from './image-uploads.ts';
import { videoFrames } from './video-frames.ts';
import { videoUploads } from './video-uploads.ts';

/**
 * An annotation inside the item: a box (fractions of the frame, 0..1) or a time range, with its own label, e.g.
 * { label: 'left_fore', startMs: 3100, endMs: 3650 }.
 */
export interface MediaAnnotation {
  label: string;
  x?: number | undefined;
  y?: number | undefined;
  width?: number | undefined;
  height?: number | undefined;
  startMs?: number | undefined;
  endMs?: number | undefined;
}

/**
 * Curated training-set membership: one media item (exactly one of image, video, frame, recording) in a dataset
 * with its label, its split (train / validation / test), who labelled it and on which lawful basis it may be used.
 * History is kept: relabelling or moving the item closes the row (`valid_to`, `removal_reason`) and opens another,
 * so there is one current row per (dataset, item) (partial unique index). Freezing a dataset version writes each
 * current member to @db/recommendations' append-only `ai_training_data` (same dataset name, the item's SHA-256)
 * and links it here (`ai_training_data_id`). Labels imported from an annotation tool (Label Studio, CVAT) upsert
 * on (source, external_id). The item goes with its upload (cascade: an erased uploader's files leave the curation
 * set; frozen versions keep only ids and hashes); labeller and verifier are credits (set null).
 */
export const mediaLearningDataset = domainTable(
  'media_learning_dataset',
  {
    id: id(),
    /** snake_case, as in ai_training_data: lameness_gait_clips, respiratory_noise. */
    datasetName: text().notNull(),
    imageUploadId: uuid().references(() => imageUploads.id, { onDelete: 'cascade' }),
    videoUploadId: uuid().references(() => videoUploads.id, { onDelete: 'cascade' }),
    videoFrameId: uuid().references(() => videoFrames.id, { onDelete: 'cascade' }),
    audioUploadId: uuid().references(() => audioUploads.id, { onDelete: 'cascade' }),
    /** snake_case class label: lame_left_fore, sound, roaring, pain_face_present. */
    label: text().notNull(),
    annotations: jsonList<MediaAnnotation>(),
    split: textEnum(MEDIA_DATASET_SPLITS).notNull(),
    labelSource: textEnum(MEDIA_LABEL_SOURCES).notNull(),
    labelledByUserId: uuid(),
    labelledAt: timestamptz().notNull(),
    /** A second annotator who checked the label. */
    verifiedByUserId: uuid(),
    verifiedAt: timestamptz(),
    consentBasis: textEnum(MEDIA_LAWFUL_BASES).notNull(),
    /** When the uploader consented to training use; required for consent. */
    consentRecordedAt: timestamptz(),
    validFrom: timestamptz().notNull().defaultNow(),
    validTo: timestamptz(),
    removalReason: textEnum(MEDIA_DATASET_REMOVAL_REASONS),
    /** The provenance row of the last frozen dataset version that included the item. FK declared below (name length). */
    aiTrainingDataId: uuid(),
    /** The annotation tool (snake_case: label_studio, cvat) and its annotation id. */
    source: text(),
    externalId: text(),
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    // Foreign keys named here: the generated names would pass PostgreSQL's 63 characters.
    foreignKey({ name: 'media_learning_dataset_labelled_by_user_id_fkey', columns: [t.labelledByUserId], foreignColumns: [userProfiles.id] }).onDelete('set null'),
    foreignKey({ name: 'media_learning_dataset_verified_by_user_id_fkey', columns: [t.verifiedByUserId], foreignColumns: [userProfiles.id] }).onDelete('set null'),
    uniqueIndex('media_learning_dataset_current_key')
      .on(t.datasetName, sql`coalesce(${t.imageUploadId}, ${t.videoUploadId}, ${t.videoFrameId}, ${t.audioUploadId})`)
      .where(sql`${t.validTo} is null`),
    uniqueIndex('media_learning_dataset_source_external_id_key').on(t.source, t.externalId),
    /** A dataset's current members by split and label: what an export reads. */
    index('media_learning_dataset_dataset_split_idx').on(t.datasetName, t.split, t.label).where(sql`${t.validTo} is null`),
    index('media_learning_dataset_image_upload_id_idx').on(t.imageUploadId),
    index('media_learning_dataset_video_upload_id_idx').on(t.videoUploadId),
    index('media_learning_dataset_video_frame_id_idx').on(t.videoFrameId),
    index('media_learning_dataset_audio_upload_id_idx').on(t.audioUploadId),
    index('media_learning_dataset_labelled_by_user_id_idx').on(t.labelledByUserId),
    index('media_learning_dataset_verified_by_user_id_idx').on(t.verifiedByUserId),
    index('media_learning_dataset_ai_training_data_id_idx').on(t.aiTrainingDataId),
    foreignKey({
      name: 'media_learning_dataset_ai_training_data_id_fkey',
      columns: [t.aiTrainingDataId],
      foreignColumns: [aiTrainingData.id],
    }).onDelete('restrict'),
    exactlyOneMediaItem('media_learning_dataset', [t.imageUploadId, t.videoUploadId, t.videoFrameId, t.audioUploadId]),
    formatCheck(t.datasetName, SNAKE_CASE_KEY),
    formatCheck(t.label, SNAKE_CASE_KEY),
    requiredWhen(t.consentRecordedAt, t.consentBasis, 'consent', { name: 'media_learning_dataset_consent_check' }),
    requiredWith(t.verifiedAt, t.verifiedByUserId, { name: 'media_learning_dataset_verified_at_check' }),
    inOrder(t.labelledAt, t.verifiedAt, { name: 'media_learning_dataset_verified_after_labelled_check', message: 'must not be before labelledAt' }),
    inOrder(t.validFrom, t.validTo, { strict: true, name: 'media_learning_dataset_valid_to_check', message: 'must be after validFrom' }),
    // A closed membership says why it was closed, and only a closed one does.
    together(t.validTo, t.removalReason, { name: 'media_learning_dataset_closed_check' }),
    together(t.source, t.externalId, { name: 'media_learning_dataset_source_check' }),
    formatCheck(t.source, SNAKE_CASE_KEY),
    formatCheck(t.externalId, EXTERNAL_ID),
  ],
);
