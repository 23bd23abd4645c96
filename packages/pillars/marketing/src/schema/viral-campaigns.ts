import {
  currency,
  domainTable,
  formatCheck,
  id,
  inOrder,
  money,
  nonNegative,
  positive,
  requiredWith,
  SLUG,
  textEnum,
  timestamps,
  timestamptz,
} from '@db/core';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { index, integer, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { MARKETING_CAMPAIGN_STATUSES, MARKETING_CAMPAIGN_TYPES, MARKETING_HASHTAG } from '../constants.ts';
import { referralPrograms } from './referral-programs.ts';

/**
 * A growth campaign (share to win, a photo contest, a referral push before the Dublin Horse Show) with its
 * K-factor style figures, recomputed by the metrics job from viral_loop_tracking and social_shares: invites sent
 * per seed user times their conversion gives `kFactor` (above 1, each cohort brings a larger one), and the viral
 * cycle time is the mean time from an invite to the invitee's own first invite. `code` is the natural key.
 */
export const viralCampaigns = domainTable(
  'viral_campaigns',
  {
    id: id(),
    /** Machine code, e.g. dhs-2024-share-to-win; UTM campaign values and links use it. */
    code: text().notNull(),
    name: text().notNull(),
    campaignType: textEnum(MARKETING_CAMPAIGN_TYPES).notNull(),
    status: textEnum(MARKETING_CAMPAIGN_STATUSES).notNull().default('draft'),
    /** The programme whose rewards the campaign promotes, if any. */
    referralProgramId: uuid().references(() => referralPrograms.id, { onDelete: 'set null' }),
    /** Who set it up: provenance, nulled when that user is erased. */
    createdByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    startsAt: timestamptz().notNull(),
    endsAt: timestamptz(),
    budgetAmount: money(),
    currency: currency(),
    /** Without #, e.g. HorsesOfIreland. */
    hashtag: text(),
    /** Users who started the loop (the first cohort). */
    seedUserCount: integer().notNull().default(0),
    invitesSentCount: integer().notNull().default(0),
    /** Invitees who signed up (accepted an invite or followed a share). */
    conversionCount: integer().notNull().default(0),
    /** Measured: new users per existing user per cycle. */
    kFactor: numeric({ precision: 6, scale: 3 }),
    viralCycleTimeHours: numeric({ precision: 8, scale: 2 }),
    /** When the figures above were last computed. */
    metricsComputedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('viral_campaigns_code_key').on(t.code),
    index('viral_campaigns_referral_program_id_idx').on(t.referralProgramId),
    index('viral_campaigns_created_by_user_id_idx').on(t.createdByUserId),
    /** The metrics job's and the app's list: running campaigns by end time. */
    index('viral_campaigns_active_idx')
      .on(t.endsAt)
      .where(sql`${t.status} = 'active'`),
    formatCheck(t.code, SLUG),
    formatCheck(t.hashtag, MARKETING_HASHTAG),
    inOrder(t.startsAt, t.endsAt, { strict: true, name: 'viral_campaigns_ends_at_check', message: 'must be after the start' }),
    nonNegative(t.budgetAmount),
    nonNegative(t.seedUserCount),
    nonNegative(t.invitesSentCount),
    nonNegative(t.conversionCount),
    nonNegative(t.kFactor),
    positive(t.viralCycleTimeHours),
    // A measured K-factor says when it was measured.
    requiredWith(t.metricsComputedAt, t.kFactor, { name: 'viral_campaigns_metrics_computed_at_check' }),
  ],
);
