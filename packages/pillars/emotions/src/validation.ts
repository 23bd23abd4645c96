import { tableCatalog, tableSchemas } from '@db/core';
import { z } from 'zod';
import { EMOTIONS } from './constants.ts';
import { emotionAnalytics } from './schema/emotion-analytics.ts';
import { emotionBasedMarketing } from './schema/emotion-based-marketing.ts';
import { emotionBasedRecommendations } from './schema/emotion-based-recommendations.ts';
import { emotionDrivenActions } from './schema/emotion-driven-actions.ts';
import { emotionInsights } from './schema/emotion-insights.ts';
import { emotionPredictionResults } from './schema/emotion-prediction-results.ts';
import { emotionTrendAnalysis } from './schema/emotion-trend-analysis.ts';
import { emotionTriggers } from './schema/emotion-triggers.ts';
import { emotionalAiModels } from './schema/emotional-ai-models.ts';
import { emotionalContextTags } from './schema/emotional-context-tags.ts';
import { emotionalEngagementPatterns } from './schema/emotional-engagement-patterns.ts';
import { emotionalResponseFeedback } from './schema/emotional-response-feedback.ts';
import { emotionalResponseModels } from './schema/emotional-response-models.ts';
import { emotionalStateHistory } from './schema/emotional-state-history.ts';
import { emotionalSupportResources } from './schema/emotional-support-resources.ts';
import { emotionalWellnessMetrics } from './schema/emotional-wellness-metrics.ts';
import { interactionSentiment } from './schema/interaction-sentiment.ts';
import { personalizedEmotionalContent } from './schema/personalized-emotional-content.ts';
import { userEmotionTracking } from './schema/user-emotion-tracking.ts';
import { userSatisfactionScores } from './schema/user-satisfaction-scores.ts';

/**
 * Zod schemas as strict as the tables: every CHECK's twin comes from its table (declared with core's rule
 * helpers); what is left here is what a table cannot say: the shapes of its jsonb columns.
 */

/** A probability or threshold per emotion label, 0..1; labels outside the model's set are absent. */
const emotionProbabilities = z.partialRecord(z.enum(EMOTIONS), z.number().min(0).max(1));

export const emotionalAiModelSchemas = tableSchemas(emotionalAiModels);
export type EmotionalAiModel = typeof emotionalAiModels.$inferSelect;
export type NewEmotionalAiModel = typeof emotionalAiModels.$inferInsert;

export const emotionalResponseModelSchemas = tableSchemas(emotionalResponseModels, { labelThresholds: () => emotionProbabilities });
export type EmotionalResponseModel = typeof emotionalResponseModels.$inferSelect;
export type NewEmotionalResponseModel = typeof emotionalResponseModels.$inferInsert;

export const emotionalContextTagSchemas = tableSchemas(emotionalContextTags);
export type EmotionalContextTag = typeof emotionalContextTags.$inferSelect;
export type NewEmotionalContextTag = typeof emotionalContextTags.$inferInsert;

export const emotionalSupportResourceSchemas = tableSchemas(emotionalSupportResources);
export type EmotionalSupportResource = typeof emotionalSupportResources.$inferSelect;
export type NewEmotionalSupportResource = typeof emotionalSupportResources.$inferInsert;

export const emotionTriggerSchemas = tableSchemas(emotionTriggers);
export type EmotionTrigger = typeof emotionTriggers.$inferSelect;
export type NewEmotionTrigger = typeof emotionTriggers.$inferInsert;

export const userEmotionTrackingSchemas = tableSchemas(userEmotionTracking);
export type UserEmotionTracking = typeof userEmotionTracking.$inferSelect;
export type NewUserEmotionTracking = typeof userEmotionTracking.$inferInsert;

export const interactionSentimentSchemas = tableSchemas(interactionSentiment);
export type InteractionSentiment = typeof interactionSentiment.$inferSelect;
export type NewInteractionSentiment = typeof interactionSentiment.$inferInsert;

export const emotionalStateHistorySchemas = tableSchemas(emotionalStateHistory);
export type EmotionalStateHistory = typeof emotionalStateHistory.$inferSelect;
export type NewEmotionalStateHistory = typeof emotionalStateHistory.$inferInsert;

export const emotionPredictionResultSchemas = tableSchemas(emotionPredictionResults, { labelProbabilities: () => emotionProbabilities });
export type EmotionPredictionResult = typeof emotionPredictionResults.$inferSelect;
export type NewEmotionPredictionResult = typeof emotionPredictionResults.$inferInsert;

export const emotionalResponseFeedbackSchemas = tableSchemas(emotionalResponseFeedback);
export type EmotionalResponseFeedback = typeof emotionalResponseFeedback.$inferSelect;
export type NewEmotionalResponseFeedback = typeof emotionalResponseFeedback.$inferInsert;

export const userSatisfactionScoreSchemas = tableSchemas(userSatisfactionScores);
export type UserSatisfactionScore = typeof userSatisfactionScores.$inferSelect;
export type NewUserSatisfactionScore = typeof userSatisfactionScores.$inferInsert;

export const emotionalWellnessMetricSchemas = tableSchemas(emotionalWellnessMetrics);
export type EmotionalWellnessMetric = typeof emotionalWellnessMetrics.$inferSelect;
export type NewEmotionalWellnessMetric = typeof emotionalWellnessMetrics.$inferInsert;

export const emotionDrivenActionSchemas = tableSchemas(emotionDrivenActions);
export type EmotionDrivenAction = typeof emotionDrivenActions.$inferSelect;
export type NewEmotionDrivenAction = typeof emotionDrivenActions.$inferInsert;

export const emotionBasedRecommendationSchemas = tableSchemas(emotionBasedRecommendations);
export type EmotionBasedRecommendation = typeof emotionBasedRecommendations.$inferSelect;
export type NewEmotionBasedRecommendation = typeof emotionBasedRecommendations.$inferInsert;

export const emotionBasedMarketingSchemas = tableSchemas(emotionBasedMarketing);
export type EmotionBasedMarketing = typeof emotionBasedMarketing.$inferSelect;
export type NewEmotionBasedMarketing = typeof emotionBasedMarketing.$inferInsert;

export const personalizedEmotionalContentSchemas = tableSchemas(personalizedEmotionalContent);
export type PersonalizedEmotionalContent = typeof personalizedEmotionalContent.$inferSelect;
export type NewPersonalizedEmotionalContent = typeof personalizedEmotionalContent.$inferInsert;

export const emotionAnalyticsSchemas = tableSchemas(emotionAnalytics);
export type EmotionAnalytics = typeof emotionAnalytics.$inferSelect;
export type NewEmotionAnalytics = typeof emotionAnalytics.$inferInsert;

export const emotionalEngagementPatternSchemas = tableSchemas(emotionalEngagementPatterns);
export type EmotionalEngagementPattern = typeof emotionalEngagementPatterns.$inferSelect;
export type NewEmotionalEngagementPattern = typeof emotionalEngagementPatterns.$inferInsert;

export const emotionTrendAnalysisSchemas = tableSchemas(emotionTrendAnalysis);
export type EmotionTrendAnalysis = typeof emotionTrendAnalysis.$inferSelect;
export type NewEmotionTrendAnalysis = typeof emotionTrendAnalysis.$inferInsert;

export const emotionInsightSchemas = tableSchemas(emotionInsights);
export type EmotionInsight = typeof emotionInsights.$inferSelect;
export type NewEmotionInsight = typeof emotionInsights.$inferInsert;

/** Every table of this package with its schemas, keyed by SQL table name (for generic tests and tooling). */
export const emotionsCatalog = tableCatalog(
  emotionalAiModelSchemas,
  emotionalResponseModelSchemas,
  emotionalContextTagSchemas,
  emotionalSupportResourceSchemas,
  emotionTriggerSchemas,
  userEmotionTrackingSchemas,
  interactionSentimentSchemas,
  emotionalStateHistorySchemas,
  emotionPredictionResultSchemas,
  emotionalResponseFeedbackSchemas,
  userSatisfactionScoreSchemas,
  emotionalWellnessMetricSchemas,
  emotionDrivenActionSchemas,
  emotionBasedRecommendationSchemas,
  emotionBasedMarketingSchemas,
  personalizedEmotionalContentSchemas,
  emotionAnalyticsSchemas,
  emotionalEngagementPatternSchemas,
  emotionTrendAnalysisSchemas,
  emotionInsightSchemas,
);
