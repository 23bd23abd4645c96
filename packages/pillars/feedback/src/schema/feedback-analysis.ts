import {
  between,
  domainTable,
  exactlyOneOf,
  formatCheck,
  id,
  jsonList,
  LANGUAGE_TAG,
  nonNegative,
  SHA256_HEX,
  textEnum,
  timestamps,
  timestamptz,
} from '@db/core';
import { aiModels } from '@db/recommendations/tables';
import { boolean, index, integer, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { FEEDBACK_SENTIMENT_LABELS, FEEDBACK_URGENCIES } from '../constants.ts';
import { feedbackCategories } from './feedback-categories.ts';
import { feedbackSubmissions } from './feedback-submissions.ts';
import { userReviews } from './user-reviews.ts';

/** A topic the model found in the text, with its confidence: { topic: 'vaccination_reminders', confidence: 0.91 }. */
export type FeedbackTopic = { topic: string; confidence: number; label?: string | undefined };

/**
 * What a language model made of one submission or one review (exactly one): sentiment, topics, language,
 * urgency, toxicity, personal data, a suggested category. One row per text and model version, so a re-run of the
 * same model upserts on (submission_id, model_id) or (review_id, model_id) and a new model version adds a row.
 * The analysis goes with its text (CASCADE); the model is retired, never deleted (RESTRICT, as everywhere).
 */
export const feedbackAnalysis = domainTable(
  'feedback_analysis',
  {
    id: id(),
    submissionId: uuid().references(() => feedbackSubmissions.id, { onDelete: 'cascade' }),
    reviewId: uuid().references(() => userReviews.id, { onDelete: 'cascade' }),
    modelId: uuid()
      .notNull()
      .references(() => aiModels.id, { onDelete: 'restrict' }),
    /** -1 (very negative) to 1 (very positive). */
    sentimentScore: numeric({ precision: 4, scale: 3 }).notNull(),
    sentimentLabel: textEnum(FEEDBACK_SENTIMENT_LABELS).notNull(),
    /** The model's confidence in its reading, 0..1. */
    confidence: numeric({ precision: 4, scale: 3 }),
    topics: jsonList<FeedbackTopic>(),
    /** BCP 47 tag of the language detected. */
    detectedLanguage: text(),
    urgency: textEnum(FEEDBACK_URGENCIES).notNull().default('normal'),
    /** Abuse / toxicity score, 0..1, which feeds the review moderation filter. */
    toxicityScore: numeric({ precision: 4, scale: 3 }),
    /** The text names or identifies a person (phone numbers, a vet's or a groom's name): held for moderation. */
    containsPersonalData: boolean().notNull().default(false),
    /** The category the model suggests for a submission. SET NULL: a suggestion. */
    suggestedCategoryId: uuid().references(() => feedbackCategories.id, { onDelete: 'set null' }),
    /** A one-line summary for the triage list. */
    summary: text(),
    /** SHA-256 of the text analysed: a re-run skips texts that have not changed. */
    inputSha256: text().notNull(),
    latencyMs: integer(),
    analyzedAt: timestamptz().notNull().defaultNow(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('feedback_analysis_submission_id_model_id_key').on(t.submissionId, t.modelId),
    uniqueIndex('feedback_analysis_review_id_model_id_key').on(t.reviewId, t.modelId),
    index('feedback_analysis_model_id_idx').on(t.modelId, t.analyzedAt),
    index('feedback_analysis_suggested_category_id_idx').on(t.suggestedCategoryId),
    exactlyOneOf([t.submissionId, t.reviewId], { name: 'feedback_analysis_target_check' }),
    between(t.sentimentScore, -1, 1),
    between(t.confidence, 0, 1),
    between(t.toxicityScore, 0, 1),
    formatCheck(t.detectedLanguage, LANGUAGE_TAG),
    formatCheck(t.inputSha256, SHA256_HEX),
    nonNegative(t.latencyMs),
  ],
);
