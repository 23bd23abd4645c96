import type { DatabaseObject } from '@db/core';
import { adminDatabaseObjects } from '@db/admin';
import { agentsDatabaseObjects } from '@db/agents';
import { auditingDatabaseObjects } from '@db/auditing';
import { breedingDatabaseObjects } from '@db/breeding';
import { competitionsDatabaseObjects } from '@db/competitions';
import { complianceDatabaseObjects } from '@db/compliance';
import { costsDatabaseObjects } from '@db/costs';
import { deadletterDatabaseObjects } from '@db/deadletter';
import { diplomacyDatabaseObjects } from '@db/diplomacy';
import { emotionsDatabaseObjects } from '@db/emotions';
import { feedbackDatabaseObjects } from '@db/feedback';
import { financeDatabaseObjects } from '@db/finance';
import { marketingDatabaseObjects } from '@db/marketing';
import { mediaDatabaseObjects } from '@db/media';
import { nutritionDatabaseObjects } from '@db/nutrition';
import { partnershipsDatabaseObjects } from '@db/partnerships';
import { paymentsDatabaseObjects } from '@db/payments';
import { purchasesDatabaseObjects } from '@db/purchases';
import { recommendationsDatabaseObjects } from '@db/recommendations';
import { recoveryDatabaseObjects } from '@db/recovery';
import { reengagementDatabaseObjects } from '@db/reengagement';
import { reliabilityDatabaseObjects } from '@db/reliability';
import { resilienceDatabaseObjects } from '@db/resilience';
import { retentionDatabaseObjects } from '@db/retention';
import { scalingDatabaseObjects } from '@db/scaling';
import { socialDatabaseObjects } from '@db/social';
import { syntheticsDatabaseObjects } from '@db/synthetics';

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
  ...costsDatabaseObjects,
  ...syntheticsDatabaseObjects,
  ...resilienceDatabaseObjects,
  ...deadletterDatabaseObjects,
  ...reengagementDatabaseObjects,
  ...diplomacyDatabaseObjects,
  ...paymentsDatabaseObjects,
  ...auditingDatabaseObjects,
  ...scalingDatabaseObjects,
  ...emotionsDatabaseObjects,
];
