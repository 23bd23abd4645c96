import { horses } from '@db/horses/tables';
import { purchaseOrders } from '@db/purchases/tables';
import { vetPractices } from '@db/providers/tables';
import { userProfiles, userSubscriptions } from '@db/users/tables';
import { defineRelationsPart } from 'drizzle-orm';
import * as schema from './tables.ts';

/**
 * This package's relations part: `r.one` edges from its tables, their reverse `r.many`, and the reverse edges
 * onto the parents of other packages (user_profiles, user_subscriptions, horses, vet_practices, purchase_orders),
 * under keys those packages do not use.
 */
export const marketingRelations = defineRelationsPart(
  { ...schema, userProfiles, userSubscriptions, horses, vetPractices, purchaseOrders },
  (r) => ({
    referralPrograms: {
      sponsorPractice: r.one.vetPractices({ from: r.referralPrograms.sponsorPracticeId, to: r.vetPractices.id }),
      createdBy: r.one.userProfiles({ from: r.referralPrograms.createdByUserId, to: r.userProfiles.id }),
      codes: r.many.referralCodes({ from: r.referralPrograms.id, to: r.referralCodes.programId }),
      referrals: r.many.referralTracking({ from: r.referralPrograms.id, to: r.referralTracking.programId }),
      campaigns: r.many.viralCampaigns({ from: r.referralPrograms.id, to: r.viralCampaigns.referralProgramId }),
    },
    referralCodes: {
      program: r.one.referralPrograms({ from: r.referralCodes.programId, to: r.referralPrograms.id, optional: false }),
      owner: r.one.userProfiles({ from: r.referralCodes.ownerUserId, to: r.userProfiles.id, optional: false }),
      referrals: r.many.referralTracking({ from: r.referralCodes.id, to: r.referralTracking.referralCodeId }),
      socialShares: r.many.socialShares({ from: r.referralCodes.id, to: r.socialShares.referralCodeId }),
      ambassadorTerms: r.many.brandAmbassadors({ from: r.referralCodes.id, to: r.brandAmbassadors.referralCodeId }),
      loopInvites: r.many.viralLoopTracking({ from: r.referralCodes.id, to: r.viralLoopTracking.referralCodeId }),
    },
    referralTracking: {
      program: r.one.referralPrograms({ from: r.referralTracking.programId, to: r.referralPrograms.id, optional: false }),
      referralCode: r.one.referralCodes({ from: r.referralTracking.referralCodeId, to: r.referralCodes.id }),
      referrer: r.one.userProfiles({
        from: r.referralTracking.referrerUserId,
        to: r.userProfiles.id,
        optional: false,
        alias: 'referral_referrer',
      }),
      referred: r.one.userProfiles({ from: r.referralTracking.referredUserId, to: r.userProfiles.id, alias: 'referral_referred' }),
      qualifyingSubscription: r.one.userSubscriptions({
        from: r.referralTracking.qualifyingSubscriptionId,
        to: r.userSubscriptions.id,
      }),
      qualifyingOrder: r.one.purchaseOrders({ from: r.referralTracking.qualifyingOrderId, to: r.purchaseOrders.id }),
    },
    socialShares: {
      sharedBy: r.one.userProfiles({ from: r.socialShares.sharedByUserId, to: r.userProfiles.id, optional: false }),
      campaign: r.one.viralCampaigns({ from: r.socialShares.campaignId, to: r.viralCampaigns.id }),
      referralCode: r.one.referralCodes({ from: r.socialShares.referralCodeId, to: r.referralCodes.id }),
    },
    viralCampaigns: {
      referralProgram: r.one.referralPrograms({ from: r.viralCampaigns.referralProgramId, to: r.referralPrograms.id }),
      createdBy: r.one.userProfiles({ from: r.viralCampaigns.createdByUserId, to: r.userProfiles.id }),
      socialShares: r.many.socialShares({ from: r.viralCampaigns.id, to: r.socialShares.campaignId }),
      viralityMetrics: r.many.contentViralityMetrics({ from: r.viralCampaigns.id, to: r.contentViralityMetrics.campaignId }),
      influencerPartnerships: r.many.influencerPartnerships({ from: r.viralCampaigns.id, to: r.influencerPartnerships.campaignId }),
      attributions: r.many.marketingAttribution({ from: r.viralCampaigns.id, to: r.marketingAttribution.campaignId }),
      userGeneratedContent: r.many.userGeneratedContent({ from: r.viralCampaigns.id, to: r.userGeneratedContent.campaignId }),
      loopInvites: r.many.viralLoopTracking({ from: r.viralCampaigns.id, to: r.viralLoopTracking.campaignId }),
    },
    contentViralityMetrics: {
      campaign: r.one.viralCampaigns({ from: r.contentViralityMetrics.campaignId, to: r.viralCampaigns.id }),
    },
    influencerPartnerships: {
      influencer: r.one.userProfiles({ from: r.influencerPartnerships.influencerUserId, to: r.userProfiles.id }),
      campaign: r.one.viralCampaigns({ from: r.influencerPartnerships.campaignId, to: r.viralCampaigns.id }),
      horse: r.one.horses({ from: r.influencerPartnerships.horseId, to: r.horses.id }),
      attributions: r.many.marketingAttribution({
        from: r.influencerPartnerships.id,
        to: r.marketingAttribution.influencerPartnershipId,
      }),
    },
    marketingAttribution: {
      user: r.one.userProfiles({ from: r.marketingAttribution.userId, to: r.userProfiles.id, optional: false }),
      subscription: r.one.userSubscriptions({ from: r.marketingAttribution.subscriptionId, to: r.userSubscriptions.id }),
      purchaseOrder: r.one.purchaseOrders({ from: r.marketingAttribution.purchaseOrderId, to: r.purchaseOrders.id }),
      campaign: r.one.viralCampaigns({ from: r.marketingAttribution.campaignId, to: r.viralCampaigns.id }),
      influencerPartnership: r.one.influencerPartnerships({
        from: r.marketingAttribution.influencerPartnershipId,
        to: r.influencerPartnerships.id,
      }),
    },
    brandAmbassadors: {
      user: r.one.userProfiles({
        from: r.brandAmbassadors.userId,
        to: r.userProfiles.id,
        optional: false,
        alias: 'brand_ambassador_user',
      }),
      referralCode: r.one.referralCodes({ from: r.brandAmbassadors.referralCodeId, to: r.referralCodes.id }),
      featuredHorse: r.one.horses({ from: r.brandAmbassadors.featuredHorseId, to: r.horses.id }),
      appointedBy: r.one.userProfiles({
        from: r.brandAmbassadors.appointedByUserId,
        to: r.userProfiles.id,
        alias: 'brand_ambassador_appointed_by',
      }),
    },
    userGeneratedContent: {
      creator: r.one.userProfiles({ from: r.userGeneratedContent.creatorUserId, to: r.userProfiles.id, alias: 'ugc_creator' }),
      horse: r.one.horses({ from: r.userGeneratedContent.horseId, to: r.horses.id }),
      campaign: r.one.viralCampaigns({ from: r.userGeneratedContent.campaignId, to: r.viralCampaigns.id }),
      moderatedBy: r.one.userProfiles({
        from: r.userGeneratedContent.moderatedByUserId,
        to: r.userProfiles.id,
        alias: 'ugc_moderated_by',
      }),
    },
    viralLoopTracking: {
      inviter: r.one.userProfiles({
        from: r.viralLoopTracking.inviterUserId,
        to: r.userProfiles.id,
        optional: false,
        alias: 'viral_loop_inviter',
      }),
      invitee: r.one.userProfiles({ from: r.viralLoopTracking.inviteeUserId, to: r.userProfiles.id, alias: 'viral_loop_invitee' }),
      campaign: r.one.viralCampaigns({ from: r.viralLoopTracking.campaignId, to: r.viralCampaigns.id }),
      referralCode: r.one.referralCodes({ from: r.viralLoopTracking.referralCodeId, to: r.referralCodes.id }),
      parentLoop: r.one.viralLoopTracking({
        from: r.viralLoopTracking.parentLoopId,
        to: r.viralLoopTracking.id,
        alias: 'viral_loop_parent',
      }),
      childLoops: r.many.viralLoopTracking({
        from: r.viralLoopTracking.id,
        to: r.viralLoopTracking.parentLoopId,
        alias: 'viral_loop_parent',
      }),
    },
    userProfiles: {
      referralProgramsCreated: r.many.referralPrograms({ from: r.userProfiles.id, to: r.referralPrograms.createdByUserId }),
      referralCodes: r.many.referralCodes({ from: r.userProfiles.id, to: r.referralCodes.ownerUserId }),
      referralsMade: r.many.referralTracking({
        from: r.userProfiles.id,
        to: r.referralTracking.referrerUserId,
        alias: 'referral_referrer',
      }),
      referralsReceived: r.many.referralTracking({
        from: r.userProfiles.id,
        to: r.referralTracking.referredUserId,
        alias: 'referral_referred',
      }),
      socialShares: r.many.socialShares({ from: r.userProfiles.id, to: r.socialShares.sharedByUserId }),
      viralCampaignsCreated: r.many.viralCampaigns({ from: r.userProfiles.id, to: r.viralCampaigns.createdByUserId }),
      influencerPartnerships: r.many.influencerPartnerships({ from: r.userProfiles.id, to: r.influencerPartnerships.influencerUserId }),
      marketingAttributions: r.many.marketingAttribution({ from: r.userProfiles.id, to: r.marketingAttribution.userId }),
      brandAmbassadorTerms: r.many.brandAmbassadors({
        from: r.userProfiles.id,
        to: r.brandAmbassadors.userId,
        alias: 'brand_ambassador_user',
      }),
      brandAmbassadorsAppointed: r.many.brandAmbassadors({
        from: r.userProfiles.id,
        to: r.brandAmbassadors.appointedByUserId,
        alias: 'brand_ambassador_appointed_by',
      }),
      userGeneratedContent: r.many.userGeneratedContent({
        from: r.userProfiles.id,
        to: r.userGeneratedContent.creatorUserId,
        alias: 'ugc_creator',
      }),
      userGeneratedContentModerated: r.many.userGeneratedContent({
        from: r.userProfiles.id,
        to: r.userGeneratedContent.moderatedByUserId,
        alias: 'ugc_moderated_by',
      }),
      viralInvitesSent: r.many.viralLoopTracking({
        from: r.userProfiles.id,
        to: r.viralLoopTracking.inviterUserId,
        alias: 'viral_loop_inviter',
      }),
      viralInvitesAccepted: r.many.viralLoopTracking({
        from: r.userProfiles.id,
        to: r.viralLoopTracking.inviteeUserId,
        alias: 'viral_loop_invitee',
      }),
    },
    userSubscriptions: {
      qualifiedReferrals: r.many.referralTracking({ from: r.userSubscriptions.id, to: r.referralTracking.qualifyingSubscriptionId }),
      marketingAttributions: r.many.marketingAttribution({ from: r.userSubscriptions.id, to: r.marketingAttribution.subscriptionId }),
    },
    purchaseOrders: {
      qualifiedReferrals: r.many.referralTracking({ from: r.purchaseOrders.id, to: r.referralTracking.qualifyingOrderId }),
      marketingAttributions: r.many.marketingAttribution({ from: r.purchaseOrders.id, to: r.marketingAttribution.purchaseOrderId }),
    },
    horses: {
      influencerPartnerships: r.many.influencerPartnerships({ from: r.horses.id, to: r.influencerPartnerships.horseId }),
      brandAmbassadorFeatures: r.many.brandAmbassadors({ from: r.horses.id, to: r.brandAmbassadors.featuredHorseId }),
      userGeneratedContent: r.many.userGeneratedContent({ from: r.horses.id, to: r.userGeneratedContent.horseId }),
    },
    vetPractices: {
      referralPrograms: r.many.referralPrograms({ from: r.vetPractices.id, to: r.referralPrograms.sponsorPracticeId }),
    },
  }),
);
