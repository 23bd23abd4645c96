import {
  COUNTRY_CODE,
  currency,
  domainTable,
  formatCheck,
  id,
  inOrder,
  money,
  nonNegative,
  onlyWhen,
  range,
  requiredWhen,
  textEnum,
  timestamps,
  together,
} from '@db/core';
import { horses } from '@db/horses/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { char, date, index, numeric, smallint, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { MARKETING_AMBASSADOR_END_REASONS, MARKETING_AMBASSADOR_STATUSES, MARKETING_AMBASSADOR_TIERS } from '../constants.ts';
import { referralCodes } from './referral-codes.ts';

/**
 * A user's term as a brand ambassador (riders, yards and professionals who promote the platform in their region):
 * tier, commission or retainer, content quota, from appointment to the end of the term. History is kept: a new
 * tier or a renewal closes the row (`endedOn`) and opens another; one current term per user. It is an agreement
 * with fees: the ambassador is kept on erasure (restrict).
 */
export const brandAmbassadors = domainTable(
  'brand_ambassadors',
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'restrict' }),
    tier: textEnum(MARKETING_AMBASSADOR_TIERS).notNull().default('community'),
    status: textEnum(MARKETING_AMBASSADOR_STATUSES).notNull().default('active'),
    /** The ambassador's personal code; nulled if the code is deleted. */
    referralCodeId: uuid().references(() => referralCodes.id, { onDelete: 'set null' }),
    /** The horse the ambassador competes or features. */
    featuredHorseId: uuid().references(() => horses.id, { onDelete: 'set null' }),
    /** Who appointed them: credit, nulled when that user is erased. */
    appointedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    /** The country they represent the platform in. */
    countryCode: char({ length: 2 }).notNull(),
    /** Commission on the revenue their code brings. */
    commissionPercent: numeric({ precision: 5, scale: 2 }),
    monthlyRetainerAmount: money(),
    currency: currency(),
    /** Posts a month they commit to. */
    monthlyContentQuota: smallint(),
    startedOn: date().notNull(),
    endedOn: date(),
    endReason: textEnum(MARKETING_AMBASSADOR_END_REASONS),
    ...timestamps(),
  },
  (t) => [
    index('brand_ambassadors_user_id_idx').on(t.userId, t.startedOn),
    uniqueIndex('brand_ambassadors_current_key')
      .on(t.userId)
      .where(sql`${t.endedOn} is null`),
    index('brand_ambassadors_referral_code_id_idx').on(t.referralCodeId),
    index('brand_ambassadors_featured_horse_id_idx').on(t.featuredHorseId),
    index('brand_ambassadors_appointed_by_user_id_idx').on(t.appointedByUserId),
    /** Current ambassadors of a country, by tier (the regional map). */
    index('brand_ambassadors_current_country_idx')
      .on(t.countryCode, t.tier)
      .where(sql`${t.endedOn} is null`),
    formatCheck(t.countryCode, COUNTRY_CODE),
    range(t.commissionPercent, { min: 0, max: 100, exclusiveMin: true }),
    nonNegative(t.monthlyRetainerAmount),
    nonNegative(t.monthlyContentQuota),
    inOrder(t.startedOn, t.endedOn, { name: 'brand_ambassadors_ended_on_check', message: 'must not be before the start' }),
    requiredWhen(t.endedOn, t.status, 'ended', { name: 'brand_ambassadors_ended_status_check' }),
    onlyWhen(t.endedOn, t.status, 'ended', { name: 'brand_ambassadors_ended_on_status_check' }),
    together(t.endedOn, t.endReason, { name: 'brand_ambassadors_ended_on_end_reason_check' }),
  ],
);
