import type { TextFormat } from '@db/core';
import {
  COMPLIANCE_FRAMEWORKS,
  COMPLIANCE_KEY_ALGORITHMS,
  COMPLIANCE_LAWFUL_BASES,
  COMPLIANCE_REFERENCE,
  COMPLIANCE_SEVERITIES,
} from '@db/compliance/constants';
import { USER_AUTH_METHODS, USER_PLATFORM_ROLES } from '@db/users/constants';

/**
 * `as const` lists shared by the CHECK constraints (via textEnum) and the Zod enums, and this package's own text
 * formats (each declared once with formatCheck: its CHECK and its Zod twin). Names carry the AUDITING_ prefix:
 * @db/equine re-exports every pillar. Frameworks, severities, lawful bases, key algorithms and internal references
 * are @db/compliance's lists, sign-in methods and platform roles @db/users': an audit finding, a violation and an
 * incident speak the words the compliance pillar already uses. Source keys use @db/core's SNAKE_CASE_KEY, source
 * ids EXTERNAL_ID, digests SHA256_HEX, URLs HTTP_URL.
 */

export const AUDITING_FRAMEWORKS = COMPLIANCE_FRAMEWORKS;
/** Finding, violation and incident severity: low, medium, high, critical (as pen-test reports grade them). */
export const AUDITING_SEVERITIES = COMPLIANCE_SEVERITIES;
export const AUDITING_LAWFUL_BASES = COMPLIANCE_LAWFUL_BASES;
export const AUDITING_KEY_ALGORITHMS = COMPLIANCE_KEY_ALGORITHMS;
export const AUDITING_AUTH_METHODS = USER_AUTH_METHODS;
export const AUDITING_PRINCIPAL_ROLES = USER_PLATFORM_ROLES;
/** An internal reference in upper case: INC-2024-017, ISO-2024-S1 (@db/compliance's format). */
export const AUDITING_REFERENCE = COMPLIANCE_REFERENCE;

// ---------------------------------------------------------------------------------------------------------------
// Security events (SIEM) and access logs
// ---------------------------------------------------------------------------------------------------------------

/** Event categories as the Elastic Common Schema names them (event.category), which most SIEMs map to. */
export const AUDITING_EVENT_CATEGORIES = [
  'authentication',
  'iam',
  'configuration',
  'network',
  'web',
  'api',
  'database',
  'file',
  'malware',
  'intrusion_detection',
  'threat',
  'session',
  'process',
  'host',
] as const;
/** A SIEM's severity scale: informational events too, which findings and incidents never are. */
export const AUDITING_EVENT_SEVERITIES = ['info', 'low', 'medium', 'high', 'critical'] as const;
/** ECS event.outcome. */
export const AUDITING_EVENT_OUTCOMES = ['success', 'failure', 'unknown'] as const;
/** Who acted: a person (a user_profiles row), one of the platform's services, or nobody identified. */
export const AUDITING_EVENT_ACTOR_TYPES = ['user', 'service', 'anonymous'] as const;
/** Who read personal data or broke a policy: a person or a service (a job, an integration). */
export const AUDITING_ACTOR_TYPES = ['user', 'service'] as const;

/** TLS version a request was served over; anything before 1.2 is a PCI DSS finding. */
export const AUDITING_TLS_PROTOCOLS = ['ssl3', 'tls1_0', 'tls1_1', 'tls1_2', 'tls1_3'] as const;
/** What the web application firewall did with the request. */
export const AUDITING_WAF_ACTIONS = ['allow', 'block', 'challenge', 'count'] as const;

/**
 * An action as the SIEM names it, whatever its convention (ConsoleLogin, user-password-change,
 * waf.request_blocked): 1-128 characters without spaces.
 */
export const AUDITING_EVENT_ACTION: TextFormat = {
  pattern: /^\S{1,128}$/,
  message: 'must be the action name of 1-128 characters without spaces, e.g. ConsoleLogin',
};
/**
 * An HTTP method token as the server logged it: the usual ones and what scanners send (PROPFIND, DEBUG),
 * upper case.
 */
export const AUDITING_HTTP_METHOD: TextFormat = {
  pattern: /^[A-Z][A-Z_-]{0,31}$/,
  message: 'must be an upper-case HTTP method such as GET or POST',
};
/**
 * A request target as logged, without its query string (which can carry tokens and email addresses): no spaces,
 * usually a path such as /v1/horses/42, sometimes what scanners send (`*`, an absolute URL).
 */
export const AUDITING_REQUEST_PATH: TextFormat = {
  pattern: /^\S+$/,
  message: 'must be the request path without spaces, e.g. /v1/horses',
};

// ---------------------------------------------------------------------------------------------------------------
// Permission changes and data access
// ---------------------------------------------------------------------------------------------------------------

/** What happened to a grant. `expired`: its validity ended on its own (a contractor's end date). */
export const AUDITING_PERMISSION_CHANGE_TYPES = ['granted', 'modified', 'revoked', 'expired', 'suspended', 'restored'] as const;
/**
 * The kind of grant, and so its table: `platform_role` a user_roles row, `permission` a user_permissions row,
 * `acl_entry` an access_control_lists row, `admin_role` an admin_users row.
 */
export const AUDITING_GRANT_KINDS = ['platform_role', 'permission', 'acl_entry', 'admin_role'] as const;
/** Whom a grant is to: a person, every holder of a platform role, or a provider organisation (a vet practice). */
export const AUDITING_GRANTEE_TYPES = ['user', 'role', 'practice'] as const;
/** Where a change was made. Back-office changes are also an admin_actions row. */
export const AUDITING_CHANGE_CHANNELS = ['back_office', 'self_service', 'scim_sync', 'api', 'scheduled_job', 'import'] as const;

export const AUDITING_DATA_ACCESS_TYPES = ['view', 'search', 'export', 'download', 'print', 'share', 'api_read'] as const;
/** Categories of personal data, as the record of processing activities (GDPR art. 30) lists them. */
export const AUDITING_DATA_CATEGORIES = [
  'identity',
  'contact',
  'location',
  'financial',
  'payment_card',
  'authentication',
  'communications',
  'behavioural',
  'identity_document',
] as const;
/** Why personal data was read: the purposes of the record of processing activities. */
export const AUDITING_ACCESS_PURPOSES = [
  'customer_support',
  'data_subject_request',
  'fraud_investigation',
  'security_investigation',
  'legal_claim',
  'regulatory_request',
  'billing',
  'service_delivery',
  'quality_assurance',
] as const;
export const AUDITING_EXPORT_FORMATS = ['csv', 'json', 'pdf', 'xlsx', 'zip'] as const;

// ---------------------------------------------------------------------------------------------------------------
// Policy violations and suspicious activity
// ---------------------------------------------------------------------------------------------------------------

export const AUDITING_DETECTION_METHODS = [
  'siem_rule',
  'cspm_scan',
  'dlp',
  'automated_check',
  'access_review',
  'manual_review',
  'user_report',
  'audit_finding',
] as const;
export const AUDITING_VIOLATION_STATUSES = ['open', 'investigating', 'resolved'] as const;
/** How a violation was closed: fixed, the risk accepted by its owner, a time-boxed exception, or not one at all. */
export const AUDITING_VIOLATION_RESOLUTIONS = ['remediated', 'risk_accepted', 'exception_granted', 'false_positive'] as const;

export const AUDITING_FLAG_CATEGORIES = [
  'account_takeover',
  'credential_stuffing',
  'payment_fraud',
  'fake_listing',
  'scraping',
  'spam',
  'abuse',
  'other',
] as const;
export const AUDITING_FLAG_STATUSES = ['open', 'confirmed', 'dismissed'] as const;
/** What was done automatically or by the reviewer. */
export const AUDITING_FLAG_ACTIONS = [
  'none',
  'step_up_mfa',
  'sessions_revoked',
  'account_locked',
  'ip_blocked',
  'payment_blocked',
  'listing_hidden',
] as const;

// ---------------------------------------------------------------------------------------------------------------
// Compliance audits (engagements)
// ---------------------------------------------------------------------------------------------------------------

/** The engagement: ISO 27001 certification stages, SOC 2 reports, PCI DSS assessments, a GDPR audit. */
export const AUDITING_ENGAGEMENT_TYPES = [
  'iso_stage_1',
  'iso_stage_2',
  'iso_surveillance',
  'iso_recertification',
  'soc2_type_1',
  'soc2_type_2',
  'pci_roc',
  'pci_saq',
  'gdpr_audit',
  'readiness_assessment',
] as const;
export const AUDITING_ENGAGEMENT_STATUSES = ['planned', 'fieldwork', 'reporting', 'completed', 'cancelled'] as const;
/**
 * The engagement's conclusion: a certification decision (ISO 27001), an auditor's opinion (SOC 2), or a
 * compliant / non-compliant attestation (PCI DSS, GDPR audits).
 */
export const AUDITING_ENGAGEMENT_RESULTS = [
  'certified',
  'conditionally_certified',
  'not_certified',
  'unqualified_opinion',
  'qualified_opinion',
  'adverse_opinion',
  'compliant',
  'non_compliant',
] as const;

// ---------------------------------------------------------------------------------------------------------------
// Incidents
// ---------------------------------------------------------------------------------------------------------------

export const AUDITING_INCIDENT_CATEGORIES = [
  'unauthorised_access',
  'account_compromise',
  'malware',
  'ransomware',
  'phishing',
  'data_leak',
  'lost_device',
  'denial_of_service',
  'misconfiguration',
  'insider_misuse',
  'third_party_breach',
  'other',
] as const;
/** investigating, then contained, resolved (service restored, cause removed), closed (post-incident review done). */
export const AUDITING_INCIDENT_STATUSES = ['investigating', 'contained', 'resolved', 'closed'] as const;
/**
 * Whether the incident is a personal data breach (GDPR art. 4(12)). `suspected` while it is assessed; the 72-hour
 * clock of art. 33(1) starts when the controller becomes aware of a breach, i.e. once it is `confirmed`.
 */
export const AUDITING_BREACH_DETERMINATIONS = ['no', 'suspected', 'confirmed'] as const;
/** The lead supervisory authority notified: Ireland's Data Protection Commission, the UK's ICO, or another one. */
export const AUDITING_SUPERVISORY_AUTHORITIES = ['ie_dpc', 'uk_ico', 'other_eea'] as const;
/** GDPR art. 33(1): notify the supervisory authority within 72 hours of becoming aware of a breach. */
export const AUDITING_BREACH_NOTIFICATION_HOURS = 72;

// ---------------------------------------------------------------------------------------------------------------
// Password policy and encryption checks
// ---------------------------------------------------------------------------------------------------------------

/** `not_applicable`: the account has no password (passkey, SSO or magic link only). */
export const AUDITING_PASSWORD_COMPLIANCE_STATUSES = ['compliant', 'non_compliant', 'exempt', 'not_applicable'] as const;

export const AUDITING_ENCRYPTION_CHECK_RESULTS = ['compliant', 'non_compliant', 'not_applicable'] as const;
/** What a key check can find wrong (cryptoperiods per PCI DSS 3.6.4, key strength per NIST SP 800-57). */
export const AUDITING_ENCRYPTION_FINDINGS = [
  'weak_algorithm',
  'short_key',
  'rotation_overdue',
  'auto_rotation_disabled',
  'not_hsm_backed',
  'key_policy_too_broad',
  'usage_logging_disabled',
  'scheduled_for_deletion',
] as const;
/** Key lengths a check can observe: AES-128 (128 bits) up to RSA 15360. */
export const AUDITING_KEY_LENGTH_BITS_MIN = 128;
export const AUDITING_KEY_LENGTH_BITS_MAX = 15360;
