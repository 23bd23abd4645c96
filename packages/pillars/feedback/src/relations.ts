import { adminUsers } from '@db/admin/tables';
import { horses } from '@db/horses/tables';
import { providerServices, veterinarians, vetPractices } from '@db/providers/tables';
import { invoices } from '@db/purchases/tables';
import { aiModels } from '@db/recommendations/tables';
import { communityEvents } from '@db/social/tables';
import { userProfiles, userSessions } from '@db/users/tables';
import { defineRelationsPart } from 'drizzle-orm';
import * as schema from './tables.ts';

/**
 * This package's relations part: `r.one` edges from its tables, their reverse `r.many`, and the reverse edges onto
 * the parents of other packages, under keys prefixed `feedback` that those packages do not use.
 */
export const feedbackRelations = defineRelationsPart(
  { ...schema, userProfiles, userSessions, horses, vetPractices, veterinarians, providerServices, invoices, communityEvents, aiModels, adminUsers },
  (r) => ({
    userReviews: {
      reviewer: r.one.userProfiles({ from: r.userReviews.reviewerUserId, to: r.userProfiles.id }),
      practice: r.one.vetPractices({ from: r.userReviews.practiceId, to: r.vetPractices.id }),
      veterinarian: r.one.veterinarians({ from: r.userReviews.veterinarianId, to: r.veterinarians.id }),
      providerService: r.one.providerServices({ from: r.userReviews.providerServiceId, to: r.providerServices.id }),
      communityEvent: r.one.communityEvents({ from: r.userReviews.communityEventId, to: r.communityEvents.id }),
      horse: r.one.horses({ from: r.userReviews.horseId, to: r.horses.id }),
      verifiedInvoice: r.one.invoices({ from: r.userReviews.verifiedInvoiceId, to: r.invoices.id }),
      response: r.one.reviewResponses({ from: r.userReviews.id, to: r.reviewResponses.reviewId }),
      helpfulnessVotes: r.many.reviewHelpfulness({ from: r.userReviews.id, to: r.reviewHelpfulness.reviewId }),
      moderationDecisions: r.many.reviewModeration({ from: r.userReviews.id, to: r.reviewModeration.reviewId }),
      analyses: r.many.feedbackAnalysis({ from: r.userReviews.id, to: r.feedbackAnalysis.reviewId }),
    },
    reviewResponses: {
      review: r.one.userReviews({ from: r.reviewResponses.reviewId, to: r.userReviews.id, optional: false }),
      responder: r.one.userProfiles({ from: r.reviewResponses.responderUserId, to: r.userProfiles.id }),
    },
    reviewHelpfulness: {
      review: r.one.userReviews({ from: r.reviewHelpfulness.reviewId, to: r.userReviews.id, optional: false }),
      voter: r.one.userProfiles({ from: r.reviewHelpfulness.voterUserId, to: r.userProfiles.id, optional: false }),
      session: r.one.userSessions({ from: r.reviewHelpfulness.sessionId, to: r.userSessions.id }),
    },
    reviewModeration: {
      review: r.one.userReviews({ from: r.reviewModeration.reviewId, to: r.userReviews.id, optional: false }),
      moderator: r.one.adminUsers({ from: r.reviewModeration.moderatorAdminUserId, to: r.adminUsers.id }),
      appealOf: r.one.reviewModeration({
        from: r.reviewModeration.appealOfModerationId,
        to: r.reviewModeration.id,
        alias: 'review_moderation_appeal',
      }),
      appeals: r.many.reviewModeration({
        from: r.reviewModeration.id,
        to: r.reviewModeration.appealOfModerationId,
        alias: 'review_moderation_appeal',
      }),
    },
    ratingDistributions: {
      practice: r.one.vetPractices({ from: r.ratingDistributions.practiceId, to: r.vetPractices.id }),
      veterinarian: r.one.veterinarians({ from: r.ratingDistributions.veterinarianId, to: r.veterinarians.id }),
      providerService: r.one.providerServices({ from: r.ratingDistributions.providerServiceId, to: r.providerServices.id }),
      communityEvent: r.one.communityEvents({ from: r.ratingDistributions.communityEventId, to: r.communityEvents.id }),
    },
    reviewStatistics: {
      practice: r.one.vetPractices({ from: r.reviewStatistics.practiceId, to: r.vetPractices.id }),
      veterinarian: r.one.veterinarians({ from: r.reviewStatistics.veterinarianId, to: r.veterinarians.id }),
      providerService: r.one.providerServices({ from: r.reviewStatistics.providerServiceId, to: r.providerServices.id }),
      communityEvent: r.one.communityEvents({ from: r.reviewStatistics.communityEventId, to: r.communityEvents.id }),
    },
    feedbackCategories: {
      parent: r.one.feedbackCategories({
        from: r.feedbackCategories.parentCategoryId,
        to: r.feedbackCategories.id,
        alias: 'feedback_category_parent',
      }),
      children: r.many.feedbackCategories({
        from: r.feedbackCategories.id,
        to: r.feedbackCategories.parentCategoryId,
        alias: 'feedback_category_parent',
      }),
      triageAdmin: r.one.adminUsers({ from: r.feedbackCategories.triageAdminUserId, to: r.adminUsers.id }),
      submissions: r.many.feedbackSubmissions({ from: r.feedbackCategories.id, to: r.feedbackSubmissions.categoryId }),
      suggestedInAnalyses: r.many.feedbackAnalysis({ from: r.feedbackCategories.id, to: r.feedbackAnalysis.suggestedCategoryId }),
    },
    feedbackSubmissions: {
      user: r.one.userProfiles({ from: r.feedbackSubmissions.userId, to: r.userProfiles.id }),
      session: r.one.userSessions({ from: r.feedbackSubmissions.sessionId, to: r.userSessions.id }),
      category: r.one.feedbackCategories({ from: r.feedbackSubmissions.categoryId, to: r.feedbackCategories.id }),
      duplicateOf: r.one.feedbackSubmissions({
        from: r.feedbackSubmissions.duplicateOfSubmissionId,
        to: r.feedbackSubmissions.id,
        alias: 'feedback_submission_duplicate',
      }),
      duplicates: r.many.feedbackSubmissions({
        from: r.feedbackSubmissions.id,
        to: r.feedbackSubmissions.duplicateOfSubmissionId,
        alias: 'feedback_submission_duplicate',
      }),
      analyses: r.many.feedbackAnalysis({ from: r.feedbackSubmissions.id, to: r.feedbackAnalysis.submissionId }),
      prioritizations: r.many.feedbackPrioritization({ from: r.feedbackSubmissions.id, to: r.feedbackPrioritization.submissionId }),
      currentPrioritization: r.one.feedbackPrioritization({
        from: r.feedbackSubmissions.id,
        to: r.feedbackPrioritization.submissionId,
        where: { validTo: { isNull: true } },
      }),
    },
    feedbackAnalysis: {
      submission: r.one.feedbackSubmissions({ from: r.feedbackAnalysis.submissionId, to: r.feedbackSubmissions.id }),
      review: r.one.userReviews({ from: r.feedbackAnalysis.reviewId, to: r.userReviews.id }),
      model: r.one.aiModels({ from: r.feedbackAnalysis.modelId, to: r.aiModels.id, optional: false }),
      suggestedCategory: r.one.feedbackCategories({ from: r.feedbackAnalysis.suggestedCategoryId, to: r.feedbackCategories.id }),
    },
    feedbackPrioritization: {
      submission: r.one.feedbackSubmissions({ from: r.feedbackPrioritization.submissionId, to: r.feedbackSubmissions.id, optional: false }),
      decidedBy: r.one.adminUsers({ from: r.feedbackPrioritization.decidedByAdminUserId, to: r.adminUsers.id }),
    },
    userProfiles: {
      feedbackReviews: r.many.userReviews({ from: r.userProfiles.id, to: r.userReviews.reviewerUserId }),
      feedbackReviewResponses: r.many.reviewResponses({ from: r.userProfiles.id, to: r.reviewResponses.responderUserId }),
      feedbackHelpfulnessVotes: r.many.reviewHelpfulness({ from: r.userProfiles.id, to: r.reviewHelpfulness.voterUserId }),
      feedbackSubmissions: r.many.feedbackSubmissions({ from: r.userProfiles.id, to: r.feedbackSubmissions.userId }),
    },
    userSessions: {
      feedbackSubmissions: r.many.feedbackSubmissions({ from: r.userSessions.id, to: r.feedbackSubmissions.sessionId }),
      feedbackHelpfulnessVotes: r.many.reviewHelpfulness({ from: r.userSessions.id, to: r.reviewHelpfulness.sessionId }),
    },
    horses: {
      feedbackReviews: r.many.userReviews({ from: r.horses.id, to: r.userReviews.horseId }),
    },
    vetPractices: {
      feedbackReviews: r.many.userReviews({ from: r.vetPractices.id, to: r.userReviews.practiceId }),
      feedbackRatingDistribution: r.one.ratingDistributions({ from: r.vetPractices.id, to: r.ratingDistributions.practiceId }),
      feedbackReviewStatistics: r.many.reviewStatistics({ from: r.vetPractices.id, to: r.reviewStatistics.practiceId }),
    },
    veterinarians: {
      feedbackReviews: r.many.userReviews({ from: r.veterinarians.id, to: r.userReviews.veterinarianId }),
      feedbackRatingDistribution: r.one.ratingDistributions({ from: r.veterinarians.id, to: r.ratingDistributions.veterinarianId }),
      feedbackReviewStatistics: r.many.reviewStatistics({ from: r.veterinarians.id, to: r.reviewStatistics.veterinarianId }),
    },
    providerServices: {
      feedbackReviews: r.many.userReviews({ from: r.providerServices.id, to: r.userReviews.providerServiceId }),
      feedbackRatingDistribution: r.one.ratingDistributions({ from: r.providerServices.id, to: r.ratingDistributions.providerServiceId }),
      feedbackReviewStatistics: r.many.reviewStatistics({ from: r.providerServices.id, to: r.reviewStatistics.providerServiceId }),
    },
    communityEvents: {
      feedbackReviews: r.many.userReviews({ from: r.communityEvents.id, to: r.userReviews.communityEventId }),
      feedbackRatingDistribution: r.one.ratingDistributions({ from: r.communityEvents.id, to: r.ratingDistributions.communityEventId }),
      feedbackReviewStatistics: r.many.reviewStatistics({ from: r.communityEvents.id, to: r.reviewStatistics.communityEventId }),
    },
    invoices: {
      feedbackVerifiedReviews: r.many.userReviews({ from: r.invoices.id, to: r.userReviews.verifiedInvoiceId }),
    },
    aiModels: {
      feedbackAnalyses: r.many.feedbackAnalysis({ from: r.aiModels.id, to: r.feedbackAnalysis.modelId }),
    },
    adminUsers: {
      feedbackModerationDecisions: r.many.reviewModeration({ from: r.adminUsers.id, to: r.reviewModeration.moderatorAdminUserId }),
      feedbackCategoriesTriaged: r.many.feedbackCategories({ from: r.adminUsers.id, to: r.feedbackCategories.triageAdminUserId }),
      feedbackPrioritizationDecisions: r.many.feedbackPrioritization({ from: r.adminUsers.id, to: r.feedbackPrioritization.decidedByAdminUserId }),
    },
  }),
);
