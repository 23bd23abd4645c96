import { aiAgentInteractions, aiAgentSessions } from '@db/agents/tables';
import { gdprCompliance } from '@db/compliance/tables';
import { userReviews } from '@db/feedback/tables';
import { aiMessages, aiModels, aiRecommendations } from '@db/recommendations/tables';
import { outreachMessages, userSegments } from '@db/retention/tables';
import { socialComments, socialPosts } from '@db/social/tables';
import { userProfiles, userSessions } from '@db/users/tables';
import { defineRelationsPart } from 'drizzle-orm';
import * as schema from './tables.ts';

/**
 * This package's relations part: `r.one` edges from its tables, their reverse `r.many`, and the reverse edges onto
 * the parents of other packages, under keys prefixed `emotion` that those packages do not use.
 */
export const emotionsRelations = defineRelationsPart(
  {
    ...schema,
    userProfiles,
    userSessions,
    aiModels,
    aiRecommendations,
    aiMessages,
    socialPosts,
    socialComments,
    aiAgentInteractions,
    aiAgentSessions,
    outreachMessages,
    userSegments,
    userReviews,
    gdprCompliance,
  },
  (r) => ({
    emotionalAiModels: {
      aiModel: r.one.aiModels({ from: r.emotionalAiModels.aiModelId, to: r.aiModels.id, optional: false }),
      approvedBy: r.one.userProfiles({ from: r.emotionalAiModels.approvedByUserId, to: r.userProfiles.id }),
      configurations: r.many.emotionalResponseModels({ from: r.emotionalAiModels.id, to: r.emotionalResponseModels.emotionalAiModelId }),
    },
    emotionalResponseModels: {
      emotionalAiModel: r.one.emotionalAiModels({
        from: r.emotionalResponseModels.emotionalAiModelId,
        to: r.emotionalAiModels.id,
        optional: false,
      }),
      approvedBy: r.one.userProfiles({ from: r.emotionalResponseModels.approvedByUserId, to: r.userProfiles.id }),
      observations: r.many.userEmotionTracking({ from: r.emotionalResponseModels.id, to: r.userEmotionTracking.responseModelId }),
      sentimentAnalyses: r.many.interactionSentiment({ from: r.emotionalResponseModels.id, to: r.interactionSentiment.responseModelId }),
      predictions: r.many.emotionPredictionResults({ from: r.emotionalResponseModels.id, to: r.emotionPredictionResults.responseModelId }),
      actions: r.many.emotionDrivenActions({ from: r.emotionalResponseModels.id, to: r.emotionDrivenActions.responseModelId }),
    },
    emotionalContextTags: {
      parent: r.one.emotionalContextTags({
        from: r.emotionalContextTags.parentTagId,
        to: r.emotionalContextTags.id,
        alias: 'emotional_context_tag_parent',
      }),
      children: r.many.emotionalContextTags({
        from: r.emotionalContextTags.id,
        to: r.emotionalContextTags.parentTagId,
        alias: 'emotional_context_tag_parent',
      }),
      replacedBy: r.one.emotionalContextTags({
        from: r.emotionalContextTags.replacedByTagId,
        to: r.emotionalContextTags.id,
        alias: 'emotional_context_tag_replacement',
      }),
      replaces: r.many.emotionalContextTags({
        from: r.emotionalContextTags.id,
        to: r.emotionalContextTags.replacedByTagId,
        alias: 'emotional_context_tag_replacement',
      }),
      createdBy: r.one.userProfiles({ from: r.emotionalContextTags.createdByUserId, to: r.userProfiles.id }),
      triggers: r.many.emotionTriggers({ from: r.emotionalContextTags.id, to: r.emotionTriggers.emotionalContextTagId }),
      observations: r.many.userEmotionTracking({ from: r.emotionalContextTags.id, to: r.userEmotionTracking.emotionalContextTagId }),
    },
    emotionalSupportResources: {
      reviewedBy: r.one.userProfiles({ from: r.emotionalSupportResources.reviewedByUserId, to: r.userProfiles.id }),
      triggers: r.many.emotionTriggers({ from: r.emotionalSupportResources.id, to: r.emotionTriggers.emotionalSupportResourceId }),
      actions: r.many.emotionDrivenActions({ from: r.emotionalSupportResources.id, to: r.emotionDrivenActions.emotionalSupportResourceId }),
    },
    emotionTriggers: {
      contextTag: r.one.emotionalContextTags({ from: r.emotionTriggers.emotionalContextTagId, to: r.emotionalContextTags.id }),
      supportResource: r.one.emotionalSupportResources({
        from: r.emotionTriggers.emotionalSupportResourceId,
        to: r.emotionalSupportResources.id,
      }),
      owner: r.one.userProfiles({ from: r.emotionTriggers.ownerUserId, to: r.userProfiles.id }),
      actions: r.many.emotionDrivenActions({ from: r.emotionTriggers.id, to: r.emotionDrivenActions.emotionTriggerId }),
    },
    userEmotionTracking: {
      user: r.one.userProfiles({ from: r.userEmotionTracking.userId, to: r.userProfiles.id, optional: false }),
      socialPost: r.one.socialPosts({ from: r.userEmotionTracking.socialPostId, to: r.socialPosts.id }),
      socialComment: r.one.socialComments({ from: r.userEmotionTracking.socialCommentId, to: r.socialComments.id }),
      aiRecommendation: r.one.aiRecommendations({ from: r.userEmotionTracking.aiRecommendationId, to: r.aiRecommendations.id }),
      aiAgentInteraction: r.one.aiAgentInteractions({ from: r.userEmotionTracking.aiAgentInteractionId, to: r.aiAgentInteractions.id }),
      outreachMessage: r.one.outreachMessages({ from: r.userEmotionTracking.outreachMessageId, to: r.outreachMessages.id }),
      userReview: r.one.userReviews({ from: r.userEmotionTracking.userReviewId, to: r.userReviews.id }),
      model: r.one.emotionalResponseModels({ from: r.userEmotionTracking.responseModelId, to: r.emotionalResponseModels.id }),
      contextTag: r.one.emotionalContextTags({ from: r.userEmotionTracking.emotionalContextTagId, to: r.emotionalContextTags.id }),
      consentRecord: r.one.gdprCompliance({ from: r.userEmotionTracking.consentRecordId, to: r.gdprCompliance.id, optional: false }),
      userSession: r.one.userSessions({ from: r.userEmotionTracking.userSessionId, to: r.userSessions.id }),
      feedback: r.many.emotionalResponseFeedback({ from: r.userEmotionTracking.id, to: r.emotionalResponseFeedback.userEmotionTrackingId }),
    },
    interactionSentiment: {
      user: r.one.userProfiles({ from: r.interactionSentiment.userId, to: r.userProfiles.id, optional: false }),
      socialPost: r.one.socialPosts({ from: r.interactionSentiment.socialPostId, to: r.socialPosts.id }),
      socialComment: r.one.socialComments({ from: r.interactionSentiment.socialCommentId, to: r.socialComments.id }),
      aiMessage: r.one.aiMessages({ from: r.interactionSentiment.aiMessageId, to: r.aiMessages.id }),
      aiAgentSession: r.one.aiAgentSessions({ from: r.interactionSentiment.aiAgentSessionId, to: r.aiAgentSessions.id }),
      model: r.one.emotionalResponseModels({
        from: r.interactionSentiment.responseModelId,
        to: r.emotionalResponseModels.id,
        optional: false,
      }),
      feedback: r.many.emotionalResponseFeedback({ from: r.interactionSentiment.id, to: r.emotionalResponseFeedback.interactionSentimentId }),
    },
    emotionalStateHistory: {
      user: r.one.userProfiles({ from: r.emotionalStateHistory.userId, to: r.userProfiles.id, optional: false }),
      model: r.one.emotionalResponseModels({ from: r.emotionalStateHistory.responseModelId, to: r.emotionalResponseModels.id }),
    },
    emotionPredictionResults: {
      model: r.one.emotionalResponseModels({
        from: r.emotionPredictionResults.responseModelId,
        to: r.emotionalResponseModels.id,
        optional: false,
      }),
      user: r.one.userProfiles({ from: r.emotionPredictionResults.userId, to: r.userProfiles.id }),
      socialPost: r.one.socialPosts({ from: r.emotionPredictionResults.socialPostId, to: r.socialPosts.id }),
      socialComment: r.one.socialComments({ from: r.emotionPredictionResults.socialCommentId, to: r.socialComments.id }),
      aiRecommendation: r.one.aiRecommendations({ from: r.emotionPredictionResults.aiRecommendationId, to: r.aiRecommendations.id }),
      aiAgentInteraction: r.one.aiAgentInteractions({
        from: r.emotionPredictionResults.aiAgentInteractionId,
        to: r.aiAgentInteractions.id,
      }),
      outreachMessage: r.one.outreachMessages({ from: r.emotionPredictionResults.outreachMessageId, to: r.outreachMessages.id }),
      userReview: r.one.userReviews({ from: r.emotionPredictionResults.userReviewId, to: r.userReviews.id }),
      actualObservation: r.one.userEmotionTracking({ from: r.emotionPredictionResults.userEmotionTrackingId, to: r.userEmotionTracking.id }),
      feedback: r.many.emotionalResponseFeedback({ from: r.emotionPredictionResults.id, to: r.emotionalResponseFeedback.emotionPredictionResultId }),
    },
    emotionalResponseFeedback: {
      user: r.one.userProfiles({ from: r.emotionalResponseFeedback.userId, to: r.userProfiles.id, optional: false }),
      observation: r.one.userEmotionTracking({ from: r.emotionalResponseFeedback.userEmotionTrackingId, to: r.userEmotionTracking.id }),
      sentiment: r.one.interactionSentiment({ from: r.emotionalResponseFeedback.interactionSentimentId, to: r.interactionSentiment.id }),
      prediction: r.one.emotionPredictionResults({
        from: r.emotionalResponseFeedback.emotionPredictionResultId,
        to: r.emotionPredictionResults.id,
      }),
    },
    userSatisfactionScores: {
      user: r.one.userProfiles({ from: r.userSatisfactionScores.userId, to: r.userProfiles.id }),
      aiAgentSession: r.one.aiAgentSessions({ from: r.userSatisfactionScores.aiAgentSessionId, to: r.aiAgentSessions.id }),
      outreachMessage: r.one.outreachMessages({ from: r.userSatisfactionScores.outreachMessageId, to: r.outreachMessages.id }),
    },
    emotionalWellnessMetrics: {
      user: r.one.userProfiles({ from: r.emotionalWellnessMetrics.userId, to: r.userProfiles.id, optional: false }),
      consentRecord: r.one.gdprCompliance({ from: r.emotionalWellnessMetrics.consentRecordId, to: r.gdprCompliance.id, optional: false }),
    },
    emotionDrivenActions: {
      user: r.one.userProfiles({ from: r.emotionDrivenActions.userId, to: r.userProfiles.id, optional: false }),
      trigger: r.one.emotionTriggers({ from: r.emotionDrivenActions.emotionTriggerId, to: r.emotionTriggers.id, optional: false }),
      model: r.one.emotionalResponseModels({
        from: r.emotionDrivenActions.responseModelId,
        to: r.emotionalResponseModels.id,
        optional: false,
      }),
      consentRecord: r.one.gdprCompliance({ from: r.emotionDrivenActions.consentRecordId, to: r.gdprCompliance.id }),
      supportResource: r.one.emotionalSupportResources({
        from: r.emotionDrivenActions.emotionalSupportResourceId,
        to: r.emotionalSupportResources.id,
      }),
    },
    emotionBasedRecommendations: {
      aiRecommendation: r.one.aiRecommendations({
        from: r.emotionBasedRecommendations.aiRecommendationId,
        to: r.aiRecommendations.id,
        optional: false,
      }),
      user: r.one.userProfiles({ from: r.emotionBasedRecommendations.userId, to: r.userProfiles.id, optional: false }),
      observation: r.one.userEmotionTracking({ from: r.emotionBasedRecommendations.userEmotionTrackingId, to: r.userEmotionTracking.id }),
      state: r.one.emotionalStateHistory({ from: r.emotionBasedRecommendations.emotionalStateHistoryId, to: r.emotionalStateHistory.id }),
      model: r.one.emotionalResponseModels({
        from: r.emotionBasedRecommendations.responseModelId,
        to: r.emotionalResponseModels.id,
        optional: false,
      }),
      consentRecord: r.one.gdprCompliance({ from: r.emotionBasedRecommendations.consentRecordId, to: r.gdprCompliance.id, optional: false }),
    },
    emotionBasedMarketing: {
      outreachMessage: r.one.outreachMessages({
        from: r.emotionBasedMarketing.outreachMessageId,
        to: r.outreachMessages.id,
        optional: false,
      }),
      user: r.one.userProfiles({ from: r.emotionBasedMarketing.userId, to: r.userProfiles.id, optional: false }),
      state: r.one.emotionalStateHistory({ from: r.emotionBasedMarketing.emotionalStateHistoryId, to: r.emotionalStateHistory.id }),
      model: r.one.emotionalResponseModels({
        from: r.emotionBasedMarketing.responseModelId,
        to: r.emotionalResponseModels.id,
        optional: false,
      }),
      contextTag: r.one.emotionalContextTags({ from: r.emotionBasedMarketing.emotionalContextTagId, to: r.emotionalContextTags.id }),
      consentRecord: r.one.gdprCompliance({ from: r.emotionBasedMarketing.consentRecordId, to: r.gdprCompliance.id }),
    },
    personalizedEmotionalContent: {
      user: r.one.userProfiles({ from: r.personalizedEmotionalContent.userId, to: r.userProfiles.id, optional: false }),
      observation: r.one.userEmotionTracking({ from: r.personalizedEmotionalContent.userEmotionTrackingId, to: r.userEmotionTracking.id }),
      state: r.one.emotionalStateHistory({ from: r.personalizedEmotionalContent.emotionalStateHistoryId, to: r.emotionalStateHistory.id }),
      model: r.one.emotionalResponseModels({
        from: r.personalizedEmotionalContent.responseModelId,
        to: r.emotionalResponseModels.id,
        optional: false,
      }),
      consentRecord: r.one.gdprCompliance({ from: r.personalizedEmotionalContent.consentRecordId, to: r.gdprCompliance.id, optional: false }),
      aiAgentSession: r.one.aiAgentSessions({ from: r.personalizedEmotionalContent.aiAgentSessionId, to: r.aiAgentSessions.id }),
      supportResource: r.one.emotionalSupportResources({
        from: r.personalizedEmotionalContent.emotionalSupportResourceId,
        to: r.emotionalSupportResources.id,
      }),
      contextTag: r.one.emotionalContextTags({ from: r.personalizedEmotionalContent.emotionalContextTagId, to: r.emotionalContextTags.id }),
    },
    emotionAnalytics: {
      userSegment: r.one.userSegments({ from: r.emotionAnalytics.userSegmentId, to: r.userSegments.id }),
    },
    emotionalEngagementPatterns: {
      userSegment: r.one.userSegments({ from: r.emotionalEngagementPatterns.userSegmentId, to: r.userSegments.id }),
    },
    emotionTrendAnalysis: {
      userSegment: r.one.userSegments({ from: r.emotionTrendAnalysis.userSegmentId, to: r.userSegments.id }),
      insights: r.many.emotionInsights({ from: r.emotionTrendAnalysis.id, to: r.emotionInsights.emotionTrendAnalysisId }),
    },
    emotionInsights: {
      userSegment: r.one.userSegments({ from: r.emotionInsights.userSegmentId, to: r.userSegments.id }),
      trend: r.one.emotionTrendAnalysis({ from: r.emotionInsights.emotionTrendAnalysisId, to: r.emotionTrendAnalysis.id }),
      aiModel: r.one.aiModels({ from: r.emotionInsights.aiModelId, to: r.aiModels.id }),
      acknowledgedBy: r.one.userProfiles({ from: r.emotionInsights.acknowledgedByUserId, to: r.userProfiles.id }),
    },
    userProfiles: {
      emotionObservations: r.many.userEmotionTracking({ from: r.userProfiles.id, to: r.userEmotionTracking.userId }),
      emotionSentimentAnalyses: r.many.interactionSentiment({ from: r.userProfiles.id, to: r.interactionSentiment.userId }),
      emotionStates: r.many.emotionalStateHistory({ from: r.userProfiles.id, to: r.emotionalStateHistory.userId }),
      emotionCurrentState: r.one.emotionalStateHistory({
        from: r.userProfiles.id,
        to: r.emotionalStateHistory.userId,
        where: { validTo: { isNull: true } },
      }),
      emotionPredictions: r.many.emotionPredictionResults({ from: r.userProfiles.id, to: r.emotionPredictionResults.userId }),
      emotionFeedback: r.many.emotionalResponseFeedback({ from: r.userProfiles.id, to: r.emotionalResponseFeedback.userId }),
      emotionSatisfactionScores: r.many.userSatisfactionScores({ from: r.userProfiles.id, to: r.userSatisfactionScores.userId }),
      emotionWellnessCheckIns: r.many.emotionalWellnessMetrics({ from: r.userProfiles.id, to: r.emotionalWellnessMetrics.userId }),
      emotionDrivenActions: r.many.emotionDrivenActions({ from: r.userProfiles.id, to: r.emotionDrivenActions.userId }),
      emotionBasedRecommendations: r.many.emotionBasedRecommendations({ from: r.userProfiles.id, to: r.emotionBasedRecommendations.userId }),
      emotionBasedMarketing: r.many.emotionBasedMarketing({ from: r.userProfiles.id, to: r.emotionBasedMarketing.userId }),
      emotionPersonalisedContent: r.many.personalizedEmotionalContent({ from: r.userProfiles.id, to: r.personalizedEmotionalContent.userId }),
      emotionModelsApproved: r.many.emotionalAiModels({ from: r.userProfiles.id, to: r.emotionalAiModels.approvedByUserId }),
      emotionConfigurationsApproved: r.many.emotionalResponseModels({ from: r.userProfiles.id, to: r.emotionalResponseModels.approvedByUserId }),
      emotionContextTagsCreated: r.many.emotionalContextTags({ from: r.userProfiles.id, to: r.emotionalContextTags.createdByUserId }),
      emotionSupportResourcesReviewed: r.many.emotionalSupportResources({ from: r.userProfiles.id, to: r.emotionalSupportResources.reviewedByUserId }),
      emotionTriggersOwned: r.many.emotionTriggers({ from: r.userProfiles.id, to: r.emotionTriggers.ownerUserId }),
      emotionInsightsAcknowledged: r.many.emotionInsights({ from: r.userProfiles.id, to: r.emotionInsights.acknowledgedByUserId }),
    },
    userSessions: {
      emotionObservations: r.many.userEmotionTracking({ from: r.userSessions.id, to: r.userEmotionTracking.userSessionId }),
    },
    aiModels: {
      emotionProfile: r.one.emotionalAiModels({ from: r.aiModels.id, to: r.emotionalAiModels.aiModelId }),
      emotionInsightsWritten: r.many.emotionInsights({ from: r.aiModels.id, to: r.emotionInsights.aiModelId }),
    },
    aiRecommendations: {
      emotionObservations: r.many.userEmotionTracking({ from: r.aiRecommendations.id, to: r.userEmotionTracking.aiRecommendationId }),
      emotionPredictions: r.many.emotionPredictionResults({ from: r.aiRecommendations.id, to: r.emotionPredictionResults.aiRecommendationId }),
      emotionBasis: r.one.emotionBasedRecommendations({ from: r.aiRecommendations.id, to: r.emotionBasedRecommendations.aiRecommendationId }),
    },
    aiMessages: {
      emotionSentiment: r.many.interactionSentiment({ from: r.aiMessages.id, to: r.interactionSentiment.aiMessageId }),
    },
    socialPosts: {
      emotionObservations: r.many.userEmotionTracking({ from: r.socialPosts.id, to: r.userEmotionTracking.socialPostId }),
      emotionSentiment: r.many.interactionSentiment({ from: r.socialPosts.id, to: r.interactionSentiment.socialPostId }),
      emotionPredictions: r.many.emotionPredictionResults({ from: r.socialPosts.id, to: r.emotionPredictionResults.socialPostId }),
    },
    socialComments: {
      emotionObservations: r.many.userEmotionTracking({ from: r.socialComments.id, to: r.userEmotionTracking.socialCommentId }),
      emotionSentiment: r.many.interactionSentiment({ from: r.socialComments.id, to: r.interactionSentiment.socialCommentId }),
      emotionPredictions: r.many.emotionPredictionResults({ from: r.socialComments.id, to: r.emotionPredictionResults.socialCommentId }),
    },
    aiAgentInteractions: {
      emotionObservations: r.many.userEmotionTracking({ from: r.aiAgentInteractions.id, to: r.userEmotionTracking.aiAgentInteractionId }),
      emotionPredictions: r.many.emotionPredictionResults({ from: r.aiAgentInteractions.id, to: r.emotionPredictionResults.aiAgentInteractionId }),
    },
    aiAgentSessions: {
      emotionSentiment: r.many.interactionSentiment({ from: r.aiAgentSessions.id, to: r.interactionSentiment.aiAgentSessionId }),
      emotionSatisfactionScores: r.many.userSatisfactionScores({ from: r.aiAgentSessions.id, to: r.userSatisfactionScores.aiAgentSessionId }),
      emotionPersonalisedContent: r.many.personalizedEmotionalContent({
        from: r.aiAgentSessions.id,
        to: r.personalizedEmotionalContent.aiAgentSessionId,
      }),
    },
    outreachMessages: {
      emotionObservations: r.many.userEmotionTracking({ from: r.outreachMessages.id, to: r.userEmotionTracking.outreachMessageId }),
      emotionPredictions: r.many.emotionPredictionResults({ from: r.outreachMessages.id, to: r.emotionPredictionResults.outreachMessageId }),
      emotionMarketingDecision: r.one.emotionBasedMarketing({ from: r.outreachMessages.id, to: r.emotionBasedMarketing.outreachMessageId }),
      emotionSatisfactionScores: r.many.userSatisfactionScores({ from: r.outreachMessages.id, to: r.userSatisfactionScores.outreachMessageId }),
    },
    userReviews: {
      emotionObservations: r.many.userEmotionTracking({ from: r.userReviews.id, to: r.userEmotionTracking.userReviewId }),
      emotionPredictions: r.many.emotionPredictionResults({ from: r.userReviews.id, to: r.emotionPredictionResults.userReviewId }),
    },
    userSegments: {
      emotionAnalytics: r.many.emotionAnalytics({ from: r.userSegments.id, to: r.emotionAnalytics.userSegmentId }),
      emotionEngagementPatterns: r.many.emotionalEngagementPatterns({ from: r.userSegments.id, to: r.emotionalEngagementPatterns.userSegmentId }),
      emotionTrends: r.many.emotionTrendAnalysis({ from: r.userSegments.id, to: r.emotionTrendAnalysis.userSegmentId }),
      emotionInsights: r.many.emotionInsights({ from: r.userSegments.id, to: r.emotionInsights.userSegmentId }),
    },
    gdprCompliance: {
      emotionObservations: r.many.userEmotionTracking({ from: r.gdprCompliance.id, to: r.userEmotionTracking.consentRecordId }),
      emotionWellnessCheckIns: r.many.emotionalWellnessMetrics({ from: r.gdprCompliance.id, to: r.emotionalWellnessMetrics.consentRecordId }),
      emotionDrivenActions: r.many.emotionDrivenActions({ from: r.gdprCompliance.id, to: r.emotionDrivenActions.consentRecordId }),
      emotionBasedRecommendations: r.many.emotionBasedRecommendations({ from: r.gdprCompliance.id, to: r.emotionBasedRecommendations.consentRecordId }),
      emotionBasedMarketing: r.many.emotionBasedMarketing({ from: r.gdprCompliance.id, to: r.emotionBasedMarketing.consentRecordId }),
      emotionPersonalisedContent: r.many.personalizedEmotionalContent({
        from: r.gdprCompliance.id,
        to: r.personalizedEmotionalContent.consentRecordId,
      }),
    },
  }),
);
