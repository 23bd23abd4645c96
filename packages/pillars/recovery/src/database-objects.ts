import { appendOnly, type DatabaseObject } from '@db/core';
import { selfHealingLogs } from './schema/self-healing-logs.ts';
import { systemRestorationLogs } from './schema/system-restoration-logs.ts';

/**
 * The functions and triggers of this package, which the equine migrations carry: self_healing_logs and
 * system_restoration_logs are evidence of what the automation and the engineers did, so the database refuses
 * UPDATE and DELETE on them (SQLSTATE 23001).
 */
export const recoveryDatabaseObjects: readonly DatabaseObject[] = [...appendOnly(selfHealingLogs), ...appendOnly(systemRestorationLogs)];
