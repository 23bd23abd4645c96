import {
  atLeastOneOf,
  between,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  HTTP_URL,
  id,
  LANGUAGE_TAG,
  requiredWhen,
  requiredWith,
  textEnum,
  textLength,
  timestamps,
  timestamptz,
} from '@db/core';
import { horses } from '@db/horses/tables';
import { invoices } from '@db/purchases/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  FEEDBACK_RATING_MAX,
  FEEDBACK_RATING_MIN,
  FEEDBACK_REVIEW_SOURCES,
  FEEDBACK_REVIEW_STATUSES,
} from '../constants.ts';
import { reviewSubject, reviewSubjectCheck } from '../subject.ts';

/**
 * A review of one subject (a provider business, a veterinarian, a service, a community event: `subject.ts`),
 * written here or imported from Google Business, Trustpilot or Facebook. A platform review has its author; an
 * imported one has its source's id, (source, external_review_id) being the upsert key of the import, and its
 * author when the importer matched the person. One review per author, source and subject. A Facebook
 * recommendation has no stars, only `recommends`, so a review has a rating or a recommendation (or both).
 */
export const userReviews = domainTable(
  'user_reviews',
  {
    id: id(),
    /**
     * The author. CASCADE: a review is its author's own content, deleted on their erasure (a review with
     * moderation decisions is kept: review_moderation refuses, and erasure reports it as retained).
     */
    reviewerUserId: uuid().references(() => userProfiles.id, { onDelete: 'cascade' }),
    ...reviewSubject('user_reviews'),
    /** The horse the service was for. SET NULL: context only. */
    horseId: uuid().references(() => horses.id, { onDelete: 'set null' }),
    /** Overall stars, 1-5; null for a Facebook recommendation, which has none. */
    rating: integer(),
    /** Facebook's recommends / doesn't recommend; the platform asks it too ("would you recommend them?"). */
    recommends: boolean(),
    /** Optional sub-ratings, 1-5: standard of care or workmanship, communication, value for money. */
    careRating: integer(),
    communicationRating: integer(),
    valueRating: integer(),
    /** Trustpilot and the platform have titles; Google and Facebook reviews do not. */
    title: text(),
    /** Null for a stars-only review. */
    body: text(),
    /** BCP 47 tag of the text, as the author's app or the review site reports it. */
    language: text(),
    /**
     * The invoice that proves the author bought what they review ("verified purchase"). SET NULL: the invoice is
     * evidence, not the review's owner; `verifiedAt` records that it was checked.
     */
    verifiedInvoiceId: uuid().references(() => invoices.id, { onDelete: 'set null' }),
    verifiedAt: timestamptz(),
    /** The day of the visit, service or event reviewed. */
    experiencedOn: date(),
    status: textEnum(FEEDBACK_REVIEW_STATUSES).notNull().default('pending'),
    publishedAt: timestamptz(),
    source: textEnum(FEEDBACK_REVIEW_SOURCES).notNull().default('platform'),
    /** The review's id at its source (a Google review name, a Trustpilot review id); null for platform reviews. */
    externalReviewId: text(),
    /** The author's name as the source shows it ("Mary K."), for imported reviews without a matched user. */
    reviewerDisplayName: text(),
    sourceUrl: text(),
    /** When the source last changed the review (an edit, a rating change), as the source reports it. */
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('user_reviews_source_external_review_id_key').on(t.source, t.externalReviewId),
    /** One review per author, source and subject (exactly one subject column is set, so coalesce is that id). */
    uniqueIndex('user_reviews_reviewer_subject_key')
      .on(t.reviewerUserId, t.source, sql`coalesce(${t.practiceId}, ${t.veterinarianId}, ${t.providerServiceId}, ${t.communityEventId})`)
      .where(sql`${t.reviewerUserId} is not null`),
    index('user_reviews_reviewer_user_id_idx').on(t.reviewerUserId, t.createdAt),
    index('user_reviews_practice_id_idx').on(t.practiceId, t.publishedAt),
    index('user_reviews_veterinarian_id_idx').on(t.veterinarianId, t.publishedAt),
    index('user_reviews_provider_service_id_idx').on(t.providerServiceId, t.publishedAt),
    index('user_reviews_community_event_id_idx').on(t.communityEventId, t.publishedAt),
    index('user_reviews_horse_id_idx').on(t.horseId),
    index('user_reviews_verified_invoice_id_idx').on(t.verifiedInvoiceId),
    /** The moderation queue, oldest first. */
    index('user_reviews_pending_idx').on(t.createdAt).where(sql`${t.status} = 'pending'`),
    reviewSubjectCheck('user_reviews', t),
    atLeastOneOf([t.reviewerUserId, t.externalReviewId], {
      name: 'user_reviews_author_check',
      message: 'a review has its author (reviewerUserId) or, when imported, its source id (externalReviewId)',
    }),
    atLeastOneOf([t.rating, t.recommends], { name: 'user_reviews_verdict_check', message: 'give a rating or a recommendation' }),
    between(t.rating, FEEDBACK_RATING_MIN, FEEDBACK_RATING_MAX),
    between(t.careRating, FEEDBACK_RATING_MIN, FEEDBACK_RATING_MAX),
    between(t.communicationRating, FEEDBACK_RATING_MIN, FEEDBACK_RATING_MAX),
    between(t.valueRating, FEEDBACK_RATING_MIN, FEEDBACK_RATING_MAX),
    // Google's limit is 4,096 characters; imports from other sites can be longer.
    textLength(t.body, { min: 1, max: 20_000 }),
    textLength(t.title, { min: 1, max: 300 }),
    formatCheck(t.language, LANGUAGE_TAG),
    formatCheck(t.externalReviewId, EXTERNAL_ID),
    formatCheck(t.sourceUrl, HTTP_URL),
    requiredWhen(t.publishedAt, t.status, 'published', { name: 'user_reviews_published_at_check' }),
    requiredWith(t.verifiedAt, t.verifiedInvoiceId, { name: 'user_reviews_verified_at_check' }),
  ],
);
