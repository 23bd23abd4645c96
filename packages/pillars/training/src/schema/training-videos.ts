import { domainTable, exactlyOneOf, formatCheck, HTTP_URL, id, positive, SHA256_HEX, textEnum, timestamps, timestamptz } from '@db/core';
import { userProfiles } from '@db/users/tables';
import { bigint, foreignKey, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { TRAINING_VIDEO_CONTENT_TYPES, TRAINING_VIDEO_VISIBILITIES } from '../constants.ts';
import { competitionResults } from './competition-results.ts';
import { trainingSessions } from './training-sessions.ts';

/**
 * A video of a training session or of a competition round (exactly one of the two), for the rider, the coach and
 * buyers: where the file is, its SHA-256 (to refuse a duplicate upload and prove the file unchanged), its length
 * and size. Part of what it films. The upload itself will be a media upload of pillar 14 (a link to add).
 */
export const trainingVideos = domainTable(
  'training_videos',
  {
    id: id(),
    sessionId: uuid().references(() => trainingSessions.id, { onDelete: 'cascade' }),
    /** FK declared below: the generated name would exceed 63 characters. */
    competitionResultId: uuid(),
    uploadedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    title: text(),
    url: text().notNull(),
    /** Object storage key, unique: the file is stored once. */
    storageKey: text().notNull(),
    contentType: textEnum(TRAINING_VIDEO_CONTENT_TYPES).notNull(),
    checksumSha256: text().notNull(),
    durationMs: integer(),
    /** Bytes; an hour of 4K footage passes 2 GB, hence bigint. */
    fileSizeBytes: bigint({ mode: 'number' }),
    widthPx: integer(),
    heightPx: integer(),
    recordedAt: timestamptz(),
    visibility: textEnum(TRAINING_VIDEO_VISIBILITIES).notNull().default('private'),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('training_videos_storage_key_key').on(t.storageKey),
    index('training_videos_session_id_idx').on(t.sessionId),
    index('training_videos_competition_result_id_idx').on(t.competitionResultId),
    foreignKey({
      name: 'training_videos_competition_result_id_fkey',
      columns: [t.competitionResultId],
      foreignColumns: [competitionResults.id],
    }).onDelete('cascade'),
    index('training_videos_uploaded_by_user_id_idx').on(t.uploadedByUserId),
    index('training_videos_checksum_sha256_idx').on(t.checksumSha256),
    exactlyOneOf([t.sessionId, t.competitionResultId], { name: 'training_videos_subject_check', message: 'a video films exactly one session or one competition round' }),
    formatCheck(t.url, HTTP_URL),
    formatCheck(t.checksumSha256, SHA256_HEX),
    positive(t.durationMs),
    positive(t.fileSizeBytes),
    positive(t.widthPx),
    positive(t.heightPx),
  ],
);
