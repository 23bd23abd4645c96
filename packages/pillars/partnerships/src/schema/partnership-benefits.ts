import {
  currency,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  HTTP_URL,
  id,
  inOrder,
  money,
  nonNegative,
  onlyWhen,
  positive,
  range,
  requiredWhen,
  requiredWith,
  textEnum,
  textLength,
  timestamps,
  timestamptz,
} from '@db/core';
import { sql } from 'drizzle-orm';
import { date, foreignKey, index, integer, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  PARTNERSHIP_BENEFIT_ELIGIBILITIES,
  PARTNERSHIP_BENEFIT_STATUSES,
  PARTNERSHIP_BENEFIT_TYPES,
  PARTNERSHIP_PROMO_CODE,
} from '../constants.ts';
import { associationDirectories } from './association-directories.ts';
import { partnerships } from './partnerships.ts';

/**
 * A benefit a partnership offers the platform's users: a percent or fixed discount (with its currency), a free
 * item or trial, cashback, priority access; who is eligible (everyone, subscribers, new customers, or the members
 * of one association), the code to quote and the period it runs. Benefits go with their partnership (cascade).
 * Offers fed from a partner's catalogue upsert on (`partnership_id`, `partner_offer_id`).
 */
export const partnershipBenefits = domainTable(
  'partnership_benefits',
  {
    id: id(),
    partnershipId: uuid()
      .notNull()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
    title: text().notNull(),
    description: text(),
    benefitType: textEnum(PARTNERSHIP_BENEFIT_TYPES).notNull(),
    /** For a percent discount, in (0, 100]. */
    discountPercent: numeric({ precision: 5, scale: 2 }),
    /** For a fixed discount or cashback, in `currency`. */
    discountAmount: money(),
    /** The least a purchase must come to for the benefit to apply. */
    minimumSpendAmount: money(),
    currency: currency(),
    eligibility: textEnum(PARTNERSHIP_BENEFIT_ELIGIBILITIES).notNull().default('all_users'),
    /** The association whose members are eligible (restrict: the offer names it). FK below. */
    eligibleAssociationId: uuid(),
    /** The code to quote at the partner's checkout, e.g. PONYCLUB15. */
    promoCode: text(),
    redemptionUrl: text(),
    status: textEnum(PARTNERSHIP_BENEFIT_STATUSES).notNull().default('draft'),
    validFrom: date().notNull(),
    validTo: date(),
    /** Null: unlimited. */
    maxRedemptionsPerUser: integer(),
    /** Redemptions the partner reported so far. */
    redemptionCount: integer().notNull().default(0),
    /** The offer's id in the partner's catalogue or feed. */
    partnerOfferId: text(),
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('partnership_benefits_partner_offer_key').on(t.partnershipId, t.partnerOfferId),
    index('partnership_benefits_eligible_association_id_idx').on(t.eligibleAssociationId),
    /** The benefits page: active offers by end date. */
    index('partnership_benefits_active_idx')
      .on(t.eligibility, t.validTo)
      .where(sql`${t.status} = 'active'`),
    foreignKey({
      name: 'partnership_benefits_eligible_association_id_fkey',
      columns: [t.eligibleAssociationId],
      foreignColumns: [associationDirectories.id],
    }).onDelete('restrict'),
    textLength(t.title, { min: 1, max: 200 }),
    requiredWhen(t.discountPercent, t.benefitType, 'percent_discount', { name: 'partnership_benefits_percent_check' }),
    onlyWhen(t.discountPercent, t.benefitType, 'percent_discount', { name: 'partnership_benefits_percent_type_check' }),
    requiredWhen(t.discountAmount, t.benefitType, 'fixed_discount', { name: 'partnership_benefits_amount_check' }),
    range(t.discountPercent, { min: 0, max: 100, exclusiveMin: true }),
    positive(t.discountAmount),
    nonNegative(t.minimumSpendAmount),
    requiredWhen(t.eligibleAssociationId, t.eligibility, 'association_members', {
      name: 'partnership_benefits_association_check',
      message: 'a members-only benefit names the association (eligibleAssociationId)',
    }),
    onlyWhen(t.eligibleAssociationId, t.eligibility, 'association_members', { name: 'partnership_benefits_association_only_check' }),
    formatCheck(t.promoCode, PARTNERSHIP_PROMO_CODE),
    formatCheck(t.redemptionUrl, HTTP_URL),
    inOrder(t.validFrom, t.validTo, { name: 'partnership_benefits_valid_to_check', message: 'must not be before validFrom' }),
    positive(t.maxRedemptionsPerUser),
    nonNegative(t.redemptionCount),
    formatCheck(t.partnerOfferId, EXTERNAL_ID),
    requiredWith(t.partnerOfferId, t.sourceUpdatedAt, { name: 'partnership_benefits_source_updated_at_check' }),
  ],
);
