import { calendarDate, tableCatalog, tableSchemas } from '@db/core';
import { z } from 'zod';
import { MARKETING_DELIVERABLE_FORMATS, MARKETING_SOCIAL_NETWORKS } from './constants.ts';
import { brandAmbassadors } from './schema/brand-ambassadors.ts';
import { contentViralityMetrics } from './schema/content-virality-metrics.ts';
import { influencerPartnerships } from './schema/influencer-partnerships.ts';
import { marketingAttribution } from './schema/marketing-attribution.ts';
import { referralCodes } from './schema/referral-codes.ts';
import { referralPrograms } from './schema/referral-programs.ts';
import { referralTracking } from './schema/referral-tracking.ts';
import { socialShares } from './schema/social-shares.ts';
import { userGeneratedContent } from './schema/user-generated-content.ts';
import { viralCampaigns } from './schema/viral-campaigns.ts';
import { viralLoopTracking } from './schema/viral-loop-tracking.ts';

/**
 * Zod schemas as strict as the tables: every CHECK's twin comes from its table (declared with core's rule
 * helpers); what is left here is what a table cannot say: the shapes of its jsonb columns.
 */

export const referralProgramSchemas = tableSchemas(referralPrograms);
export type ReferralProgram = typeof referralPrograms.$inferSelect;
export type NewReferralProgram = typeof referralPrograms.$inferInsert;

export const referralCodeSchemas = tableSchemas(referralCodes);
export type ReferralCode = typeof referralCodes.$inferSelect;
export type NewReferralCode = typeof referralCodes.$inferInsert;

export const referralTrackingSchemas = tableSchemas(referralTracking);
export type ReferralTracking = typeof referralTracking.$inferSelect;
export type NewReferralTracking = typeof referralTracking.$inferInsert;

export const socialShareSchemas = tableSchemas(socialShares);
export type SocialShare = typeof socialShares.$inferSelect;
export type NewSocialShare = typeof socialShares.$inferInsert;

export const viralCampaignSchemas = tableSchemas(viralCampaigns);
export type ViralCampaign = typeof viralCampaigns.$inferSelect;
export type NewViralCampaign = typeof viralCampaigns.$inferInsert;

export const contentViralityMetricSchemas = tableSchemas(contentViralityMetrics);
export type ContentViralityMetric = typeof contentViralityMetrics.$inferSelect;
export type NewContentViralityMetric = typeof contentViralityMetrics.$inferInsert;

export const influencerPartnershipSchemas = tableSchemas(influencerPartnerships, {
  deliverables: () =>
    z.array(
      z.object({
        format: z.enum(MARKETING_DELIVERABLE_FORMATS),
        network: z.enum(MARKETING_SOCIAL_NETWORKS),
        quantity: z.int().min(1).max(1000),
        dueOn: calendarDate.optional(),
        deliveredCount: z.int().min(0).max(1000).optional(),
      }),
    ),
});
export type InfluencerPartnership = typeof influencerPartnerships.$inferSelect;
export type NewInfluencerPartnership = typeof influencerPartnerships.$inferInsert;

export const marketingAttributionSchemas = tableSchemas(marketingAttribution);
export type MarketingAttribution = typeof marketingAttribution.$inferSelect;
export type NewMarketingAttribution = typeof marketingAttribution.$inferInsert;

export const brandAmbassadorSchemas = tableSchemas(brandAmbassadors);
export type BrandAmbassador = typeof brandAmbassadors.$inferSelect;
export type NewBrandAmbassador = typeof brandAmbassadors.$inferInsert;

export const userGeneratedContentSchemas = tableSchemas(userGeneratedContent);
export type UserGeneratedContent = typeof userGeneratedContent.$inferSelect;
export type NewUserGeneratedContent = typeof userGeneratedContent.$inferInsert;

export const viralLoopTrackingSchemas = tableSchemas(viralLoopTracking);
export type ViralLoopTracking = typeof viralLoopTracking.$inferSelect;
export type NewViralLoopTracking = typeof viralLoopTracking.$inferInsert;

/** Every table of this package with its schemas, keyed by SQL table name (for generic tests and tooling). */
export const marketingCatalog = tableCatalog(
  referralProgramSchemas,
  referralCodeSchemas,
  referralTrackingSchemas,
  socialShareSchemas,
  viralCampaignSchemas,
  contentViralityMetricSchemas,
  influencerPartnershipSchemas,
  marketingAttributionSchemas,
  brandAmbassadorSchemas,
  userGeneratedContentSchemas,
  viralLoopTrackingSchemas,
);
