import { describeTableSuite } from '@db/core/testing';
import { healthFixtureSet } from '@db/health/fixtures';
import { horsesFixtureSet } from '@db/horses/fixtures';
import { providersFixtureSet } from '@db/providers/fixtures';
import { purchasesFixtureSet } from '@db/purchases/fixtures';
import { socialFixtureSet } from '@db/social/fixtures';
import { trainingFixtureSet } from '@db/training/fixtures';
import { usersFixtureSet } from '@db/users/fixtures';
import { competitionsFixtureSet } from './fixtures.ts';

/** Round trip and refusals for every table of the package (core's generic suite). */
describeTableSuite(competitionsFixtureSet, [
  usersFixtureSet,
  horsesFixtureSet,
  providersFixtureSet,
  purchasesFixtureSet,
  healthFixtureSet,
  socialFixtureSet,
  trainingFixtureSet,
]);
