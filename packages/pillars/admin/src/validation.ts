import { tableCatalog, tableSchemas } from '@db/core';
import { z } from 'zod';
import { ADMIN_FLAG_OPERATORS, ADMIN_SQL_IDENTIFIER } from './constants.ts';
import { adminActions } from './schema/admin-actions.ts';
import { adminUsers } from './schema/admin-users.ts';
import { apiUsageStats } from './schema/api-usage-stats.ts';
import { auditTrail } from './schema/audit-trail.ts';
import { databaseBackups } from './schema/database-backups.ts';
import { errorLogs } from './schema/error-logs.ts';
import { featureFlags } from './schema/feature-flags.ts';
import { performanceMonitoring } from './schema/performance-monitoring.ts';
import { systemAlerts } from './schema/system-alerts.ts';
import { systemConfig } from './schema/system-config.ts';
import { systemHealthMetrics } from './schema/system-health-metrics.ts';

/**
 * Zod schemas as strict as the tables: every CHECK's twin comes from its table (declared with core's rule
 * helpers); what is left here is what a table cannot say: the shapes of its jsonb columns and the element types of
 * its arrays (drizzle-orm/zod types inet[] and text[] as string[]), which TypeScript needs to write parsed rows
 * back and the agreement suite to generate valid ones.
 */

/** An inet element: a host address or a CIDR range, IPv4 or IPv6. */
const ipOrNetwork = z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()], {
  message: 'must be an IPv4 or IPv6 address or CIDR range, e.g. 203.0.113.0/24',
});
/** A column name, as the audit logs list them. */
const columnName = z.string().regex(ADMIN_SQL_IDENTIFIER.pattern, ADMIN_SQL_IDENTIFIER.message);
/** Label values of metrics and alerts: strings, as Prometheus and Alertmanager have them. */
const labels = () => z.record(z.string(), z.string());

export const adminUserSchemas = tableSchemas(adminUsers, { ipAllowList: () => z.array(ipOrNetwork) });
export type AdminUser = typeof adminUsers.$inferSelect;
export type NewAdminUser = typeof adminUsers.$inferInsert;

export const adminActionSchemas = tableSchemas(adminActions, { changedColumns: () => z.array(columnName) });
export type AdminAction = typeof adminActions.$inferSelect;
export type NewAdminAction = typeof adminActions.$inferInsert;

export const systemHealthMetricSchemas = tableSchemas(systemHealthMetrics, { labels });
export type SystemHealthMetric = typeof systemHealthMetrics.$inferSelect;
export type NewSystemHealthMetric = typeof systemHealthMetrics.$inferInsert;

export const apiUsageStatSchemas = tableSchemas(apiUsageStats);
export type ApiUsageStat = typeof apiUsageStats.$inferSelect;
export type NewApiUsageStat = typeof apiUsageStats.$inferInsert;

export const errorLogSchemas = tableSchemas(errorLogs);
export type ErrorLog = typeof errorLogs.$inferSelect;
export type NewErrorLog = typeof errorLogs.$inferInsert;

export const performanceMonitoringSchemas = tableSchemas(performanceMonitoring);
export type PerformanceMonitoring = typeof performanceMonitoring.$inferSelect;
export type NewPerformanceMonitoring = typeof performanceMonitoring.$inferInsert;

export const databaseBackupSchemas = tableSchemas(databaseBackups);
export type DatabaseBackup = typeof databaseBackups.$inferSelect;
export type NewDatabaseBackup = typeof databaseBackups.$inferInsert;

export const systemConfigSchemas = tableSchemas(systemConfig);
export type SystemConfig = typeof systemConfig.$inferSelect;
export type NewSystemConfig = typeof systemConfig.$inferInsert;

export const featureFlagRuleSchema = z.object({
  attribute: z.string().min(1),
  operator: z.enum(ADMIN_FLAG_OPERATORS),
  values: z.array(z.string()),
  serve: z.boolean(),
  rolloutPercent: z.number().min(0).max(100).optional(),
  description: z.string().optional(),
});
export const featureFlagSchemas = tableSchemas(featureFlags, { targetingRules: () => z.array(featureFlagRuleSchema) });
export type FeatureFlag = typeof featureFlags.$inferSelect;
export type NewFeatureFlag = typeof featureFlags.$inferInsert;

export const auditTrailSchemas = tableSchemas(auditTrail, { changedColumns: () => z.array(columnName) });
export type AuditTrailEntry = typeof auditTrail.$inferSelect;
export type NewAuditTrailEntry = typeof auditTrail.$inferInsert;

export const systemAlertSchemas = tableSchemas(systemAlerts, { labels });
export type SystemAlert = typeof systemAlerts.$inferSelect;
export type NewSystemAlert = typeof systemAlerts.$inferInsert;

/** Every table of this package with its schemas, keyed by SQL table name (for generic tests and tooling). */
export const adminCatalog = tableCatalog(
  adminUserSchemas,
  adminActionSchemas,
  systemHealthMetricSchemas,
  apiUsageStatSchemas,
  errorLogSchemas,
  performanceMonitoringSchemas,
  databaseBackupSchemas,
  systemConfigSchemas,
  featureFlagSchemas,
  auditTrailSchemas,
  systemAlertSchemas,
);
