import { describeStudioRelations } from '@db/core/testing';
import * as exports from '../src/index.ts';

describeStudioRelations(exports);
