import {
  between,
  coordinateChecks,
  coordinates,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  HTTP_URL,
  IANA_TIME_ZONE,
  id,
  inOrder,
  postalAddress,
  postalAddressChecks,
  requiredWhen,
  textEnum,
  textLength,
  timestamps,
  timestamptz,
} from '@db/core';
import { communityEvents } from '@db/social/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { date, index, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { COMPETITION_DISCIPLINES, COMPETITION_FEDERATIONS, COMPETITION_STATUSES, COMPETITION_TIERS } from '../constants.ts';
import { competitionSeasons } from './competition-seasons.ts';

/**
 * A sanctioned competition (a show, a horse trials, a CDI, an endurance ride) as its federation's calendar
 * publishes it: imported again and again, so (federation, federation's event id) is the upsert key and
 * `source_updated_at` says when the federation last changed it. Its venue is a postal address with coordinates;
 * its days are calendar dates in the venue's IANA zone. Postponements, venue changes and cancellations are also
 * logged, append-only, in `competition_history`.
 *
 * Not @db/social's `community_events`: those are informal gatherings anyone posts (a clinic, a fun ride, a
 * webinar), with no federation, classes, entries or official results. A competition's listing there is linked
 * by `community_event_id`.
 */
export const competitions = domainTable(
  'competitions',
  {
    id: id(),
    federation: textEnum(COMPETITION_FEDERATIONS).notNull(),
    /** The federation's id of the event, e.g. FEI 2024_CI_0385_S_S_01, SJI 24-0713-CAV. */
    federationEventId: text().notNull(),
    sourceUpdatedAt: timestamptz(),
    /** Nullable: a competition can be imported before its season. A season with competitions is kept. */
    seasonId: uuid().references(() => competitionSeasons.id, { onDelete: 'restrict' }),
    name: text().notNull(),
    discipline: textEnum(COMPETITION_DISCIPLINES).notNull(),
    tier: textEnum(COMPETITION_TIERS).notNull(),
    /** The level as the federation codes it: CSI3*, CCI4*-L, CDI-W, CPEDI3*, CEI2*, or a national grade. */
    eventCode: text(),
    /** FEI stars, 1 to 5 (CSI5* is the top of jumping); null for national grades. */
    starRating: smallint(),
    venueName: text().notNull(),
    ...postalAddress(),
    ...coordinates(),
    startsOn: date().notNull(),
    endsOn: date().notNull(),
    /** The venue's IANA zone: timetable instants are shown in it. */
    timezone: text().notNull(),
    /** The organising committee as the schedule names it, e.g. "Cavan Equestrian Centre Ltd". */
    organiserName: text(),
    /** The organiser's account on the platform: a credit, nulled on erasure (the name stays). */
    organiserUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    status: textEnum(COMPETITION_STATUSES).notNull().default('scheduled'),
    entriesOpenAt: timestamptz(),
    entriesCloseAt: timestamptz(),
    websiteUrl: text(),
    /** Its public listing among @db/social's community events; deleting the listing only unlinks it (set null). */
    communityEventId: uuid().references(() => communityEvents.id, { onDelete: 'set null' }),
    cancelledAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('competitions_federation_federation_event_id_key').on(t.federation, t.federationEventId),
    index('competitions_season_id_idx').on(t.seasonId, t.startsOn),
    index('competitions_organiser_user_id_idx').on(t.organiserUserId, t.startsOn),
    uniqueIndex('competitions_community_event_id_key').on(t.communityEventId),
    /** The calendar: what is coming up, by country and discipline. */
    index('competitions_upcoming_idx')
      .on(t.countryCode, t.discipline, t.startsOn)
      .where(sql`${t.status} in ('scheduled', 'entries_open', 'entries_closed', 'in_progress', 'postponed')`),
    formatCheck(t.federationEventId, EXTERNAL_ID),
    textLength(t.name, { min: 1, max: 200 }),
    between(t.starRating, 1, 5),
    textLength(t.eventCode, { min: 1, max: 40 }),
    textLength(t.venueName, { min: 1, max: 200 }),
    ...postalAddressChecks(t),
    ...coordinateChecks(t),
    inOrder(t.startsOn, t.endsOn, { name: 'competitions_ends_on_check', message: 'must not be before startsOn' }),
    formatCheck(t.timezone, IANA_TIME_ZONE),
    inOrder(t.entriesOpenAt, t.entriesCloseAt, { strict: true, name: 'competitions_entries_close_at_check' }),
    formatCheck(t.websiteUrl, HTTP_URL),
    requiredWhen(t.cancelledAt, t.status, 'cancelled', { name: 'competitions_cancelled_at_check' }),
  ],
);
