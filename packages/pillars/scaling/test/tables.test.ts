import { adminFixtureSet } from '@db/admin/fixtures';
import { describeTableSuite } from '@db/core/testing';
import { recoveryFixtureSet } from '@db/recovery/fixtures';
import { reliabilityFixtureSet } from '@db/reliability/fixtures';
import { usersFixtureSet } from '@db/users/fixtures';
import { scalingFixtureSet } from './fixtures.ts';

/** Round trip and refusals for every table of the package (core's generic suite). */
describeTableSuite(scalingFixtureSet, [usersFixtureSet, adminFixtureSet, reliabilityFixtureSet, recoveryFixtureSet]);
