import {
  createdAt,
  currency,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  money,
  nonNegative,
  positive,
  range,
  textEnum,
  textLength,
  timestamptz,
} from '@db/core';
import { purchaseOrders } from '@db/purchases/tables';
import { userProfiles, userSubscriptions } from '@db/users/tables';
import { foreignKey, index, numeric, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  MARKETING_ATTRIBUTION_SOURCES,
  MARKETING_CHANNELS,
  MARKETING_CONVERSION_TYPES,
  MARKETING_TOUCH_MODELS,
} from '../constants.ts';
import { influencerPartnerships } from './influencer-partnerships.ts';
import { viralCampaigns } from './viral-campaigns.ts';

/**
 * The credit one touchpoint (a visit with its UTM source, medium and campaign) gets for one conversion under one
 * model (first touch, last touch, linear, ...): the evidence influencer commissions and channel spend are settled
 * on. Append-only (`appendOnly` in database-objects.ts: UPDATE and DELETE are refused); a model re-run writes new
 * conversion events, never edits. Every foreign key is restrict, and it holds ids, not personal data. Imports are
 * idempotent on (source, conversion_event_id, touch_model, touch_sequence): insert ... on conflict do nothing.
 */
export const marketingAttribution = domainTable(
  'marketing_attribution',
  {
    id: id(),
    /** The converting user: audit evidence, kept on erasure pointing at the anonymised profile. */
    userId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'restrict' }),
    conversionType: textEnum(MARKETING_CONVERSION_TYPES).notNull(),
    source: textEnum(MARKETING_ATTRIBUTION_SOURCES).notNull().default('platform'),
    /** The conversion's event id at the source (GA4 transaction id, AppsFlyer event id, ...). */
    conversionEventId: text().notNull(),
    /** The subscription the conversion started or upgraded. FK declared below: the generated name is too long. */
    subscriptionId: uuid(),
    /** The order the conversion placed. FK declared below. */
    purchaseOrderId: uuid(),
    touchModel: textEnum(MARKETING_TOUCH_MODELS).notNull(),
    /** The touchpoint's place in the conversion path, from 1 (the first touch). */
    touchSequence: smallint().notNull().default(1),
    /** The share of the conversion credited to this touchpoint: 100 for first and last touch, 100/n for linear. */
    creditPercent: numeric({ precision: 5, scale: 2 }).notNull(),
    channel: textEnum(MARKETING_CHANNELS).notNull(),
    utmSource: text(),
    utmMedium: text(),
    utmCampaign: text(),
    campaignId: uuid().references(() => viralCampaigns.id, { onDelete: 'restrict' }),
    /** The influencer contract credited (commission evidence). FK declared below. */
    influencerPartnershipId: uuid(),
    touchedAt: timestamptz().notNull(),
    convertedAt: timestamptz().notNull(),
    /** What the conversion was worth (0 for a free sign-up), in `currency`. */
    conversionValue: money().notNull().default('0.00'),
    currency: currency(),
    ...createdAt(),
  },
  (t) => [
    uniqueIndex('marketing_attribution_event_touch_key').on(t.source, t.conversionEventId, t.touchModel, t.touchSequence),
    index('marketing_attribution_user_id_idx').on(t.userId, t.convertedAt),
    index('marketing_attribution_subscription_id_idx').on(t.subscriptionId),
    index('marketing_attribution_purchase_order_id_idx').on(t.purchaseOrderId),
    index('marketing_attribution_campaign_id_idx').on(t.campaignId, t.convertedAt),
    index('marketing_attribution_influencer_partnership_id_idx').on(t.influencerPartnershipId, t.convertedAt),
    /** Channel reports: conversions per UTM source and medium over time. */
    index('marketing_attribution_utm_idx').on(t.utmSource, t.utmMedium, t.convertedAt),
    foreignKey({
      name: 'marketing_attribution_subscription_id_fkey',
      columns: [t.subscriptionId],
      foreignColumns: [userSubscriptions.id],
    }).onDelete('restrict'),
    foreignKey({
      name: 'marketing_attribution_purchase_order_id_fkey',
      columns: [t.purchaseOrderId],
      foreignColumns: [purchaseOrders.id],
    }).onDelete('restrict'),
    foreignKey({
      name: 'marketing_attribution_influencer_partnership_id_fkey',
      columns: [t.influencerPartnershipId],
      foreignColumns: [influencerPartnerships.id],
    }).onDelete('restrict'),
    formatCheck(t.conversionEventId, EXTERNAL_ID),
    positive(t.touchSequence),
    range(t.creditPercent, { min: 0, max: 100, exclusiveMin: true }),
    textLength(t.utmSource, { min: 1, max: 255 }),
    textLength(t.utmMedium, { min: 1, max: 255 }),
    textLength(t.utmCampaign, { min: 1, max: 255 }),
    inOrder(t.touchedAt, t.convertedAt, { name: 'marketing_attribution_converted_at_check', message: 'must not be before the touch' }),
    nonNegative(t.conversionValue),
  ],
);
