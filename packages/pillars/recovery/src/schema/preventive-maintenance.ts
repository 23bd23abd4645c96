import {
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  IANA_TIME_ZONE,
  id,
  inOrder,
  requiredWhen,
  requiredWith,
  textEnum,
  textLength,
  timestamps,
  timestamptz,
  together,
} from '@db/core';
import { platformServices } from '@db/reliability/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { boolean, foreignKey, index, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  RECOVERY_CHANGE_SOURCES,
  RECOVERY_ENVIRONMENTS,
  RECOVERY_MAINTENANCE_IMPACTS,
  RECOVERY_MAINTENANCE_KINDS,
  RECOVERY_MAINTENANCE_STATUSES,
} from '../constants.ts';

/**
 * A scheduled maintenance window of a service (patching, upgrades, certificate rotation, a failover drill, a
 * provider's scheduled maintenance): planned start and end, in the time zone it is announced in, the expected
 * impact, whether self-healing stands down meanwhile, then what actually happened. Synced from the change
 * calendar (ServiceNow, Jira) or the provider's health feed: (change_source, change_ticket_id) is the natural key,
 * with `source_updated_at`. A change record: a service with windows is retired, not deleted (RESTRICT), and the
 * change's approver stays referenced (RESTRICT: change approval is audit evidence, SOC 2 CC8.1).
 */
export const preventiveMaintenance = domainTable(
  'preventive_maintenance',
  {
    id: id(),
    serviceId: uuid()
      .notNull()
      .references(() => platformServices.id, { onDelete: 'restrict' }),
    environment: textEnum(RECOVERY_ENVIRONMENTS).notNull().default('production'),
    kind: textEnum(RECOVERY_MAINTENANCE_KINDS).notNull(),
    title: text().notNull(),
    plannedStartAt: timestamptz().notNull(),
    plannedEndAt: timestamptz().notNull(),
    /** The zone the window is announced in, e.g. Europe/Dublin: "Tuesday 05:00-06:00 Irish time". */
    timeZone: text().notNull().default('Europe/Dublin'),
    status: textEnum(RECOVERY_MAINTENANCE_STATUSES).notNull().default('planned'),
    actualStartAt: timestamptz(),
    actualEndAt: timestamptz(),
    expectedImpact: textEnum(RECOVERY_MAINTENANCE_IMPACTS).notNull().default('none'),
    /** The healing controller suppresses remediation of this service during the window (restarts are expected). */
    suppressAutoRecovery: boolean().notNull().default(true),
    changeSource: textEnum(RECOVERY_CHANGE_SOURCES),
    /** The change ticket or provider event, e.g. ServiceNow CHG0031245, an AWS Health event ARN. */
    changeTicketId: text(),
    /** Who approved the change (the change advisory board's approver). FK below, RESTRICT. */
    approvedByUserId: uuid(),
    /** When the source last changed the window. */
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('preventive_maintenance_change_key').on(t.changeSource, t.changeTicketId),
    /** A service's maintenance calendar. */
    index('preventive_maintenance_service_id_idx').on(t.serviceId, t.environment, t.plannedStartAt),
    index('preventive_maintenance_approved_by_user_id_idx').on(t.approvedByUserId),
    // Declared here with a name: the generated one would pass PostgreSQL's 63 characters.
    foreignKey({
      name: 'preventive_maintenance_approved_by_user_id_fkey',
      columns: [t.approvedByUserId],
      foreignColumns: [userProfiles.id],
    }).onDelete('restrict'),
    /** Upcoming windows: what the healing controller and the status page read. */
    index('preventive_maintenance_upcoming_idx')
      .on(t.plannedStartAt)
      .where(sql`${t.status} in ('planned', 'approved', 'in_progress')`),
    textLength(t.title, { min: 1, max: 500 }),
    inOrder(t.plannedStartAt, t.plannedEndAt, { strict: true, name: 'preventive_maintenance_planned_end_check', message: 'must be after plannedStartAt' }),
    formatCheck(t.timeZone, IANA_TIME_ZONE),
    inOrder(t.actualStartAt, t.actualEndAt, { name: 'preventive_maintenance_actual_end_check', message: 'must not be before actualStartAt' }),
    requiredWith(t.actualStartAt, t.actualEndAt, { name: 'preventive_maintenance_actual_start_check' }),
    requiredWhen(t.actualStartAt, t.status, 'in_progress', { name: 'preventive_maintenance_in_progress_check' }),
    requiredWhen(t.actualEndAt, t.status, 'completed', { name: 'preventive_maintenance_completed_check' }),
    requiredWhen(t.approvedByUserId, t.status, 'approved', { name: 'preventive_maintenance_approved_check' }),
    together(t.changeSource, t.changeTicketId, { name: 'preventive_maintenance_change_check' }),
    formatCheck(t.changeTicketId, EXTERNAL_ID),
  ],
);
