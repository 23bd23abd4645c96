import {
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  positive,
  range,
  requiredWhen,
  SHA256_HEX,
  SNAKE_CASE_KEY,
  textEnum,
  timestamps,
  timestamptz,
  together,
} from '@db/core';
import { horses } from '@db/horses/tables';
import { userProfiles } from '@db/users/tables';
import { bigint, index, integer, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  MEDIA_AUDIO_CAPTURE_CONTEXTS,
  MEDIA_AUDIO_MIME_TYPES,
  MEDIA_LICENCES,
  MEDIA_STORAGE_KEY,
  MEDIA_TRAINING_CONSENTS,
  MEDIA_UPLOAD_STATUSES,
  MEDIA_VISIBILITIES,
} from '../constants.ts';
import { videoUploads } from './video-uploads.ts';

/**
 * A sound file: breathing at exercise, a cough in the stable, a digital stethoscope recording, a voice note. The
 * soundtrack of a video is extracted into a row of its own (`source_video_upload_id`, capture context
 * video_soundtrack), so sound analysis, transcription and sound patterns always work on audio rows. Same keys and
 * rights as the other uploads: (uploader_user_id, content_sha256) per uploader, (source, external_id) for imports;
 * the file is the uploader's (cascade), and a soundtrack goes with its video (cascade).
 */
export const audioUploads = domainTable(
  'audio_uploads',
  {
    id: id(),
    uploaderUserId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'cascade' }),
    horseId: uuid().references(() => horses.id, { onDelete: 'set null' }),
    /** The video this soundtrack was extracted from. */
    sourceVideoUploadId: uuid().references(() => videoUploads.id, { onDelete: 'cascade' }),
    storageKey: text().notNull(),
    contentSha256: text().notNull(),
    mimeType: textEnum(MEDIA_AUDIO_MIME_TYPES).notNull(),
    sizeBytes: bigint({ mode: 'number' }).notNull(),
    durationMs: integer(),
    /** 8,000 (phone calls) to 768,000 (studio recorders). */
    sampleRateHz: integer(),
    channelCount: smallint(),
    captureContext: textEnum(MEDIA_AUDIO_CAPTURE_CONTEXTS),
    /** e.g. "Eko CORE 500 digital stethoscope", "iPhone 14 Pro". */
    recordingDevice: text(),
    capturedAt: timestamptz(),
    status: textEnum(MEDIA_UPLOAD_STATUSES).notNull().default('uploading'),
    visibility: textEnum(MEDIA_VISIBILITIES).notNull().default('private'),
    licence: textEnum(MEDIA_LICENCES).notNull().default('platform_terms'),
    trainingConsent: textEnum(MEDIA_TRAINING_CONSENTS).notNull().default('not_asked'),
    consentRecordedAt: timestamptz(),
    source: text(),
    externalId: text(),
    sourceUpdatedAt: timestamptz(),
    uploadedAt: timestamptz().notNull().defaultNow(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('audio_uploads_uploader_content_key').on(t.uploaderUserId, t.contentSha256),
    uniqueIndex('audio_uploads_storage_key_key').on(t.storageKey),
    uniqueIndex('audio_uploads_source_external_id_key').on(t.source, t.externalId),
    index('audio_uploads_uploader_recent_idx').on(t.uploaderUserId, t.uploadedAt),
    index('audio_uploads_horse_id_idx').on(t.horseId, t.capturedAt),
    index('audio_uploads_source_video_upload_id_idx').on(t.sourceVideoUploadId),
    index('audio_uploads_content_sha256_idx').on(t.contentSha256),
    formatCheck(t.storageKey, MEDIA_STORAGE_KEY),
    formatCheck(t.contentSha256, SHA256_HEX),
    positive(t.sizeBytes),
    positive(t.durationMs),
    range(t.sampleRateHz, { min: 8_000, max: 768_000 }),
    positive(t.channelCount),
    requiredWhen(t.consentRecordedAt, t.trainingConsent, 'granted', { name: 'audio_uploads_consent_recorded_at_check' }),
    together(t.source, t.externalId, { name: 'audio_uploads_source_check' }),
    formatCheck(t.source, SNAKE_CASE_KEY),
    formatCheck(t.externalId, EXTERNAL_ID),
  ],
);
