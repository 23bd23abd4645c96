import { describeTableSuite } from '@db/core/testing';
import { horsesFixtureSet } from '@db/horses/fixtures';
import { providersFixtureSet } from '@db/providers/fixtures';
import { purchasesFixtureSet } from '@db/purchases/fixtures';
import { recommendationsFixtureSet } from '@db/recommendations/fixtures';
import { retentionFixtureSet } from '@db/retention/fixtures';
import { socialFixtureSet } from '@db/social/fixtures';
import { usersFixtureSet } from '@db/users/fixtures';
import { reengagementFixtureSet } from './fixtures.ts';

/** Round trip and refusals for every table of the package (core's generic suite). */
describeTableSuite(reengagementFixtureSet, [
  usersFixtureSet,
  horsesFixtureSet,
  providersFixtureSet,
  purchasesFixtureSet,
  recommendationsFixtureSet,
  socialFixtureSet,
  retentionFixtureSet,
]);
