import { between, currencyCheck, nonNegative, oneOf, onlyWhen } from '@db/core';
import { sql } from 'drizzle-orm';
import { boolean, char, date, index, integer, numeric, pgTable, serial, text, timestamp, uniqueIndex, varchar } from 'drizzle-orm/pg-core';
import { eventRsvps, events } from './events.ts';
import { legacyForeignKey } from './keys.ts';
import { users } from './users.ts';

/**
 * Designed (the document names them among the 12 event tables), in the documented tables' style: who came, the
 * daily figures, reminders, photos, reviews and tickets.
 */
export const CHECK_IN_METHODS = ['qr', 'manual', 'ticket'] as const;
export const ATTENDEE_ROLES = ['dancer', 'dj', 'performer', 'teacher', 'organizer', 'volunteer'] as const;
export const REMINDER_CHANNELS = ['push', 'email', 'sms'] as const;
export const REMINDER_STATUSES = ['scheduled', 'sent', 'failed', 'cancelled'] as const;
export const TICKET_TYPES = ['general', 'early_bird', 'vip', 'workshop_pass', 'full_pass'] as const;
export const TICKET_STATUSES = ['reserved', 'paid', 'used', 'refunded', 'cancelled'] as const;

/** Who actually came (an RSVP is an intention), checked in once per event. */
export const eventAttendees = pgTable(
  'event_attendees',
  {
    id: serial('id').primaryKey(),
    eventId: integer('event_id').notNull(),
    userId: integer('user_id').notNull(),
    rsvpId: integer('rsvp_id'),
    role: varchar('role', { enum: ATTENDEE_ROLES }).default('dancer').notNull(),
    checkInMethod: varchar('check_in_method', { enum: CHECK_IN_METHODS }).default('manual').notNull(),
    checkedInAt: timestamp('checked_in_at').defaultNow().notNull(),
  },
  (table) => [
    legacyForeignKey(table.eventId, events.id, 'cascade'),
    legacyForeignKey(table.userId, users.id, 'cascade'),
    legacyForeignKey(table.rsvpId, eventRsvps.id, 'set null'),
    uniqueIndex('unique_event_attendee').on(table.eventId, table.userId),
    index('event_attendees_user_idx').on(table.userId),
    index('event_attendees_rsvp_idx').on(table.rsvpId),
    oneOf(table.role, ATTENDEE_ROLES),
    oneOf(table.checkInMethod, CHECK_IN_METHODS),
  ],
);

/** An event's figures per day, recomputed in place (event, day unique). */
export const eventAnalytics = pgTable(
  'event_analytics',
  {
    id: serial('id').primaryKey(),
    eventId: integer('event_id').notNull(),
    day: date('day').notNull(),
    views: integer('views').default(0).notNull(),
    uniqueViewers: integer('unique_viewers').default(0).notNull(),
    rsvpsGoing: integer('rsvps_going').default(0).notNull(),
    rsvpsInterested: integer('rsvps_interested').default(0).notNull(),
    shares: integer('shares').default(0).notNull(),
    ticketsSold: integer('tickets_sold').default(0).notNull(),
    revenue: numeric('revenue', { precision: 12, scale: 2 }).default('0').notNull(),
    computedAt: timestamp('computed_at').defaultNow().notNull(),
  },
  (table) => [
    legacyForeignKey(table.eventId, events.id, 'cascade'),
    uniqueIndex('unique_event_analytics_day').on(table.eventId, table.day),
    nonNegative(table.views),
    nonNegative(table.uniqueViewers),
    nonNegative(table.rsvpsGoing),
    nonNegative(table.rsvpsInterested),
    nonNegative(table.shares),
    nonNegative(table.ticketsSold),
    nonNegative(table.revenue),
  ],
);

/** A reminder to send before an event, once per user and channel; the scheduler reads the due ones. */
export const eventReminders = pgTable(
  'event_reminders',
  {
    id: serial('id').primaryKey(),
    eventId: integer('event_id').notNull(),
    userId: integer('user_id').notNull(),
    channel: varchar('channel', { enum: REMINDER_CHANNELS }).default('push').notNull(),
    remindAt: timestamp('remind_at').notNull(),
    status: varchar('status', { enum: REMINDER_STATUSES }).default('scheduled').notNull(),
    sentAt: timestamp('sent_at'),
    failureReason: text('failure_reason'),
    createdAt: timestamp('created_at').defaultNow().notNull(),
  },
  (table) => [
    legacyForeignKey(table.eventId, events.id, 'cascade'),
    legacyForeignKey(table.userId, users.id, 'cascade'),
    uniqueIndex('unique_event_reminder').on(table.eventId, table.userId, table.channel),
    index('event_reminders_user_idx').on(table.userId),
    index('event_reminders_due_idx').on(table.remindAt).where(sql`status = 'scheduled'`),
    oneOf(table.channel, REMINDER_CHANNELS),
    oneOf(table.status, REMINDER_STATUSES),
    onlyWhen(table.sentAt, table.status, 'sent'),
  ],
);

/** The event's gallery; at most one cover photo. */
export const eventPhotos = pgTable(
  'event_photos',
  {
    id: serial('id').primaryKey(),
    eventId: integer('event_id').notNull(),
    uploaderId: integer('uploader_id').notNull(),
    imageUrl: text('image_url').notNull(),
    caption: text('caption'),
    takenAt: timestamp('taken_at'),
    isCover: boolean('is_cover').default(false).notNull(),
    createdAt: timestamp('created_at').defaultNow().notNull(),
  },
  (table) => [
    legacyForeignKey(table.eventId, events.id, 'cascade'),
    legacyForeignKey(table.uploaderId, users.id, 'cascade'),
    index('event_photos_event_idx').on(table.eventId),
    index('event_photos_uploader_idx').on(table.uploaderId),
    uniqueIndex('unique_event_cover_photo').on(table.eventId).where(sql`is_cover`),
  ],
);

/** A dancer's review after the event, one per dancer: overall, music and floor, 1-5 stars. */
export const eventReviews = pgTable(
  'event_reviews',
  {
    id: serial('id').primaryKey(),
    eventId: integer('event_id').notNull(),
    userId: integer('user_id').notNull(),
    rating: integer('rating').notNull(),
    musicRating: integer('music_rating'),
    floorRating: integer('floor_rating'),
    comment: text('comment'),
    createdAt: timestamp('created_at').defaultNow(),
    updatedAt: timestamp('updated_at').defaultNow(),
  },
  (table) => [
    legacyForeignKey(table.eventId, events.id, 'cascade'),
    legacyForeignKey(table.userId, users.id, 'cascade'),
    uniqueIndex('unique_event_review').on(table.eventId, table.userId),
    index('event_reviews_user_idx').on(table.userId),
    between(table.rating, 1, 5),
    between(table.musicRating, 1, 5),
    between(table.floorRating, 1, 5),
  ],
);

/** A ticket: its holder, type and price, its Stripe payment (a webhook redelivery finds it) and its QR code. */
export const eventTickets = pgTable(
  'event_tickets',
  {
    id: serial('id').primaryKey(),
    eventId: integer('event_id').notNull(),
    userId: integer('user_id').notNull(),
    ticketType: varchar('ticket_type', { enum: TICKET_TYPES }).default('general').notNull(),
    price: numeric('price', { precision: 10, scale: 2 }).notNull(),
    currency: char('currency', { length: 3 }).notNull(),
    status: varchar('status', { enum: TICKET_STATUSES }).default('reserved').notNull(),
    stripePaymentIntentId: varchar('stripe_payment_intent_id').unique('event_tickets_stripe_payment_intent_id_unique'),
    code: varchar('code').notNull().unique('event_tickets_code_unique'),
    purchasedAt: timestamp('purchased_at'),
    usedAt: timestamp('used_at'),
    createdAt: timestamp('created_at').defaultNow().notNull(),
  },
  (table) => [
    legacyForeignKey(table.eventId, events.id, 'cascade'),
    legacyForeignKey(table.userId, users.id, 'cascade'),
    index('event_tickets_event_idx').on(table.eventId),
    index('event_tickets_user_idx').on(table.userId),
    oneOf(table.ticketType, TICKET_TYPES),
    oneOf(table.status, TICKET_STATUSES),
    nonNegative(table.price),
    currencyCheck(table.currency),
    onlyWhen(table.usedAt, table.status, 'used'),
  ],
);
