import { appendOnly, type DatabaseObject } from '@db/core';
import { pregnancyChecks } from './schema/pregnancy-checks.ts';

/**
 * The functions and triggers of this package, which the equine migrations carry: pregnancy checks are evidence
 * (fees fall due and live-foal guarantees are claimed on them), so the database refuses UPDATE and DELETE on them
 * (SQLSTATE 23001); a correction is a new row that supersedes the old one.
 */
export const breedingDatabaseObjects: readonly DatabaseObject[] = [...appendOnly(pregnancyChecks)];
