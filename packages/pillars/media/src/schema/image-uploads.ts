import { domainTable, formatCheck, id, positive, textEnum, timestamps, timestamptz } from '@db/core';
import { horsePhotos, horses } from '@db/horses/tables';
import { userProfiles } from '@db/users/tables';
import { bigint, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { MEDIA_IMAGE_MIME_TYPES, MEDIA_PERCEPTUAL_HASH } from '../constants.ts';
import { uploadRules, uploadTerms } from '../upload.ts';

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
    ...uploadTerms(),
    ...timestamps(),
  },
  (t) => [
    ...uploadRules('image_uploads', t),
    uniqueIndex('image_uploads_horse_photo_id_key').on(t.horsePhotoId),
    index('image_uploads_perceptual_hash_idx').on(t.perceptualHash),
    formatCheck(t.perceptualHash, MEDIA_PERCEPTUAL_HASH),
    positive(t.widthPx),
    positive(t.heightPx),
  ],
);
