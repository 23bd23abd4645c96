import { adminFixtureSet } from '@db/admin/fixtures';
import { describeTableSuite } from '@db/core/testing';
import { reliabilityFixtureSet } from '@db/reliability/fixtures';
import { usersFixtureSet } from '@db/users/fixtures';
import { recoveryFixtureSet } from './fixtures.ts';

/** Round trip and refusals for every table of the package (core's generic suite). */
describeTableSuite(recoveryFixtureSet, [usersFixtureSet, adminFixtureSet, reliabilityFixtureSet]);
