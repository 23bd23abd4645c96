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
import { horsePhotos, horses } from '@db/horses/tables';
import { userProfiles } from '@db/users/tables';
import { bigint, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  MEDIA_IMAGE_MIME_TYPES,
  MEDIA_LICENCES,
  MEDIA_PERCEPTUAL_HASH,
  MEDIA_STORAGE_KEY,
  MEDIA_TRAINING_CONSENTS,
  MEDIA_UPLOAD_STATUSES,
  MEDIA_VISIBILITIES,
} from '../constants.ts';

/**
 * An image file as the vision pipeline knows it: the bytes in object storage (`storage_key`), their SHA-256, the
 * pixel size, when it was taken, the horse it shows, and what the uploader allows (visibility, licence, consent to
 * model training). A re-upload of the same file by the same person resolves to the same row: (uploader_user_id,
 * content_sha256) is the upsert key. The key is per uploader, not global, because the row carries that person's
 * consent, licence and erasure: the same sales photo uploaded by a buyer and by the seller is two assets with two
 * consents, and erasing one person must not take the other's copy. Files imported from a partner (a photographer's
 * gallery, a sales catalogue) also carry (source, external_id). The file is the uploader's: erasure deletes it
 * (cascade) with everything derived from it. `horse_photos` (pillar 1) stays the horse's profile gallery;
 * `horse_photo_id` links a gallery photo to the asset it was published from, so its analyses are found.
 */
export const imageUploads = domainTable(
  'image_uploads',
  {
    id: id(),
    uploaderUserId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'cascade' }),
    /** The horse the image shows; the upload stays the uploader's when the horse is deleted. */
    horseId: uuid().references(() => horses.id, { onDelete: 'set null' }),
    /** The gallery photo published from this file; removing it from the gallery keeps the asset. */
    horsePhotoId: uuid().references(() => horsePhotos.id, { onDelete: 'set null' }),
    storageKey: text().notNull(),
    contentSha256: text().notNull(),
    /** 64-bit perceptual hash for near-duplicate detection (a crop or re-encode of the same photo). */
    perceptualHash: text(),
    mimeType: textEnum(MEDIA_IMAGE_MIME_TYPES).notNull(),
    sizeBytes: bigint({ mode: 'number' }).notNull(),
    widthPx: integer(),
    heightPx: integer(),
    /** From EXIF when present; camera clocks are often wrong, so it is not compared with the upload time. */
    capturedAt: timestamptz(),
    /** Camera make and model from EXIF, e.g. "Apple iPhone 14 Pro". */
    captureDevice: text(),
    caption: text(),
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
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('image_uploads_uploader_content_key').on(t.uploaderUserId, t.contentSha256),
    uniqueIndex('image_uploads_storage_key_key').on(t.storageKey),
    uniqueIndex('image_uploads_source_external_id_key').on(t.source, t.externalId),
    uniqueIndex('image_uploads_horse_photo_id_key').on(t.horsePhotoId),
    /** A user's recent uploads. */
    index('image_uploads_uploader_recent_idx').on(t.uploaderUserId, t.uploadedAt),
    /** A horse's timeline. */
    index('image_uploads_horse_id_idx').on(t.horseId, t.capturedAt),
    index('image_uploads_content_sha256_idx').on(t.contentSha256),
    index('image_uploads_perceptual_hash_idx').on(t.perceptualHash),
    formatCheck(t.storageKey, MEDIA_STORAGE_KEY),
    formatCheck(t.contentSha256, SHA256_HEX),
    formatCheck(t.perceptualHash, MEDIA_PERCEPTUAL_HASH),
    positive(t.sizeBytes),
    positive(t.widthPx),
    positive(t.heightPx),
    requiredWhen(t.consentRecordedAt, t.trainingConsent, 'granted', { name: 'image_uploads_consent_recorded_at_check' }),
    together(t.source, t.externalId, { name: 'image_uploads_source_check' }),
    formatCheck(t.source, SNAKE_CASE_KEY),
    formatCheck(t.externalId, EXTERNAL_ID),
  ],
);
