import { adminFixtureSet } from '@db/admin/fixtures';
import { describeTableSuite } from '@db/core/testing';
import { horsesFixtureSet } from '@db/horses/fixtures';
import { providersFixtureSet } from '@db/providers/fixtures';
import { recommendationsFixtureSet } from '@db/recommendations/fixtures';
import { usersFixtureSet } from '@db/users/fixtures';
import { agentsFixtureSet } from './fixtures.ts';

/** Round trip and refusals for every table of the package (core's generic suite). */
describeTableSuite(agentsFixtureSet, [usersFixtureSet, horsesFixtureSet, providersFixtureSet, recommendationsFixtureSet, adminFixtureSet]);
