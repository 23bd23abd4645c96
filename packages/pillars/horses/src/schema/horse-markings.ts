import { between, domainTable, id, nonNegative, textEnum, timestamps } from '@db/core';
import { userProfiles } from '@db/users/tables';
import { boolean, date, index, integer, numeric, text, uuid } from 'drizzle-orm/pg-core';
import { HORSE_MARKING_LOCATIONS, HORSE_MARKING_TYPES } from '../constants.ts';
import { horsePhotos } from './horse-photos.ts';
import { horses } from './horses.ts';

/**
 * Identifying marks as a passport's silhouette diagram records them: white face and leg markings, whorls,
 * and acquired marks (scars, brands). `diagramX`/`diagramY` place the mark on the silhouette, 0..1.
 */
export const horseMarkings = domainTable(
  'horse_markings',
  {
    id: id(),
    horseId: uuid()
      .notNull()
      .references(() => horses.id, { onDelete: 'cascade' }),
    location: textEnum(HORSE_MARKING_LOCATIONS).notNull(),
    markingType: textEnum(HORSE_MARKING_TYPES).notNull(),
    /** Written description as on the passport, e.g. "Irregular star, broad stripe to left nostril". */
    description: text().notNull(),
    /** Scars, brands and other marks acquired after birth. */
    isAcquired: boolean().notNull().default(false),
    diagramX: numeric({ precision: 4, scale: 3 }),
    diagramY: numeric({ precision: 4, scale: 3 }),
    photoId: uuid().references(() => horsePhotos.id, { onDelete: 'set null' }),
    recordedOn: date(),
    /** The vet or official who drew up the description. */
    recordedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    sortOrder: integer().notNull().default(0),
    ...timestamps(),
  },
  (t) => [
    index('horse_markings_horse_id_idx').on(t.horseId, t.sortOrder),
    index('horse_markings_photo_id_idx').on(t.photoId),
    index('horse_markings_recorded_by_user_id_idx').on(t.recordedByUserId),
    between(t.diagramX, 0, 1),
    between(t.diagramY, 0, 1),
    nonNegative(t.sortOrder),
  ],
);
