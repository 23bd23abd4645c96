import { domainTable, formatCheck, HTTP_URL, id, onlyWhen, positive, SHA256_HEX, textEnum, textLength, timestamps, timestamptz } from '@db/core';
import { horses } from '@db/horses/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { bigint, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { COMPETITION_MEDIA_CONTENT_TYPES, COMPETITION_MEDIA_LICENCES, COMPETITION_MEDIA_STATUSES, COMPETITION_MEDIA_TYPES } from '../constants.ts';
import { competitionClasses } from './competition-classes.ts';
import { competitionRegistrations } from './competition-registrations.ts';
import { competitions } from './competitions.ts';

/**
 * A photo or video taken at a competition: of a class, of one entry's round, of a horse, by a photographer, under
 * a licence. Official photographers upload whole galleries, again and again: the file's SHA-256 is the natural
 * key, so the same file is never stored twice. Part of its competition (cascade); the class, entry, horse and
 * photographer links are descriptive (set null), the credit line stays as published.
 */
export const eventMedia = domainTable(
  'event_media',
  {
    id: id(),
    competitionId: uuid()
      .notNull()
      .references(() => competitions.id, { onDelete: 'cascade' }),
    classId: uuid().references(() => competitionClasses.id, { onDelete: 'set null' }),
    /** The round it shows. */
    registrationId: uuid().references(() => competitionRegistrations.id, { onDelete: 'set null' }),
    horseId: uuid().references(() => horses.id, { onDelete: 'set null' }),
    /** A credit, nulled on erasure. */
    photographerUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    /** The credit line the licence requires, e.g. "© Aoife Kelly Photography". */
    photographerCredit: text(),
    mediaType: textEnum(COMPETITION_MEDIA_TYPES).notNull(),
    contentType: textEnum(COMPETITION_MEDIA_CONTENT_TYPES).notNull(),
    url: text().notNull(),
    checksumSha256: text().notNull(),
    fileSizeBytes: bigint({ mode: 'number' }),
    /** Videos only. */
    durationMs: integer(),
    capturedAt: timestamptz(),
    licence: textEnum(COMPETITION_MEDIA_LICENCES).notNull().default('all_rights_reserved'),
    caption: text(),
    status: textEnum(COMPETITION_MEDIA_STATUSES).notNull().default('pending_review'),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('event_media_checksum_sha256_key').on(t.checksumSha256),
    index('event_media_competition_id_idx').on(t.competitionId, t.capturedAt),
    index('event_media_class_id_idx').on(t.classId),
    index('event_media_registration_id_idx').on(t.registrationId),
    index('event_media_horse_id_idx').on(t.horseId, t.capturedAt),
    index('event_media_photographer_user_id_idx').on(t.photographerUserId, t.capturedAt),
    /** The moderation queue. */
    index('event_media_pending_review_idx').on(t.createdAt).where(sql`${t.status} = 'pending_review'`),
    formatCheck(t.url, HTTP_URL),
    formatCheck(t.checksumSha256, SHA256_HEX),
    positive(t.fileSizeBytes),
    positive(t.durationMs),
    onlyWhen(t.durationMs, t.mediaType, 'video', { name: 'event_media_duration_video_check' }),
    textLength(t.caption, { max: 2000 }),
  ],
);
