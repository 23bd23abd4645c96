import type { Fixtures } from '@db/core/testing';
import { healthFixtureSet } from '@db/health/fixtures';
import { horsesFixtureSet } from '@db/horses/fixtures';
import { providersFixtureSet } from '@db/providers/fixtures';
import { purchasesFixtureSet } from '@db/purchases/fixtures';
import { usersFixtureSet } from '@db/users/fixtures';

/** Every pillar's catalog, fixtures and invalid rows. */
export const fixtureSets = [usersFixtureSet, horsesFixtureSet, providersFixtureSet, purchasesFixtureSet, healthFixtureSet];

export const fixtures: Fixtures = Object.assign({}, ...fixtureSets.map((set) => set.fixtures));
export const invalidRows = fixtureSets.flatMap((set) => set.invalidRows);
