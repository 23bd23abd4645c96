import { appendOnly, type DatabaseObject } from '@db/core';
import { mediaModelRuns } from './schema/media-model-runs.ts';

/**
 * The functions and triggers of this package, which the equine migrations carry: the model-run ledger is
 * append-only (the database refuses UPDATE and DELETE on it, SQLSTATE 23001).
 */
export const mediaDatabaseObjects: readonly DatabaseObject[] = [...appendOnly(mediaModelRuns)];
