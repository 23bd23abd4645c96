import {
  between,
  currency,
  differ,
  domainTable,
  formatCheck,
  IANA_TIME_ZONE,
  id,
  inOrder,
  money,
  nonNegative,
  positive,
  requiredWhen,
  SNAKE_CASE_KEY,
  textEnum,
  timestamps,
  timestamptz,
} from '@db/core';
import { vetPractices } from '@db/providers/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { date, index, numeric, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { RETENTION_CAMPAIGN_OBJECTIVES, RETENTION_CAMPAIGN_STATUSES } from '../constants.ts';
import { userSegments } from './user-segments.ts';

/**
 * A retention programme: why it runs (win back lapsed owners, renew barn plans), whom it targets and whom it must
 * never message, its dates in its local time zone, its control group and budget. Its sends are the channel
 * campaigns (email_campaigns, sms_campaigns, push_notification_campaigns), its automations the
 * re_engagement_triggers, its per-user record the outreach_messages. Run by the platform, or by a vet practice for
 * its own clients (then deleted with the practice, unless it has messaged anyone: outreach_messages restrict).
 */
export const userRetentionCampaigns = domainTable(
  'user_retention_campaigns',
  {
    id: id(),
    /** Stable snake_case key, e.g. spring_2025_lapsed_owner_win_back. */
    key: text().notNull(),
    name: text().notNull(),
    description: text(),
    objective: textEnum(RETENTION_CAMPAIGN_OBJECTIVES).notNull(),
    status: textEnum(RETENTION_CAMPAIGN_STATUSES).notNull().default('draft'),
    /** The practice running it for its clients; null for the platform's own programmes. */
    practiceId: uuid().references(() => vetPractices.id, { onDelete: 'cascade' }),
    /** The audience. A segment a campaign used is archived, not deleted (restrict). */
    segmentId: uuid().references(() => userSegments.id, { onDelete: 'restrict' }),
    /** Never message these (bereaved owners, complainants, staff), whatever the audience says. */
    suppressionSegmentId: uuid().references(() => userSegments.id, {
      onDelete: 'restrict',
      name: 'user_retention_campaigns_suppression_segment_id_fkey',
    }),
    /** The marketer responsible: a credit, unset when that user is erased. */
    ownerUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null', name: 'user_retention_campaigns_owner_user_id_fkey' }),
    /** IANA zone the campaign's dates are in, e.g. Europe/Dublin. */
    timeZone: text().notNull().default('UTC'),
    startsOn: date(),
    /** Last day, included. */
    endsOn: date(),
    /** Share of the audience held back as a control group. */
    holdoutPercent: numeric({ precision: 5, scale: 2 }).notNull().default('0.00'),
    /** At most this many messages a week per user across the campaign's channels. */
    frequencyCapPerWeek: smallint(),
    budgetAmount: money(),
    currency: currency(),
    /** The retention rate the campaign aims for, in its audience, at the end. */
    targetRetentionPercent: numeric({ precision: 5, scale: 2 }),
    launchedAt: timestamptz(),
    completedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('user_retention_campaigns_key_key').on(t.key),
    index('user_retention_campaigns_practice_id_idx').on(t.practiceId),
    index('user_retention_campaigns_segment_id_idx').on(t.segmentId),
    index('user_retention_campaigns_suppression_segment_id_idx').on(t.suppressionSegmentId),
    index('user_retention_campaigns_owner_user_id_idx').on(t.ownerUserId),
    // The running programmes, by end date.
    index('user_retention_campaigns_running_idx').on(t.endsOn).where(sql`${t.status} in ('scheduled', 'active', 'paused')`),
    formatCheck(t.key, SNAKE_CASE_KEY),
    formatCheck(t.timeZone, IANA_TIME_ZONE),
    inOrder(t.startsOn, t.endsOn, { name: 'user_retention_campaigns_ends_on_check', message: 'must not be before startsOn' }),
    differ(t.segmentId, t.suppressionSegmentId, {
      name: 'user_retention_campaigns_suppression_check',
      message: 'must differ from segmentId (the audience)',
    }),
    between(t.holdoutPercent, 0, 100),
    positive(t.frequencyCapPerWeek),
    nonNegative(t.budgetAmount),
    between(t.targetRetentionPercent, 0, 100),
    requiredWhen(t.launchedAt, t.status, 'active', { name: 'user_retention_campaigns_launched_at_check' }),
    requiredWhen(t.completedAt, t.status, 'completed', { name: 'user_retention_campaigns_completed_at_check' }),
    inOrder(t.launchedAt, t.completedAt, { name: 'user_retention_campaigns_completed_after_launch_check', message: 'must not be before launchedAt' }),
  ],
);
