import { describeTableSuite } from '@db/core/testing';
import { providersFixtureSet } from '@db/providers/fixtures';
import { usersFixtureSet } from '@db/users/fixtures';
import { complianceFixtureSet } from './fixtures.ts';

/** Round trip and refusals for every table of the package (core's generic suite). */
describeTableSuite(complianceFixtureSet, [usersFixtureSet, providersFixtureSet]);
