import { appendOnly, type DatabaseObject } from '@db/core';
import { reviewModeration } from './schema/review-moderation.ts';

/**
 * The functions and triggers of this package, which the equine migrations carry: review_moderation is the record
 * of every moderation decision (the statements of reasons), so the database refuses UPDATE and DELETE on it
 * (SQLSTATE 23001).
 */
export const feedbackDatabaseObjects: readonly DatabaseObject[] = [...appendOnly(reviewModeration)];
