import { differ, EMAIL, EXTERNAL_ID, formatCheck, inOrder, nonNegative, oneOf, onlyWhen, positive, requiredWhen, SNAKE_CASE_KEY, together, type TextFormat } from '@db/core';
import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex, varchar } from 'drizzle-orm/pg-core';
import { legacyForeignKey } from './keys.ts';
import { users } from './users.ts';

/**
 * Designed (the document names them: "Notifications | 4 | User notifications, email queue", and its ER diagram
 * has USERS ||--o{ NOTIFICATIONS : receives), in the documented tables' style: the in-app notifications a post's
 * followers get in the post's own transaction, each user's preferences per type and channel, and the outbound
 * email queue a worker drains.
 */
export const NOTIFICATION_TYPES = [
  'like',
  'comment',
  'reply',
  'share',
  'follow',
  'friend_request',
  'friend_accepted',
  'event_invite',
  'event_reminder',
  'event_update',
  'message',
  'mention',
  'new_post',
  'system',
] as const;
/** What a notification is about: the kind of row `entity_id` names (no foreign key: it points at several tables). */
export const NOTIFICATION_ENTITY_TYPES = ['post', 'comment', 'event', 'user', 'friend_request', 'friendship', 'chat_message', 'conversation', 'message'] as const;
export const NOTIFICATION_CHANNELS = ['in_app', 'push', 'email', 'sms'] as const;
export const NOTIFICATION_FREQUENCIES = ['instant', 'daily_digest', 'weekly_digest'] as const;
export const EMAIL_STATUSES = ['queued', 'sending', 'sent', 'failed', 'cancelled'] as const;

/** Where tapping a notification leads: an in-app path (/events/12) or an http(s) URL. */
export const NOTIFICATION_LINK: TextFormat = {
  pattern: /^(\/\S*|https?:\/\/\S+)$/,
  message: 'must be an in-app path such as /events/12 or an http(s) URL',
};

/**
 * One notification in a user's bell: who did what (`actor_id`, kept as NULL when the actor's account is deleted),
 * about which row (`entity_type` + `entity_id`, together or not at all), when it was seen (bell opened), read
 * (tapped) and archived. Nobody is notified of their own action. `dedupe_key` (e.g. `like:post:42:user:7`) makes
 * a repeated event one notification per recipient: a fan-out job retried, or a like undone and redone, upserts
 * the row (raising it to unread again) instead of stacking copies. The partial index serves "my unread, newest
 * first" and the badge count.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id').notNull(),
    actorId: integer('actor_id'),
    type: varchar('type', { enum: NOTIFICATION_TYPES }).notNull(),
    title: text('title').notNull(),
    body: text('body'),
    link: text('link'),
    entityType: varchar('entity_type', { enum: NOTIFICATION_ENTITY_TYPES }),
    entityId: integer('entity_id'),
    dedupeKey: varchar('dedupe_key'),
    /** What the client needs to render the type (actor count for "Valeria and 3 others", a preview...). */
    data: jsonb('data').default({}).notNull(),
    seenAt: timestamp('seen_at'),
    readAt: timestamp('read_at'),
    archivedAt: timestamp('archived_at'),
    createdAt: timestamp('created_at').defaultNow().notNull(),
  },
  (table) => [
    legacyForeignKey(table.userId, users.id, 'cascade'),
    legacyForeignKey(table.actorId, users.id, 'set null'),
    index('notifications_user_created_idx').on(table.userId, table.createdAt.desc()),
    index('notifications_user_unread_idx').on(table.userId, table.createdAt.desc()).where(sql`read_at is null`),
    index('notifications_actor_idx').on(table.actorId),
    index('notifications_entity_idx').on(table.entityType, table.entityId),
    uniqueIndex('unique_notification_dedupe').on(table.userId, table.dedupeKey),
    oneOf(table.type, NOTIFICATION_TYPES),
    oneOf(table.entityType, NOTIFICATION_ENTITY_TYPES),
    together(table.entityType, table.entityId),
    differ(table.userId, table.actorId),
    formatCheck(table.link, NOTIFICATION_LINK),
    inOrder(table.createdAt, table.readAt),
  ],
);

/**
 * Whether a user gets a type of notification on a channel, and how often (email digests): one row per user, type
 * and channel, upserted when the switch is flipped; no row means the type's default. `muted_until` snoozes it.
 */
export const notificationPreferences = pgTable(
  'notification_preferences',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id').notNull(),
    type: varchar('type', { enum: NOTIFICATION_TYPES }).notNull(),
    channel: varchar('channel', { enum: NOTIFICATION_CHANNELS }).notNull(),
    enabled: boolean('enabled').default(true).notNull(),
    frequency: varchar('frequency', { enum: NOTIFICATION_FREQUENCIES }).default('instant').notNull(),
    mutedUntil: timestamp('muted_until'),
    createdAt: timestamp('created_at').defaultNow(),
    updatedAt: timestamp('updated_at').defaultNow(),
  },
  (table) => [
    legacyForeignKey(table.userId, users.id, 'cascade'),
    uniqueIndex('unique_notification_preference').on(table.userId, table.type, table.channel),
    oneOf(table.type, NOTIFICATION_TYPES),
    oneOf(table.channel, NOTIFICATION_CHANNELS),
    oneOf(table.frequency, NOTIFICATION_FREQUENCIES),
  ],
);

/**
 * An outbound email, from enqueue to the provider's receipt. The address is copied (`to_address`): the email
 * survives its recipient's account (`user_id` set null) and a changed address does not redirect it. The enqueuer
 * names each email (`idempotency_key`, e.g. `password_reset:7:2025-11-02T22:00`), so a retried enqueue sends once;
 * the provider's message id is unique so a delivery webhook finds its row. The worker claims a due row (status
 * `queued`, `next_attempt_at` passed: the partial index) by setting `sending` and `locked_at`, which a reaper uses
 * to requeue rows of a crashed worker; a `sent` row has its time, a `failed` one its error, and attempts never
 * exceed `max_attempts`.
 */
export const emailQueue = pgTable(
  'email_queue',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id'),
    notificationId: integer('notification_id'),
    toAddress: varchar('to_address').notNull(),
    toName: varchar('to_name'),
    templateKey: varchar('template_key').notNull(),
    subject: text('subject').notNull(),
    /** The template's variables. */
    payload: jsonb('payload').default({}).notNull(),
    status: varchar('status', { enum: EMAIL_STATUSES }).default('queued').notNull(),
    attempts: integer('attempts').default(0).notNull(),
    maxAttempts: integer('max_attempts').default(5).notNull(),
    nextAttemptAt: timestamp('next_attempt_at').defaultNow().notNull(),
    lockedAt: timestamp('locked_at'),
    idempotencyKey: varchar('idempotency_key').notNull().unique('email_queue_idempotency_key_unique'),
    /** 'resend', 'sendgrid', 'ses', ... */
    provider: varchar('provider'),
    providerMessageId: varchar('provider_message_id').unique('email_queue_provider_message_id_unique'),
    lastError: text('last_error'),
    sentAt: timestamp('sent_at'),
    createdAt: timestamp('created_at').defaultNow().notNull(),
    updatedAt: timestamp('updated_at').defaultNow(),
  },
  (table) => [
    legacyForeignKey(table.userId, users.id, 'set null'),
    legacyForeignKey(table.notificationId, notifications.id, 'set null'),
    index('email_queue_user_idx').on(table.userId),
    index('email_queue_notification_idx').on(table.notificationId),
    index('email_queue_due_idx').on(table.nextAttemptAt).where(sql`status = 'queued'`),
    index('email_queue_sending_idx').on(table.lockedAt).where(sql`status = 'sending'`),
    formatCheck(table.toAddress, EMAIL),
    formatCheck(table.templateKey, SNAKE_CASE_KEY),
    formatCheck(table.idempotencyKey, EXTERNAL_ID),
    formatCheck(table.providerMessageId, EXTERNAL_ID),
    oneOf(table.status, EMAIL_STATUSES),
    nonNegative(table.attempts),
    positive(table.maxAttempts),
    inOrder(table.attempts, table.maxAttempts),
    requiredWhen(table.lockedAt, table.status, 'sending'),
    onlyWhen(table.lockedAt, table.status, 'sending'),
    requiredWhen(table.sentAt, table.status, 'sent'),
    onlyWhen(table.sentAt, table.status, 'sent'),
    requiredWhen(table.lastError, table.status, 'failed'),
    inOrder(table.createdAt, table.sentAt),
  ],
);
