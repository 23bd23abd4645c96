import {
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  nonNegative,
  onlyWhen,
  requiredWhen,
  requiredWith,
  textEnum,
  timestamps,
  timestamptz,
} from '@db/core';
import { notifications } from '@db/social/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  RETENTION_BOUNCE_TYPES,
  RETENTION_CHANNELS,
  RETENTION_CONSENT_BASES,
  RETENTION_DELIVERY_PROVIDERS,
  RETENTION_MESSAGE_STATUSES,
  RETENTION_SUPPRESSION_REASONS,
} from '../constants.ts';
import { emailCampaigns } from './email-campaigns.ts';
import { personalizedOffers } from './personalized-offers.ts';
import { pushNotificationCampaigns } from './push-notification-campaigns.ts';
import { reEngagementTriggers } from './re-engagement-triggers.ts';
import { smsCampaigns } from './sms-campaigns.ts';
import { userRetentionCampaigns } from './user-retention-campaigns.ts';

/**
 * The per-user outreach record: one message to one user on one channel, from a channel campaign or a trigger, with
 * the lawful basis it relied on and what became of it. Suppression is decided before sending and recorded: a user
 * who unsubscribed, complained, hard-bounced or never consented gets a `suppressed` row with its reason, never a
 * message. Delivery providers' webhooks upsert on (provider, provider message id); `sourceUpdatedAt` keeps a late,
 * out-of-order event from rolling the row back. Their events, one by one: outreach_events.
 *
 * An `in_app` message is delivered into the user's notification inbox, owned by @db/social: `notificationId` is the
 * inbox entry it created (only on in_app messages). The inbox entry is the recipient's to delete; the outreach
 * record stays and loses the link (set null).
 *
 * Evidence that outreach respected consent: the row is kept when its user is erased, pointing at the anonymised
 * profile (restrict), as are the campaigns it came from; it holds ids, never the address or the text sent.
 */
export const outreachMessages = domainTable(
  'outreach_messages',
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'restrict' }),
    channel: textEnum(RETENTION_CHANNELS).notNull(),
    retentionCampaignId: uuid().references(() => userRetentionCampaigns.id, {
      onDelete: 'restrict',
      name: 'outreach_messages_retention_campaign_id_fkey',
    }),
    emailCampaignId: uuid().references(() => emailCampaigns.id, { onDelete: 'restrict' }),
    smsCampaignId: uuid().references(() => smsCampaigns.id, { onDelete: 'restrict' }),
    pushCampaignId: uuid().references(() => pushNotificationCampaigns.id, { onDelete: 'restrict', name: 'outreach_messages_push_campaign_id_fkey' }),
    /** The automation that fired it: provenance, unset if the trigger is deleted. */
    triggerId: uuid().references(() => reEngagementTriggers.id, { onDelete: 'set null' }),
    /** The offer it carried: unset if the offer is deleted. */
    offerId: uuid().references(() => personalizedOffers.id, { onDelete: 'set null' }),
    /**
     * The notification inbox entry an in_app message created (@db/social's `notifications`, delivered with source
     * outreach_campaign); unset if the entry is deleted. Null on other channels and before delivery.
     */
    notificationId: uuid().references(() => notifications.id, { onDelete: 'set null' }),
    /** Null for in-app messages and for those suppressed before a provider was chosen. */
    provider: textEnum(RETENTION_DELIVERY_PROVIDERS),
    /** The provider's id of the message (SendGrid X-Message-Id, Twilio SM..., an FCM message id): the webhook key. */
    providerMessageId: text(),
    /** When the provider last changed the row (the latest webhook event applied). */
    sourceUpdatedAt: timestamptz(),
    consentBasis: textEnum(RETENTION_CONSENT_BASES).notNull(),
    /** When the consent relied on was given (the marketing opt-in), for explicit_opt_in. */
    consentGivenAt: timestamptz(),
    status: textEnum(RETENTION_MESSAGE_STATUSES).notNull().default('queued'),
    suppressionReason: textEnum(RETENTION_SUPPRESSION_REASONS),
    bounceType: textEnum(RETENTION_BOUNCE_TYPES),
    queuedAt: timestamptz().notNull().defaultNow(),
    /** Handed to the provider. */
    sentAt: timestamptz(),
    deliveredAt: timestamptz(),
    firstOpenedAt: timestamptz(),
    firstClickedAt: timestamptz(),
    /** The user unsubscribed through this message (its link, List-Unsubscribe, a STOP reply). */
    unsubscribedAt: timestamptz(),
    /** The user marked it as spam (a feedback-loop report). */
    complainedAt: timestamptz(),
    openCount: integer().notNull().default(0),
    clickCount: integer().notNull().default(0),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('outreach_messages_provider_message_id_key').on(t.provider, t.providerMessageId),
    index('outreach_messages_user_id_idx').on(t.userId, t.queuedAt),
    index('outreach_messages_retention_campaign_id_idx').on(t.retentionCampaignId),
    index('outreach_messages_email_campaign_id_idx').on(t.emailCampaignId),
    index('outreach_messages_sms_campaign_id_idx').on(t.smsCampaignId),
    index('outreach_messages_push_campaign_id_idx').on(t.pushCampaignId),
    // A trigger's cooldown: when it last fired for this user.
    index('outreach_messages_trigger_id_idx').on(t.triggerId, t.userId, t.queuedAt),
    index('outreach_messages_offer_id_idx').on(t.offerId),
    index('outreach_messages_notification_id_idx').on(t.notificationId),
    // The sender's queue.
    index('outreach_messages_queued_idx').on(t.queuedAt).where(sql`${t.status} = 'queued'`),
    // The suppression check before every send: has this user opted out of this channel through a message?
    index('outreach_messages_opted_out_idx')
      .on(t.userId, t.channel)
      .where(sql`${t.unsubscribedAt} is not null or ${t.complainedAt} is not null`),
    onlyWhen(t.emailCampaignId, t.channel, 'email'),
    onlyWhen(t.smsCampaignId, t.channel, 'sms'),
    onlyWhen(t.pushCampaignId, t.channel, 'push'),
    onlyWhen(t.notificationId, t.channel, 'in_app'),
    formatCheck(t.providerMessageId, EXTERNAL_ID),
    requiredWith(t.provider, t.providerMessageId, { name: 'outreach_messages_provider_message_check' }),
    // Only a message handed to a provider has the provider's id.
    requiredWith(t.sentAt, t.providerMessageId, { name: 'outreach_messages_sent_at_check' }),
    requiredWhen(t.sentAt, t.status, 'sent', { name: 'outreach_messages_sent_status_check' }),
    requiredWhen(t.deliveredAt, t.status, 'delivered', { name: 'outreach_messages_delivered_status_check' }),
    requiredWhen(t.consentGivenAt, t.consentBasis, 'explicit_opt_in', { name: 'outreach_messages_consent_given_at_check' }),
    requiredWhen(t.suppressionReason, t.status, 'suppressed', { name: 'outreach_messages_suppressed_reason_check' }),
    onlyWhen(t.suppressionReason, t.status, 'suppressed', { name: 'outreach_messages_suppressed_status_check' }),
    requiredWhen(t.bounceType, t.status, 'bounced', { name: 'outreach_messages_bounced_type_check' }),
    inOrder(t.queuedAt, t.sentAt, { name: 'outreach_messages_sent_after_queued_check', message: 'must not be before queuedAt' }),
    nonNegative(t.openCount),
    nonNegative(t.clickCount),
  ],
);
