import { describeTableSuite } from '@db/core/testing';
import { healthFixtureSet } from '@db/health/fixtures';
import { horsesFixtureSet } from '@db/horses/fixtures';
import { providersFixtureSet } from '@db/providers/fixtures';
import { usersFixtureSet } from '@db/users/fixtures';
import { nutritionFixtureSet } from './fixtures.ts';

/** Round trip and refusals for every table of the package (core's generic suite). */
describeTableSuite(nutritionFixtureSet, [usersFixtureSet, horsesFixtureSet, providersFixtureSet, healthFixtureSet]);
