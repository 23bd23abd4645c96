import { adminFixtureSet } from '@db/admin/fixtures';
import { describeTableSuite } from '@db/core/testing';
import { providersFixtureSet } from '@db/providers/fixtures';
import { socialFixtureSet } from '@db/social/fixtures';
import { usersFixtureSet } from '@db/users/fixtures';
import { partnershipsFixtureSet } from './fixtures.ts';

/** Round trip and refusals for every table of the package (core's generic suite). */
describeTableSuite(partnershipsFixtureSet, [usersFixtureSet, providersFixtureSet, adminFixtureSet, socialFixtureSet]);
