import { describeTableSuite } from '@db/core/testing';
import { healthFixtureSet } from '@db/health/fixtures';
import { horsesFixtureSet } from '@db/horses/fixtures';
import { providersFixtureSet } from '@db/providers/fixtures';
import { purchasesFixtureSet } from '@db/purchases/fixtures';
import { recommendationsFixtureSet } from '@db/recommendations/fixtures';
import { usersFixtureSet } from '@db/users/fixtures';
import { breedingFixtureSet } from './fixtures.ts';

/** Round trip and refusals for every table of the package (core's generic suite). */
describeTableSuite(breedingFixtureSet, [usersFixtureSet, horsesFixtureSet, providersFixtureSet, healthFixtureSet, recommendationsFixtureSet, purchasesFixtureSet]);
