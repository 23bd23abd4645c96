import {
  allOneOf,
  currency,
  customCheck,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  isAbsent,
  money,
  nonNegative,
  onlyWhen,
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
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { bigint, date, foreignKey, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  AUDITING_BREACH_DETERMINATIONS,
  AUDITING_BREACH_NOTIFICATION_HOURS,
  AUDITING_DATA_CATEGORIES,
  AUDITING_INCIDENT_CATEGORIES,
  AUDITING_INCIDENT_STATUSES,
  AUDITING_REFERENCE,
  AUDITING_SEVERITIES,
  AUDITING_SUPERVISORY_AUTHORITIES,
} from '../constants.ts';

const NOTIFICATION_MS = AUDITING_BREACH_NOTIFICATION_HOURS * 3_600_000;
const time = (value: unknown) => new Date(value as Date).getTime();

/**
 * A security incident, from detection to closure: detected, contained and resolved in that order, each status with
 * its time. When it is a personal data breach, GDPR art. 33 applies: the supervisory authority (Ireland's Data
 * Protection Commission, the UK's ICO for UK users) is notified within 72 hours of the controller becoming aware
 * of it, and a later notification gives its reasons. `notification_deadline_at` is that deadline, exactly
 * `breach_aware_at` + 72 hours (a CHECK, in hours so that it does not depend on the session's time zone across a
 * daylight-saving change). Art. 34 notification of the people affected has its own time. Incidents tracked in the
 * incident tool (PagerDuty, Jira Service Management) are upserted on (source, external_id).
 */
export const securityIncidentReports = domainTable(
  'security_incident_reports',
  {
    id: id(),
    /** Our reference, quoted to the authority and in the board report: INC-2024-017. */
    incidentReference: text().notNull(),
    title: text().notNull(),
    summary: text(),
    category: textEnum(AUDITING_INCIDENT_CATEGORIES).notNull(),
    severity: textEnum(AUDITING_SEVERITIES).notNull(),
    status: textEnum(AUDITING_INCIDENT_STATUSES).notNull().default('investigating'),
    /** When it began, as the investigation established it; often before it was detected. */
    startedAt: timestamptz(),
    detectedAt: timestamptz().notNull(),
    containedAt: timestamptz(),
    resolvedAt: timestamptz(),
    /** When the post-incident review was held (status closed). */
    reviewedOn: date(),
    personalDataBreach: textEnum(AUDITING_BREACH_DETERMINATIONS).notNull(),
    /** When the controller became aware of a personal data breach: art. 33(1)'s clock starts here. */
    breachAwareAt: timestamptz(),
    /** breachAwareAt + 72 hours. */
    notificationDeadlineAt: timestamptz(),
    supervisoryAuthority: textEnum(AUDITING_SUPERVISORY_AUTHORITIES),
    authorityNotifiedAt: timestamptz(),
    /** The authority's reference for the notification, e.g. the DPC's breach number BN-24-6-1187. */
    authorityReference: text(),
    /** Art. 33(1): why the notification came after the 72 hours. */
    notificationDelayReason: text(),
    /** Art. 34: when the people affected were told (high risk to their rights and freedoms). */
    dataSubjectsNotifiedAt: timestamptz(),
    affectedDataSubjectCount: integer(),
    affectedRecordCount: bigint({ mode: 'number' }),
    dataCategories: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    rootCause: text(),
    /** What the incident cost (forensics, notification, credits to customers), as claimed on the cyber policy. */
    estimatedCostAmount: money(),
    currency: currency(),
    /** The incident commander. SET NULL: a credit, the incident stays. (Foreign key below: the generated name is too long.) */
    incidentLeadAdminUserId: uuid(),
    /** Who reported it (staff, or a user who forwarded a phishing email). SET NULL: a credit, nulled on erasure (foreign key below). */
    reportedByUserId: uuid(),
    /** The incident tool (snake_case: pagerduty, jira_sm) and its id there. */
    source: text(),
    externalId: text(),
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    foreignKey({
      name: 'security_incident_reports_incident_lead_fkey',
      columns: [t.incidentLeadAdminUserId],
      foreignColumns: [adminUsers.id],
    }).onDelete('set null'),
    foreignKey({
      name: 'security_incident_reports_reported_by_user_id_fkey',
      columns: [t.reportedByUserId],
      foreignColumns: [userProfiles.id],
    }).onDelete('set null'),
    uniqueIndex('security_incident_reports_incident_reference_key').on(t.incidentReference),
    uniqueIndex('security_incident_reports_source_external_id_key').on(t.source, t.externalId),
    index('security_incident_reports_incident_lead_idx').on(t.incidentLeadAdminUserId),
    index('security_incident_reports_reported_by_user_id_idx').on(t.reportedByUserId),
    /** Open incidents by severity. */
    index('security_incident_reports_open_idx')
      .on(t.severity, t.detectedAt)
      .where(sql`${t.status} in ('investigating', 'contained')`),
    /** Breaches still to be notified, by deadline: the DPO's queue. */
    index('security_incident_reports_notification_due_idx')
      .on(t.notificationDeadlineAt)
      .where(sql`${t.personalDataBreach} = 'confirmed' and ${t.authorityNotifiedAt} is null`),
    formatCheck(t.incidentReference, AUDITING_REFERENCE),
    textLength(t.title, { min: 1, max: 300 }),
    inOrder(t.startedAt, t.detectedAt, { name: 'security_incident_reports_started_at_check', message: 'must not be before startedAt' }),
    inOrder(t.detectedAt, t.containedAt, { name: 'security_incident_reports_contained_at_check', message: 'must not be before detectedAt' }),
    inOrder(t.containedAt, t.resolvedAt, { name: 'security_incident_reports_resolved_at_check', message: 'must not be before containedAt' }),
    requiredWith(t.containedAt, t.resolvedAt, { name: 'security_incident_reports_resolved_contained_check', message: 'is required when resolvedAt is given' }),
    requiredWhen(t.containedAt, t.status, 'contained', { name: 'security_incident_reports_contained_check' }),
    requiredWhen(t.resolvedAt, t.status, 'resolved', { name: 'security_incident_reports_resolved_check' }),
    requiredWhen(t.resolvedAt, t.status, 'closed', { name: 'security_incident_reports_closed_resolved_check' }),
    requiredWhen(t.reviewedOn, t.status, 'closed', { name: 'security_incident_reports_closed_review_check' }),
    requiredWhen(t.breachAwareAt, t.personalDataBreach, 'confirmed', { name: 'security_incident_reports_breach_aware_check' }),
    onlyWhen(t.breachAwareAt, t.personalDataBreach, 'confirmed', { name: 'security_incident_reports_breach_aware_confirmed_check' }),
    inOrder(t.detectedAt, t.breachAwareAt, { name: 'security_incident_reports_breach_aware_at_check', message: 'must not be before detectedAt' }),
    together(t.breachAwareAt, t.notificationDeadlineAt, { name: 'security_incident_reports_deadline_check' }),
    customCheck(
      'security_incident_reports_deadline_hours_check',
      sql`${t.notificationDeadlineAt} = ${t.breachAwareAt} + interval '${sql.raw(String(AUDITING_BREACH_NOTIFICATION_HOURS))} hours'`,
      {
        columns: [t.breachAwareAt, t.notificationDeadlineAt],
        column: t.notificationDeadlineAt,
        message: `must be ${AUDITING_BREACH_NOTIFICATION_HOURS} hours after breachAwareAt (GDPR art. 33(1))`,
        holds: (row) =>
          isAbsent(row.notification_deadline_at) ||
          isAbsent(row.breach_aware_at) ||
          time(row.notification_deadline_at) === time(row.breach_aware_at) + NOTIFICATION_MS,
        violations: [
          {
            personal_data_breach: 'confirmed',
            breach_aware_at: new Date('2024-03-04T09:15:00Z'),
            notification_deadline_at: new Date('2024-03-08T09:15:00Z'),
          },
          {
            personal_data_breach: 'confirmed',
            breach_aware_at: new Date('2024-03-04T09:15:00Z'),
            notification_deadline_at: new Date('2024-03-04T09:15:00Z'),
          },
        ],
      },
    ),
    requiredWith(t.breachAwareAt, t.authorityNotifiedAt, { name: 'security_incident_reports_notified_aware_check', message: 'is required when authorityNotifiedAt is given' }),
    inOrder(t.breachAwareAt, t.authorityNotifiedAt, { name: 'security_incident_reports_authority_notified_at_check', message: 'must not be before breachAwareAt' }),
    requiredWith(t.supervisoryAuthority, t.authorityNotifiedAt, { name: 'security_incident_reports_authority_check', message: 'is required when authorityNotifiedAt is given' }),
    requiredWith(t.authorityNotifiedAt, t.authorityReference, { name: 'security_incident_reports_authority_reference_check', message: 'is required when authorityReference is given' }),
    // Art. 33(1): late is allowed, with reasons. No helper compares a column with another across a condition.
    customCheck(
      'security_incident_reports_late_notification_check',
      sql`${t.authorityNotifiedAt} <= ${t.notificationDeadlineAt} or ${t.notificationDelayReason} is not null`,
      {
        columns: [t.authorityNotifiedAt, t.notificationDeadlineAt, t.notificationDelayReason],
        column: t.notificationDelayReason,
        message: `is required when the authority was notified after notificationDeadlineAt (GDPR art. 33(1))`,
        holds: (row) =>
          isAbsent(row.authority_notified_at) ||
          isAbsent(row.notification_deadline_at) ||
          time(row.authority_notified_at) <= time(row.notification_deadline_at) ||
          !isAbsent(row.notification_delay_reason),
        violations: [
          {
            personal_data_breach: 'confirmed',
            breach_aware_at: new Date('2024-03-04T09:15:00Z'),
            notification_deadline_at: new Date('2024-03-07T09:15:00Z'),
            supervisory_authority: 'ie_dpc',
            authority_notified_at: new Date('2024-03-07T09:15:01Z'),
            notification_delay_reason: null,
          },
        ],
      },
    ),
    inOrder(t.breachAwareAt, t.dataSubjectsNotifiedAt, { name: 'security_incident_reports_subjects_notified_at_check', message: 'must not be before breachAwareAt' }),
    nonNegative(t.affectedDataSubjectCount),
    nonNegative(t.affectedRecordCount),
    nonNegative(t.estimatedCostAmount),
    allOneOf(t.dataCategories, AUDITING_DATA_CATEGORIES),
    together(t.source, t.externalId, { name: 'security_incident_reports_external_check' }),
    formatCheck(t.source, SNAKE_CASE_KEY),
    formatCheck(t.externalId, EXTERNAL_ID),
  ],
);
