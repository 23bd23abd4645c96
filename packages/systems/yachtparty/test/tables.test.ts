import { describeTableSuite } from '@db/core/testing';
import { yachtpartyFixtureSet } from './fixtures.ts';

/** Round trip, the documented CHECKs and column types refused by Zod and by PostgreSQL, and the agreement suite, for every table. */
describeTableSuite(yachtpartyFixtureSet, [], { database: 'yachtparty' });
