import {
  coordinateChecks,
  coordinates,
  currency,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  HTTP_URL,
  IANA_TIME_ZONE,
  id,
  inOrder,
  money,
  nonNegative,
  positive,
  postalAddress,
  postalAddressChecks,
  requiredWhen,
  requiredWith,
  textEnum,
  textLength,
  timestamps,
  timestamptz,
  together,
} from '@db/core';
import { communityEvents } from '@db/social/tables';
import { sql } from 'drizzle-orm';
import { boolean, foreignKey, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  ASSOCIATION_EVENT_FORMATS,
  ASSOCIATION_EVENT_SOURCES,
  ASSOCIATION_EVENT_STATUSES,
  ASSOCIATION_EVENT_TYPES,
} from '../constants.ts';
import { associationDirectories } from './association-directories.ts';

/**
 * An association's own event, from its calendar: an AGM, a committee meeting, a clinic, a show, a rally, a
 * seminar, an assessment. Instants are timestamptz; `timezone` is the IANA zone of the venue, in which the
 * association announced its local times. The public listing on the platform, when there is one, is social's
 * `community_events` row (`community_event_id`): this table does not re-create it. Natural key:
 * (`association_id`, `source`, `external_id`), the id the association's system (or the federation calendar)
 * gives the event, unique within that association's feed. The events go with the association (cascade).
 */
export const associationEvents = domainTable(
  'association_events',
  {
    id: id(),
    /** FK below (cascade): the generated name would pass PostgreSQL's 63 characters. */
    associationId: uuid().notNull(),
    eventType: textEnum(ASSOCIATION_EVENT_TYPES).notNull(),
    title: text().notNull(),
    description: text(),
    format: textEnum(ASSOCIATION_EVENT_FORMATS).notNull().default('in_person'),
    status: textEnum(ASSOCIATION_EVENT_STATUSES).notNull().default('scheduled'),
    startsAt: timestamptz().notNull(),
    endsAt: timestamptz().notNull(),
    /** IANA zone of the venue (or of the association, online), e.g. Europe/Dublin. */
    timezone: text().notNull(),
    /** Open to the association's members only (an AGM, a members' clinic). */
    membersOnly: boolean().notNull().default(false),
    venueName: text(),
    /** The venue's address. */
    ...postalAddress(),
    ...coordinates(),
    /** Where an online or hybrid event is joined. */
    onlineUrl: text(),
    /** Null: unlimited. */
    capacity: integer(),
    /** Entry fee per person; 0.00 for a free event. */
    entryFee: money(),
    currency: currency(),
    registrationUrl: text(),
    registrationClosesAt: timestamptz(),
    cancelledAt: timestamptz(),
    /** The event's public listing on the platform's community calendar; it outlives it (set null). */
    communityEventId: uuid().references(() => communityEvents.id, { onDelete: 'set null' }),
    source: textEnum(ASSOCIATION_EVENT_SOURCES),
    /** The event's id in the association's system, its iCalendar UID, or the federation's fixture number. */
    externalId: text(),
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('association_events_external_key').on(t.associationId, t.source, t.externalId),
    index('association_events_association_id_idx').on(t.associationId, t.startsAt),
    index('association_events_community_event_id_idx').on(t.communityEventId),
    /** What is on: scheduled events by start, by country. */
    index('association_events_upcoming_idx')
      .on(t.countryCode, t.startsAt)
      .where(sql`${t.status} = 'scheduled'`),
    foreignKey({
      name: 'association_events_association_id_fkey',
      columns: [t.associationId],
      foreignColumns: [associationDirectories.id],
    }).onDelete('cascade'),
    textLength(t.title, { min: 1, max: 200 }),
    inOrder(t.startsAt, t.endsAt, { name: 'association_events_ends_at_check', message: 'must not be before startsAt' }),
    formatCheck(t.timezone, IANA_TIME_ZONE),
    ...postalAddressChecks(t),
    ...coordinateChecks(t),
    formatCheck(t.onlineUrl, HTTP_URL),
    formatCheck(t.registrationUrl, HTTP_URL),
    requiredWhen(t.venueName, t.format, 'in_person', { name: 'association_events_venue_check', message: 'an in-person event needs its venue' }),
    requiredWhen(t.onlineUrl, t.format, 'online', { name: 'association_events_online_url_check', message: 'an online event needs its link' }),
    positive(t.capacity),
    nonNegative(t.entryFee),
    // Late entries on the day are common: registration closes by the end of the event at the latest.
    inOrder(t.registrationClosesAt, t.endsAt, { name: 'association_events_registration_closes_check' }),
    requiredWhen(t.cancelledAt, t.status, 'cancelled', { name: 'association_events_cancelled_at_check' }),
    together(t.source, t.externalId, { name: 'association_events_source_pair_check' }),
    formatCheck(t.externalId, EXTERNAL_ID),
    requiredWith(t.externalId, t.sourceUpdatedAt, { name: 'association_events_source_updated_at_check' }),
  ],
);
