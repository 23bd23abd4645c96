import { describeTableSuite } from '@db/core/testing';
import { hotdashFixtureSet } from './fixtures.ts';

/** Round trip, the documented CHECKs refused by Zod and by PostgreSQL, and the agreement suite, for every table (as the owner: RLS not forced). */
describeTableSuite(hotdashFixtureSet, [], { database: 'hotdash' });
