import { allOneOf, domainTable, id, inOrder, nonNegative, timestamps, timestamptz } from '@db/core';
import { sql } from 'drizzle-orm';
import { index, integer, text, unique } from 'drizzle-orm/pg-core';
import { FEEDBACK_REVIEW_SOURCES } from '../constants.ts';
import { reviewSubject, reviewSubjectCheck } from '../subject.ts';

/**
 * How a subject's ratings spread over 1 to 5 stars (the bar chart beside its average), from its published
 * reviews of every counted source. One row per subject: the recomputation job upserts on the subject (UNIQUE
 * NULLS NOT DISTINCT over the four subject columns, exactly one of which is set). Derived data: it goes with its
 * subject (CASCADE).
 */
export const ratingDistributions = domainTable(
  'rating_distributions',
  {
    id: id(),
    ...reviewSubject('rating_distributions'),
    oneStarCount: integer().notNull().default(0),
    twoStarCount: integer().notNull().default(0),
    threeStarCount: integer().notNull().default(0),
    fourStarCount: integer().notNull().default(0),
    fiveStarCount: integer().notNull().default(0),
    /** Reviews without stars (Facebook recommendations) by verdict. */
    recommendedCount: integer().notNull().default(0),
    notRecommendedCount: integer().notNull().default(0),
    /** Which review sources the counts include, e.g. ['platform', 'google_business']. */
    includedSources: text()
      .array()
      .notNull()
      .default(sql`'{platform}'::text[]`),
    firstReviewPublishedAt: timestamptz(),
    lastReviewPublishedAt: timestamptz(),
    computedAt: timestamptz().notNull().defaultNow(),
    ...timestamps(),
  },
  (t) => [
    unique('rating_distributions_subject_key')
      .on(t.practiceId, t.veterinarianId, t.providerServiceId, t.communityEventId)
      .nullsNotDistinct(),
    index('rating_distributions_veterinarian_id_idx').on(t.veterinarianId),
    index('rating_distributions_provider_service_id_idx').on(t.providerServiceId),
    index('rating_distributions_community_event_id_idx').on(t.communityEventId),
    reviewSubjectCheck('rating_distributions', t),
    nonNegative(t.oneStarCount),
    nonNegative(t.twoStarCount),
    nonNegative(t.threeStarCount),
    nonNegative(t.fourStarCount),
    nonNegative(t.fiveStarCount),
    nonNegative(t.recommendedCount),
    nonNegative(t.notRecommendedCount),
    allOneOf(t.includedSources, FEEDBACK_REVIEW_SOURCES),
    inOrder(t.firstReviewPublishedAt, t.lastReviewPublishedAt, {
      name: 'rating_distributions_last_review_check',
      message: 'must not be before firstReviewPublishedAt',
    }),
  ],
);
