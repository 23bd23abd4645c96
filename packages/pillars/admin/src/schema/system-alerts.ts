import {
  domainTable,
  formatCheck,
  HTTP_URL,
  id,
  inOrder,
  jsonObject,
  nonNegative,
  onlyWhen,
  requiredWhen,
  requiredWith,
  SNAKE_CASE_KEY,
  textEnum,
  textLength,
  timestamps,
  timestamptz,
} from '@db/core';
import { sql } from 'drizzle-orm';
import { foreignKey, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ADMIN_ALERT_SEVERITIES, ADMIN_ALERT_SOURCES, ADMIN_ALERT_STATUSES, ADMIN_ENVIRONMENTS } from '../constants.ts';
import { adminUsers } from './admin-users.ts';
import { errorLogs } from './error-logs.ts';
import { systemHealthMetrics } from './system-health-metrics.ts';

/**
 * An application alert, from firing to resolved, as the alerting source sends it (Alertmanager, Grafana, Sentry
 * alert rules, PagerDuty). The source's dedup key identifies the alert: (source, dedup_key, fired_at) is the
 * upsert key of every notification, and one alert per (source, dedup_key) may be open at a time, so a repeat
 * notification updates the open alert instead of opening another.
 */
export const systemAlerts = domainTable(
  'system_alerts',
  {
    id: id(),
    source: textEnum(ADMIN_ALERT_SOURCES).notNull(),
    /** The source's deduplication key (Alertmanager fingerprint, PagerDuty dedup_key). */
    dedupKey: text().notNull(),
    severity: textEnum(ADMIN_ALERT_SEVERITIES).notNull(),
    status: textEnum(ADMIN_ALERT_STATUSES).notNull().default('firing'),
    title: text().notNull(),
    description: text(),
    /** The alert rule's name at the source, e.g. ApiHighErrorRate. */
    ruleName: text(),
    /** The application component, snake_case: api, ingestion_worker. */
    component: text(),
    environment: textEnum(ADMIN_ENVIRONMENTS).notNull(),
    firedAt: timestamptz().notNull(),
    acknowledgedAt: timestamptz(),
    /** Who took it. SET NULL: a credit; acknowledgedAt stays. (Foreign keys with long generated names: below.) */
    acknowledgedByAdminUserId: uuid(),
    resolvedAt: timestamptz(),
    /** Notifications sent for it (pages, messages), escalations included. */
    notificationCount: integer().notNull().default(0),
    /** The sample that crossed the threshold. SET NULL: samples are purged by retention; the alert stays. */
    systemHealthMetricId: uuid(),
    /** The error tracker issue behind an error-rate or new-issue alert. SET NULL: the alert outlives the issue. */
    errorLogId: uuid().references(() => errorLogs.id, { onDelete: 'set null' }),
    runbookUrl: text(),
    /** The source's labels, e.g. { "alertname": "ApiHighErrorRate", "route": "/v1/horses" }. */
    labels: jsonObject<Record<string, string>>(),
    /** When the source last changed the alert. */
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('system_alerts_source_dedup_key_fired_at_key').on(t.source, t.dedupKey, t.firedAt),
    uniqueIndex('system_alerts_open_key')
      .on(t.source, t.dedupKey)
      .where(sql`${t.status} <> 'resolved'`),
    /** The on-call queue: open alerts by severity, oldest first. */
    index('system_alerts_open_idx')
      .on(t.severity, t.firedAt)
      .where(sql`${t.status} <> 'resolved'`),
    index('system_alerts_acknowledged_by_admin_user_id_idx').on(t.acknowledgedByAdminUserId),
    index('system_alerts_system_health_metric_id_idx').on(t.systemHealthMetricId),
    index('system_alerts_error_log_id_idx').on(t.errorLogId),
    // Declared here with names: the generated ones would pass PostgreSQL's 63 characters.
    foreignKey({
      name: 'system_alerts_acknowledged_by_admin_user_id_fkey',
      columns: [t.acknowledgedByAdminUserId],
      foreignColumns: [adminUsers.id],
    }).onDelete('set null'),
    foreignKey({
      name: 'system_alerts_system_health_metric_id_fkey',
      columns: [t.systemHealthMetricId],
      foreignColumns: [systemHealthMetrics.id],
    }).onDelete('set null'),
    index('system_alerts_fired_at_idx').on(t.environment, t.firedAt),
    textLength(t.dedupKey, { min: 1, max: 255 }),
    formatCheck(t.component, SNAKE_CASE_KEY),
    formatCheck(t.runbookUrl, HTTP_URL),
    inOrder(t.firedAt, t.acknowledgedAt, { name: 'system_alerts_acknowledged_at_check', message: 'must not be before firedAt' }),
    inOrder(t.firedAt, t.resolvedAt, { name: 'system_alerts_resolved_at_check', message: 'must not be before firedAt' }),
    requiredWhen(t.acknowledgedAt, t.status, 'acknowledged', { name: 'system_alerts_acknowledged_check' }),
    requiredWith(t.acknowledgedAt, t.acknowledgedByAdminUserId, { name: 'system_alerts_acknowledged_by_check', message: 'is required when acknowledgedByAdminUserId is given' }),
    requiredWhen(t.resolvedAt, t.status, 'resolved', { name: 'system_alerts_resolved_check' }),
    onlyWhen(t.resolvedAt, t.status, 'resolved', { name: 'system_alerts_resolved_status_check' }),
    nonNegative(t.notificationCount),
  ],
);
