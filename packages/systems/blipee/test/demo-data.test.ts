import { describeDemoData } from '@db/core/testing';
import { authFixtureSet, blipeeFixtureSet } from './fixtures.ts';

describeDemoData([authFixtureSet, blipeeFixtureSet], { database: 'blipee' });
