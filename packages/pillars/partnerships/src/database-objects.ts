import { appendOnly, type DatabaseObject } from '@db/core';
import { partnershipCommunications } from './schema/partnership-communications.ts';

/**
 * The functions and triggers of this package, which the equine migrations carry: partnership_communications is
 * evidence of what was said and agreed with a partner, so the database refuses UPDATE and DELETE on it
 * (SQLSTATE 23001).
 */
export const partnershipsDatabaseObjects: readonly DatabaseObject[] = [...appendOnly(partnershipCommunications)];
