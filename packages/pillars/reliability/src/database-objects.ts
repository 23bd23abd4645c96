import { appendOnly, type DatabaseObject } from '@db/core';
import { disasterRecoveryTests } from './schema/disaster-recovery-tests.ts';

/** The functions and triggers of this package, which the equine migrations carry: the DR test log is append-only. */
export const reliabilityDatabaseObjects: readonly DatabaseObject[] = [...appendOnly(disasterRecoveryTests)];
