import { adminFixtureSet } from '@db/admin/fixtures';
import { agentsFixtureSet } from '@db/agents/fixtures';
import { describeTableSuite } from '@db/core/testing';
import { mediaFixtureSet } from '@db/media/fixtures';
import { recommendationsFixtureSet } from '@db/recommendations/fixtures';
import { usersFixtureSet } from '@db/users/fixtures';
import { costsFixtureSet } from './fixtures.ts';

/** Round trip and refusals for every table of the package (core's generic suite). */
describeTableSuite(costsFixtureSet, [usersFixtureSet, adminFixtureSet, recommendationsFixtureSet, agentsFixtureSet, mediaFixtureSet]);
