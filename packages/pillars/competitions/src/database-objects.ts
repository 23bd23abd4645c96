import { appendOnly, type DatabaseObject } from '@db/core';
import { competitionHistory } from './schema/competition-history.ts';

/**
 * The functions and triggers of this package, which the equine migrations carry: competition_history is the
 * change log of the calendar, so the database refuses UPDATE and DELETE on it (SQLSTATE 23001).
 */
export const competitionsDatabaseObjects: readonly DatabaseObject[] = [...appendOnly(competitionHistory)];
