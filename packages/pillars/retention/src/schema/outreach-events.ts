import {
  createdAt,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  onlyWhen,
  requiredWhen,
  textEnum,
  timestamptz,
} from '@db/core';
import { userProfiles } from '@db/users/tables';
import { index, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  RETENTION_BOUNCE_TYPES,
  RETENTION_CHANNELS,
  RETENTION_CLICKED_LINK,
  RETENTION_DELIVERY_PROVIDERS,
  RETENTION_EVENT_TYPES,
} from '../constants.ts';
import { outreachMessages } from './outreach-messages.ts';

/**
 * What delivery providers reported about outreach messages, one row per webhook event (delivered, opened, clicked,
 * bounced, unsubscribed, complained), as received: the evidence behind each message's state and behind every
 * suppression (an unsubscribe or a spam complaint). Append-only: the database refuses UPDATE and DELETE
 * (`retentionDatabaseObjects`), so its foreign keys restrict. A redelivered webhook is a no-op: (provider,
 * provider event id) is unique (SendGrid's sg_event_id; for providers without event ids, such as Twilio status
 * callbacks, the message id and the status, e.g. SM...:delivered). It holds ids and provider codes, never an
 * address, a phone number, an IP or a provider's free-text reason (bounce texts quote the address).
 */
export const outreachEvents = domainTable(
  'outreach_events',
  {
    id: id(),
    messageId: uuid()
      .notNull()
      .references(() => outreachMessages.id, { onDelete: 'restrict' }),
    /** The message's user, copied (an id) so the suppression check reads opt-outs by user and channel. */
    userId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'restrict' }),
    channel: textEnum(RETENTION_CHANNELS).notNull(),
    eventType: textEnum(RETENTION_EVENT_TYPES).notNull(),
    provider: textEnum(RETENTION_DELIVERY_PROVIDERS).notNull(),
    providerEventId: text().notNull(),
    /** When it happened at the provider (not when the webhook arrived: created_at). */
    occurredAt: timestamptz().notNull(),
    /** For clicks: the link's target (tracking redirect resolved), without its query string. */
    clickedUrl: text(),
    bounceType: textEnum(RETENTION_BOUNCE_TYPES),
    /** The provider's status or error code: an SMTP reply (550 5.1.1), a Twilio error (30003), an FCM error. */
    providerStatusCode: text(),
    ...createdAt(),
  },
  (t) => [
    uniqueIndex('outreach_events_provider_event_id_key').on(t.provider, t.providerEventId),
    index('outreach_events_message_id_idx').on(t.messageId, t.occurredAt),
    index('outreach_events_user_id_idx').on(t.userId, t.channel, t.occurredAt),
    formatCheck(t.providerEventId, EXTERNAL_ID),
    formatCheck(t.clickedUrl, RETENTION_CLICKED_LINK),
    onlyWhen(t.clickedUrl, t.eventType, 'clicked', { name: 'outreach_events_clicked_url_check' }),
    onlyWhen(t.bounceType, t.eventType, 'bounced', { name: 'outreach_events_bounce_only_check' }),
    requiredWhen(t.bounceType, t.eventType, 'bounced', { name: 'outreach_events_bounce_required_check' }),
  ],
);
