import { between, differ, domainTable, id, inOrder, positive, requiredWith, textEnum, timestamps, together } from '@db/core';
import { userRetentionCampaigns } from '@db/retention/tables';
import { boolean, index, integer, numeric, smallint, time, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  REENGAGEMENT_CHANNELS,
  REENGAGEMENT_LIFECYCLE_STAGES,
  REENGAGEMENT_MESSAGE_THEMES,
  REENGAGEMENT_RETURN_ACTIVITIES,
} from '../constants.ts';

/**
 * The re-engagement settings of a retention programme: a 1:1 extension of @db/retention's
 * `user_retention_campaigns` (which keeps the objective, audience, dates, holdout, frequency cap and budget; its
 * automations are `re_engagement_triggers`, its sends the channel campaigns). What a re-engagement journey adds:
 * the inactivity window it works on, what counts as coming back and within how long, the journey's channels,
 * steps and theme, the local quiet hours, and the reactivation rate it aims for. Part of its campaign (cascade).
 */
export const reEngagementCampaigns = domainTable(
  're_engagement_campaigns',
  {
    id: id(),
    retentionCampaignId: uuid()
      .notNull()
      .references(() => userRetentionCampaigns.id, { onDelete: 'cascade', name: 're_engagement_campaigns_retention_campaign_id_fkey' }),
    /** A user enters the journey after this many days without activity. */
    inactivityThresholdDays: integer().notNull(),
    /** Past this many days the user is a win-back case, not a re-engagement one; null: no upper bound. */
    maxInactivityDays: integer(),
    /** The lifecycle stage the journey works on. */
    targetStage: textEnum(REENGAGEMENT_LIFECYCLE_STAGES).notNull().default('dormant'),
    /** What counts as the user coming back. */
    returnActivity: textEnum(REENGAGEMENT_RETURN_ACTIVITIES).notNull().default('session'),
    /** A return within this many days of the first message is credited to the campaign. */
    attributionWindowDays: integer().notNull().default(30),
    primaryChannel: textEnum(REENGAGEMENT_CHANNELS).notNull(),
    /** Tried when the primary channel gets no open or click within `fallbackAfterHours`. */
    fallbackChannel: textEnum(REENGAGEMENT_CHANNELS),
    fallbackAfterHours: integer(),
    messageTheme: textEnum(REENGAGEMENT_MESSAGE_THEMES).notNull(),
    /** Messages in the journey; the user leaves it on returning or after the last. */
    journeySteps: smallint().notNull().default(3),
    stepIntervalDays: smallint().notNull().default(7),
    /** Name the user's own horses in the messages ("Whisper's booster is due"). */
    personaliseWithHorses: boolean().notNull().default(true),
    /** The reactivation rate aimed for, in the journey's audience. */
    targetReactivationPercent: numeric({ precision: 5, scale: 2 }),
    /** No sends between these local times (in each recipient's zone); may wrap midnight (21:00 to 08:00). */
    quietHoursStart: time(),
    quietHoursEnd: time(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('re_engagement_campaigns_retention_campaign_id_key').on(t.retentionCampaignId),
    // The journey builder's question: which campaigns take users at this inactivity, by stage.
    index('re_engagement_campaigns_stage_threshold_idx').on(t.targetStage, t.inactivityThresholdDays),
    positive(t.inactivityThresholdDays),
    inOrder(t.inactivityThresholdDays, t.maxInactivityDays, {
      name: 're_engagement_campaigns_inactivity_window_check',
      message: 'must not be below inactivityThresholdDays',
    }),
    positive(t.attributionWindowDays),
    differ(t.primaryChannel, t.fallbackChannel, { name: 're_engagement_campaigns_fallback_differs_check', message: 'must differ from primaryChannel' }),
    requiredWith(t.fallbackAfterHours, t.fallbackChannel, { name: 're_engagement_campaigns_fallback_after_check' }),
    positive(t.fallbackAfterHours),
    between(t.journeySteps, 1, 12),
    positive(t.stepIntervalDays),
    between(t.targetReactivationPercent, 0, 100),
    together(t.quietHoursStart, t.quietHoursEnd, {
      name: 're_engagement_campaigns_quiet_hours_check',
      message: 'quietHoursStart and quietHoursEnd are given together or not at all',
    }),
  ],
);
