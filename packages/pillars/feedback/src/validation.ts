import { formatted, SNAKE_CASE_KEY, tableCatalog, tableSchemas } from '@db/core';
import { z } from 'zod';
import { feedbackAnalysis } from './schema/feedback-analysis.ts';
import { feedbackCategories } from './schema/feedback-categories.ts';
import { feedbackPrioritization } from './schema/feedback-prioritization.ts';
import { feedbackSubmissions } from './schema/feedback-submissions.ts';
import { ratingDistributions } from './schema/rating-distributions.ts';
import { reviewHelpfulness } from './schema/review-helpfulness.ts';
import { reviewModeration } from './schema/review-moderation.ts';
import { reviewResponses } from './schema/review-responses.ts';
import { reviewStatistics } from './schema/review-statistics.ts';
import { userReviews } from './schema/user-reviews.ts';

/**
 * Zod schemas as strict as the tables: every CHECK's twin comes from its table (declared with core's rule
 * helpers); what is left here is what a table cannot say: the shapes of its jsonb columns.
 */

export const userReviewSchemas = tableSchemas(userReviews);
export type UserReview = typeof userReviews.$inferSelect;
export type NewUserReview = typeof userReviews.$inferInsert;

export const reviewResponseSchemas = tableSchemas(reviewResponses);
export type ReviewResponse = typeof reviewResponses.$inferSelect;
export type NewReviewResponse = typeof reviewResponses.$inferInsert;

export const reviewHelpfulnessSchemas = tableSchemas(reviewHelpfulness);
export type ReviewHelpfulness = typeof reviewHelpfulness.$inferSelect;
export type NewReviewHelpfulness = typeof reviewHelpfulness.$inferInsert;

export const reviewModerationSchemas = tableSchemas(reviewModeration);
export type ReviewModeration = typeof reviewModeration.$inferSelect;
export type NewReviewModeration = typeof reviewModeration.$inferInsert;

export const ratingDistributionSchemas = tableSchemas(ratingDistributions);
export type RatingDistribution = typeof ratingDistributions.$inferSelect;
export type NewRatingDistribution = typeof ratingDistributions.$inferInsert;

export const reviewStatisticSchemas = tableSchemas(reviewStatistics);
export type ReviewStatistic = typeof reviewStatistics.$inferSelect;
export type NewReviewStatistic = typeof reviewStatistics.$inferInsert;

export const feedbackCategorySchemas = tableSchemas(feedbackCategories);
export type FeedbackCategory = typeof feedbackCategories.$inferSelect;
export type NewFeedbackCategory = typeof feedbackCategories.$inferInsert;

export const feedbackSubmissionSchemas = tableSchemas(feedbackSubmissions);
export type FeedbackSubmission = typeof feedbackSubmissions.$inferSelect;
export type NewFeedbackSubmission = typeof feedbackSubmissions.$inferInsert;

export const feedbackAnalysisSchemas = tableSchemas(feedbackAnalysis, {
  topics: () =>
    z
      .array(
        z.object({
          topic: formatted(SNAKE_CASE_KEY)(z.string()),
          confidence: z.number().min(0).max(1),
          label: z.string().min(1).optional(),
        }),
      )
      .max(50),
});
export type FeedbackAnalysis = typeof feedbackAnalysis.$inferSelect;
export type NewFeedbackAnalysis = typeof feedbackAnalysis.$inferInsert;

export const feedbackPrioritizationSchemas = tableSchemas(feedbackPrioritization);
export type FeedbackPrioritization = typeof feedbackPrioritization.$inferSelect;
export type NewFeedbackPrioritization = typeof feedbackPrioritization.$inferInsert;

/** Every table of this package with its schemas, keyed by SQL table name (for generic tests and tooling). */
export const feedbackCatalog = tableCatalog(
  userReviewSchemas,
  reviewResponseSchemas,
  reviewHelpfulnessSchemas,
  reviewModerationSchemas,
  ratingDistributionSchemas,
  reviewStatisticSchemas,
  feedbackCategorySchemas,
  feedbackSubmissionSchemas,
  feedbackAnalysisSchemas,
  feedbackPrioritizationSchemas,
);
