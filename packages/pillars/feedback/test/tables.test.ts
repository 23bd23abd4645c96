import { adminFixtureSet } from '@db/admin/fixtures';
import { describeTableSuite } from '@db/core/testing';
import { horsesFixtureSet } from '@db/horses/fixtures';
import { providersFixtureSet } from '@db/providers/fixtures';
import { purchasesFixtureSet } from '@db/purchases/fixtures';
import { recommendationsFixtureSet } from '@db/recommendations/fixtures';
import { socialFixtureSet } from '@db/social/fixtures';
import { usersFixtureSet } from '@db/users/fixtures';
import { feedbackFixtureSet } from './fixtures.ts';

/** Round trip and refusals for every table of the package (core's generic suite). */
describeTableSuite(feedbackFixtureSet, [
  usersFixtureSet,
  horsesFixtureSet,
  providersFixtureSet,
  purchasesFixtureSet,
  socialFixtureSet,
  recommendationsFixtureSet,
  adminFixtureSet,
]);
