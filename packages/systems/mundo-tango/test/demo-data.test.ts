import { describeDemoData } from '@db/core/testing';
import { mundoTangoFixtureSet } from './fixtures.ts';

describeDemoData([mundoTangoFixtureSet], { database: 'mundo-tango' });
