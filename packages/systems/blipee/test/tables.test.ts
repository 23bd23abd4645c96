import { describeTableSuite } from '@db/core/testing';
import { authFixtureSet, blipeeFixtureSet } from './fixtures.ts';

/** Round trip, the documented CHECKs refused by Zod and by PostgreSQL, and the agreement suite, for every table. */
describeTableSuite(blipeeFixtureSet, [authFixtureSet], { database: 'blipee' });
