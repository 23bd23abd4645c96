import { describeTableSuite } from '@db/core/testing';
import { adminFixtureSet } from '@db/admin/fixtures';
import { reliabilityFixtureSet } from '@db/reliability/fixtures';
import { usersFixtureSet } from '@db/users/fixtures';
import { deadletterFixtureSet } from './fixtures.ts';

/** Round trip and refusals for every table of the package (core's generic suite). */
describeTableSuite(deadletterFixtureSet, [usersFixtureSet, adminFixtureSet, reliabilityFixtureSet]);
