import {
  currency,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  jsonList,
  money,
  nonNegative,
  range,
  requiredWhen,
  textEnum,
  timestamps,
  timestamptz,
  together,
} from '@db/core';
import { horses } from '@db/horses/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { date, foreignKey, index, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  MARKETING_DELIVERABLE_FORMATS,
  MARKETING_FEE_STRUCTURES,
  MARKETING_PARTNERSHIP_SOURCES,
  MARKETING_PARTNERSHIP_STATUSES,
  MARKETING_SOCIAL_HANDLE,
  MARKETING_SOCIAL_NETWORKS,
} from '../constants.ts';
import { viralCampaigns } from './viral-campaigns.ts';

/** One deliverable of an influencer contract: so many reels on Instagram by a date. */
export interface MarketingDeliverable {
  format: (typeof MARKETING_DELIVERABLE_FORMATS)[number];
  network: (typeof MARKETING_SOCIAL_NETWORKS)[number];
  quantity: number;
  /** YYYY-MM-DD. */
  dueOn?: string;
  /** How many were delivered so far. */
  deliveredCount?: number;
}

/**
 * A contract with an influencer (a rider, a yard, a vet with an audience, or a horse's own account): the contract
 * period, the fee (money + currency) or commission, and the deliverables. It is a contract: an influencer who is
 * a platform user is kept on erasure (restrict). Partnerships managed in an influencer tool upsert on (source,
 * external_id).
 */
export const influencerPartnerships = domainTable(
  'influencer_partnerships',
  {
    id: id(),
    /** The influencer, when on the platform. FK declared below: the generated name is too long. */
    influencerUserId: uuid(),
    /** The contracting party as named on the contract (a person, a yard, a company). */
    influencerName: text().notNull(),
    primaryNetwork: textEnum(MARKETING_SOCIAL_NETWORKS),
    /** Without the leading @. */
    handle: text(),
    campaignId: uuid().references(() => viralCampaigns.id, { onDelete: 'set null' }),
    /** The horse whose account or story the partnership features. */
    horseId: uuid().references(() => horses.id, { onDelete: 'set null' }),
    status: textEnum(MARKETING_PARTNERSHIP_STATUSES).notNull().default('proposed'),
    feeStructure: textEnum(MARKETING_FEE_STRUCTURES).notNull(),
    /** The fee for the contract (flat fee) or per deliverable; 0 when gifted. */
    feeAmount: money(),
    currency: currency(),
    /** Share of attributed revenue (revenue share, affiliate commission). */
    commissionPercent: numeric({ precision: 5, scale: 2 }),
    contractStartsOn: date().notNull(),
    contractEndsOn: date(),
    deliverables: jsonList<MarketingDeliverable>(),
    source: textEnum(MARKETING_PARTNERSHIP_SOURCES).notNull().default('platform'),
    /** The partnership's id in the influencer tool; null for the platform's own. */
    externalId: text(),
    /** When the source last changed the row. */
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('influencer_partnerships_source_external_id_key').on(t.source, t.externalId),
    index('influencer_partnerships_influencer_user_id_idx').on(t.influencerUserId, t.contractStartsOn),
    index('influencer_partnerships_campaign_id_idx').on(t.campaignId),
    index('influencer_partnerships_horse_id_idx').on(t.horseId),
    /** Contracts running: what the team chases deliverables on, by end date. */
    index('influencer_partnerships_running_idx')
      .on(t.contractEndsOn)
      .where(sql`${t.status} in ('contracted', 'active')`),
    foreignKey({
      name: 'influencer_partnerships_influencer_user_id_fkey',
      columns: [t.influencerUserId],
      foreignColumns: [userProfiles.id],
    }).onDelete('restrict'),
    formatCheck(t.handle, MARKETING_SOCIAL_HANDLE),
    formatCheck(t.externalId, EXTERNAL_ID),
    together(t.primaryNetwork, t.handle, { name: 'influencer_partnerships_handle_check' }),
    requiredWhen(t.feeAmount, t.feeStructure, 'flat_fee', { name: 'influencer_partnerships_flat_fee_check' }),
    requiredWhen(t.feeAmount, t.feeStructure, 'per_deliverable', { name: 'influencer_partnerships_deliverable_fee_check' }),
    requiredWhen(t.commissionPercent, t.feeStructure, 'revenue_share', { name: 'influencer_partnerships_revenue_share_check' }),
    requiredWhen(t.commissionPercent, t.feeStructure, 'affiliate_commission', { name: 'influencer_partnerships_commission_check' }),
    nonNegative(t.feeAmount),
    range(t.commissionPercent, { min: 0, max: 100, exclusiveMin: true }),
    inOrder(t.contractStartsOn, t.contractEndsOn, {
      name: 'influencer_partnerships_contract_ends_on_check',
      message: 'must not be before the contract starts',
    }),
  ],
);
