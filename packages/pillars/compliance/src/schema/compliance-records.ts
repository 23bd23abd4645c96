import {
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  HTTP_URL,
  id,
  inOrder,
  SNAKE_CASE_KEY,
  textEnum,
  textLength,
  timestamps,
  timestamptz,
  together,
} from '@db/core';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { date, index, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { COMPLIANCE_ASSESSMENT_METHODS, COMPLIANCE_CONTROL_STATUSES, COMPLIANCE_FRAMEWORKS } from '../constants.ts';
import { securityAudits } from './security-audits.ts';

/**
 * One assessment of one control of a framework (GDPR art. 30, PCI DSS 3.5.1, ISO 27001 A.8.24, SOC 2 CC6.1):
 * its status, the evidence, when it was assessed and is next due. History is kept: a new assessment supersedes the
 * previous one (`supersededOn`), and one assessment per control is current (a partial unique index). Controls
 * tracked in a GRC tool are upserted on (source, external_id).
 */
export const complianceRecords = domainTable(
  'compliance_records',
  {
    id: id(),
    framework: textEnum(COMPLIANCE_FRAMEWORKS).notNull(),
    /** The edition assessed against: 4.0.1 (PCI DSS), 2022 (ISO 27001), 2017 TSC (SOC 2), 2016/679 (GDPR). */
    frameworkVersion: text().notNull(),
    /** The control's number in the framework, e.g. A.8.24, Req 3.5.1, CC6.1, Art. 30(1). */
    controlId: text().notNull(),
    controlTitle: text().notNull(),
    status: textEnum(COMPLIANCE_CONTROL_STATUSES).notNull(),
    assessmentMethod: textEnum(COMPLIANCE_ASSESSMENT_METHODS).notNull(),
    assessedOn: date().notNull(),
    /** The audit in which the control was assessed, if any: provenance, unset if the audit row goes. */
    securityAuditId: uuid().references(() => securityAudits.id, { onDelete: 'set null' }),
    /** Who assessed it and who owns the control: credits, nulled on erasure. */
    assessedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    ownerUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    /** Where the evidence is kept (the GRC tool, the document store). */
    evidenceUrl: text(),
    findings: text(),
    remediationDueOn: date(),
    nextReviewOn: date(),
    /** When a later assessment replaced this one; null for the current assessment of the control. */
    supersededOn: date(),
    /** The GRC tool the record is mirrored from (snake_case, e.g. vanta, drata), with its id there. */
    source: text(),
    externalId: text(),
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('compliance_records_current_control_key')
      .on(t.framework, t.frameworkVersion, t.controlId)
      .where(sql`${t.supersededOn} is null`),
    uniqueIndex('compliance_records_source_external_id_key').on(t.source, t.externalId),
    /** A control's history, newest first. */
    index('compliance_records_control_history_idx').on(t.framework, t.controlId, t.assessedOn),
    index('compliance_records_security_audit_id_idx').on(t.securityAuditId),
    index('compliance_records_assessed_by_user_id_idx').on(t.assessedByUserId),
    index('compliance_records_owner_user_id_idx').on(t.ownerUserId),
    /** Current assessments by review date (the review calendar). */
    index('compliance_records_next_review_on_idx')
      .on(t.nextReviewOn)
      .where(sql`${t.supersededOn} is null`),
    textLength(t.controlId, { min: 1, max: 64 }),
    textLength(t.frameworkVersion, { min: 1, max: 32 }),
    formatCheck(t.evidenceUrl, HTTP_URL),
    inOrder(t.assessedOn, t.remediationDueOn, { name: 'compliance_records_remediation_due_on_check', message: 'must not be before assessedOn' }),
    inOrder(t.assessedOn, t.nextReviewOn, { strict: true, name: 'compliance_records_next_review_on_check', message: 'must be after assessedOn' }),
    inOrder(t.assessedOn, t.supersededOn, { name: 'compliance_records_superseded_on_check', message: 'must not be before assessedOn' }),
    together(t.source, t.externalId, { name: 'compliance_records_external_check' }),
    formatCheck(t.source, SNAKE_CASE_KEY),
    formatCheck(t.externalId, EXTERNAL_ID),
  ],
);
