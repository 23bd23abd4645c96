import { between, domainTable, id, inOrder, nonNegative, textEnum, timestamps, timestamptz } from '@db/core';
import { date, index, integer, numeric, unique } from 'drizzle-orm/pg-core';
import { FEEDBACK_STATISTICS_PERIOD_TYPES } from '../constants.ts';
import { reviewSubject, reviewSubjectCheck } from '../subject.ts';

/**
 * A subject's review figures over one week, month, quarter or year, computed by a job: reviews, average rating,
 * verified share, how often and how fast the business replies. One row per subject and period (the upsert key
 * of the job, UNIQUE NULLS NOT DISTINCT); past periods are history, kept. Derived data: goes with its subject.
 */
export const reviewStatistics = domainTable(
  'review_statistics',
  {
    id: id(),
    ...reviewSubject('review_statistics'),
    periodType: textEnum(FEEDBACK_STATISTICS_PERIOD_TYPES).notNull(),
    /** First day of the period. */
    periodStart: date().notNull(),
    /** Last day of the period, included. */
    periodEnd: date().notNull(),
    /** Reviews published in the period. */
    reviewCount: integer().notNull().default(0),
    /** Of which with stars (Facebook recommendations have none). */
    ratedReviewCount: integer().notNull().default(0),
    /** Mean of the stars, 1-5; null when no review of the period has stars. */
    averageRating: numeric({ precision: 3, scale: 2 }),
    verifiedReviewCount: integer().notNull().default(0),
    /** Reviews of the period that got a published reply. */
    respondedReviewCount: integer().notNull().default(0),
    responseRatePercent: numeric({ precision: 5, scale: 2 }),
    /** Median time from a review's publication to its reply's, in minutes. */
    medianResponseMinutes: integer(),
    /** Mean sentiment of the period's reviews (feedback_analysis), -1..1. */
    averageSentimentScore: numeric({ precision: 4, scale: 3 }),
    computedAt: timestamptz().notNull().defaultNow(),
    ...timestamps(),
  },
  (t) => [
    unique('review_statistics_subject_period_key')
      .on(t.practiceId, t.veterinarianId, t.providerServiceId, t.communityEventId, t.periodType, t.periodStart)
      .nullsNotDistinct(),
    index('review_statistics_veterinarian_id_idx').on(t.veterinarianId, t.periodStart),
    index('review_statistics_provider_service_id_idx').on(t.providerServiceId, t.periodStart),
    index('review_statistics_community_event_id_idx').on(t.communityEventId, t.periodStart),
    reviewSubjectCheck('review_statistics', t),
    inOrder(t.periodStart, t.periodEnd, { name: 'review_statistics_period_check', message: 'must not be before periodStart' }),
    nonNegative(t.reviewCount),
    nonNegative(t.ratedReviewCount),
    nonNegative(t.verifiedReviewCount),
    nonNegative(t.respondedReviewCount),
    inOrder(t.ratedReviewCount, t.reviewCount, { name: 'review_statistics_rated_count_check', message: 'must not be less than ratedReviewCount' }),
    inOrder(t.verifiedReviewCount, t.reviewCount, { name: 'review_statistics_verified_count_check', message: 'must not be less than verifiedReviewCount' }),
    inOrder(t.respondedReviewCount, t.reviewCount, { name: 'review_statistics_responded_count_check', message: 'must not be less than respondedReviewCount' }),
    between(t.averageRating, 1, 5),
    between(t.responseRatePercent, 0, 100),
    nonNegative(t.medianResponseMinutes),
    between(t.averageSentimentScore, -1, 1),
  ],
);
