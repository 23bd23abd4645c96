import { adminFixtureSet } from '@db/admin/fixtures';
import { complianceFixtureSet } from '@db/compliance/fixtures';
import { describeTableSuite } from '@db/core/testing';
import { providersFixtureSet } from '@db/providers/fixtures';
import { reliabilityFixtureSet } from '@db/reliability/fixtures';
import { usersFixtureSet } from '@db/users/fixtures';
import { auditingFixtureSet } from './fixtures.ts';

/** Round trip and refusals for every table of the package (core's generic suite). */
describeTableSuite(auditingFixtureSet, [usersFixtureSet, providersFixtureSet, reliabilityFixtureSet, adminFixtureSet, complianceFixtureSet]);
