import { adminFixtureSet } from '@db/admin/fixtures';
import { complianceFixtureSet } from '@db/compliance/fixtures';
import { describeTableSuite } from '@db/core/testing';
import { partnershipsFixtureSet } from '@db/partnerships/fixtures';
import { providersFixtureSet } from '@db/providers/fixtures';
import { socialFixtureSet } from '@db/social/fixtures';
import { usersFixtureSet } from '@db/users/fixtures';
import { diplomacyFixtureSet } from './fixtures.ts';

/** Round trip and refusals for every table of the package (core's generic suite). */
describeTableSuite(diplomacyFixtureSet, [
  usersFixtureSet,
  providersFixtureSet,
  adminFixtureSet,
  socialFixtureSet,
  complianceFixtureSet,
  partnershipsFixtureSet,
]);
