import { formatted, jsonRecord, SNAKE_CASE_KEY, tableCatalog, tableSchemas } from '@db/core';
import { z } from 'zod';
import { aiConversations } from './schema/ai-conversations.ts';
import { aiInsightsCache } from './schema/ai-insights-cache.ts';
import { aiMessages } from './schema/ai-messages.ts';
import { aiModelPerformance } from './schema/ai-model-performance.ts';
import { aiModelRankings } from './schema/ai-model-rankings.ts';
import { aiModels } from './schema/ai-models.ts';
import { aiPredictions } from './schema/ai-predictions.ts';
import { aiQueries } from './schema/ai-queries.ts';
import { aiRecommendations } from './schema/ai-recommendations.ts';
import { aiTrainingData } from './schema/ai-training-data.ts';
import { contentRankings } from './schema/content-rankings.ts';
import { personalizedFeeds } from './schema/personalized-feeds.ts';
import { recommendationFeedback } from './schema/recommendation-feedback.ts';
import { smartReminders } from './schema/smart-reminders.ts';
import { userPreferenceLearning } from './schema/user-preference-learning.ts';

/**
 * Zod schemas as strict as the tables: every CHECK's twin comes from its table (declared with core's rule
 * helpers); what is left here is what a table cannot say: the shapes of its jsonb columns.
 */

const snakeCaseKey = () => formatted(SNAKE_CASE_KEY)(z.string());

export const aiModelSchemas = tableSchemas(aiModels);
export type AiModel = typeof aiModels.$inferSelect;
export type NewAiModel = typeof aiModels.$inferInsert;

export const aiRecommendationSchemas = tableSchemas(aiRecommendations);
export type AiRecommendation = typeof aiRecommendations.$inferSelect;
export type NewAiRecommendation = typeof aiRecommendations.$inferInsert;

export const aiQuerySchemas = tableSchemas(aiQueries);
export type AiQuery = typeof aiQueries.$inferSelect;
export type NewAiQuery = typeof aiQueries.$inferInsert;

export const aiConversationSchemas = tableSchemas(aiConversations);
export type AiConversation = typeof aiConversations.$inferSelect;
export type NewAiConversation = typeof aiConversations.$inferInsert;

export const aiMessageSchemas = tableSchemas(aiMessages, {
  toolCalls: () => z.array(z.object({ id: z.string().min(1), name: z.string().min(1), arguments: jsonRecord() })),
});
export type AiMessage = typeof aiMessages.$inferSelect;
export type NewAiMessage = typeof aiMessages.$inferInsert;

export const aiModelPerformanceSchemas = tableSchemas(aiModelPerformance, {
  additionalMetrics: () => z.record(snakeCaseKey(), z.number()),
});
export type AiModelPerformance = typeof aiModelPerformance.$inferSelect;
export type NewAiModelPerformance = typeof aiModelPerformance.$inferInsert;

export const recommendationFeedbackSchemas = tableSchemas(recommendationFeedback);
export type RecommendationFeedback = typeof recommendationFeedback.$inferSelect;
export type NewRecommendationFeedback = typeof recommendationFeedback.$inferInsert;

export const aiTrainingDataSchemas = tableSchemas(aiTrainingData);
export type AiTrainingData = typeof aiTrainingData.$inferSelect;
export type NewAiTrainingData = typeof aiTrainingData.$inferInsert;

export const personalizedFeedSchemas = tableSchemas(personalizedFeeds, {
  mutedTopics: () => z.array(z.string().min(1)),
});
export type PersonalizedFeed = typeof personalizedFeeds.$inferSelect;
export type NewPersonalizedFeed = typeof personalizedFeeds.$inferInsert;

export const contentRankingSchemas = tableSchemas(contentRankings);
export type ContentRanking = typeof contentRankings.$inferSelect;
export type NewContentRanking = typeof contentRankings.$inferInsert;

export const userPreferenceLearningSchemas = tableSchemas(userPreferenceLearning, {
  signalBreakdown: () => z.record(snakeCaseKey(), z.int().min(0)),
});
export type UserPreferenceLearning = typeof userPreferenceLearning.$inferSelect;
export type NewUserPreferenceLearning = typeof userPreferenceLearning.$inferInsert;

export const aiPredictionSchemas = tableSchemas(aiPredictions, {
  inputFeatures: () => z.record(z.string().min(1), z.union([z.number(), z.string(), z.boolean()]).nullable()),
});
export type AiPrediction = typeof aiPredictions.$inferSelect;
export type NewAiPrediction = typeof aiPredictions.$inferInsert;

export const smartReminderSchemas = tableSchemas(smartReminders);
export type SmartReminder = typeof smartReminders.$inferSelect;
export type NewSmartReminder = typeof smartReminders.$inferInsert;

export const aiInsightsCacheSchemas = tableSchemas(aiInsightsCache, { structuredPayload: () => jsonRecord() });
export type AiInsightsCache = typeof aiInsightsCache.$inferSelect;
export type NewAiInsightsCache = typeof aiInsightsCache.$inferInsert;

export const aiModelRankingSchemas = tableSchemas(aiModelRankings);
export type AiModelRanking = typeof aiModelRankings.$inferSelect;
export type NewAiModelRanking = typeof aiModelRankings.$inferInsert;

/** Every table of this package with its schemas, keyed by SQL table name (for generic tests and tooling). */
export const recommendationsCatalog = tableCatalog(
  aiModelSchemas,
  aiRecommendationSchemas,
  aiQuerySchemas,
  aiConversationSchemas,
  aiMessageSchemas,
  aiModelPerformanceSchemas,
  recommendationFeedbackSchemas,
  aiTrainingDataSchemas,
  personalizedFeedSchemas,
  contentRankingSchemas,
  userPreferenceLearningSchemas,
  aiPredictionSchemas,
  smartReminderSchemas,
  aiInsightsCacheSchemas,
  aiModelRankingSchemas,
);
