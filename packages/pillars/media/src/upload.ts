import { EXTERNAL_ID, formatCheck, positive, requiredWhen, SHA256_HEX, SNAKE_CASE_KEY, textEnum, timestamptz, together } from '@db/core';
import { type ExtraConfigColumn, index, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { MEDIA_LICENCES, MEDIA_STORAGE_KEY, MEDIA_TRAINING_CONSENTS, MEDIA_UPLOAD_STATUSES, MEDIA_VISIBILITIES } from './constants.ts';

/**
 * What every upload (image, video, audio) carries after its own columns: its state, what the uploader allows
 * (visibility, licence, consent to model training) and, for a file imported from a partner, where it came from.
 */
export const uploadTerms = () => ({
  status: textEnum(MEDIA_UPLOAD_STATUSES).notNull().default('uploading'),
  visibility: textEnum(MEDIA_VISIBILITIES).notNull().default('private'),
  licence: textEnum(MEDIA_LICENCES).notNull().default('platform_terms'),
  trainingConsent: textEnum(MEDIA_TRAINING_CONSENTS).notNull().default('not_asked'),
  /** When the uploader granted training use; required while it is granted. */
  consentRecordedAt: timestamptz(),
  /** An importing partner (snake_case: tattersalls_catalogue, hsi_photographers) and its id of the file. */
  source: text(),
  externalId: text(),
  sourceUpdatedAt: timestamptz(),
  uploadedAt: timestamptz().notNull().defaultNow(),
});

interface UploadColumns {
  uploaderUserId: ExtraConfigColumn;
  horseId: ExtraConfigColumn;
  storageKey: ExtraConfigColumn;
  contentSha256: ExtraConfigColumn;
  sizeBytes: ExtraConfigColumn;
  capturedAt: ExtraConfigColumn;
  trainingConsent: ExtraConfigColumn;
  consentRecordedAt: ExtraConfigColumn;
  source: ExtraConfigColumn;
  externalId: ExtraConfigColumn;
  uploadedAt: ExtraConfigColumn;
}

/**
 * The keys and rules every upload shares: (uploader, content SHA-256) is the re-upload key, the storage key and a
 * partner's (source, external id) are unique; a user's recent uploads and a horse's timeline are indexed.
 */
export const uploadRules = (table: string, t: UploadColumns) => [
  uniqueIndex(`${table}_uploader_content_key`).on(t.uploaderUserId, t.contentSha256),
  uniqueIndex(`${table}_storage_key_key`).on(t.storageKey),
  uniqueIndex(`${table}_source_external_id_key`).on(t.source, t.externalId),
  index(`${table}_uploader_recent_idx`).on(t.uploaderUserId, t.uploadedAt),
  index(`${table}_horse_id_idx`).on(t.horseId, t.capturedAt),
  index(`${table}_content_sha256_idx`).on(t.contentSha256),
  formatCheck(t.storageKey, MEDIA_STORAGE_KEY),
  formatCheck(t.contentSha256, SHA256_HEX),
  positive(t.sizeBytes),
  requiredWhen(t.consentRecordedAt, t.trainingConsent, 'granted', { name: `${table}_consent_recorded_at_check` }),
  together(t.source, t.externalId, { name: `${table}_source_check` }),
  formatCheck(t.source, SNAKE_CASE_KEY),
  formatCheck(t.externalId, EXTERNAL_ID),
];
