import {
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  positive,
  requiredWhen,
  SHA256_HEX,
  SNAKE_CASE_KEY,
  textEnum,
  timestamps,
  timestamptz,
  together,
} from '@db/core';
import { lamenessExams } from '@db/health/tables';
import { horses } from '@db/horses/tables';
import { userProfiles } from '@db/users/tables';
import { bigint, boolean, index, integer, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  MEDIA_LICENCES,
  MEDIA_STORAGE_KEY,
  MEDIA_TRAINING_CONSENTS,
  MEDIA_UPLOAD_STATUSES,
  MEDIA_VIDEO_CAPTURE_CONTEXTS,
  MEDIA_VIDEO_MIME_TYPES,
  MEDIA_VISIBILITIES,
} from '../constants.ts';

/**
 * A video file: a trot-up filmed on a phone for a gait analysis, a stable camera clip, competition footage. Same
 * keys and rights as `image_uploads`: (uploader_user_id, content_sha256) resolves a re-upload to the same row (per
 * uploader: the row carries that person's consent and erasure), (source, external_id) for partner imports. The file
 * is the uploader's (cascade). A video filmed during a lameness examination (pillar 5) names it, so the vet's AAEP
 * grade and sensor figures sit beside the model's.
 */
export const videoUploads = domainTable(
  'video_uploads',
  {
    id: id(),
    uploaderUserId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'cascade' }),
    horseId: uuid().references(() => horses.id, { onDelete: 'set null' }),
    /** The lameness examination the video was filmed at. */
    lamenessExamId: uuid().references(() => lamenessExams.id, { onDelete: 'set null' }),
    storageKey: text().notNull(),
    contentSha256: text().notNull(),
    mimeType: textEnum(MEDIA_VIDEO_MIME_TYPES).notNull(),
    sizeBytes: bigint({ mode: 'number' }).notNull(),
    durationMs: integer(),
    widthPx: integer(),
    heightPx: integer(),
    /** Frames per second as the container states it: 29.970, 59.940, 240.000 for slow motion. */
    frameRate: numeric({ precision: 6, scale: 3 }),
    hasAudio: boolean().notNull().default(true),
    captureContext: textEnum(MEDIA_VIDEO_CAPTURE_CONTEXTS),
    capturedAt: timestamptz(),
    caption: text(),
    status: textEnum(MEDIA_UPLOAD_STATUSES).notNull().default('uploading'),
    visibility: textEnum(MEDIA_VISIBILITIES).notNull().default('private'),
    licence: textEnum(MEDIA_LICENCES).notNull().default('platform_terms'),
    trainingConsent: textEnum(MEDIA_TRAINING_CONSENTS).notNull().default('not_asked'),
    consentRecordedAt: timestamptz(),
    /** An importing partner (snake_case: clipmyhorse_tv, sleip) and its id of the file. */
    source: text(),
    externalId: text(),
    sourceUpdatedAt: timestamptz(),
    uploadedAt: timestamptz().notNull().defaultNow(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('video_uploads_uploader_content_key').on(t.uploaderUserId, t.contentSha256),
    uniqueIndex('video_uploads_storage_key_key').on(t.storageKey),
    uniqueIndex('video_uploads_source_external_id_key').on(t.source, t.externalId),
    index('video_uploads_uploader_recent_idx').on(t.uploaderUserId, t.uploadedAt),
    index('video_uploads_horse_id_idx').on(t.horseId, t.capturedAt),
    index('video_uploads_lameness_exam_id_idx').on(t.lamenessExamId),
    index('video_uploads_content_sha256_idx').on(t.contentSha256),
    formatCheck(t.storageKey, MEDIA_STORAGE_KEY),
    formatCheck(t.contentSha256, SHA256_HEX),
    positive(t.sizeBytes),
    positive(t.durationMs),
    positive(t.widthPx),
    positive(t.heightPx),
    positive(t.frameRate),
    requiredWhen(t.consentRecordedAt, t.trainingConsent, 'granted', { name: 'video_uploads_consent_recorded_at_check' }),
    together(t.source, t.externalId, { name: 'video_uploads_source_check' }),
    formatCheck(t.source, SNAKE_CASE_KEY),
    formatCheck(t.externalId, EXTERNAL_ID),
  ],
);
