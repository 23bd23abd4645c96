import { domainTable, id, positive, range, textEnum, timestamps, timestamptz } from '@db/core';
import { horses } from '@db/horses/tables';
import { userProfiles } from '@db/users/tables';
import { bigint, index, integer, smallint, text, uuid } from 'drizzle-orm/pg-core';
import { MEDIA_AUDIO_CAPTURE_CONTEXTS, MEDIA_AUDIO_MIME_TYPES } from '../constants.ts';
import { uploadRules, uploadTerms } from '../upload.ts';
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
    ...uploadTerms(),
    ...timestamps(),
  },
  (t) => [
    ...uploadRules('audio_uploads', t),
    index('audio_uploads_source_video_upload_id_idx').on(t.sourceVideoUploadId),
    positive(t.durationMs),
    range(t.sampleRateHz, { min: 8_000, max: 768_000 }),
    positive(t.channelCount),
  ],
);
