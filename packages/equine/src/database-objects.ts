import type { DatabaseObject } from '@db/core';
import { adminDatabaseObjects } from '@db/admin';
import { agentsDatabaseObjects } from '@db/agents';
import { breedingDatabaseObjects } from '@db/breeding';
import { competitionsDatabaseObjects } from '@db/competitions';
import { complianceDatabaseObjects } from '@db/compliance';
import { feedbackDatabaseObjects } from '@db/feedback';
import { financeDatabaseObjects } from '@db/finance';
import { marketingDatabaseObjects } from '@db/marketing';
import { mediaDatabaseObjects } from '@db/media';
import { nutritionDatabaseObjects } from '@db/nutrition';
import { partnershipsDatabaseObjects } from '@db/partnerships';
import { purchasesDatabaseObjects } from '@db/purchases';
import { recommendationsDatabaseObjects } from '@db/recommendations';
import { recoveryDatabaseObjects } from '@db/recovery';
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
  ...agentsDatabaseObjects,
  ...mediaDatabaseObjects,
  ...breedingDatabaseObjects,
  ...nutritionDatabaseObjects,
  ...competitionsDatabaseObjects,
  ...financeDatabaseObjects,
  ...feedbackDatabaseObjects,
  ...partnershipsDatabaseObjects,
  ...recoveryDatabaseObjects,
];
