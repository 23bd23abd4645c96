import { describeDemoData } from '@db/core/testing';
import { fixtureSets } from './catalog.ts';

describeDemoData(fixtureSets, { database: 'equine' });
