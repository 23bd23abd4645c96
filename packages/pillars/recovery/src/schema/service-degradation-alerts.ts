import {
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  nonNegative,
  onlyWhen,
  requiredWhen,
  requiredWith,
  textEnum,
  textLength,
  timestamps,
  timestamptz,
  together,
} from '@db/core';
import { systemAlerts } from '@db/admin/tables';
import { platformServices } from '@db/reliability/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { foreignKey, index, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  RECOVERY_DEGRADATION_STATUSES,
  RECOVERY_DEGRADATION_TYPES,
  RECOVERY_ENVIRONMENTS,
  RECOVERY_INCIDENT_PROVIDERS,
  RECOVERY_SEVERITIES,
} from '../constants.ts';

/**
 * A degradation incident of a service: slower, failing more, partly down, burning its error budget. Opened by an
 * SLO burn-rate alert or a person, acknowledged by on-call, resolved. Mirrored from the incident tool (PagerDuty,
 * Opsgenie, incident.io): (incident_provider, external_incident_id) is the natural key every webhook upserts on,
 * with `source_updated_at`. Remediations, healing decisions, failovers and restoration steps point at it.
 */
export const serviceDegradationAlerts = domainTable(
  'service_degradation_alerts',
  {
    id: id(),
    /** Incident history: a service with incidents is retired, not deleted. */
    serviceId: uuid()
      .notNull()
      .references(() => platformServices.id, { onDelete: 'restrict' }),
    environment: textEnum(RECOVERY_ENVIRONMENTS).notNull().default('production'),
    /** The application alert that opened it. SET NULL: alerts are purged; the incident stays. */
    systemAlertId: uuid(),
    severity: textEnum(RECOVERY_SEVERITIES).notNull(),
    degradationType: textEnum(RECOVERY_DEGRADATION_TYPES).notNull(),
    status: textEnum(RECOVERY_DEGRADATION_STATUSES).notNull().default('open'),
    title: text().notNull(),
    /**
     * How fast the error budget burns, as a multiple of the sustainable rate: 1 spends it exactly over the SLO
     * window, 14.4 spends 2% of a 30-day budget in one hour (the classic fast-burn page).
     */
    burnRate: numeric({ precision: 9, scale: 3 }),
    /** Share of the window's error budget this incident consumed; above 100 when it overspent. */
    errorBudgetConsumedPercent: numeric({ precision: 7, scale: 2 }),
    openedAt: timestamptz().notNull(),
    acknowledgedAt: timestamptz(),
    /** Who acknowledged it. SET NULL: a credit; acknowledgedAt stays. */
    acknowledgedByUserId: uuid(),
    resolvedAt: timestamptz(),
    incidentProvider: textEnum(RECOVERY_INCIDENT_PROVIDERS),
    /** The incident's id at the provider, e.g. PagerDuty Q2K7Y3W1ZL0ABC. */
    externalIncidentId: text(),
    /** When the provider last changed the incident: an older webhook never overwrites a newer one. */
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('service_degradation_alerts_incident_key').on(t.incidentProvider, t.externalIncidentId),
    /** A service's incident timeline. */
    index('service_degradation_alerts_service_id_idx').on(t.serviceId, t.environment, t.openedAt),
    index('service_degradation_alerts_system_alert_id_idx').on(t.systemAlertId),
    // Declared here with a name: the generated one would pass PostgreSQL's 63 characters.
    foreignKey({
      name: 'service_degradation_alerts_system_alert_id_fkey',
      columns: [t.systemAlertId],
      foreignColumns: [systemAlerts.id],
    }).onDelete('set null'),
    index('service_degradation_alerts_acknowledged_by_user_id_idx').on(t.acknowledgedByUserId),
    // Declared here with a name: the generated one would pass PostgreSQL's 63 characters.
    foreignKey({
      name: 'service_degradation_alerts_acknowledged_by_user_id_fkey',
      columns: [t.acknowledgedByUserId],
      foreignColumns: [userProfiles.id],
    }).onDelete('set null'),
    /** Open incidents by severity, oldest first: the status page and the on-call view. */
    index('service_degradation_alerts_open_idx')
      .on(t.severity, t.openedAt)
      .where(sql`${t.status} <> 'resolved'`),
    textLength(t.title, { min: 1, max: 500 }),
    nonNegative(t.burnRate),
    nonNegative(t.errorBudgetConsumedPercent),
    inOrder(t.openedAt, t.acknowledgedAt, { name: 'service_degradation_alerts_acknowledged_at_check', message: 'must not be before openedAt' }),
    inOrder(t.acknowledgedAt, t.resolvedAt, { name: 'service_degradation_alerts_resolved_after_ack_check', message: 'must not be before acknowledgedAt' }),
    inOrder(t.openedAt, t.resolvedAt, { name: 'service_degradation_alerts_resolved_at_check', message: 'must not be before openedAt' }),
    requiredWhen(t.acknowledgedAt, t.status, 'acknowledged', { name: 'service_degradation_alerts_acknowledged_check' }),
    requiredWith(t.acknowledgedAt, t.acknowledgedByUserId, { name: 'service_degradation_alerts_acknowledged_by_check' }),
    requiredWhen(t.resolvedAt, t.status, 'resolved', { name: 'service_degradation_alerts_resolved_check' }),
    onlyWhen(t.resolvedAt, t.status, 'resolved', { name: 'service_degradation_alerts_resolved_status_check' }),
    together(t.incidentProvider, t.externalIncidentId, { name: 'service_degradation_alerts_incident_check' }),
    formatCheck(t.externalIncidentId, EXTERNAL_ID),
  ],
);
