import { formatted, SNAKE_CASE_KEY, tableCatalog, tableSchemas } from '@db/core';
import { z } from 'zod';
import { AUDITING_DATA_CATEGORIES, AUDITING_ENCRYPTION_FINDINGS } from './constants.ts';
import { accessLogs } from './schema/access-logs.ts';
import { complianceAudits } from './schema/compliance-audits.ts';
import { dataAccessAudit } from './schema/data-access-audit.ts';
import { encryptionAudit } from './schema/encryption-audit.ts';
import { passwordPolicyCompliance } from './schema/password-policy-compliance.ts';
import { permissionChanges } from './schema/permission-changes.ts';
import { securityEventLogs } from './schema/security-event-logs.ts';
import { securityIncidentReports } from './schema/security-incident-reports.ts';
import { securityPolicyViolations } from './schema/security-policy-violations.ts';
import { suspiciousActivityFlags } from './schema/suspicious-activity-flags.ts';

/**
 * Zod schemas as strict as the tables: every CHECK's twin comes from its table (declared with core's rule
 * helpers); what is left here is what a table cannot say: the shapes of its jsonb columns and the element types of
 * its arrays (drizzle-orm/zod types text[] as string[]), which the agreement suite needs to generate valid rows.
 */

const snakeCase = formatted(SNAKE_CASE_KEY);
const dataCategories = () => z.array(z.enum(AUDITING_DATA_CATEGORIES, { message: `must be one of ${AUDITING_DATA_CATEGORIES.join(', ')}` }));

/** A grant's state before or after a change (`PermissionGrantState`). */
const grantState = () =>
  z
    .object({
      privilege: z.string().min(1).max(200).optional(),
      effect: z.enum(['allow', 'deny']).optional(),
      scopeType: snakeCase(z.string()).optional(),
      scopeId: z.uuid().optional(),
      validFrom: z.iso.datetime({ offset: true }).optional(),
      validUntil: z.iso.datetime({ offset: true }).nullable().optional(),
      conditions: z.record(z.string().min(1), z.unknown()).optional(),
    })
    .strict();

export const securityEventLogSchemas = tableSchemas(securityEventLogs, {
  labels: () => z.record(z.string().min(1).max(255), z.union([z.string(), z.number(), z.boolean()])),
});
export type SecurityEventLog = typeof securityEventLogs.$inferSelect;
export type NewSecurityEventLog = typeof securityEventLogs.$inferInsert;

export const accessLogSchemas = tableSchemas(accessLogs);
export type AccessLog = typeof accessLogs.$inferSelect;
export type NewAccessLog = typeof accessLogs.$inferInsert;

export const permissionChangeSchemas = tableSchemas(permissionChanges, { stateBefore: grantState, stateAfter: grantState });
export type PermissionChange = typeof permissionChanges.$inferSelect;
export type NewPermissionChange = typeof permissionChanges.$inferInsert;

export const dataAccessAuditSchemas = tableSchemas(dataAccessAudit, {
  columnsRead: () => z.array(snakeCase(z.string())),
  dataCategories,
});
export type DataAccessAudit = typeof dataAccessAudit.$inferSelect;
export type NewDataAccessAudit = typeof dataAccessAudit.$inferInsert;

export const securityPolicyViolationSchemas = tableSchemas(securityPolicyViolations);
export type SecurityPolicyViolation = typeof securityPolicyViolations.$inferSelect;
export type NewSecurityPolicyViolation = typeof securityPolicyViolations.$inferInsert;

export const suspiciousActivityFlagSchemas = tableSchemas(suspiciousActivityFlags, {
  signals: () =>
    z.array(
      z
        .object({
          signal: snakeCase(z.string()),
          weight: z.number().min(-100).max(100).optional(),
          detail: z.string().min(1).max(500).optional(),
        })
        .strict(),
    ),
});
export type SuspiciousActivityFlag = typeof suspiciousActivityFlags.$inferSelect;
export type NewSuspiciousActivityFlag = typeof suspiciousActivityFlags.$inferInsert;

export const complianceAuditSchemas = tableSchemas(complianceAudits);
export type ComplianceAudit = typeof complianceAudits.$inferSelect;
export type NewComplianceAudit = typeof complianceAudits.$inferInsert;

export const securityIncidentReportSchemas = tableSchemas(securityIncidentReports, { dataCategories });
export type SecurityIncidentReport = typeof securityIncidentReports.$inferSelect;
export type NewSecurityIncidentReport = typeof securityIncidentReports.$inferInsert;

export const passwordPolicyComplianceSchemas = tableSchemas(passwordPolicyCompliance);
export type PasswordPolicyCompliance = typeof passwordPolicyCompliance.$inferSelect;
export type NewPasswordPolicyCompliance = typeof passwordPolicyCompliance.$inferInsert;

export const encryptionAuditSchemas = tableSchemas(encryptionAudit, {
  findings: () => z.array(z.enum(AUDITING_ENCRYPTION_FINDINGS, { message: `must be one of ${AUDITING_ENCRYPTION_FINDINGS.join(', ')}` })),
});
export type EncryptionAudit = typeof encryptionAudit.$inferSelect;
export type NewEncryptionAudit = typeof encryptionAudit.$inferInsert;

/** Every table of this package with its schemas, keyed by SQL table name (for generic tests and tooling). */
export const auditingCatalog = tableCatalog(
  securityEventLogSchemas,
  accessLogSchemas,
  permissionChangeSchemas,
  dataAccessAuditSchemas,
  securityPolicyViolationSchemas,
  suspiciousActivityFlagSchemas,
  complianceAuditSchemas,
  securityIncidentReportSchemas,
  passwordPolicyComplianceSchemas,
  encryptionAuditSchemas,
);
