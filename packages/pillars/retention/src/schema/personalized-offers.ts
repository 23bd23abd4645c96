import {
  currency,
  domainTable,
  formatCheck,
  id,
  inOrder,
  money,
  nonNegative,
  positive,
  range,
  requiredWhen,
  textEnum,
  timestamps,
  timestamptz,
} from '@db/core';
import { horses } from '@db/horses/tables';
import { purchaseOrders } from '@db/purchases/tables';
import { userProfiles, userSubscriptions } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { index, integer, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { RETENTION_OFFER_CODE, RETENTION_OFFER_SCOPES, RETENTION_OFFER_STATUSES, RETENTION_OFFER_TYPES } from '../constants.ts';
import { churnPrediction } from './churn-prediction.ts';
import { userRetentionCampaigns } from './user-retention-campaigns.ts';

/**
 * An offer made to one user (20% off the barn plan's renewal, a free month, a discounted vaccination for their
 * horse), valid for a period, with the code they redeem it with and where they did. Each type carries what it
 * needs (a percentage, an amount, free days). One open offer per user and campaign. The offer is the person's
 * (deleted with them); the money side of a redemption stays with the order or the subscription.
 */
export const personalizedOffers = domainTable(
  'personalized_offers',
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'cascade' }),
    /** The campaign that made it: provenance, unset if the campaign is deleted. */
    retentionCampaignId: uuid().references(() => userRetentionCampaigns.id, {
      onDelete: 'set null',
      name: 'personalized_offers_retention_campaign_id_fkey',
    }),
    /** The prediction it answers: provenance, unset when that prediction goes. */
    churnPredictionId: uuid().references(() => churnPrediction.id, { onDelete: 'set null', name: 'personalized_offers_churn_prediction_id_fkey' }),
    /** The horse an offer is about (its vaccination, its livery), unset if the horse is deleted. */
    horseId: uuid().references(() => horses.id, { onDelete: 'set null' }),
    /** What the user types at checkout. */
    offerCode: text().notNull(),
    offerType: textEnum(RETENTION_OFFER_TYPES).notNull(),
    appliesTo: textEnum(RETENTION_OFFER_SCOPES).notNull().default('any'),
    /** The headline the user sees, e.g. "20% off your Barn plan renewal". */
    title: text().notNull(),
    discountPercent: numeric({ precision: 5, scale: 2 }),
    discountAmount: money(),
    currency: currency(),
    /** Free days (a free month is 30), for free periods and trial extensions. */
    freeDays: integer(),
    status: textEnum(RETENTION_OFFER_STATUSES).notNull().default('issued'),
    validFrom: timestamptz().notNull().defaultNow(),
    validUntil: timestamptz().notNull(),
    maxRedemptions: integer().notNull().default(1),
    redemptionCount: integer().notNull().default(0),
    /** The (last) redemption. */
    redeemedAt: timestamptz(),
    /** The order it was redeemed on: provenance, unset if the order is deleted. */
    redeemedPurchaseOrderId: uuid().references(() => purchaseOrders.id, {
      onDelete: 'set null',
      name: 'personalized_offers_redeemed_purchase_order_id_fkey',
    }),
    /** The subscription it was applied to: provenance, unset if the subscription is deleted. */
    redeemedSubscriptionId: uuid().references(() => userSubscriptions.id, {
      onDelete: 'set null',
      name: 'personalized_offers_redeemed_subscription_id_fkey',
    }),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('personalized_offers_offer_code_key').on(t.offerCode),
    index('personalized_offers_user_id_idx').on(t.userId, t.validUntil),
    uniqueIndex('personalized_offers_open_per_campaign_key')
      .on(t.userId, t.retentionCampaignId)
      .where(sql`${t.status} = 'issued'`),
    index('personalized_offers_retention_campaign_id_idx').on(t.retentionCampaignId),
    index('personalized_offers_churn_prediction_id_idx').on(t.churnPredictionId),
    index('personalized_offers_horse_id_idx').on(t.horseId),
    index('personalized_offers_redeemed_purchase_order_id_idx').on(t.redeemedPurchaseOrderId),
    index('personalized_offers_redeemed_subscription_id_idx').on(t.redeemedSubscriptionId),
    // The expiry job's queue.
    index('personalized_offers_expiring_idx').on(t.validUntil).where(sql`${t.status} = 'issued'`),
    formatCheck(t.offerCode, RETENTION_OFFER_CODE),
    range(t.discountPercent, { min: 0, max: 100, exclusiveMin: true }),
    positive(t.discountAmount),
    positive(t.freeDays),
    requiredWhen(t.discountPercent, t.offerType, 'percent_discount', { name: 'personalized_offers_percent_check' }),
    requiredWhen(t.discountAmount, t.offerType, 'amount_discount', { name: 'personalized_offers_amount_check' }),
    requiredWhen(t.freeDays, t.offerType, 'free_period', { name: 'personalized_offers_free_period_check' }),
    requiredWhen(t.freeDays, t.offerType, 'trial_extension', { name: 'personalized_offers_trial_extension_check' }),
    inOrder(t.validFrom, t.validUntil, { strict: true, name: 'personalized_offers_valid_until_check', message: 'must be after validFrom' }),
    positive(t.maxRedemptions),
    nonNegative(t.redemptionCount),
    inOrder(t.redemptionCount, t.maxRedemptions, { name: 'personalized_offers_redemptions_check', message: 'must be at least redemptionCount' }),
    requiredWhen(t.redeemedAt, t.status, 'redeemed', { name: 'personalized_offers_redeemed_at_check' }),
  ],
);
