import {
  allOneOf,
  between,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  HTTP_URL,
  id,
  inOrder,
  nonNegative,
  textEnum,
  textLength,
  timestamps,
  timestamptz,
} from '@db/core';
import { sql } from 'drizzle-orm';
import { index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  RETENTION_DEEP_LINK,
  RETENTION_PUSH_PLATFORMS,
  RETENTION_PUSH_PRIORITIES,
  RETENTION_PUSH_PROVIDERS,
  RETENTION_SEND_STATUSES,
} from '../constants.ts';
import { sendSchedule, sendScheduleChecks } from '../schedule.ts';
import { userRetentionCampaigns } from './user-retention-campaigns.ts';
import { userSegments } from './user-segments.ts';

export type RetentionPushPlatform = (typeof RETENTION_PUSH_PLATFORMS)[number];

/**
 * One push notification send to the app installs of a segment, scheduled in a local time zone, with what the push
 * service reports. Mirrored from the service: (provider, provider campaign id) is the upsert key. Part of a
 * retention campaign (deleted with it) or a one-off; once it has messaged anyone its outreach_messages keep it.
 */
export const pushNotificationCampaigns = domainTable(
  'push_notification_campaigns',
  {
    id: id(),
    retentionCampaignId: uuid().references(() => userRetentionCampaigns.id, {
      onDelete: 'cascade',
      name: 'push_notification_campaigns_retention_campaign_id_fkey',
    }),
    /** The audience; null: the retention campaign's. Archived, not deleted, while used (restrict). */
    segmentId: uuid().references(() => userSegments.id, { onDelete: 'restrict', name: 'push_notification_campaigns_segment_id_fkey' }),
    name: text().notNull(),
    status: textEnum(RETENTION_SEND_STATUSES).notNull().default('draft'),
    provider: textEnum(RETENTION_PUSH_PROVIDERS).notNull(),
    /** The service's id of the send (a OneSignal notification id, a Braze campaign id). */
    providerCampaignId: text(),
    /** When the service last changed it, so a sync applies only newer figures. */
    sourceUpdatedAt: timestamptz(),
    title: text().notNull(),
    body: text().notNull(),
    /** Where a tap leads: an app route (equineapp://horses/...) or a web page. */
    deepLinkUrl: text(),
    /** A rich notification's picture. */
    imageUrl: text(),
    /** The platforms sent to; empty: every platform. */
    platforms: text().$type<RetentionPushPlatform>().array().notNull().default(sql`'{}'::text[]`),
    priority: textEnum(RETENTION_PUSH_PRIORITIES).notNull().default('normal'),
    /** How long the service keeps trying an offline device; FCM keeps at most 28 days. */
    ttlSeconds: integer(),
    ...sendSchedule(),
    /** Devices (app installs) the send was addressed to. */
    targetedDeviceCount: integer().notNull().default(0),
    deliveredCount: integer().notNull().default(0),
    /** Notifications tapped. */
    openCount: integer().notNull().default(0),
    failedCount: integer().notNull().default(0),
    /** Tokens the service reported as unregistered (app removed): those devices are dropped. */
    invalidTokenCount: integer().notNull().default(0),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('push_notification_campaigns_provider_campaign_id_key').on(t.provider, t.providerCampaignId),
    index('push_notification_campaigns_retention_campaign_id_idx').on(t.retentionCampaignId),
    index('push_notification_campaigns_segment_id_idx').on(t.segmentId),
    index('push_notification_campaigns_scheduled_idx').on(t.scheduledAt).where(sql`${t.status} = 'scheduled'`),
    formatCheck(t.providerCampaignId, EXTERNAL_ID),
    // A push title is a line on a lock screen; the whole payload is at most 4 KB (APNs, FCM).
    textLength(t.title, { min: 1, max: 250 }),
    textLength(t.body, { min: 1, max: 4000 }),
    formatCheck(t.deepLinkUrl, RETENTION_DEEP_LINK),
    formatCheck(t.imageUrl, HTTP_URL),
    allOneOf(t.platforms, RETENTION_PUSH_PLATFORMS),
    between(t.ttlSeconds, 0, 2419200),
    ...sendScheduleChecks(t),
    nonNegative(t.targetedDeviceCount),
    nonNegative(t.deliveredCount),
    nonNegative(t.openCount),
    nonNegative(t.failedCount),
    nonNegative(t.invalidTokenCount),
    inOrder(t.deliveredCount, t.targetedDeviceCount, {
      name: 'push_notification_campaigns_targeted_delivered_check',
      message: 'must be at least deliveredCount',
    }),
  ],
);
