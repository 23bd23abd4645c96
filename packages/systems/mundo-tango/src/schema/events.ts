import { boolean, index, integer, pgTable, serial, text, timestamp, uniqueIndex, varchar } from 'drizzle-orm/pg-core';
import { legacyForeignKey } from './keys.ts';
import { users } from './users.ts';

/** Events: milongas, practicas, festivals, workshops, classes, and RSVPs (one per user and event). Reproduced column for column and
 * index for index (test/fidelity.test.ts); foreign keys and unique constraints under the names the owners' database has.
 */
export const events = pgTable('events', {
  id: serial('id').primaryKey(),
  userId: integer('user_id').notNull(),

  // Basic Info
  title: varchar('title').notNull(),
  description: text('description').notNull(),
  imageUrl: text('image_url'),
  eventType: varchar('event_type').notNull(), // milonga, practica, festival, workshop, class

  // Date/Time
  startDate: timestamp('start_date').notNull(),
  endDate: timestamp('end_date'),
  date: text('date'), // Human-readable
  recurring: varchar('recurring'), // none, daily, weekly, monthly

  // Location
  location: text('location').notNull(),
  venue: varchar('venue'),
  address: text('address'),
  city: varchar('city'),
  country: varchar('country'),
  latitude: text('latitude'),
  longitude: text('longitude'),
  isOnline: boolean('is_online').default(false),
  meetingUrl: text('meeting_url'),

  // Pricing
  isPaid: boolean('is_paid').default(false),
  price: text('price'),
  currency: varchar('currency'),
  ticketUrl: text('ticket_url'),

  // Capacity
  maxAttendees: integer('max_attendees'),

  // Metadata
  status: varchar('status').default('published'), // draft, published, cancelled
  tags: text('tags').array(),

  createdAt: timestamp('created_at').defaultNow(),
  updatedAt: timestamp('updated_at').defaultNow(),
}, (table) => [
  legacyForeignKey(table.userId, users.id, 'cascade'),
  index('events_user_idx').on(table.userId),
  index('events_start_date_idx').on(table.startDate),
  index('events_city_idx').on(table.city),
]);

export const eventRsvps = pgTable('event_rsvps', {
  id: serial('id').primaryKey(),
  eventId: integer('event_id').notNull(),
  userId: integer('user_id').notNull(),
  status: varchar('status').notNull(), // going, interested, not_going
  createdAt: timestamp('created_at').defaultNow(),
}, (table) => [
  legacyForeignKey(table.eventId, events.id, 'cascade'),
  legacyForeignKey(table.userId, users.id, 'cascade'),
  index('event_rsvps_event_idx').on(table.eventId),
  index('event_rsvps_user_idx').on(table.userId),
  uniqueIndex('unique_rsvp').on(table.eventId, table.userId),
]);
