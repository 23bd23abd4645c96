import type { Fixtures } from '@db/core/testing';
import { adminFixtureSet } from '@db/admin/fixtures';
import { agentsFixtureSet } from '@db/agents/fixtures';
import { auditingFixtureSet } from '@db/auditing/fixtures';
import { breedingFixtureSet } from '@db/breeding/fixtures';
import { competitionsFixtureSet } from '@db/competitions/fixtures';
import { complianceFixtureSet } from '@db/compliance/fixtures';
import { costsFixtureSet } from '@db/costs/fixtures';
import { deadletterFixtureSet } from '@db/deadletter/fixtures';
import { diplomacyFixtureSet } from '@db/diplomacy/fixtures';
import { emotionsFixtureSet } from '@db/emotions/fixtures';
import { feedbackFixtureSet } from '@db/feedback/fixtures';
import { financeFixtureSet } from '@db/finance/fixtures';
import { healthFixtureSet } from '@db/health/fixtures';
import { horsesFixtureSet } from '@db/horses/fixtures';
import { marketingFixtureSet } from '@db/marketing/fixtures';
import { mediaFixtureSet } from '@db/media/fixtures';
import { nutritionFixtureSet } from '@db/nutrition/fixtures';
import { partnershipsFixtureSet } from '@db/partnerships/fixtures';
import { paymentsFixtureSet } from '@db/payments/fixtures';
import { providersFixtureSet } from '@db/providers/fixtures';
import { purchasesFixtureSet } from '@db/purchases/fixtures';
import { recommendationsFixtureSet } from '@db/recommendations/fixtures';
import { recoveryFixtureSet } from '@db/recovery/fixtures';
import { reengagementFixtureSet } from '@db/reengagement/fixtures';
import { reliabilityFixtureSet } from '@db/reliability/fixtures';
import { resilienceFixtureSet } from '@db/resilience/fixtures';
import { retentionFixtureSet } from '@db/retention/fixtures';
import { scalingFixtureSet } from '@db/scaling/fixtures';
import { socialFixtureSet } from '@db/social/fixtures';
import { syntheticsFixtureSet } from '@db/synthetics/fixtures';
import { trainingFixtureSet } from '@db/training/fixtures';
import { usersFixtureSet } from '@db/users/fixtures';

/** Every pillar's catalog, fixtures and invalid rows. */
export const fixtureSets = [
  usersFixtureSet,
  horsesFixtureSet,
  providersFixtureSet,
  purchasesFixtureSet,
  healthFixtureSet,
  socialFixtureSet,
  recommendationsFixtureSet,
  adminFixtureSet,
  retentionFixtureSet,
  marketingFixtureSet,
  reliabilityFixtureSet,
  complianceFixtureSet,
  agentsFixtureSet,
  mediaFixtureSet,
  breedingFixtureSet,
  trainingFixtureSet,
  nutritionFixtureSet,
  competitionsFixtureSet,
  financeFixtureSet,
  feedbackFixtureSet,
  partnershipsFixtureSet,
  recoveryFixtureSet,
  costsFixtureSet,
  syntheticsFixtureSet,
  resilienceFixtureSet,
  deadletterFixtureSet,
  reengagementFixtureSet,
  diplomacyFixtureSet,
  paymentsFixtureSet,
  auditingFixtureSet,
  scalingFixtureSet,
  emotionsFixtureSet,
];

export const fixtures: Fixtures = Object.assign({}, ...fixtureSets.map((set) => set.fixtures));
export const invalidRows = fixtureSets.flatMap((set) => set.invalidRows);
