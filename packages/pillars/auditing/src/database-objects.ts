import { appendOnly, type DatabaseObject, purgeOlderThan } from '@db/core';
import { accessLogs } from './schema/access-logs.ts';
import { dataAccessAudit } from './schema/data-access-audit.ts';
import { permissionChanges } from './schema/permission-changes.ts';
import { securityEventLogs } from './schema/security-event-logs.ts';

/**
 * The functions and triggers of this package, which the equine migrations carry. The four logs are audit evidence:
 * the database refuses UPDATE and DELETE on them (SQLSTATE 23001). The three high-volume ones have a retention
 * function, `purge_<table>(before timestamptz default now() - <period>)`, the only DELETE their trigger lets
 * through; a scheduler (pg_cron, a worker) runs it nightly. Periods, as a compliance officer sets them:
 * - security_event_logs, 400 days: PCI DSS 10.5.1 asks for a year of audit history, plus a month for year-on-year;
 * - access_logs, 90 days: every row holds an IP address, and what must last longer is a security event;
 * - data_access_audit, 6 years: the accountability period, the limitation period for a claim (Ireland, England).
 * permission_changes has no purge: access history is kept for as long as the accounts it concerns.
 */
export const auditingDatabaseObjects: readonly DatabaseObject[] = [
  ...appendOnly(securityEventLogs),
  ...purgeOlderThan(securityEventLogs, securityEventLogs.occurredAt, '400 days'),
  ...appendOnly(accessLogs),
  ...purgeOlderThan(accessLogs, accessLogs.occurredAt, '90 days'),
  ...appendOnly(permissionChanges),
  ...appendOnly(dataAccessAudit),
  ...purgeOlderThan(dataAccessAudit, dataAccessAudit.occurredAt, '6 years'),
];
