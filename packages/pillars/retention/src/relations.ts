import { horses } from '@db/horses/tables';
import { vetPractices } from '@db/providers/tables';
import { purchaseOrders } from '@db/purchases/tables';
import { aiModels } from '@db/recommendations/tables';
import { notifications } from '@db/social/tables';
import { userProfiles, userSubscriptions } from '@db/users/tables';
import { defineRelationsPart } from 'drizzle-orm';
import * as schema from './tables.ts';

/**
 * This package's relations part: `r.one` edges from its tables, their reverse `r.many`, and the reverse edges onto
 * user_profiles, user_subscriptions, horses, vet_practices, purchase_orders, ai_models and notifications (keys
 * named after this pillar, so they cannot meet other pillars' keys on the same tables).
 */
export const retentionRelations = defineRelationsPart(
  { ...schema, userProfiles, userSubscriptions, horses, vetPractices, purchaseOrders, aiModels, notifications },
  (r) => ({
    userSegments: {
      createdBy: r.one.userProfiles({ from: r.userSegments.createdByUserId, to: r.userProfiles.id }),
      memberships: r.many.userSegmentMemberships({ from: r.userSegments.id, to: r.userSegmentMemberships.segmentId }),
      currentMemberships: r.many.userSegmentMemberships({
        from: r.userSegments.id,
        to: r.userSegmentMemberships.segmentId,
        where: { exitedAt: { isNull: true } },
      }),
      campaigns: r.many.userRetentionCampaigns({ from: r.userSegments.id, to: r.userRetentionCampaigns.segmentId }),
      suppressingCampaigns: r.many.userRetentionCampaigns({
        from: r.userSegments.id,
        to: r.userRetentionCampaigns.suppressionSegmentId,
      }),
      triggers: r.many.reEngagementTriggers({ from: r.userSegments.id, to: r.reEngagementTriggers.segmentId }),
      emailCampaigns: r.many.emailCampaigns({ from: r.userSegments.id, to: r.emailCampaigns.segmentId }),
      smsCampaigns: r.many.smsCampaigns({ from: r.userSegments.id, to: r.smsCampaigns.segmentId }),
      pushCampaigns: r.many.pushNotificationCampaigns({ from: r.userSegments.id, to: r.pushNotificationCampaigns.segmentId }),
      metrics: r.many.retentionMetrics({ from: r.userSegments.id, to: r.retentionMetrics.segmentId }),
    },
    userSegmentMemberships: {
      segment: r.one.userSegments({ from: r.userSegmentMemberships.segmentId, to: r.userSegments.id, optional: false }),
      user: r.one.userProfiles({ from: r.userSegmentMemberships.userId, to: r.userProfiles.id, optional: false }),
      addedBy: r.one.userProfiles({ from: r.userSegmentMemberships.addedByUserId, to: r.userProfiles.id }),
    },
    userRetentionCampaigns: {
      practice: r.one.vetPractices({ from: r.userRetentionCampaigns.practiceId, to: r.vetPractices.id }),
      segment: r.one.userSegments({ from: r.userRetentionCampaigns.segmentId, to: r.userSegments.id }),
      suppressionSegment: r.one.userSegments({ from: r.userRetentionCampaigns.suppressionSegmentId, to: r.userSegments.id }),
      owner: r.one.userProfiles({ from: r.userRetentionCampaigns.ownerUserId, to: r.userProfiles.id }),
      triggers: r.many.reEngagementTriggers({ from: r.userRetentionCampaigns.id, to: r.reEngagementTriggers.retentionCampaignId }),
      emailCampaigns: r.many.emailCampaigns({ from: r.userRetentionCampaigns.id, to: r.emailCampaigns.retentionCampaignId }),
      smsCampaigns: r.many.smsCampaigns({ from: r.userRetentionCampaigns.id, to: r.smsCampaigns.retentionCampaignId }),
      pushCampaigns: r.many.pushNotificationCampaigns({
        from: r.userRetentionCampaigns.id,
        to: r.pushNotificationCampaigns.retentionCampaignId,
      }),
      outreachMessages: r.many.outreachMessages({ from: r.userRetentionCampaigns.id, to: r.outreachMessages.retentionCampaignId }),
      offers: r.many.personalizedOffers({ from: r.userRetentionCampaigns.id, to: r.personalizedOffers.retentionCampaignId }),
      metrics: r.many.retentionMetrics({ from: r.userRetentionCampaigns.id, to: r.retentionMetrics.retentionCampaignId }),
    },
    reEngagementTriggers: {
      retentionCampaign: r.one.userRetentionCampaigns({
        from: r.reEngagementTriggers.retentionCampaignId,
        to: r.userRetentionCampaigns.id,
        optional: false,
      }),
      segment: r.one.userSegments({ from: r.reEngagementTriggers.segmentId, to: r.userSegments.id }),
      createdBy: r.one.userProfiles({ from: r.reEngagementTriggers.createdByUserId, to: r.userProfiles.id }),
      outreachMessages: r.many.outreachMessages({ from: r.reEngagementTriggers.id, to: r.outreachMessages.triggerId }),
    },
    emailCampaigns: {
      retentionCampaign: r.one.userRetentionCampaigns({ from: r.emailCampaigns.retentionCampaignId, to: r.userRetentionCampaigns.id }),
      segment: r.one.userSegments({ from: r.emailCampaigns.segmentId, to: r.userSegments.id }),
      outreachMessages: r.many.outreachMessages({ from: r.emailCampaigns.id, to: r.outreachMessages.emailCampaignId }),
    },
    smsCampaigns: {
      retentionCampaign: r.one.userRetentionCampaigns({ from: r.smsCampaigns.retentionCampaignId, to: r.userRetentionCampaigns.id }),
      segment: r.one.userSegments({ from: r.smsCampaigns.segmentId, to: r.userSegments.id }),
      outreachMessages: r.many.outreachMessages({ from: r.smsCampaigns.id, to: r.outreachMessages.smsCampaignId }),
    },
    pushNotificationCampaigns: {
      retentionCampaign: r.one.userRetentionCampaigns({
        from: r.pushNotificationCampaigns.retentionCampaignId,
        to: r.userRetentionCampaigns.id,
      }),
      segment: r.one.userSegments({ from: r.pushNotificationCampaigns.segmentId, to: r.userSegments.id }),
      outreachMessages: r.many.outreachMessages({ from: r.pushNotificationCampaigns.id, to: r.outreachMessages.pushCampaignId }),
    },
    churnPrediction: {
      user: r.one.userProfiles({ from: r.churnPrediction.userId, to: r.userProfiles.id, optional: false }),
      subscription: r.one.userSubscriptions({ from: r.churnPrediction.subscriptionId, to: r.userSubscriptions.id }),
      model: r.one.aiModels({ from: r.churnPrediction.modelId, to: r.aiModels.id, optional: false }),
      offers: r.many.personalizedOffers({ from: r.churnPrediction.id, to: r.personalizedOffers.churnPredictionId }),
    },
    personalizedOffers: {
      user: r.one.userProfiles({ from: r.personalizedOffers.userId, to: r.userProfiles.id, optional: false }),
      retentionCampaign: r.one.userRetentionCampaigns({
        from: r.personalizedOffers.retentionCampaignId,
        to: r.userRetentionCampaigns.id,
      }),
      churnPrediction: r.one.churnPrediction({ from: r.personalizedOffers.churnPredictionId, to: r.churnPrediction.id }),
      horse: r.one.horses({ from: r.personalizedOffers.horseId, to: r.horses.id }),
      redeemedPurchaseOrder: r.one.purchaseOrders({ from: r.personalizedOffers.redeemedPurchaseOrderId, to: r.purchaseOrders.id }),
      redeemedSubscription: r.one.userSubscriptions({ from: r.personalizedOffers.redeemedSubscriptionId, to: r.userSubscriptions.id }),
      outreachMessages: r.many.outreachMessages({ from: r.personalizedOffers.id, to: r.outreachMessages.offerId }),
    },
    outreachMessages: {
      user: r.one.userProfiles({ from: r.outreachMessages.userId, to: r.userProfiles.id, optional: false }),
      retentionCampaign: r.one.userRetentionCampaigns({ from: r.outreachMessages.retentionCampaignId, to: r.userRetentionCampaigns.id }),
      emailCampaign: r.one.emailCampaigns({ from: r.outreachMessages.emailCampaignId, to: r.emailCampaigns.id }),
      smsCampaign: r.one.smsCampaigns({ from: r.outreachMessages.smsCampaignId, to: r.smsCampaigns.id }),
      pushCampaign: r.one.pushNotificationCampaigns({ from: r.outreachMessages.pushCampaignId, to: r.pushNotificationCampaigns.id }),
      trigger: r.one.reEngagementTriggers({ from: r.outreachMessages.triggerId, to: r.reEngagementTriggers.id }),
      offer: r.one.personalizedOffers({ from: r.outreachMessages.offerId, to: r.personalizedOffers.id }),
      notification: r.one.notifications({ from: r.outreachMessages.notificationId, to: r.notifications.id }),
      events: r.many.outreachEvents({ from: r.outreachMessages.id, to: r.outreachEvents.messageId }),
    },
    outreachEvents: {
      message: r.one.outreachMessages({ from: r.outreachEvents.messageId, to: r.outreachMessages.id, optional: false }),
      user: r.one.userProfiles({ from: r.outreachEvents.userId, to: r.userProfiles.id, optional: false }),
    },
    retentionMetrics: {
      segment: r.one.userSegments({ from: r.retentionMetrics.segmentId, to: r.userSegments.id }),
      retentionCampaign: r.one.userRetentionCampaigns({ from: r.retentionMetrics.retentionCampaignId, to: r.userRetentionCampaigns.id }),
    },
    userProfiles: {
      retentionSegmentsCreated: r.many.userSegments({ from: r.userProfiles.id, to: r.userSegments.createdByUserId }),
      retentionSegmentMemberships: r.many.userSegmentMemberships({ from: r.userProfiles.id, to: r.userSegmentMemberships.userId }),
      retentionSegmentMembershipsAdded: r.many.userSegmentMemberships({
        from: r.userProfiles.id,
        to: r.userSegmentMemberships.addedByUserId,
      }),
      retentionCampaignsOwned: r.many.userRetentionCampaigns({ from: r.userProfiles.id, to: r.userRetentionCampaigns.ownerUserId }),
      reEngagementTriggersCreated: r.many.reEngagementTriggers({ from: r.userProfiles.id, to: r.reEngagementTriggers.createdByUserId }),
      outreachMessages: r.many.outreachMessages({ from: r.userProfiles.id, to: r.outreachMessages.userId }),
      outreachEvents: r.many.outreachEvents({ from: r.userProfiles.id, to: r.outreachEvents.userId }),
      retentionOffers: r.many.personalizedOffers({ from: r.userProfiles.id, to: r.personalizedOffers.userId }),
      churnPredictions: r.many.churnPrediction({ from: r.userProfiles.id, to: r.churnPrediction.userId }),
      currentChurnPredictions: r.many.churnPrediction({
        from: r.userProfiles.id,
        to: r.churnPrediction.userId,
        where: { supersededAt: { isNull: true } },
      }),
    },
    userSubscriptions: {
      retentionChurnPredictions: r.many.churnPrediction({ from: r.userSubscriptions.id, to: r.churnPrediction.subscriptionId }),
      retentionOffersRedeemed: r.many.personalizedOffers({ from: r.userSubscriptions.id, to: r.personalizedOffers.redeemedSubscriptionId }),
    },
    horses: {
      retentionOffers: r.many.personalizedOffers({ from: r.horses.id, to: r.personalizedOffers.horseId }),
    },
    vetPractices: {
      retentionCampaigns: r.many.userRetentionCampaigns({ from: r.vetPractices.id, to: r.userRetentionCampaigns.practiceId }),
    },
    purchaseOrders: {
      retentionOffersRedeemed: r.many.personalizedOffers({ from: r.purchaseOrders.id, to: r.personalizedOffers.redeemedPurchaseOrderId }),
    },
    aiModels: {
      retentionChurnPredictions: r.many.churnPrediction({ from: r.aiModels.id, to: r.churnPrediction.modelId }),
      retentionCurrentChurnPredictions: r.many.churnPrediction({
        from: r.aiModels.id,
        to: r.churnPrediction.modelId,
        where: { supersededAt: { isNull: true } },
      }),
    },
    notifications: {
      retentionOutreachMessages: r.many.outreachMessages({ from: r.notifications.id, to: r.outreachMessages.notificationId }),
    },
  }),
);
