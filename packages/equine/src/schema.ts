import type { TableSchemaCatalog } from '@db/core';
import { adminCatalog } from '@db/admin';
import * as adminTables from '@db/admin/tables';
import { agentsCatalog } from '@db/agents';
import * as agentsTables from '@db/agents/tables';
import { auditingCatalog } from '@db/auditing';
import * as auditingTables from '@db/auditing/tables';
import { breedingCatalog } from '@db/breeding';
import * as breedingTables from '@db/breeding/tables';
import { competitionsCatalog } from '@db/competitions';
import * as competitionsTables from '@db/competitions/tables';
import { complianceCatalog } from '@db/compliance';
import * as complianceTables from '@db/compliance/tables';
import { costsCatalog } from '@db/costs';
import * as costsTables from '@db/costs/tables';
import { deadletterCatalog } from '@db/deadletter';
import * as deadletterTables from '@db/deadletter/tables';
import { diplomacyCatalog } from '@db/diplomacy';
import * as diplomacyTables from '@db/diplomacy/tables';
import { emotionsCatalog } from '@db/emotions';
import * as emotionsTables from '@db/emotions/tables';
import { feedbackCatalog } from '@db/feedback';
import * as feedbackTables from '@db/feedback/tables';
import { financeCatalog } from '@db/finance';
import * as financeTables from '@db/finance/tables';
import { healthCatalog } from '@db/health';
import * as healthTables from '@db/health/tables';
import { horsesCatalog } from '@db/horses';
import * as horsesTables from '@db/horses/tables';
import { marketingCatalog } from '@db/marketing';
import * as marketingTables from '@db/marketing/tables';
import { mediaCatalog } from '@db/media';
import * as mediaTables from '@db/media/tables';
import { nutritionCatalog } from '@db/nutrition';
import * as nutritionTables from '@db/nutrition/tables';
import { partnershipsCatalog } from '@db/partnerships';
import * as partnershipsTables from '@db/partnerships/tables';
import { paymentsCatalog } from '@db/payments';
import * as paymentsTables from '@db/payments/tables';
import { providersCatalog } from '@db/providers';
import * as providersTables from '@db/providers/tables';
import { purchasesCatalog } from '@db/purchases';
import * as purchasesTables from '@db/purchases/tables';
import { recommendationsCatalog } from '@db/recommendations';
import * as recommendationsTables from '@db/recommendations/tables';
import { recoveryCatalog } from '@db/recovery';
import * as recoveryTables from '@db/recovery/tables';
import { reengagementCatalog } from '@db/reengagement';
import * as reengagementTables from '@db/reengagement/tables';
import { reliabilityCatalog } from '@db/reliability';
import * as reliabilityTables from '@db/reliability/tables';
import { resilienceCatalog } from '@db/resilience';
import * as resilienceTables from '@db/resilience/tables';
import { retentionCatalog } from '@db/retention';
import * as retentionTables from '@db/retention/tables';
import { scalingCatalog } from '@db/scaling';
import * as scalingTables from '@db/scaling/tables';
import { socialCatalog } from '@db/social';
import * as socialTables from '@db/social/tables';
import { syntheticsCatalog } from '@db/synthetics';
import * as syntheticsTables from '@db/synthetics/tables';
import { trainingCatalog } from '@db/training';
import * as trainingTables from '@db/training/tables';
import { usersCatalog } from '@db/users';
import * as usersTables from '@db/users/tables';

/** Every table of the equine database, keyed by variable name (what drizzle's relational queries use). */
export const schema = {
  ...usersTables,
  ...horsesTables,
  ...providersTables,
  ...purchasesTables,
  ...healthTables,
  ...socialTables,
  ...recommendationsTables,
  ...adminTables,
  ...retentionTables,
  ...marketingTables,
  ...reliabilityTables,
  ...complianceTables,
  ...agentsTables,
  ...mediaTables,
  ...breedingTables,
  ...trainingTables,
  ...nutritionTables,
  ...competitionsTables,
  ...financeTables,
  ...feedbackTables,
  ...partnershipsTables,
  ...recoveryTables,
  ...costsTables,
  ...syntheticsTables,
  ...resilienceTables,
  ...deadletterTables,
  ...reengagementTables,
  ...diplomacyTables,
  ...paymentsTables,
  ...auditingTables,
  ...scalingTables,
  ...emotionsTables,
};

/** Every table with its insert/select/update schemas, keyed by SQL table name (for tooling and generic tests). */
export const equineCatalog: TableSchemaCatalog = {
  ...usersCatalog,
  ...horsesCatalog,
  ...providersCatalog,
  ...purchasesCatalog,
  ...healthCatalog,
  ...socialCatalog,
  ...recommendationsCatalog,
  ...adminCatalog,
  ...retentionCatalog,
  ...marketingCatalog,
  ...reliabilityCatalog,
  ...complianceCatalog,
  ...agentsCatalog,
  ...mediaCatalog,
  ...breedingCatalog,
  ...trainingCatalog,
  ...nutritionCatalog,
  ...competitionsCatalog,
  ...financeCatalog,
  ...feedbackCatalog,
  ...partnershipsCatalog,
  ...recoveryCatalog,
  ...costsCatalog,
  ...syntheticsCatalog,
  ...resilienceCatalog,
  ...deadletterCatalog,
  ...reengagementCatalog,
  ...diplomacyCatalog,
  ...paymentsCatalog,
  ...auditingCatalog,
  ...scalingCatalog,
  ...emotionsCatalog,
};
