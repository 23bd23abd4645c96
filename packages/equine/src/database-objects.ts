import type { DatabaseObject } from '@db/core';
import { purchasesDatabaseObjects } from '@db/purchases';

/** The functions and triggers every pillar declares: the migrations carry them and the audit checks they exist. */
export const equineDatabaseObjects: readonly DatabaseObject[] = [...purchasesDatabaseObjects];
