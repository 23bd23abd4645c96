import { mergeRelationParts, type MergedRelations } from '@db/core';
import { adminRelations } from '@db/admin';
import { agentsRelations } from '@db/agents';
import { auditingRelations } from '@db/auditing';
import { breedingRelations } from '@db/breeding';
import { competitionsRelations } from '@db/competitions';
import { complianceRelations } from '@db/compliance';
import { costsRelations } from '@db/costs';
import { deadletterRelations } from '@db/deadletter';
import { diplomacyRelations } from '@db/diplomacy';
import { emotionsRelations } from '@db/emotions';
import { feedbackRelations } from '@db/feedback';
import { financeRelations } from '@db/finance';
import { healthRelations } from '@db/health';
import { horsesRelations } from '@db/horses';
import { marketingRelations } from '@db/marketing';
import { mediaRelations } from '@db/media';
import { nutritionRelations } from '@db/nutrition';
import { partnershipsRelations } from '@db/partnerships';
import { paymentsRelations } from '@db/payments';
import { providersRelations } from '@db/providers';
import { purchasesRelations } from '@db/purchases';
import { recommendationsRelations } from '@db/recommendations';
import { recoveryRelations } from '@db/recovery';
import { reengagementRelations } from '@db/reengagement';
import { reliabilityRelations } from '@db/reliability';
import { resilienceRelations } from '@db/resilience';
import { retentionRelations } from '@db/retention';
import { scalingRelations } from '@db/scaling';
import { socialRelations } from '@db/social';
import { syntheticsRelations } from '@db/synthetics';
import { trainingRelations } from '@db/training';
import { usersRelations } from '@db/users';
import { defineRelationsPart } from 'drizzle-orm';
import { schema } from './schema.ts';

/** Every table (so `db.query` has them all), then each pillar's relations part, merged per relation key. */
const everyTable = defineRelationsPart(schema);

export type EquineRelations = MergedRelations<
  [
    typeof everyTable,
    typeof usersRelations,
    typeof horsesRelations,
    typeof providersRelations,
    typeof purchasesRelations,
    typeof healthRelations,
    typeof socialRelations,
    typeof recommendationsRelations,
    typeof adminRelations,
    typeof retentionRelations,
    typeof marketingRelations,
    typeof reliabilityRelations,
    typeof complianceRelations,
    typeof agentsRelations,
    typeof mediaRelations,
    typeof breedingRelations,
    typeof trainingRelations,
    typeof nutritionRelations,
    typeof competitionsRelations,
    typeof financeRelations,
    typeof feedbackRelations,
    typeof partnershipsRelations,
    typeof recoveryRelations,
    typeof costsRelations,
    typeof syntheticsRelations,
    typeof resilienceRelations,
    typeof deadletterRelations,
    typeof reengagementRelations,
    typeof diplomacyRelations,
    typeof paymentsRelations,
    typeof auditingRelations,
    typeof scalingRelations,
    typeof emotionsRelations,
  ]
>;

export const relations: EquineRelations = mergeRelationParts(
  everyTable,
  usersRelations,
  horsesRelations,
  providersRelations,
  purchasesRelations,
  healthRelations,
  socialRelations,
  recommendationsRelations,
  adminRelations,
  retentionRelations,
  marketingRelations,
  reliabilityRelations,
  complianceRelations,
  agentsRelations,
  mediaRelations,
  breedingRelations,
  trainingRelations,
  nutritionRelations,
  competitionsRelations,
  financeRelations,
  feedbackRelations,
  partnershipsRelations,
  recoveryRelations,
  costsRelations,
  syntheticsRelations,
  resilienceRelations,
  deadletterRelations,
  reengagementRelations,
  diplomacyRelations,
  paymentsRelations,
  auditingRelations,
  scalingRelations,
  emotionsRelations,
);
