import { appendOnly, type DatabaseObject } from '@db/core';
import { aiTrainingData } from './schema/ai-training-data.ts';

/**
 * The functions and triggers of this package, which the equine migrations carry: the training-data provenance
 * log is append-only (the database refuses UPDATE and DELETE on it).
 */
export const recommendationsDatabaseObjects: readonly DatabaseObject[] = [...appendOnly(aiTrainingData)];
