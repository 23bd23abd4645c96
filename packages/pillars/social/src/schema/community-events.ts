import {
  coordinateChecks,
  coordinates,
  COUNTRY_CODE,
  currency,
  domainTable,
  formatCheck,
  HTTP_URL,
  IANA_TIME_ZONE,
  id,
  inOrder,
  money,
  nonNegative,
  positive,
  requiredWhen,
  requiredWith,
  textEnum,
  textLength,
  timestamps,
  timestamptz,
  together,
} from '@db/core';
import { vetPractices } from '@db/providers/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { char, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  SOCIAL_EVENT_FORMATS,
  SOCIAL_EVENT_SOURCES,
  SOCIAL_EVENT_STATUSES,
  SOCIAL_EVENT_TYPES,
  SOCIAL_EXTERNAL_ID,
} from '../constants.ts';
import { groups } from './groups.ts';

/**
 * A community event: a clinic, a show or hunter trial, a Pony Club rally, a fun ride, a practice's talk, a
 * webinar. In person (a venue, with coordinates), online (a link) or both. Instants are timestamptz; `timezone`
 * is the zone the event's local times are shown in (a Dublin clinic seen from Sydney still starts at 10:00 Irish
 * time). Fixtures imported from federation calendars are upserted on (source, external_id). An event outlives
 * its organiser, host practice and group (set null): attendees and other clubs still rely on it.
 */
export const communityEvents = domainTable(
  'community_events',
  {
    id: id(),
    title: text().notNull(),
    description: text(),
    eventType: textEnum(SOCIAL_EVENT_TYPES).notNull(),
    format: textEnum(SOCIAL_EVENT_FORMATS).notNull().default('in_person'),
    status: textEnum(SOCIAL_EVENT_STATUSES).notNull().default('draft'),
    startsAt: timestamptz().notNull(),
    endsAt: timestamptz().notNull(),
    /** IANA zone of the venue (or of the organiser, online). */
    timezone: text().notNull(),
    venueName: text(),
    /** The venue's postal address as one text, e.g. "Tattersalls, Ratoath, Co. Meath". */
    address: text(),
    countryCode: char({ length: 2 }),
    ...coordinates(),
    /** Where an online event is joined (the webinar link). */
    onlineUrl: text(),
    organizerUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    hostPracticeId: uuid().references(() => vetPractices.id, { onDelete: 'set null' }),
    groupId: uuid().references(() => groups.id, { onDelete: 'set null' }),
    /** Null: unlimited. */
    capacity: integer(),
    attendeeCount: integer().notNull().default(0),
    /** Entry or ticket price per person; 0.00 for a free event. */
    ticketPrice: money(),
    currency: currency(),
    registrationUrl: text(),
    registrationClosesAt: timestamptz(),
    cancelledAt: timestamptz(),
    cancellationReason: text(),
    source: textEnum(SOCIAL_EVENT_SOURCES),
    /** The calendar's id of the event (an iCalendar UID, a federation's fixture number). */
    externalId: text(),
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    index('community_events_starts_at_idx')
      .on(t.startsAt)
      .where(sql`${t.status} = 'published'`),
    index('community_events_country_starts_at_idx').on(t.countryCode, t.startsAt),
    index('community_events_organizer_user_id_idx').on(t.organizerUserId, t.startsAt),
    index('community_events_host_practice_id_idx').on(t.hostPracticeId, t.startsAt),
    index('community_events_group_id_idx').on(t.groupId, t.startsAt),
    uniqueIndex('community_events_source_external_id_key').on(t.source, t.externalId),
    textLength(t.title, { min: 1, max: 200 }),
    inOrder(t.startsAt, t.endsAt, { name: 'community_events_ends_at_check', message: 'must not be before startsAt' }),
    formatCheck(t.timezone, IANA_TIME_ZONE),
    formatCheck(t.countryCode, COUNTRY_CODE),
    ...coordinateChecks(t),
    formatCheck(t.onlineUrl, HTTP_URL),
    formatCheck(t.registrationUrl, HTTP_URL),
    requiredWhen(t.venueName, t.format, 'in_person', { name: 'community_events_venue_check', message: 'an in-person event needs its venue' }),
    requiredWhen(t.onlineUrl, t.format, 'online', { name: 'community_events_online_url_check', message: 'an online event needs its link' }),
    positive(t.capacity),
    nonNegative(t.attendeeCount),
    nonNegative(t.ticketPrice),
    // Registration closes by the end of the event at the latest (late entries on the day are common).
    inOrder(t.registrationClosesAt, t.endsAt, { name: 'community_events_registration_closes_check' }),
    requiredWhen(t.cancelledAt, t.status, 'cancelled', { name: 'community_events_cancelled_at_check' }),
    requiredWith(t.cancelledAt, t.cancellationReason, { name: 'community_events_cancellation_reason_check' }),
    together(t.source, t.externalId, { name: 'community_events_source_pair_check' }),
    formatCheck(t.externalId, SOCIAL_EXTERNAL_ID),
    requiredWith(t.externalId, t.sourceUpdatedAt, { name: 'community_events_source_updated_at_check' }),
  ],
);
