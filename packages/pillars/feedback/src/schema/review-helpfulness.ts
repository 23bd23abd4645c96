import { domainTable, formatCheck, id, inOrder, onlyWhen, requiredWhen, SHA256_HEX, textEnum, timestamps, timestamptz } from '@db/core';
import { userProfiles, userSessions } from '@db/users/tables';
import { index, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  FEEDBACK_CLIENT_PLATFORMS,
  FEEDBACK_HELPFULNESS_VOTES,
  FEEDBACK_VOTE_EXCLUSION_REASONS,
  FEEDBACK_VOTE_STATUSES,
} from '../constants.ts';
import { userReviews } from './user-reviews.ts';

/**
 * "Was this review helpful?": one vote per review and user (changing it updates the row). Votes the fraud checks
 * exclude stay, marked `excluded` with the reason, as evidence of a vote ring. A vote is its voter's alone
 * (CASCADE on erasure) and goes with the review.
 */
export const reviewHelpfulness = domainTable(
  'review_helpfulness',
  {
    id: id(),
    reviewId: uuid()
      .notNull()
      .references(() => userReviews.id, { onDelete: 'cascade' }),
    voterUserId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'cascade' }),
    vote: textEnum(FEEDBACK_HELPFULNESS_VOTES).notNull(),
    votedAt: timestamptz().notNull().defaultNow(),
    /** When the voter last changed their vote. */
    changedAt: timestamptz(),
    /** The session the vote was cast in, for the fraud checks. SET NULL: sessions are purged. */
    sessionId: uuid().references(() => userSessions.id, { onDelete: 'set null' }),
    platform: textEnum(FEEDBACK_CLIENT_PLATFORMS),
    /** SHA-256 of the client IP with the platform's pepper: spots vote rings without keeping the address. */
    ipAddressHash: text(),
    countStatus: textEnum(FEEDBACK_VOTE_STATUSES).notNull().default('counted'),
    exclusionReason: textEnum(FEEDBACK_VOTE_EXCLUSION_REASONS),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('review_helpfulness_review_id_voter_user_id_key').on(t.reviewId, t.voterUserId),
    index('review_helpfulness_voter_user_id_idx').on(t.voterUserId, t.votedAt),
    index('review_helpfulness_session_id_idx').on(t.sessionId),
    index('review_helpfulness_ip_address_hash_idx').on(t.ipAddressHash, t.votedAt),
    inOrder(t.votedAt, t.changedAt, { name: 'review_helpfulness_changed_at_check', message: 'must not be before votedAt' }),
    formatCheck(t.ipAddressHash, SHA256_HEX),
    requiredWhen(t.exclusionReason, t.countStatus, 'excluded', { name: 'review_helpfulness_excluded_reason_check' }),
    onlyWhen(t.exclusionReason, t.countStatus, 'excluded', { name: 'review_helpfulness_exclusion_status_check' }),
  ],
);
