import { domainTable, id, nonNegative, positive, textEnum, timestamps, timestamptz } from '@db/core';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { boolean, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { HORSE_PHOTO_CONTENT_TYPES, HORSE_VISIBILITIES } from '../constants.ts';
import { horses } from './horses.ts';

/** Photos of a horse in object storage; at most one is the primary (profile) photo. */
export const horsePhotos = domainTable(
  'horse_photos',
  {
    id: id(),
    horseId: uuid()
      .notNull()
      .references(() => horses.id, { onDelete: 'cascade' }),
    /** Object-storage key, e.g. horses/<horse id>/<uuid>.jpg. */
    storageKey: text().notNull(),
    /** Public or CDN URL when the photo is served directly. */
    url: text(),
    contentType: textEnum(HORSE_PHOTO_CONTENT_TYPES).notNull(),
    fileSizeBytes: integer(),
    widthPx: integer(),
    heightPx: integer(),
    caption: text(),
    altText: text(),
    photographerCredit: text(),
    takenAt: timestamptz(),
    isPrimary: boolean().notNull().default(false),
    sortOrder: integer().notNull().default(0),
    visibility: textEnum(HORSE_VISIBILITIES).notNull().default('private'),
    uploadedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('horse_photos_storage_key_key').on(t.storageKey),
    index('horse_photos_horse_id_idx').on(t.horseId, t.sortOrder),
    uniqueIndex('horse_photos_horse_id_primary_key').on(t.horseId).where(sql`${t.isPrimary}`),
    index('horse_photos_uploaded_by_user_id_idx').on(t.uploadedByUserId),
    positive(t.fileSizeBytes),
    positive(t.widthPx),
    positive(t.heightPx),
    nonNegative(t.sortOrder),
  ],
);
