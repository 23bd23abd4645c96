import { describeDemoData } from '@db/core/testing';
import { yachtpartyFixtureSet } from './fixtures.ts';

describeDemoData([yachtpartyFixtureSet], { database: 'yachtparty' });
