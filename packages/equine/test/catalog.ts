import type { Fixtures } from '@db/core/testing';
import { adminFixtureSet } from '@db/admin/fixtures';
import { complianceFixtureSet } from '@db/compliance/fixtures';
import { healthFixtureSet } from '@db/health/fixtures';
import { horsesFixtureSet } from '@db/horses/fixtures';
import { marketingFixtureSet } from '@db/marketing/fixtures';
import { providersFixtureSet } from '@db/providers/fixtures';
import { purchasesFixtureSet } from '@db/purchases/fixtures';
import { recommendationsFixtureSet } from '@db/recommendations/fixtures';
import { reliabilityFixtureSet } from '@db/reliability/fixtures';
import { retentionFixtureSet } from '@db/retention/fixtures';
import { socialFixtureSet } from '@db/social/fixtures';
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
];

export const fixtures: Fixtures = Object.assign({}, ...fixtureSets.map((set) => set.fixtures));
export const invalidRows = fixtureSets.flatMap((set) => set.invalidRows);
