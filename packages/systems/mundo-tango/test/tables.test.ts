import { describeTableSuite } from '@db/core/testing';
import { mundoTangoFixtureSet } from './fixtures.ts';

/** Round trip, the documented CHECKs refused by Zod and by PostgreSQL, and the agreement suite, for every table. */
describeTableSuite(mundoTangoFixtureSet, [], { database: 'mundo-tango' });
