import {
  currency,
  domainTable,
  formatCheck,
  HTTP_URL,
  id,
  inOrder,
  money,
  onlyWhen,
  positive,
  range,
  requiredWhen,
  SLUG,
  textEnum,
  timestamps,
} from '@db/core';
import { vetPractices } from '@db/providers/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { date, index, integer, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  MARKETING_QUALIFYING_EVENTS,
  MARKETING_REFERRAL_PROGRAM_STATUSES,
  MARKETING_REWARD_TYPES,
} from '../constants.ts';

/**
 * A refer-a-friend programme: what the referred person must do (the qualifying event, within a
 * window), and the reward rule on each side: nothing, a fixed amount in the programme's currency, or a percentage
 * off. Run by the platform, or by a practice or yard for its own clients (`sponsorPracticeId`). `code` is the
 * natural key. A programme is ended, not deleted: referrals point at it (restrict).
 */
export const referralPrograms = domainTable(
  'referral_programs',
  {
    id: id(),
    /** Machine code, e.g. refer-a-yard-2024: the natural key campaigns and links use. */
    code: text().notNull(),
    name: text().notNull(),
    status: textEnum(MARKETING_REFERRAL_PROGRAM_STATUSES).notNull().default('draft'),
    /** A practice's (or yard's) own programme for its clients; null for the platform's. Goes with the practice. */
    sponsorPracticeId: uuid().references(() => vetPractices.id, { onDelete: 'cascade' }),
    /** Who set it up: provenance, nulled when that user is erased. */
    createdByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    qualifyingEvent: textEnum(MARKETING_QUALIFYING_EVENTS).notNull().default('signup'),
    /** Days after signing up within which the qualifying event must happen; null: no limit. */
    qualificationWindowDays: integer(),
    /** The reward of the person who refers. */
    referrerRewardType: textEnum(MARKETING_REWARD_TYPES).notNull(),
    referrerRewardAmount: money(),
    referrerRewardPercent: numeric({ precision: 5, scale: 2 }),
    /** The reward of the person referred (a welcome credit or discount). */
    refereeRewardType: textEnum(MARKETING_REWARD_TYPES).notNull().default('none'),
    refereeRewardAmount: money(),
    refereeRewardPercent: numeric({ precision: 5, scale: 2 }),
    /** The currency of the fixed amounts. */
    currency: currency(),
    startsOn: date().notNull(),
    endsOn: date(),
    termsUrl: text(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('referral_programs_code_key').on(t.code),
    index('referral_programs_sponsor_practice_id_idx').on(t.sponsorPracticeId),
    index('referral_programs_created_by_user_id_idx').on(t.createdByUserId),
    /** What sign-up and checkout look up: the programmes running now. */
    index('referral_programs_active_idx')
      .on(t.startsOn, t.endsOn)
      .where(sql`${t.status} = 'active'`),
    formatCheck(t.code, SLUG),
    formatCheck(t.termsUrl, HTTP_URL),
    requiredWhen(t.referrerRewardAmount, t.referrerRewardType, 'fixed_amount', { name: 'referral_programs_referrer_amount_check' }),
    onlyWhen(t.referrerRewardAmount, t.referrerRewardType, 'fixed_amount', { name: 'referral_programs_referrer_amount_only_check' }),
    requiredWhen(t.referrerRewardPercent, t.referrerRewardType, 'percent_discount', { name: 'referral_programs_referrer_percent_check' }),
    onlyWhen(t.referrerRewardPercent, t.referrerRewardType, 'percent_discount', { name: 'referral_programs_referrer_percent_only_check' }),
    requiredWhen(t.refereeRewardAmount, t.refereeRewardType, 'fixed_amount', { name: 'referral_programs_referee_amount_check' }),
    onlyWhen(t.refereeRewardAmount, t.refereeRewardType, 'fixed_amount', { name: 'referral_programs_referee_amount_only_check' }),
    requiredWhen(t.refereeRewardPercent, t.refereeRewardType, 'percent_discount', { name: 'referral_programs_referee_percent_check' }),
    onlyWhen(t.refereeRewardPercent, t.refereeRewardType, 'percent_discount', { name: 'referral_programs_referee_percent_only_check' }),
    positive(t.referrerRewardAmount),
    positive(t.refereeRewardAmount),
    range(t.referrerRewardPercent, { min: 0, max: 100, exclusiveMin: true }),
    range(t.refereeRewardPercent, { min: 0, max: 100, exclusiveMin: true }),
    positive(t.qualificationWindowDays),
    inOrder(t.startsOn, t.endsOn, { name: 'referral_programs_ends_on_check', message: 'must not be before the start date' }),
  ],
);
