import {
  domainTable,
  formatCheck,
  id,
  inOrder,
  jsonObject,
  nonNegative,
  SNAKE_CASE_KEY,
  textEnum,
  textLength,
  timestamps,
  timestamptz,
  together,
} from '@db/core';
import { horses } from '@db/horses/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  SOCIAL_APP_PATH,
  SOCIAL_EXTERNAL_ID,
  SOCIAL_NOTIFICATION_CATEGORIES,
  SOCIAL_NOTIFICATION_PRIORITIES,
  SOCIAL_NOTIFICATION_SOURCES,
  SOCIAL_NOTIFICATION_TYPES,
} from '../constants.ts';

/**
 * The in-app notification inbox, owned here: every producer delivers into it (this package for likes, comments,
 * follows and messages; health for reminders and alerts; billing; pillar 9's outreach campaigns). A producer
 * delivers at least once, so it upserts on (recipient, source, source_reference): a redelivery updates the row
 * instead of notifying twice. What the notification is about is (subject_type, subject_id): any row of any
 * pillar, hence no foreign key. The inbox is its recipient's (cascade on erasure); the person who caused it is
 * a credit (set null). Several events on one item collapse into one row (`groupingKey`, `actorCount`).
 */
export const notifications = domainTable(
  'notifications',
  {
    id: id(),
    recipientUserId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'cascade' }),
    /** The latest person who caused it ("Siobhán and 3 others liked your post"). */
    actorUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    /** The horse it concerns, to group a horse's notifications. */
    horseId: uuid().references(() => horses.id, { onDelete: 'set null' }),
    notificationType: textEnum(SOCIAL_NOTIFICATION_TYPES).notNull(),
    category: textEnum(SOCIAL_NOTIFICATION_CATEGORIES).notNull(),
    priority: textEnum(SOCIAL_NOTIFICATION_PRIORITIES).notNull().default('normal'),
    title: text().notNull(),
    body: text(),
    /** Where tapping it leads in the app. */
    actionPath: text(),
    /** The table (SQL name) and row the notification is about, in any pillar. */
    subjectType: text(),
    subjectId: uuid(),
    /** Template variables the producer supplies for rendering and localisation. */
    payload: jsonObject<Record<string, unknown>>(),
    source: textEnum(SOCIAL_NOTIFICATION_SOURCES).notNull(),
    /** The producer's idempotency key: a like id, a health reminder id, a campaign delivery id. */
    sourceReference: text().notNull(),
    /** When the producer last changed what it delivered. */
    sourceUpdatedAt: timestamptz(),
    /** Notifications with the same key collapse into one row in the inbox. */
    groupingKey: text(),
    actorCount: integer().notNull().default(1),
    deliveredAt: timestamptz().notNull().defaultNow(),
    /** Shown in the list (the badge count drops). */
    seenAt: timestamptz(),
    /** Opened. */
    readAt: timestamptz(),
    archivedAt: timestamptz(),
    /** After this it is no longer shown (an event reminder once the event is over). */
    expiresAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('notifications_source_reference_key').on(t.recipientUserId, t.source, t.sourceReference),
    index('notifications_recipient_user_id_idx').on(t.recipientUserId, t.deliveredAt),
    // The badge and the unread tab.
    index('notifications_unread_idx')
      .on(t.recipientUserId, t.deliveredAt)
      .where(sql`${t.readAt} is null and ${t.archivedAt} is null`),
    index('notifications_actor_user_id_idx').on(t.actorUserId),
    index('notifications_horse_id_idx').on(t.horseId),
    index('notifications_subject_idx').on(t.subjectType, t.subjectId),
    textLength(t.title, { min: 1, max: 200 }),
    formatCheck(t.actionPath, SOCIAL_APP_PATH),
    together(t.subjectType, t.subjectId, { name: 'notifications_subject_check' }),
    formatCheck(t.subjectType, SNAKE_CASE_KEY),
    formatCheck(t.sourceReference, SOCIAL_EXTERNAL_ID),
    nonNegative(t.actorCount),
    inOrder(t.deliveredAt, t.seenAt, { name: 'notifications_seen_at_check', message: 'must not be before deliveredAt' }),
    inOrder(t.deliveredAt, t.readAt, { name: 'notifications_read_at_check', message: 'must not be before deliveredAt' }),
    inOrder(t.deliveredAt, t.expiresAt, { strict: true, name: 'notifications_expires_at_check', message: 'must be after deliveredAt' }),
  ],
);
