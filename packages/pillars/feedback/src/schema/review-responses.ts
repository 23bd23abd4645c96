import {
  domainTable,
  formatCheck,
  id,
  inOrder,
  LANGUAGE_TAG,
  requiredWhen,
  textEnum,
  textLength,
  timestamps,
  timestamptz,
} from '@db/core';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { index, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { FEEDBACK_RESPONDER_ROLES, FEEDBACK_RESPONSE_STATUSES, FEEDBACK_REVIEW_SOURCES } from '../constants.ts';
import { userReviews } from './user-reviews.ts';

/**
 * The public reply to a review: one per review (the upsert key of imported owner replies from Google Business),
 * written by the business reviewed, the vet named, or platform support. It goes with its review (CASCADE).
 */
export const reviewResponses = domainTable(
  'review_responses',
  {
    id: id(),
    reviewId: uuid()
      .notNull()
      .references(() => userReviews.id, { onDelete: 'cascade' }),
    /** The member of staff who wrote it. SET NULL: a credit; the reply speaks for the business and stays. */
    responderUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    responderRole: textEnum(FEEDBACK_RESPONDER_ROLES).notNull().default('provider'),
    /** As shown under the review: "Curragh Equine Vets, Practice Manager". */
    responderDisplayName: text().notNull(),
    body: text().notNull(),
    language: text(),
    status: textEnum(FEEDBACK_RESPONSE_STATUSES).notNull().default('draft'),
    publishedAt: timestamptz(),
    /** The last edit after publication. */
    editedAt: timestamptz(),
    /** Where the reply was written: here, or the owner's reply on the review site an imported review came from. */
    source: textEnum(FEEDBACK_REVIEW_SOURCES).notNull().default('platform'),
    sourceUpdatedAt: timestamptz(),
    /** When the review's author was told of the reply (in-app notification or email). */
    reviewerNotifiedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('review_responses_review_id_key').on(t.reviewId),
    index('review_responses_responder_user_id_idx').on(t.responderUserId),
    /** Drafts awaiting publication (a practice's inbox of replies to finish). */
    index('review_responses_draft_idx').on(t.createdAt).where(sql`${t.status} = 'draft'`),
    textLength(t.body, { min: 1, max: 10_000 }),
    textLength(t.responderDisplayName, { min: 1, max: 200 }),
    formatCheck(t.language, LANGUAGE_TAG),
    requiredWhen(t.publishedAt, t.status, 'published', { name: 'review_responses_published_at_check' }),
    inOrder(t.publishedAt, t.editedAt, { name: 'review_responses_edited_at_check', message: 'must not be before publishedAt' }),
    inOrder(t.publishedAt, t.reviewerNotifiedAt, { name: 'review_responses_notified_at_check', message: 'must not be before publishedAt' }),
  ],
);
