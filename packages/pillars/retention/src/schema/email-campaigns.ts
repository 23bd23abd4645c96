import {
  domainTable,
  EMAIL,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  nonNegative,
  SNAKE_CASE_KEY,
  textEnum,
  textLength,
  timestamps,
  timestamptz,
} from '@db/core';
import { sql } from 'drizzle-orm';
import { index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { RETENTION_EMAIL_PROVIDERS, RETENTION_SEND_STATUSES } from '../constants.ts';
import { sendSchedule, sendScheduleChecks } from '../schedule.ts';
import { userRetentionCampaigns } from './user-retention-campaigns.ts';
import { userSegments } from './user-segments.ts';

/**
 * One email send (a newsletter, a win-back email) to a segment, scheduled in a local time zone, with the figures
 * the email service provider reports. Mirrored from the provider: (provider, provider campaign id) is the upsert
 * key of its stats sync. Part of a retention campaign (deleted with it) or a one-off; once it has messaged anyone
 * its outreach_messages keep it (restrict).
 */
export const emailCampaigns = domainTable(
  'email_campaigns',
  {
    id: id(),
    retentionCampaignId: uuid().references(() => userRetentionCampaigns.id, { onDelete: 'cascade', name: 'email_campaigns_retention_campaign_id_fkey' }),
    /** The audience; null: the retention campaign's. Archived, not deleted, while used (restrict). */
    segmentId: uuid().references(() => userSegments.id, { onDelete: 'restrict' }),
    name: text().notNull(),
    status: textEnum(RETENTION_SEND_STATUSES).notNull().default('draft'),
    provider: textEnum(RETENTION_EMAIL_PROVIDERS).notNull(),
    /** The provider's id of the campaign or single send (Mailchimp campaign id, SendGrid single send id). */
    providerCampaignId: text(),
    /** When the provider last changed it (its stats), so a sync applies only newer figures. */
    sourceUpdatedAt: timestamptz(),
    /** RFC 5322 allows 998 characters a line; inboxes show about 60. */
    subjectLine: text().notNull(),
    /** The preview text inboxes show after the subject. */
    preheader: text(),
    fromName: text().notNull(),
    fromEmail: text().notNull(),
    /** The template at the provider or in the platform, e.g. spring_win_back_v2. */
    templateKey: text(),
    ...sendSchedule(),
    sentCount: integer().notNull().default(0),
    deliveredCount: integer().notNull().default(0),
    /** Unique opens (machine opens, such as Apple Mail Privacy Protection, included as the provider counts them). */
    uniqueOpenCount: integer().notNull().default(0),
    uniqueClickCount: integer().notNull().default(0),
    bounceCount: integer().notNull().default(0),
    unsubscribeCount: integer().notNull().default(0),
    /** Spam complaints (feedback loops): each one suppresses that user for marketing email. */
    complaintCount: integer().notNull().default(0),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('email_campaigns_provider_campaign_id_key').on(t.provider, t.providerCampaignId),
    index('email_campaigns_retention_campaign_id_idx').on(t.retentionCampaignId),
    index('email_campaigns_segment_id_idx').on(t.segmentId),
    // The scheduler's queue.
    index('email_campaigns_scheduled_idx').on(t.scheduledAt).where(sql`${t.status} = 'scheduled'`),
    formatCheck(t.providerCampaignId, EXTERNAL_ID),
    textLength(t.subjectLine, { min: 1, max: 998 }),
    formatCheck(t.fromEmail, EMAIL),
    formatCheck(t.templateKey, SNAKE_CASE_KEY),
    ...sendScheduleChecks(t),
    nonNegative(t.sentCount),
    nonNegative(t.deliveredCount),
    nonNegative(t.uniqueOpenCount),
    nonNegative(t.uniqueClickCount),
    nonNegative(t.bounceCount),
    nonNegative(t.unsubscribeCount),
    nonNegative(t.complaintCount),
    inOrder(t.deliveredCount, t.sentCount, { name: 'email_campaigns_sent_delivered_check', message: 'must be at least deliveredCount' }),
  ],
);
