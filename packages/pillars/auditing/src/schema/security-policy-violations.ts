import {
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  onlyWhen,
  positive,
  requiredWhen,
  requiredWith,
  SNAKE_CASE_KEY,
  textEnum,
  textLength,
  timestamps,
  timestamptz,
  together,
} from '@db/core';
import { adminUsers } from '@db/admin/tables';
import { securityPolicies } from '@db/compliance/tables';
import { platformServices } from '@db/reliability/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { date, foreignKey, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  AUDITING_ACTOR_TYPES,
  AUDITING_DETECTION_METHODS,
  AUDITING_SEVERITIES,
  AUDITING_VIOLATION_RESOLUTIONS,
  AUDITING_VIOLATION_STATUSES,
} from '../constants.ts';
import { securityEventLogs } from './security-event-logs.ts';
import { securityIncidentReports } from './security-incident-reports.ts';

/**
 * A breach of one of @db/compliance's `security_policies` (the version in force when it was detected) by a person
 * or a service: an administrator without MFA, a public storage bucket, personal data exported unencrypted, a
 * shared account. Detected by a rule, a scan, a review or a report; worked from open to resolved, with how it was
 * resolved (remediated, risk accepted, an exception, a false positive). Findings synced from a posture-management
 * or GRC tool (AWS Security Hub, Vanta) are upserted on (source, external_id), and a repeat detection bumps
 * `occurrence_count` and `last_detected_at` instead of opening a second row.
 */
export const securityPolicyViolations = domainTable(
  'security_policy_violations',
  {
    id: id(),
    /** The policy version broken. RESTRICT: an audit record; an approved policy version is superseded, not deleted. */
    securityPolicyId: uuid().notNull(),
    /** The detection rule or control, snake_case: admin_without_mfa, public_bucket, unencrypted_export. */
    ruleKey: text().notNull(),
    title: text().notNull(),
    violatorType: textEnum(AUDITING_ACTOR_TYPES).notNull(),
    /** The person. RESTRICT: a disciplinary and audit record, kept pointing at an erased person's anonymised profile (foreign key below). */
    violatorUserId: uuid(),
    /** The service (misconfigured, over-privileged). RESTRICT: an audit record. (Foreign key below.) */
    violatorServiceId: uuid(),
    severity: textEnum(AUDITING_SEVERITIES).notNull(),
    status: textEnum(AUDITING_VIOLATION_STATUSES).notNull().default('open'),
    detectionMethod: textEnum(AUDITING_DETECTION_METHODS).notNull(),
    detectedAt: timestamptz().notNull(),
    /** The latest repeat detection of the same finding. */
    lastDetectedAt: timestamptz(),
    occurrenceCount: integer().notNull().default(1),
    remediationDueOn: date(),
    resolvedAt: timestamptz(),
    resolution: textEnum(AUDITING_VIOLATION_RESOLUTIONS),
    /** SET NULL: a credit; the resolution stays. (Foreign key below: the generated name is too long.) */
    resolvedByAdminUserId: uuid(),
    resolutionNotes: text(),
    /** The SIEM event that revealed it. SET NULL: events are purged after 400 days; the violation stays. */
    securityEventLogId: uuid(),
    /** The incident it was escalated to. SET NULL: provenance. */
    securityIncidentReportId: uuid(),
    /** The tool the finding is synced from (snake_case: aws_security_hub, vanta) and its id there. */
    source: text(),
    externalId: text(),
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    // Foreign keys named here: the generated names would pass PostgreSQL's 63 characters.
    foreignKey({
      name: 'security_policy_violations_security_policy_id_fkey',
      columns: [t.securityPolicyId],
      foreignColumns: [securityPolicies.id],
    }).onDelete('restrict'),
    foreignKey({
      name: 'security_policy_violations_violator_user_id_fkey',
      columns: [t.violatorUserId],
      foreignColumns: [userProfiles.id],
    }).onDelete('restrict'),
    foreignKey({
      name: 'security_policy_violations_violator_service_id_fkey',
      columns: [t.violatorServiceId],
      foreignColumns: [platformServices.id],
    }).onDelete('restrict'),
    foreignKey({
      name: 'security_policy_violations_resolved_by_fkey',
      columns: [t.resolvedByAdminUserId],
      foreignColumns: [adminUsers.id],
    }).onDelete('set null'),
    foreignKey({
      name: 'security_policy_violations_security_event_log_id_fkey',
      columns: [t.securityEventLogId],
      foreignColumns: [securityEventLogs.id],
    }).onDelete('set null'),
    foreignKey({
      name: 'security_policy_violations_incident_id_fkey',
      columns: [t.securityIncidentReportId],
      foreignColumns: [securityIncidentReports.id],
    }).onDelete('set null'),
    uniqueIndex('security_policy_violations_source_external_id_key').on(t.source, t.externalId),
    index('security_policy_violations_security_policy_id_idx').on(t.securityPolicyId),
    index('security_policy_violations_violator_user_id_idx').on(t.violatorUserId, t.detectedAt),
    index('security_policy_violations_violator_service_id_idx').on(t.violatorServiceId, t.detectedAt),
    index('security_policy_violations_resolved_by_idx').on(t.resolvedByAdminUserId),
    index('security_policy_violations_security_event_log_id_idx').on(t.securityEventLogId),
    index('security_policy_violations_incident_id_idx').on(t.securityIncidentReportId),
    /** The remediation queue: open violations by severity and due date. */
    index('security_policy_violations_open_idx')
      .on(t.severity, t.remediationDueOn)
      .where(sql`${t.status} <> 'resolved'`),
    formatCheck(t.ruleKey, SNAKE_CASE_KEY),
    textLength(t.title, { min: 1, max: 300 }),
    requiredWhen(t.violatorUserId, t.violatorType, 'user', { name: 'security_policy_violations_violator_user_check' }),
    onlyWhen(t.violatorUserId, t.violatorType, 'user', { name: 'security_policy_violations_violator_user_type_check' }),
    requiredWhen(t.violatorServiceId, t.violatorType, 'service', { name: 'security_policy_violations_violator_service_check' }),
    onlyWhen(t.violatorServiceId, t.violatorType, 'service', { name: 'security_policy_violations_violator_service_type_check' }),
    inOrder(t.detectedAt, t.lastDetectedAt, { name: 'security_policy_violations_last_detected_at_check', message: 'must not be before detectedAt' }),
    positive(t.occurrenceCount),
    inOrder(t.detectedAt, t.resolvedAt, { name: 'security_policy_violations_resolved_at_check', message: 'must not be before detectedAt' }),
    requiredWhen(t.resolvedAt, t.status, 'resolved', { name: 'security_policy_violations_resolved_check' }),
    onlyWhen(t.resolvedAt, t.status, 'resolved', { name: 'security_policy_violations_resolved_status_check' }),
    together(t.resolvedAt, t.resolution, { name: 'security_policy_violations_resolved_resolution_check' }),
    requiredWith(t.resolvedAt, t.resolvedByAdminUserId, { name: 'security_policy_violations_resolved_by_check', message: 'is required when resolvedByAdminUserId is given' }),
    together(t.source, t.externalId, { name: 'security_policy_violations_external_check' }),
    formatCheck(t.source, SNAKE_CASE_KEY),
    formatCheck(t.externalId, EXTERNAL_ID),
  ],
);
