import { appendOnly, type DatabaseObject } from '@db/core';
import { authenticationLogs } from './schema/authentication-logs.ts';
import { gdprCompliance } from './schema/gdpr-compliance.ts';

/** The functions and triggers of this package, which the equine migrations carry: two append-only tables. */
export const complianceDatabaseObjects: readonly DatabaseObject[] = [...appendOnly(authenticationLogs), ...appendOnly(gdprCompliance)];
