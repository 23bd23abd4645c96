import { describeDemoData } from '@db/core/testing';
import { hotdashFixtureSet } from './fixtures.ts';

describeDemoData([hotdashFixtureSet], { database: 'hotdash' });
