import { formatted, SHA256_HEX, tableCatalog, tableSchemas } from '@db/core';
import { z } from 'zod';
import { accessControlLists } from './schema/access-control-lists.ts';
import { authenticationLogs } from './schema/authentication-logs.ts';
import { complianceRecords } from './schema/compliance-records.ts';
import { dataPrivacyRequests } from './schema/data-privacy-requests.ts';
import { dataRetentionPolicies } from './schema/data-retention-policies.ts';
import { encryptionKeys } from './schema/encryption-keys.ts';
import { gdprCompliance } from './schema/gdpr-compliance.ts';
import { securityAudits } from './schema/security-audits.ts';
import { securityPolicies } from './schema/security-policies.ts';
import { sessionSecurity } from './schema/session-security.ts';

/**
 * Zod schemas as strict as the tables: every CHECK's twin comes from its table (declared with core's rule
 * helpers); what is left here is the shapes of the jsonb columns, among them the erasure summary `eraseUser`
 * stores on the request.
 */

const counts = z.record(z.string().min(1), z.int().min(0));

/** `ErasureSummary` (data-privacy-requests.ts) as Zod: what `eraseUser` stores in `resolution.erasure`. */
export const erasureSummarySchema = z
  .object({
    userId: z.uuid(),
    erasedAt: z.iso.datetime({ offset: true }),
    alreadyErased: z.boolean(),
    successorUserId: z.uuid().nullable(),
    deleted: counts,
    nulled: counts,
    reassigned: counts,
    kept: counts,
    retained: z.array(z.object({ table: z.string().min(1), id: z.uuid(), heldBy: z.string().min(1), neutralised: z.boolean() }).strict()),
    consentsWithdrawn: z.int().min(0),
  })
  .strict();

export const securityAuditSchemas = tableSchemas(securityAudits);
export type SecurityAudit = typeof securityAudits.$inferSelect;
export type NewSecurityAudit = typeof securityAudits.$inferInsert;

export const accessControlListSchemas = tableSchemas(accessControlLists, {
  conditions: () =>
    z
      .object({
        requireMfa: z.boolean().optional(),
        ipRanges: z.array(z.union([z.cidrv4(), z.cidrv6()])).optional(),
        fields: z.array(z.string().min(1)).optional(),
      })
      .strict(),
});
export type AccessControlList = typeof accessControlLists.$inferSelect;
export type NewAccessControlList = typeof accessControlLists.$inferInsert;

export const dataPrivacyRequestSchemas = tableSchemas(dataPrivacyRequests, {
  resolution: () =>
    z
      .object({
        erasure: erasureSummarySchema.optional(),
        export: z
          .object({
            storageKey: z.string().min(1),
            sha256: formatted(SHA256_HEX)(z.string()),
            sizeBytes: z.int().min(0),
            expiresAt: z.iso.datetime({ offset: true }),
          })
          .strict()
          .optional(),
        rectified: z.record(z.string().min(1), z.array(z.string().min(1))).optional(),
      })
      .strict(),
});
export type DataPrivacyRequest = typeof dataPrivacyRequests.$inferSelect;
export type NewDataPrivacyRequest = typeof dataPrivacyRequests.$inferInsert;

export const encryptionKeySchemas = tableSchemas(encryptionKeys);
export type EncryptionKey = typeof encryptionKeys.$inferSelect;
export type NewEncryptionKey = typeof encryptionKeys.$inferInsert;

export const complianceRecordSchemas = tableSchemas(complianceRecords);
export type ComplianceRecord = typeof complianceRecords.$inferSelect;
export type NewComplianceRecord = typeof complianceRecords.$inferInsert;

export const securityPolicySchemas = tableSchemas(securityPolicies);
export type SecurityPolicy = typeof securityPolicies.$inferSelect;
export type NewSecurityPolicy = typeof securityPolicies.$inferInsert;

export const authenticationLogSchemas = tableSchemas(authenticationLogs);
export type AuthenticationLog = typeof authenticationLogs.$inferSelect;
export type NewAuthenticationLog = typeof authenticationLogs.$inferInsert;

export const sessionSecuritySchemas = tableSchemas(sessionSecurity);
export type SessionSecurity = typeof sessionSecurity.$inferSelect;
export type NewSessionSecurity = typeof sessionSecurity.$inferInsert;

export const dataRetentionPolicySchemas = tableSchemas(dataRetentionPolicies);
export type DataRetentionPolicy = typeof dataRetentionPolicies.$inferSelect;
export type NewDataRetentionPolicy = typeof dataRetentionPolicies.$inferInsert;

export const gdprComplianceSchemas = tableSchemas(gdprCompliance);
export type GdprConsentRecord = typeof gdprCompliance.$inferSelect;
export type NewGdprConsentRecord = typeof gdprCompliance.$inferInsert;

/** Every table of this package with its schemas, keyed by SQL table name (for generic tests and tooling). */
export const complianceCatalog = tableCatalog(
  securityPolicySchemas,
  securityAuditSchemas,
  complianceRecordSchemas,
  accessControlListSchemas,
  dataPrivacyRequestSchemas,
  encryptionKeySchemas,
  authenticationLogSchemas,
  sessionSecuritySchemas,
  dataRetentionPolicySchemas,
  gdprComplianceSchemas,
);
