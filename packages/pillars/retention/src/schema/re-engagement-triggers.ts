import {
  between,
  domainTable,
  formatCheck,
  id,
  inOrder,
  nonNegative,
  positive,
  requiredWhen,
  SNAKE_CASE_KEY,
  textEnum,
  timestamps,
  timestamptz,
} from '@db/core';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { boolean, index, integer, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { RETENTION_CHANNELS, RETENTION_TRIGGER_TYPES } from '../constants.ts';
import { userRetentionCampaigns } from './user-retention-campaigns.ts';
import { userSegments } from './user-segments.ts';

/**
 * An automation of a retention campaign: when a user meets its condition (no sign-in for 45 days, a barn plan
 * renewing in 7 days, a churn score above 0.7), the user enters the campaign's journey and is sent a message on
 * `channel`. Each type carries the threshold it needs. A trigger does not fire again for the same user within
 * `cooldownDays`, nor more than `maxFiresPerUser` times; its messages point back at it (outreach_messages).
 * Part of its campaign: deleted with it.
 */
export const reEngagementTriggers = domainTable(
  're_engagement_triggers',
  {
    id: id(),
    /** Stable snake_case key, e.g. inactive_45_days_owner. */
    key: text().notNull(),
    name: text().notNull(),
    triggerType: textEnum(RETENTION_TRIGGER_TYPES).notNull(),
    retentionCampaignId: uuid()
      .notNull()
      .references(() => userRetentionCampaigns.id, { onDelete: 'cascade', name: 're_engagement_triggers_retention_campaign_id_fkey' }),
    /** Narrows who can fire it (beyond the campaign's audience). Archived, not deleted, while used (restrict). */
    segmentId: uuid().references(() => userSegments.id, { onDelete: 'restrict' }),
    channel: textEnum(RETENTION_CHANNELS).notNull().default('email'),
    /** For `inactivity`: days without a session. */
    inactivityDays: integer(),
    /** For `subscription_expiring` and `trial_ending`: days before the renewal or the trial's end. */
    daysBeforeEvent: integer(),
    /** For `churn_risk`: the score (0..1) at or above which it fires. */
    churnScoreThreshold: numeric({ precision: 5, scale: 4 }),
    /** No second firing for the same user within this many days. */
    cooldownDays: integer().notNull().default(30),
    /** Null: no limit. */
    maxFiresPerUser: integer(),
    isActive: boolean().notNull().default(true),
    activeFrom: timestamptz(),
    activeUntil: timestamptz(),
    lastEvaluatedAt: timestamptz(),
    /** Firings so far, all users together. */
    fireCount: integer().notNull().default(0),
    /** Who set it up: a credit, unset when that user is erased. */
    createdByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null', name: 're_engagement_triggers_created_by_user_id_fkey' }),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('re_engagement_triggers_key_key').on(t.key),
    index('re_engagement_triggers_retention_campaign_id_idx').on(t.retentionCampaignId),
    index('re_engagement_triggers_segment_id_idx').on(t.segmentId),
    index('re_engagement_triggers_created_by_user_id_idx').on(t.createdByUserId),
    // The evaluator's work list: active triggers by type.
    index('re_engagement_triggers_active_idx').on(t.triggerType).where(sql`${t.isActive}`),
    formatCheck(t.key, SNAKE_CASE_KEY),
    positive(t.inactivityDays),
    nonNegative(t.daysBeforeEvent),
    between(t.churnScoreThreshold, 0, 1),
    nonNegative(t.cooldownDays),
    positive(t.maxFiresPerUser),
    nonNegative(t.fireCount),
    requiredWhen(t.inactivityDays, t.triggerType, 'inactivity', { name: 're_engagement_triggers_inactivity_threshold_check' }),
    requiredWhen(t.daysBeforeEvent, t.triggerType, 'subscription_expiring', { name: 're_engagement_triggers_renewal_days_check' }),
    requiredWhen(t.daysBeforeEvent, t.triggerType, 'trial_ending', { name: 're_engagement_triggers_trial_days_check' }),
    requiredWhen(t.churnScoreThreshold, t.triggerType, 'churn_risk', { name: 're_engagement_triggers_churn_threshold_check' }),
    inOrder(t.activeFrom, t.activeUntil, { strict: true, name: 're_engagement_triggers_active_until_check', message: 'must be after activeFrom' }),
  ],
);
