import {
  currency,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  HTTP_URL,
  id,
  inOrder,
  money,
  nonNegative,
  requiredWhen,
  SNAKE_CASE_KEY,
  textEnum,
  timestamps,
  timestamptz,
  together,
} from '@db/core';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { date, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  COMPLIANCE_AUDIT_STATUSES,
  COMPLIANCE_AUDIT_TYPES,
  COMPLIANCE_FRAMEWORKS,
  COMPLIANCE_REFERENCE,
} from '../constants.ts';

/**
 * An audit of the platform: internal or external audit, certification visit, penetration test or vulnerability
 * assessment. What was in scope, who audited, the period covered, how many findings of each severity, where the
 * report is. Audits tracked in a GRC tool (Vanta, Drata) or a pen-test platform are upserted on (source,
 * external_id).
 */
export const securityAudits = domainTable(
  'security_audits',
  {
    id: id(),
    /** Our own reference, e.g. SEC-AUD-2024-03, quoted in the risk register and the board report. */
    auditReference: text().notNull(),
    auditType: textEnum(COMPLIANCE_AUDIT_TYPES).notNull(),
    /** The framework audited against, when there is one (a pen test often has none). */
    framework: textEnum(COMPLIANCE_FRAMEWORKS),
    title: text().notNull(),
    /** Systems, environments and locations in scope, as the engagement letter states them. */
    scope: text().notNull(),
    /** The firm (or `Internal Audit`) that performed it. */
    auditorOrganisation: text().notNull(),
    status: textEnum(COMPLIANCE_AUDIT_STATUSES).notNull().default('planned'),
    /** The period the audit covers (a SOC 2 type II window, a pen test's testing window). */
    periodStart: date().notNull(),
    periodEnd: date().notNull(),
    reportIssuedOn: date(),
    criticalFindings: integer().notNull().default(0),
    highFindings: integer().notNull().default(0),
    mediumFindings: integer().notNull().default(0),
    lowFindings: integer().notNull().default(0),
    reportUrl: text(),
    /** The engagement fee invoiced by the auditor (ex VAT). */
    feeAmount: money(),
    currency: currency(),
    /** When the findings must be remediated by (critical and high findings first). */
    remediationDueOn: date(),
    /** Who commissioned it internally: a credit, nulled when that person is erased. */
    commissionedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    /** The system the audit is mirrored from (snake_case, e.g. vanta), with its id there. */
    source: text(),
    externalId: text(),
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('security_audits_audit_reference_key').on(t.auditReference),
    uniqueIndex('security_audits_source_external_id_key').on(t.source, t.externalId),
    index('security_audits_commissioned_by_user_id_idx').on(t.commissionedByUserId),
    /** Audits still under way, by the end of their period. */
    index('security_audits_open_period_end_idx')
      .on(t.periodEnd)
      .where(sql`${t.status} in ('planned', 'in_progress', 'reporting')`),
    formatCheck(t.auditReference, COMPLIANCE_REFERENCE),
    inOrder(t.periodStart, t.periodEnd, { name: 'security_audits_period_check', message: 'must not be before periodStart' }),
    inOrder(t.periodStart, t.reportIssuedOn, { name: 'security_audits_report_issued_on_check', message: 'must not be before periodStart' }),
    inOrder(t.periodStart, t.remediationDueOn, { name: 'security_audits_remediation_due_on_check', message: 'must not be before periodStart' }),
    requiredWhen(t.reportIssuedOn, t.status, 'completed', { name: 'security_audits_completed_report_check' }),
    nonNegative(t.criticalFindings),
    nonNegative(t.highFindings),
    nonNegative(t.mediumFindings),
    nonNegative(t.lowFindings),
    nonNegative(t.feeAmount),
    formatCheck(t.reportUrl, HTTP_URL),
    together(t.source, t.externalId, { name: 'security_audits_external_check' }),
    formatCheck(t.source, SNAKE_CASE_KEY),
    formatCheck(t.externalId, EXTERNAL_ID),
  ],
);
