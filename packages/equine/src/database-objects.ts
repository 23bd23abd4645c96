import type { DatabaseObject } from '@db/core';
import { adminDatabaseObjects } from '@db/admin';
import { complianceDatabaseObjects } from '@db/compliance';
import { marketingDatabaseObjects } from '@db/marketing';
import { purchasesDatabaseObjects } from '@db/purchases';
import { recommendationsDatabaseObjects } from '@db/recommendations';
import { reliabilityDatabaseObjects } from '@db/reliability';
import { retentionDatabaseObjects } from '@db/retention';
import { socialDatabaseObjects } from '@db/social';

/** The functions and triggers every pillar declares: the migrations carry them and the audit checks they exist. */
export const equineDatabaseObjects: readonly DatabaseObject[] = [
  ...purchasesDatabaseObjects,
  ...socialDatabaseObjects,
  ...recommendationsDatabaseObjects,
  ...adminDatabaseObjects,
  ...retentionDatabaseObjects,
  ...marketingDatabaseObjects,
  ...reliabilityDatabaseObjects,
  ...complianceDatabaseObjects,
];
