import { domainTable, id, positive, textEnum, timestamps, timestamptz } from '@db/core';
import { lamenessExams } from '@db/health/tables';
import { horses } from '@db/horses/tables';
import { userProfiles } from '@db/users/tables';
import { bigint, boolean, index, integer, numeric, text, uuid } from 'drizzle-orm/pg-core';
import { MEDIA_VIDEO_CAPTURE_CONTEXTS, MEDIA_VIDEO_MIME_TYPES } from '../constants.ts';
import { uploadRules, uploadTerms } from '../upload.ts';

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
    ...uploadTerms(),
    ...timestamps(),
  },
  (t) => [
    ...uploadRules('video_uploads', t),
    index('video_uploads_lameness_exam_id_idx').on(t.lamenessExamId),
    positive(t.durationMs),
    positive(t.widthPx),
    positive(t.heightPx),
    positive(t.frameRate),
  ],
);
