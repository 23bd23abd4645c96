import { purchaseOrders } from '@db/purchases/tables';
import { aiModels } from '@db/recommendations/tables';
import {
  churnPrediction,
  outreachMessages,
  personalizedOffers,
  reEngagementTriggers,
  userRetentionCampaigns,
  userSegments,
} from '@db/retention/tables';
import { userProfiles, userSessions } from '@db/users/tables';
import { defineRelationsPart } from 'drizzle-orm';
import * as schema from './tables.ts';

/**
 * This package's relations part: `r.one` edges from its tables, their reverse `r.many`, and the reverse edges onto
 * user_profiles, user_sessions, ai_models, purchase_orders and @db/retention's segments, campaigns, triggers,
 * predictions, offers and outreach messages (keys prefixed `reengagement`, so they cannot meet other pillars' keys
 * on the same tables).
 */
export const reengagementRelations = defineRelationsPart(
  {
    ...schema,
    userProfiles,
    userSessions,
    aiModels,
    purchaseOrders,
    userSegments,
    userRetentionCampaigns,
    reEngagementTriggers,
    churnPrediction,
    personalizedOffers,
    outreachMessages,
  },
  (r) => ({
    userRetentionSegments: {
      segment: r.one.userSegments({ from: r.userRetentionSegments.segmentId, to: r.userSegments.id, optional: false }),
      churnModel: r.one.aiModels({ from: r.userRetentionSegments.churnModelId, to: r.aiModels.id }),
      approvedBy: r.one.userProfiles({ from: r.userRetentionSegments.approvedByUserId, to: r.userProfiles.id }),
    },
    reEngagementCampaigns: {
      retentionCampaign: r.one.userRetentionCampaigns({
        from: r.reEngagementCampaigns.retentionCampaignId,
        to: r.userRetentionCampaigns.id,
        optional: false,
      }),
    },
    winBackCampaigns: {
      retentionCampaign: r.one.userRetentionCampaigns({
        from: r.winBackCampaigns.retentionCampaignId,
        to: r.userRetentionCampaigns.id,
        optional: false,
      }),
      templateOffer: r.one.personalizedOffers({ from: r.winBackCampaigns.templateOfferId, to: r.personalizedOffers.id }),
    },
    userLifecycleStages: {
      user: r.one.userProfiles({ from: r.userLifecycleStages.userId, to: r.userProfiles.id, optional: false }),
      churnPrediction: r.one.churnPrediction({ from: r.userLifecycleStages.churnPredictionId, to: r.churnPrediction.id }),
      retentionCampaign: r.one.userRetentionCampaigns({ from: r.userLifecycleStages.retentionCampaignId, to: r.userRetentionCampaigns.id }),
      changedBy: r.one.userProfiles({ from: r.userLifecycleStages.changedByUserId, to: r.userProfiles.id }),
    },
    inactivityPeriods: {
      user: r.one.userProfiles({ from: r.inactivityPeriods.userId, to: r.userProfiles.id, optional: false }),
      trigger: r.one.reEngagementTriggers({ from: r.inactivityPeriods.triggerId, to: r.reEngagementTriggers.id }),
      lastSession: r.one.userSessions({ from: r.inactivityPeriods.lastSessionId, to: r.userSessions.id }),
      reactivatedByMessage: r.one.outreachMessages({ from: r.inactivityPeriods.reactivatedByMessageId, to: r.outreachMessages.id }),
      interventions: r.many.retentionInterventions({ from: r.inactivityPeriods.id, to: r.retentionInterventions.inactivityPeriodId }),
    },
    retentionInterventions: {
      user: r.one.userProfiles({ from: r.retentionInterventions.userId, to: r.userProfiles.id, optional: false }),
      retentionCampaign: r.one.userRetentionCampaigns({ from: r.retentionInterventions.retentionCampaignId, to: r.userRetentionCampaigns.id }),
      churnPrediction: r.one.churnPrediction({ from: r.retentionInterventions.churnPredictionId, to: r.churnPrediction.id }),
      inactivityPeriod: r.one.inactivityPeriods({ from: r.retentionInterventions.inactivityPeriodId, to: r.inactivityPeriods.id }),
      outreachMessage: r.one.outreachMessages({ from: r.retentionInterventions.outreachMessageId, to: r.outreachMessages.id }),
      offer: r.one.personalizedOffers({ from: r.retentionInterventions.offerId, to: r.personalizedOffers.id }),
      performedBy: r.one.userProfiles({ from: r.retentionInterventions.performedByUserId, to: r.userProfiles.id }),
    },
    retentionMetricsTracking: {
      retentionCampaign: r.one.userRetentionCampaigns({
        from: r.retentionMetricsTracking.retentionCampaignId,
        to: r.userRetentionCampaigns.id,
        optional: false,
      }),
    },
    loyaltyProgramTiers: {
      memberships: r.many.loyaltyMemberships({ from: r.loyaltyProgramTiers.id, to: r.loyaltyMemberships.tierId }),
      currentMemberships: r.many.loyaltyMemberships({
        from: r.loyaltyProgramTiers.id,
        to: r.loyaltyMemberships.tierId,
        where: { endedAt: { isNull: true } },
      }),
      pointTransactions: r.many.loyaltyPointTransactions({ from: r.loyaltyProgramTiers.id, to: r.loyaltyPointTransactions.tierId }),
    },
    loyaltyMemberships: {
      user: r.one.userProfiles({ from: r.loyaltyMemberships.userId, to: r.userProfiles.id, optional: false }),
      tier: r.one.loyaltyProgramTiers({ from: r.loyaltyMemberships.tierId, to: r.loyaltyProgramTiers.id, optional: false }),
      previousTier: r.one.loyaltyProgramTiers({ from: r.loyaltyMemberships.previousTierId, to: r.loyaltyProgramTiers.id }),
      grantedBy: r.one.userProfiles({ from: r.loyaltyMemberships.grantedByUserId, to: r.userProfiles.id }),
    },
    loyaltyPointTransactions: {
      user: r.one.userProfiles({ from: r.loyaltyPointTransactions.userId, to: r.userProfiles.id, optional: false }),
      tier: r.one.loyaltyProgramTiers({ from: r.loyaltyPointTransactions.tierId, to: r.loyaltyProgramTiers.id }),
      purchaseOrder: r.one.purchaseOrders({ from: r.loyaltyPointTransactions.purchaseOrderId, to: r.purchaseOrders.id }),
    },
    userEngagementScores: {
      user: r.one.userProfiles({ from: r.userEngagementScores.userId, to: r.userProfiles.id, optional: false }),
      model: r.one.aiModels({ from: r.userEngagementScores.modelId, to: r.aiModels.id, optional: false }),
    },
    retentionCohorts: {
      segment: r.one.userSegments({ from: r.retentionCohorts.segmentId, to: r.userSegments.id }),
      createdBy: r.one.userProfiles({ from: r.retentionCohorts.createdByUserId, to: r.userProfiles.id }),
    },
    userProfiles: {
      reengagementLifecycleStages: r.many.userLifecycleStages({ from: r.userProfiles.id, to: r.userLifecycleStages.userId }),
      reengagementCurrentLifecycleStage: r.one.userLifecycleStages({
        from: r.userProfiles.id,
        to: r.userLifecycleStages.userId,
        where: { leftAt: { isNull: true } },
      }),
      reengagementLifecycleStagesChanged: r.many.userLifecycleStages({ from: r.userProfiles.id, to: r.userLifecycleStages.changedByUserId }),
      reengagementInactivityPeriods: r.many.inactivityPeriods({ from: r.userProfiles.id, to: r.inactivityPeriods.userId }),
      reengagementInterventions: r.many.retentionInterventions({ from: r.userProfiles.id, to: r.retentionInterventions.userId }),
      reengagementInterventionsPerformed: r.many.retentionInterventions({
        from: r.userProfiles.id,
        to: r.retentionInterventions.performedByUserId,
      }),
      reengagementSegmentsApproved: r.many.userRetentionSegments({ from: r.userProfiles.id, to: r.userRetentionSegments.approvedByUserId }),
      reengagementLoyaltyMemberships: r.many.loyaltyMemberships({ from: r.userProfiles.id, to: r.loyaltyMemberships.userId }),
      reengagementCurrentLoyaltyMembership: r.one.loyaltyMemberships({
        from: r.userProfiles.id,
        to: r.loyaltyMemberships.userId,
        where: { endedAt: { isNull: true } },
      }),
      reengagementLoyaltyTiersGranted: r.many.loyaltyMemberships({ from: r.userProfiles.id, to: r.loyaltyMemberships.grantedByUserId }),
      reengagementLoyaltyPoints: r.many.loyaltyPointTransactions({ from: r.userProfiles.id, to: r.loyaltyPointTransactions.userId }),
      reengagementEngagementScores: r.many.userEngagementScores({ from: r.userProfiles.id, to: r.userEngagementScores.userId }),
      reengagementCohortsCreated: r.many.retentionCohorts({ from: r.userProfiles.id, to: r.retentionCohorts.createdByUserId }),
    },
    userSessions: {
      reengagementInactivityPeriods: r.many.inactivityPeriods({ from: r.userSessions.id, to: r.inactivityPeriods.lastSessionId }),
    },
    aiModels: {
      reengagementRetentionSegments: r.many.userRetentionSegments({ from: r.aiModels.id, to: r.userRetentionSegments.churnModelId }),
      reengagementEngagementScores: r.many.userEngagementScores({ from: r.aiModels.id, to: r.userEngagementScores.modelId }),
    },
    purchaseOrders: {
      reengagementLoyaltyPoints: r.many.loyaltyPointTransactions({ from: r.purchaseOrders.id, to: r.loyaltyPointTransactions.purchaseOrderId }),
    },
    userSegments: {
      reengagementDefinition: r.one.userRetentionSegments({ from: r.userSegments.id, to: r.userRetentionSegments.segmentId }),
      reengagementCohorts: r.many.retentionCohorts({ from: r.userSegments.id, to: r.retentionCohorts.segmentId }),
    },
    userRetentionCampaigns: {
      reengagementSettings: r.one.reEngagementCampaigns({ from: r.userRetentionCampaigns.id, to: r.reEngagementCampaigns.retentionCampaignId }),
      reengagementWinBackSettings: r.one.winBackCampaigns({ from: r.userRetentionCampaigns.id, to: r.winBackCampaigns.retentionCampaignId }),
      reengagementDailyMetrics: r.many.retentionMetricsTracking({
        from: r.userRetentionCampaigns.id,
        to: r.retentionMetricsTracking.retentionCampaignId,
      }),
      reengagementInterventions: r.many.retentionInterventions({
        from: r.userRetentionCampaigns.id,
        to: r.retentionInterventions.retentionCampaignId,
      }),
      reengagementLifecycleStagesCredited: r.many.userLifecycleStages({
        from: r.userRetentionCampaigns.id,
        to: r.userLifecycleStages.retentionCampaignId,
      }),
    },
    reEngagementTriggers: {
      reengagementInactivityPeriods: r.many.inactivityPeriods({ from: r.reEngagementTriggers.id, to: r.inactivityPeriods.triggerId }),
    },
    churnPrediction: {
      reengagementLifecycleStages: r.many.userLifecycleStages({ from: r.churnPrediction.id, to: r.userLifecycleStages.churnPredictionId }),
      reengagementInterventions: r.many.retentionInterventions({ from: r.churnPrediction.id, to: r.retentionInterventions.churnPredictionId }),
    },
    personalizedOffers: {
      reengagementInterventions: r.many.retentionInterventions({ from: r.personalizedOffers.id, to: r.retentionInterventions.offerId }),
      reengagementWinBackTemplates: r.many.winBackCampaigns({ from: r.personalizedOffers.id, to: r.winBackCampaigns.templateOfferId }),
    },
    outreachMessages: {
      reengagementInterventions: r.many.retentionInterventions({ from: r.outreachMessages.id, to: r.retentionInterventions.outreachMessageId }),
      reengagementReactivations: r.many.inactivityPeriods({ from: r.outreachMessages.id, to: r.inactivityPeriods.reactivatedByMessageId }),
    },
  }),
);
