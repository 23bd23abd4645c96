import { horses } from '@db/horses/tables';
import { vetPractices } from '@db/providers/tables';
import { userProfiles, userSessions } from '@db/users/tables';
import { defineRelationsPart } from 'drizzle-orm';
import * as schema from './tables.ts';

/**
 * This package's relations part: `r.one` edges from its tables, their reverse `r.many`, and the reverse edges
 * onto user_profiles, user_sessions, horses and vet_practices, under keys prefixed so they
 * cannot meet other pillars' (`aiConversations`, `smartReminders`, ...).
 */
export const recommendationsRelations = defineRelationsPart(
  { ...schema, userProfiles, userSessions, horses, vetPractices },
  (r) => ({
    aiModels: {
      recommendations: r.many.aiRecommendations({ from: r.aiModels.id, to: r.aiRecommendations.modelId }),
      queries: r.many.aiQueries({ from: r.aiModels.id, to: r.aiQueries.modelId }),
      conversations: r.many.aiConversations({ from: r.aiModels.id, to: r.aiConversations.modelId }),
      messages: r.many.aiMessages({ from: r.aiModels.id, to: r.aiMessages.modelId }),
      performance: r.many.aiModelPerformance({ from: r.aiModels.id, to: r.aiModelPerformance.modelId }),
      feeds: r.many.personalizedFeeds({ from: r.aiModels.id, to: r.personalizedFeeds.modelId }),
      contentRankings: r.many.contentRankings({ from: r.aiModels.id, to: r.contentRankings.modelId }),
      learnedPreferences: r.many.userPreferenceLearning({ from: r.aiModels.id, to: r.userPreferenceLearning.modelId }),
      predictions: r.many.aiPredictions({ from: r.aiModels.id, to: r.aiPredictions.modelId }),
      smartReminders: r.many.smartReminders({ from: r.aiModels.id, to: r.smartReminders.modelId }),
      cachedInsights: r.many.aiInsightsCache({ from: r.aiModels.id, to: r.aiInsightsCache.modelId }),
      rankings: r.many.aiModelRankings({ from: r.aiModels.id, to: r.aiModelRankings.modelId }),
      currentRankings: r.many.aiModelRankings({
        from: r.aiModels.id,
        to: r.aiModelRankings.modelId,
        where: { validTo: { isNull: true } },
      }),
    },
    aiRecommendations: {
      user: r.one.userProfiles({ from: r.aiRecommendations.userId, to: r.userProfiles.id, optional: false }),
      model: r.one.aiModels({ from: r.aiRecommendations.modelId, to: r.aiModels.id, optional: false }),
      feed: r.one.personalizedFeeds({ from: r.aiRecommendations.personalizedFeedId, to: r.personalizedFeeds.id }),
      horse: r.one.horses({ from: r.aiRecommendations.horseId, to: r.horses.id, alias: 'ai_recommendation_horse' }),
      recommendedHorse: r.one.horses({
        from: r.aiRecommendations.recommendedHorseId,
        to: r.horses.id,
        alias: 'ai_recommendation_recommended_horse',
      }),
      recommendedPractice: r.one.vetPractices({ from: r.aiRecommendations.recommendedPracticeId, to: r.vetPractices.id }),
      feedback: r.many.recommendationFeedback({ from: r.aiRecommendations.id, to: r.recommendationFeedback.recommendationId }),
      smartReminders: r.many.smartReminders({ from: r.aiRecommendations.id, to: r.smartReminders.recommendationId }),
    },
    aiQueries: {
      user: r.one.userProfiles({ from: r.aiQueries.userId, to: r.userProfiles.id }),
      session: r.one.userSessions({ from: r.aiQueries.sessionId, to: r.userSessions.id }),
      horse: r.one.horses({ from: r.aiQueries.horseId, to: r.horses.id }),
      model: r.one.aiModels({ from: r.aiQueries.modelId, to: r.aiModels.id, optional: false }),
    },
    aiConversations: {
      user: r.one.userProfiles({ from: r.aiConversations.userId, to: r.userProfiles.id, optional: false }),
      horse: r.one.horses({ from: r.aiConversations.horseId, to: r.horses.id }),
      model: r.one.aiModels({ from: r.aiConversations.modelId, to: r.aiModels.id, optional: false }),
      session: r.one.userSessions({ from: r.aiConversations.sessionId, to: r.userSessions.id }),
      messages: r.many.aiMessages({ from: r.aiConversations.id, to: r.aiMessages.conversationId }),
    },
    aiMessages: {
      conversation: r.one.aiConversations({ from: r.aiMessages.conversationId, to: r.aiConversations.id, optional: false }),
      model: r.one.aiModels({ from: r.aiMessages.modelId, to: r.aiModels.id }),
    },
    aiModelPerformance: {
      model: r.one.aiModels({ from: r.aiModelPerformance.modelId, to: r.aiModels.id, optional: false }),
      rankings: r.many.aiModelRankings({ from: r.aiModelPerformance.id, to: r.aiModelRankings.performanceId }),
    },
    recommendationFeedback: {
      recommendation: r.one.aiRecommendations({
        from: r.recommendationFeedback.recommendationId,
        to: r.aiRecommendations.id,
        optional: false,
      }),
      user: r.one.userProfiles({ from: r.recommendationFeedback.userId, to: r.userProfiles.id, optional: false }),
    },
    aiTrainingData: {
      contributor: r.one.userProfiles({ from: r.aiTrainingData.contributorUserId, to: r.userProfiles.id }),
    },
    personalizedFeeds: {
      user: r.one.userProfiles({ from: r.personalizedFeeds.userId, to: r.userProfiles.id, optional: false }),
      model: r.one.aiModels({ from: r.personalizedFeeds.modelId, to: r.aiModels.id, optional: false }),
      items: r.many.aiRecommendations({ from: r.personalizedFeeds.id, to: r.aiRecommendations.personalizedFeedId }),
    },
    contentRankings: {
      model: r.one.aiModels({ from: r.contentRankings.modelId, to: r.aiModels.id, optional: false }),
    },
    userPreferenceLearning: {
      user: r.one.userProfiles({ from: r.userPreferenceLearning.userId, to: r.userProfiles.id, optional: false }),
      model: r.one.aiModels({ from: r.userPreferenceLearning.modelId, to: r.aiModels.id }),
    },
    aiPredictions: {
      model: r.one.aiModels({ from: r.aiPredictions.modelId, to: r.aiModels.id, optional: false }),
      horse: r.one.horses({ from: r.aiPredictions.horseId, to: r.horses.id }),
    },
    smartReminders: {
      user: r.one.userProfiles({ from: r.smartReminders.userId, to: r.userProfiles.id, optional: false }),
      horse: r.one.horses({ from: r.smartReminders.horseId, to: r.horses.id }),
      model: r.one.aiModels({ from: r.smartReminders.modelId, to: r.aiModels.id, optional: false }),
      recommendation: r.one.aiRecommendations({ from: r.smartReminders.recommendationId, to: r.aiRecommendations.id }),
    },
    aiInsightsCache: {
      user: r.one.userProfiles({ from: r.aiInsightsCache.userId, to: r.userProfiles.id }),
      horse: r.one.horses({ from: r.aiInsightsCache.horseId, to: r.horses.id }),
      model: r.one.aiModels({ from: r.aiInsightsCache.modelId, to: r.aiModels.id, optional: false }),
    },
    aiModelRankings: {
      model: r.one.aiModels({ from: r.aiModelRankings.modelId, to: r.aiModels.id, optional: false }),
      performance: r.one.aiModelPerformance({ from: r.aiModelRankings.performanceId, to: r.aiModelPerformance.id }),
      decidedBy: r.one.userProfiles({ from: r.aiModelRankings.decidedByUserId, to: r.userProfiles.id }),
    },
    userProfiles: {
      aiRecommendations: r.many.aiRecommendations({ from: r.userProfiles.id, to: r.aiRecommendations.userId }),
      aiQueries: r.many.aiQueries({ from: r.userProfiles.id, to: r.aiQueries.userId }),
      aiConversations: r.many.aiConversations({ from: r.userProfiles.id, to: r.aiConversations.userId }),
      aiRecommendationFeedback: r.many.recommendationFeedback({ from: r.userProfiles.id, to: r.recommendationFeedback.userId }),
      aiTrainingDataContributed: r.many.aiTrainingData({ from: r.userProfiles.id, to: r.aiTrainingData.contributorUserId }),
      aiPersonalizedFeeds: r.many.personalizedFeeds({ from: r.userProfiles.id, to: r.personalizedFeeds.userId }),
      aiLearnedPreferences: r.many.userPreferenceLearning({ from: r.userProfiles.id, to: r.userPreferenceLearning.userId }),
      aiSmartReminders: r.many.smartReminders({ from: r.userProfiles.id, to: r.smartReminders.userId }),
      aiCachedInsights: r.many.aiInsightsCache({ from: r.userProfiles.id, to: r.aiInsightsCache.userId }),
      aiModelRankingsDecided: r.many.aiModelRankings({ from: r.userProfiles.id, to: r.aiModelRankings.decidedByUserId }),
    },
    userSessions: {
      aiConversations: r.many.aiConversations({ from: r.userSessions.id, to: r.aiConversations.sessionId }),
      aiQueries: r.many.aiQueries({ from: r.userSessions.id, to: r.aiQueries.sessionId }),
    },
    horses: {
      aiRecommendations: r.many.aiRecommendations({
        from: r.horses.id,
        to: r.aiRecommendations.horseId,
        alias: 'ai_recommendation_horse',
      }),
      aiRecommendedTo: r.many.aiRecommendations({
        from: r.horses.id,
        to: r.aiRecommendations.recommendedHorseId,
        alias: 'ai_recommendation_recommended_horse',
      }),
      aiQueries: r.many.aiQueries({ from: r.horses.id, to: r.aiQueries.horseId }),
      aiConversations: r.many.aiConversations({ from: r.horses.id, to: r.aiConversations.horseId }),
      aiPredictions: r.many.aiPredictions({ from: r.horses.id, to: r.aiPredictions.horseId }),
      aiSmartReminders: r.many.smartReminders({ from: r.horses.id, to: r.smartReminders.horseId }),
      aiCachedInsights: r.many.aiInsightsCache({ from: r.horses.id, to: r.aiInsightsCache.horseId }),
    },
    vetPractices: {
      aiRecommendations: r.many.aiRecommendations({ from: r.vetPractices.id, to: r.aiRecommendations.recommendedPracticeId }),
    },
  }),
);
