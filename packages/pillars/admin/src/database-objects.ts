import { appendOnly, type DatabaseObject } from '@db/core';
import { adminActions } from './schema/admin-actions.ts';
import { auditTrail } from './schema/audit-trail.ts';

/**
 * The functions and triggers of this package, which the equine migrations carry: admin_actions and audit_trail
 * are audit evidence, so the database refuses UPDATE and DELETE on them (SQLSTATE 23001).
 */
export const adminDatabaseObjects: readonly DatabaseObject[] = [...appendOnly(adminActions), ...appendOnly(auditTrail)];
