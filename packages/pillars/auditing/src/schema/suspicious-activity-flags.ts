import {
  atLeastOneOf,
  between,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  jsonList,
  positive,
  requiredWhen,
  requiredWith,
  SNAKE_CASE_KEY,
  textEnum,
  timestamps,
  timestamptz,
} from '@db/core';
import { adminUsers } from '@db/admin/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { foreignKey, index, inet, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { AUDITING_FLAG_ACTIONS, AUDITING_FLAG_CATEGORIES, AUDITING_FLAG_STATUSES } from '../constants.ts';
import { securityIncidentReports } from './security-incident-reports.ts';

/** One reason the detector gave, with its contribution to the score: { signal: 'impossible_travel', weight: 35 }. */
export type SuspiciousActivitySignal = { signal: string; weight?: number; detail?: string };

/**
 * A detector's alert about a person or an address (the fraud engine, the SIEM's UEBA rules, the platform's own
 * rules): what rule fired, how risky (0-100), what was done, and the analyst's review, open to confirmed or
 * dismissed. The detector's alert id is the natural key: (detector, detector_alert_id), upserted as the detector
 * updates its alert. The person is RESTRICT: a confirmed flag is evidence for a fraud claim (GDPR art. 17(3)(e)),
 * kept pointing at the anonymised profile after an erasure.
 */
export const suspiciousActivityFlags = domainTable(
  'suspicious_activity_flags',
  {
    id: id(),
    /** The detector, snake_case: sift, aws_fraud_detector, elastic_ueba, platform_rules. */
    detector: text().notNull(),
    detectorAlertId: text().notNull(),
    /** The rule that fired, snake_case: impossible_travel, card_testing, mass_messaging. */
    ruleKey: text().notNull(),
    category: textEnum(AUDITING_FLAG_CATEGORIES).notNull(),
    /** The person flagged, if any. RESTRICT: security evidence. */
    subjectUserId: uuid().references(() => userProfiles.id, { onDelete: 'restrict' }),
    /** The address flagged (a credential-stuffing source has no account). */
    ipAddress: inet(),
    riskScore: integer().notNull(),
    status: textEnum(AUDITING_FLAG_STATUSES).notNull().default('open'),
    flaggedAt: timestamptz().notNull(),
    /** Events in the pattern the detector saw (failed sign-ins, card attempts, messages). */
    eventCount: integer().notNull().default(1),
    signals: jsonList<SuspiciousActivitySignal>(),
    actionTaken: textEnum(AUDITING_FLAG_ACTIONS).notNull().default('none'),
    /** The analyst. SET NULL: a credit; reviewedAt stays. (Foreign key below: the generated name is too long.) */
    reviewedByAdminUserId: uuid(),
    reviewedAt: timestamptz(),
    reviewNotes: text(),
    /** The incident it was escalated to. SET NULL: provenance. */
    securityIncidentReportId: uuid(),
    /** When the detector last changed the alert. */
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    foreignKey({
      name: 'suspicious_activity_flags_reviewed_by_fkey',
      columns: [t.reviewedByAdminUserId],
      foreignColumns: [adminUsers.id],
    }).onDelete('set null'),
    foreignKey({
      name: 'suspicious_activity_flags_incident_id_fkey',
      columns: [t.securityIncidentReportId],
      foreignColumns: [securityIncidentReports.id],
    }).onDelete('set null'),
    uniqueIndex('suspicious_activity_flags_detector_alert_id_key').on(t.detector, t.detectorAlertId),
    /** A person's flags, newest first. */
    index('suspicious_activity_flags_subject_user_id_idx').on(t.subjectUserId, t.flaggedAt),
    index('suspicious_activity_flags_ip_address_idx').on(t.ipAddress, t.flaggedAt),
    index('suspicious_activity_flags_reviewed_by_idx').on(t.reviewedByAdminUserId),
    index('suspicious_activity_flags_incident_id_idx').on(t.securityIncidentReportId),
    /** The review queue: open flags, riskiest first. */
    index('suspicious_activity_flags_open_idx')
      .on(t.riskScore, t.flaggedAt)
      .where(sql`${t.status} = 'open'`),
    formatCheck(t.detector, SNAKE_CASE_KEY),
    formatCheck(t.detectorAlertId, EXTERNAL_ID),
    formatCheck(t.ruleKey, SNAKE_CASE_KEY),
    atLeastOneOf([t.subjectUserId, t.ipAddress], { name: 'suspicious_activity_flags_subject_check' }),
    between(t.riskScore, 0, 100),
    positive(t.eventCount),
    requiredWhen(t.reviewedAt, t.status, 'confirmed', { name: 'suspicious_activity_flags_confirmed_check' }),
    requiredWhen(t.reviewedAt, t.status, 'dismissed', { name: 'suspicious_activity_flags_dismissed_check' }),
    requiredWith(t.reviewedAt, t.reviewedByAdminUserId, { name: 'suspicious_activity_flags_reviewed_by_check', message: 'is required when reviewedByAdminUserId is given' }),
    inOrder(t.flaggedAt, t.reviewedAt, { name: 'suspicious_activity_flags_reviewed_at_check', message: 'must not be before flaggedAt' }),
  ],
);
