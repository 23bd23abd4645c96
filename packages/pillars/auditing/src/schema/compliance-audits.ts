import {
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  HTTP_URL,
  id,
  inOrder,
  nonNegative,
  onlyWhen,
  requiredWhen,
  requiredWith,
  SHA256_HEX,
  SNAKE_CASE_KEY,
  textEnum,
  textLength,
  timestamps,
  timestamptz,
  together,
} from '@db/core';
import { securityAudits } from '@db/compliance/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { date, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  AUDITING_ENGAGEMENT_RESULTS,
  AUDITING_ENGAGEMENT_STATUSES,
  AUDITING_ENGAGEMENT_TYPES,
  AUDITING_FRAMEWORKS,
  AUDITING_REFERENCE,
} from '../constants.ts';

/**
 * An audit engagement against a framework and what it concluded: an ISO 27001 certification stage or surveillance
 * visit, a SOC 2 type I or II report, a PCI DSS report on compliance or self-assessment, a GDPR audit. The
 * engagement's outcome (certified, the auditor's opinion, compliant), the certificate and how long it is valid,
 * non-conformity counts as the framework grades them, and the signed report's SHA-256, so that the copy shown to
 * a customer can be proven to be the one issued. The fieldwork itself (a pen test, an internal audit, its findings
 * per severity, the fee) is @db/compliance's `security_audits` row, which this points at; each control's result is a
 * `compliance_records` row. Engagements tracked in a GRC tool are upserted on (source, external_id).
 */
export const complianceAudits = domainTable(
  'compliance_audits',
  {
    id: id(),
    /** Our reference: ISO-2024-S1, SOC2-2024-T2. */
    engagementReference: text().notNull(),
    framework: textEnum(AUDITING_FRAMEWORKS).notNull(),
    /** The edition: 2022 (ISO 27001), 2017 TSC (SOC 2), 4.0.1 (PCI DSS). */
    frameworkVersion: text().notNull(),
    engagementType: textEnum(AUDITING_ENGAGEMENT_TYPES).notNull(),
    status: textEnum(AUDITING_ENGAGEMENT_STATUSES).notNull().default('planned'),
    /** The certification body or audit firm: NSAI, BSI, Grant Thornton. */
    auditorFirm: text().notNull(),
    leadAuditor: text(),
    /** The scope statement, as on the certificate or in the report's system description. */
    scope: text().notNull(),
    /** The period audited (a SOC 2 type II window) or the audit days (an ISO stage). */
    periodStart: date().notNull(),
    periodEnd: date().notNull(),
    reportIssuedOn: date(),
    /** Findings as the framework grades them: major and minor non-conformities (ISO), exceptions (SOC 2). */
    majorFindingCount: integer().notNull().default(0),
    minorFindingCount: integer().notNull().default(0),
    /** Observations and opportunities for improvement, which need no corrective action. */
    observationCount: integer().notNull().default(0),
    result: textEnum(AUDITING_ENGAGEMENT_RESULTS),
    certificateNumber: text(),
    certificateValidUntil: date(),
    reportUrl: text(),
    /** SHA-256 of the signed report as issued. */
    reportSha256: text(),
    /** The fieldwork record in @db/compliance. SET NULL: provenance; the engagement's result stands on its own. */
    securityAuditId: uuid().references(() => securityAudits.id, { onDelete: 'set null' }),
    /** Our contact for the auditors. SET NULL: a credit, nulled on erasure. */
    auditLiaisonUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    /** The GRC tool (snake_case: vanta, drata) and its id of the engagement. */
    source: text(),
    externalId: text(),
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('compliance_audits_engagement_reference_key').on(t.engagementReference),
    uniqueIndex('compliance_audits_source_external_id_key').on(t.source, t.externalId),
    index('compliance_audits_security_audit_id_idx').on(t.securityAuditId),
    index('compliance_audits_audit_liaison_user_id_idx').on(t.auditLiaisonUserId),
    /** A framework's engagements over time. */
    index('compliance_audits_framework_idx').on(t.framework, t.periodEnd),
    /** Certificates by expiry: the recertification calendar. */
    index('compliance_audits_certificate_expiry_idx')
      .on(t.certificateValidUntil)
      .where(sql`${t.result} in ('certified', 'conditionally_certified')`),
    formatCheck(t.engagementReference, AUDITING_REFERENCE),
    textLength(t.frameworkVersion, { min: 1, max: 32 }),
    inOrder(t.periodStart, t.periodEnd, { name: 'compliance_audits_period_check', message: 'must not be before periodStart' }),
    inOrder(t.periodStart, t.reportIssuedOn, { name: 'compliance_audits_report_issued_on_check', message: 'must not be before periodStart' }),
    requiredWhen(t.reportIssuedOn, t.status, 'completed', { name: 'compliance_audits_completed_report_check' }),
    requiredWhen(t.result, t.status, 'completed', { name: 'compliance_audits_completed_result_check' }),
    onlyWhen(t.result, t.status, 'completed', { name: 'compliance_audits_result_status_check' }),
    nonNegative(t.majorFindingCount),
    nonNegative(t.minorFindingCount),
    nonNegative(t.observationCount),
    requiredWith(t.certificateValidUntil, t.certificateNumber, { name: 'compliance_audits_certificate_check', message: 'is required when certificateNumber is given' }),
    inOrder(t.periodEnd, t.certificateValidUntil, { name: 'compliance_audits_certificate_valid_until_check', message: 'must not be before periodEnd' }),
    formatCheck(t.reportUrl, HTTP_URL),
    formatCheck(t.reportSha256, SHA256_HEX),
    requiredWith(t.reportSha256, t.reportUrl, { name: 'compliance_audits_report_checksum_check', message: 'is required when reportUrl is given' }),
    together(t.source, t.externalId, { name: 'compliance_audits_external_check' }),
    formatCheck(t.source, SNAKE_CASE_KEY),
    formatCheck(t.externalId, EXTERNAL_ID),
  ],
);
