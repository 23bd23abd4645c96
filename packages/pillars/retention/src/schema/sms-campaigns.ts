import {
  currency,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  money,
  nonNegative,
  positive,
  textEnum,
  textLength,
  timestamps,
  timestamptz,
} from '@db/core';
import { sql } from 'drizzle-orm';
import { boolean, index, integer, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { RETENTION_SEND_STATUSES, RETENTION_SMS_ENCODINGS, RETENTION_SMS_PROVIDERS, RETENTION_SMS_SENDER } from '../constants.ts';
import { sendSchedule, sendScheduleChecks } from '../schedule.ts';
import { userRetentionCampaigns } from './user-retention-campaigns.ts';
import { userSegments } from './user-segments.ts';

/**
 * One SMS send to a segment, scheduled in a local time zone (and never inside a recipient's quiet hours), with
 * what the gateway reports and what it cost. Mirrored from the gateway: (provider, provider campaign id) is the
 * upsert key. Part of a retention campaign (deleted with it) or a one-off; once it has messaged anyone its
 * outreach_messages keep it (restrict).
 */
export const smsCampaigns = domainTable(
  'sms_campaigns',
  {
    id: id(),
    retentionCampaignId: uuid().references(() => userRetentionCampaigns.id, { onDelete: 'cascade', name: 'sms_campaigns_retention_campaign_id_fkey' }),
    /** The audience; null: the retention campaign's. Archived, not deleted, while used (restrict). */
    segmentId: uuid().references(() => userSegments.id, { onDelete: 'restrict' }),
    name: text().notNull(),
    status: textEnum(RETENTION_SEND_STATUSES).notNull().default('draft'),
    provider: textEnum(RETENTION_SMS_PROVIDERS).notNull(),
    /** The gateway's id of the bulk send (a Twilio Messaging Service notification id, an Esendex batch id). */
    providerCampaignId: text(),
    /** When the gateway last changed it, so a sync applies only newer figures. */
    sourceUpdatedAt: timestamptz(),
    /** What the phone shows as the sender: an alphanumeric sender ID (CurraghVets), a short code or a number. */
    senderId: text().notNull(),
    /** Up to 1,600 characters (10 concatenated GSM segments), opt-out instructions included. */
    messageBody: text().notNull(),
    encoding: textEnum(RETENTION_SMS_ENCODINGS).notNull().default('gsm_7'),
    /** Segments each message is billed as (160 GSM or 70 UCS-2 characters for one, fewer each when concatenated). */
    segmentsPerMessage: smallint().notNull().default(1),
    /** Marketing SMS carry "Reply STOP to opt out"; service messages may not. */
    includesOptOut: boolean().notNull().default(true),
    /** What the gateway charged for the whole send. */
    totalCost: money(),
    currency: currency(),
    ...sendSchedule(),
    sentCount: integer().notNull().default(0),
    deliveredCount: integer().notNull().default(0),
    failedCount: integer().notNull().default(0),
    /** Recipients who replied STOP: each one is suppressed for marketing SMS from then on. */
    optOutCount: integer().notNull().default(0),
    /** Clicks on the message's shortened link. */
    clickCount: integer().notNull().default(0),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('sms_campaigns_provider_campaign_id_key').on(t.provider, t.providerCampaignId),
    index('sms_campaigns_retention_campaign_id_idx').on(t.retentionCampaignId),
    index('sms_campaigns_segment_id_idx').on(t.segmentId),
    index('sms_campaigns_scheduled_idx').on(t.scheduledAt).where(sql`${t.status} = 'scheduled'`),
    formatCheck(t.providerCampaignId, EXTERNAL_ID),
    formatCheck(t.senderId, RETENTION_SMS_SENDER),
    textLength(t.messageBody, { min: 1, max: 1600 }),
    positive(t.segmentsPerMessage),
    nonNegative(t.totalCost),
    ...sendScheduleChecks(t),
    nonNegative(t.sentCount),
    nonNegative(t.deliveredCount),
    nonNegative(t.failedCount),
    nonNegative(t.optOutCount),
    nonNegative(t.clickCount),
    inOrder(t.deliveredCount, t.sentCount, { name: 'sms_campaigns_sent_delivered_check', message: 'must be at least deliveredCount' }),
  ],
);
