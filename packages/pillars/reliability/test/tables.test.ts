import { describeTableSuite } from '@db/core/testing';
import { usersFixtureSet } from '@db/users/fixtures';
import { reliabilityFixtureSet } from './fixtures.ts';

/** Round trip and refusals for every table of the package (core's generic suite). */
describeTableSuite(reliabilityFixtureSet, [usersFixtureSet]);
