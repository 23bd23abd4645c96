import { adminUsers } from '@db/admin/tables';
import { between, createdAt, differ, domainTable, id, nonNegative, onlyWhen, requiredWhen, textEnum, timestamptz } from '@db/core';
import { boolean, index, integer, numeric, text, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import {
  FEEDBACK_MODERATION_ACTIONS,
  FEEDBACK_MODERATION_DECIDERS,
  FEEDBACK_MODERATION_REASONS,
  FEEDBACK_REVIEW_STATUSES,
} from '../constants.ts';
import { userReviews } from './user-reviews.ts';

/**
 * Append-only (the database refuses UPDATE and DELETE: `feedbackDatabaseObjects`): each moderation decision on a
 * review, with the status before and after, the reason code of the statement of reasons (Digital Services Act
 * art. 17) and who decided. An appeal's decision points at the decision appealed. It holds ids and codes, never a
 * copy of the review's text. Every foreign key is RESTRICT, as the trigger requires: a moderated review is
 * kept (hidden or removed, not deleted) and so is its moderator's staff account.
 */
export const reviewModeration = domainTable(
  'review_moderation',
  {
    id: id(),
    reviewId: uuid()
      .notNull()
      .references(() => userReviews.id, { onDelete: 'restrict' }),
    decidedBy: textEnum(FEEDBACK_MODERATION_DECIDERS).notNull().default('moderator'),
    /** The staff moderator; required when `decidedBy` is moderator. */
    moderatorAdminUserId: uuid().references(() => adminUsers.id, { onDelete: 'restrict' }),
    action: textEnum(FEEDBACK_MODERATION_ACTIONS).notNull(),
    reasonCode: textEnum(FEEDBACK_MODERATION_REASONS).notNull(),
    /** The moderator's reasoning for the record (never a quote of the review). */
    note: text(),
    previousStatus: textEnum(FEEDBACK_REVIEW_STATUSES).notNull(),
    newStatus: textEnum(FEEDBACK_REVIEW_STATUSES).notNull(),
    /** User reports of the review that led to the decision. */
    reportCount: integer().notNull().default(0),
    /** The automated filter's score, 0..1, for its decisions. */
    classifierScore: numeric({ precision: 4, scale: 3 }),
    /** The decision this one rules on appeal (the author's or the business's). */
    appealOfModerationId: uuid().references((): AnyPgColumn => reviewModeration.id, {
      onDelete: 'restrict',
      name: 'review_moderation_appeal_of_moderation_id_fkey',
    }),
    /** Whether the author was sent the statement of reasons. */
    authorNotified: boolean().notNull().default(true),
    decidedAt: timestamptz().notNull().defaultNow(),
    ...createdAt(),
  },
  (t) => [
    index('review_moderation_review_id_idx').on(t.reviewId, t.decidedAt),
    index('review_moderation_moderator_admin_user_id_idx').on(t.moderatorAdminUserId, t.decidedAt),
    index('review_moderation_appeal_of_moderation_id_idx').on(t.appealOfModerationId),
    requiredWhen(t.moderatorAdminUserId, t.decidedBy, 'moderator', { name: 'review_moderation_moderator_check' }),
    onlyWhen(t.classifierScore, t.decidedBy, 'automated_filter', { name: 'review_moderation_classifier_decider_check' }),
    between(t.classifierScore, 0, 1),
    nonNegative(t.reportCount),
    differ(t.id, t.appealOfModerationId, { name: 'review_moderation_appeal_check', message: 'a decision cannot be its own appeal' }),
  ],
);
