import { appendOnly, type DatabaseObject, purgeOlderThan } from '@db/core';
import { associationCommunications } from './schema/association-communications.ts';
import { associationMemberSync } from './schema/association-member-sync.ts';

/**
 * The functions and triggers of this package, which the equine migrations carry:
 * - association_communications is the evidence of what the platform put to an association and what it answered,
 *   so the database refuses UPDATE and DELETE on it (SQLSTATE 23001); it is not purged.
 * - association_member_sync grows by a run per association per night (hourly for the large federations):
 *   `purge_association_member_sync(before)` deletes the runs started more than 400 days ago. Thirteen months keep
 *   a year of runs to compare one renewal season with the last; the memberships the runs wrote are in
 *   `association_memberships` and stay.
 */
export const diplomacyDatabaseObjects: readonly DatabaseObject[] = [
  ...appendOnly(associationCommunications),
  ...purgeOlderThan(associationMemberSync, associationMemberSync.startedAt, '400 days'),
];
