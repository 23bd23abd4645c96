import {
  between,
  currency,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  money,
  nonNegative,
  onlyWhen,
  positive,
  requiredWhen,
  textEnum,
  timestamps,
  timestamptz,
} from '@db/core';
import { userProfiles } from '@db/users/tables';
import { foreignKey, index, integer, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { AI_EVENT_SOURCES, AI_FEEDBACK_REASONS, AI_FEEDBACK_TYPES, AI_SURFACES } from '../constants.ts';
import { aiRecommendations } from './ai-recommendations.ts';

/**
 * What a user did with a recommendation: thumbs up or down, a 1-5 rating, saved, clicked, dismissed ("not
 * interested", with a reason), converted (booked, bought: with the value, for attribution), reported. The ranking
 * and preference-learning jobs read it. Events arrive from the apps and the analytics pipeline, possibly twice:
 * (source, external_event_id) makes a replay a no-op. Feedback is the user's and goes with the recommendation.
 */
export const recommendationFeedback = domainTable(
  'recommendation_feedback',
  {
    id: id(),
    /** FK declared below: the generated name is too long. */
    recommendationId: uuid().notNull(),
    /** Who gave it: usually the recipient, or a member of the same yard account. */
    userId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'cascade' }),
    source: textEnum(AI_EVENT_SOURCES).notNull(),
    externalEventId: text().notNull(),
    feedbackType: textEnum(AI_FEEDBACK_TYPES).notNull(),
    /** 1-5 stars, for feedbackType rating. */
    rating: smallint(),
    reasonCode: textEnum(AI_FEEDBACK_REASONS),
    comment: text(),
    surface: textEnum(AI_SURFACES).notNull(),
    /** Where the item was when the user acted on it, 1 = first. */
    positionShown: integer(),
    /** Time between the item being shown and the action. */
    dwellTimeMs: integer(),
    /** For a conversion: what the booking or purchase was worth, in `currency`. */
    convertedAmount: money(),
    currency: currency(),
    occurredAt: timestamptz().notNull(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('recommendation_feedback_source_external_event_id_key').on(t.source, t.externalEventId),
    index('recommendation_feedback_recommendation_id_idx').on(t.recommendationId, t.occurredAt),
    index('recommendation_feedback_user_id_idx').on(t.userId, t.occurredAt),
    foreignKey({
      name: 'recommendation_feedback_recommendation_id_fkey',
      columns: [t.recommendationId],
      foreignColumns: [aiRecommendations.id],
    }).onDelete('cascade'),
    formatCheck(t.externalEventId, EXTERNAL_ID),
    between(t.rating, 1, 5),
    requiredWhen(t.rating, t.feedbackType, 'rating', { name: 'recommendation_feedback_rating_required_check' }),
    onlyWhen(t.rating, t.feedbackType, 'rating', { name: 'recommendation_feedback_rating_type_check' }),
    onlyWhen(t.convertedAmount, t.feedbackType, 'converted', { name: 'recommendation_feedback_conversion_check' }),
    nonNegative(t.convertedAmount),
    positive(t.positionShown),
    nonNegative(t.dwellTimeMs),
  ],
);
