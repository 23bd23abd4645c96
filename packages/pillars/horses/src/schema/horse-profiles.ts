import { domainTable, formatCheck, id, jsonList, SLUG, textEnum, timestamps } from '@db/core';
import { boolean, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  HORSE_DISCIPLINES,
  HORSE_RIDER_LEVELS,
  HORSE_TEMPERAMENTS,
  HORSE_TRAINING_LEVELS,
  HORSE_VISIBILITIES,
} from '../constants.ts';
import { horses } from './horses.ts';

export type HorseDiscipline = (typeof HORSE_DISCIPLINES)[number];

/** A result worth showing on the profile, e.g. { title: 'Winner, Grade A Championship', year: 2023 }. */
export interface HorseAchievement {
  title: string;
  year?: number | undefined;
  event?: string | undefined;
  url?: string | undefined;
}

/** The public-facing and descriptive side of a horse: exactly one per horse. */
export const horseProfiles = domainTable(
  'horse_profiles',
  {
    id: id(),
    horseId: uuid()
      .notNull()
      .references(() => horses.id, { onDelete: 'cascade' }),
    /** Public URL slug, e.g. galileos-whisper. */
    slug: text(),
    headline: text(),
    bio: text(),
    primaryDiscipline: textEnum(HORSE_DISCIPLINES),
    secondaryDisciplines: jsonList<HorseDiscipline>(),
    temperament: textEnum(HORSE_TEMPERAMENTS),
    trainingLevel: textEnum(HORSE_TRAINING_LEVELS),
    suitableRiderLevel: textEnum(HORSE_RIDER_LEVELS),
    /** Stable vices and quirks a buyer or groom must know: crib-biting, weaving, box walking, ... */
    vices: jsonList<string>(),
    handlingNotes: text(),
    achievements: jsonList<HorseAchievement>(),
    isForSale: boolean().notNull().default(false),
    isForLease: boolean().notNull().default(false),
    visibility: textEnum(HORSE_VISIBILITIES).notNull().default('private'),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('horse_profiles_horse_id_key').on(t.horseId),
    uniqueIndex('horse_profiles_slug_key').on(t.slug),
    formatCheck(t.slug, SLUG),
  ],
);
