import type { TextFormat } from '@db/core';
import { USER_AUTH_METHODS, USER_MFA_METHODS, USER_PERMISSION_EFFECTS, USER_PLATFORM_ROLES } from '@db/users/constants';

/**
 * `as const` lists shared by the CHECK constraints (via textEnum) and the Zod enums, and this package's own text
 * formats (each declared once with formatCheck: its CHECK and its Zod twin). Names carry the COMPLIANCE_ prefix:
 * @db/equine re-exports every pillar. Source-system keys use @db/core's SNAKE_CASE_KEY, URLs HTTP_URL, digests
 * SHA256_HEX. Sign-in methods, MFA methods, platform roles and allow/deny are @db/users' lists,
 * so a session, its security assessment and its authentication events speak the same words.
 */

export const COMPLIANCE_AUTH_METHODS = USER_AUTH_METHODS;
export const COMPLIANCE_MFA_METHODS = USER_MFA_METHODS;
export const COMPLIANCE_PRINCIPAL_ROLES = USER_PLATFORM_ROLES;
export const COMPLIANCE_ACL_EFFECTS = USER_PERMISSION_EFFECTS;

// ---------------------------------------------------------------------------------------------------------------
// Frameworks, audits and controls
// ---------------------------------------------------------------------------------------------------------------

/** The frameworks the platform answers to: EU and UK GDPR, card data (PCI DSS), ISMS certification, SOC 2 reports. */
export const COMPLIANCE_FRAMEWORKS = [
  'gdpr',
  'uk_gdpr',
  'pci_dss',
  'iso_27001',
  'soc_2',
  'cyber_essentials',
  'nis2',
  'internal',
] as const;

export const COMPLIANCE_AUDIT_TYPES = [
  'internal_audit',
  'external_audit',
  'certification_audit',
  'surveillance_audit',
  'penetration_test',
  'vulnerability_assessment',
  'red_team_exercise',
  'code_review',
  'cloud_configuration_review',
] as const;
export const COMPLIANCE_AUDIT_STATUSES = ['planned', 'in_progress', 'reporting', 'completed', 'cancelled'] as const;

/** What a control assessment concluded. */
export const COMPLIANCE_CONTROL_STATUSES = ['compliant', 'partially_compliant', 'non_compliant', 'not_applicable'] as const;
export const COMPLIANCE_ASSESSMENT_METHODS = ['self_assessment', 'internal_audit', 'external_audit', 'automated_monitoring'] as const;
/** Risk and finding severity, as pen-test reports and risk registers grade them. */
export const COMPLIANCE_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;

// ---------------------------------------------------------------------------------------------------------------
// Policies, retention, consent
// ---------------------------------------------------------------------------------------------------------------

export const COMPLIANCE_POLICY_CATEGORIES = [
  'information_security',
  'acceptable_use',
  'access_control',
  'encryption',
  'password',
  'incident_response',
  'business_continuity',
  'supplier_security',
  'data_retention',
  'privacy_notice',
  'cookie_policy',
  'consent_text',
  'other',
] as const;
export const COMPLIANCE_POLICY_STATUSES = ['draft', 'in_review', 'approved', 'superseded', 'withdrawn'] as const;
export const COMPLIANCE_POLICY_AUDIENCES = ['all_users', 'staff', 'providers', 'contractors', 'public'] as const;

/** GDPR art. 6(1): the lawful bases for processing (and for keeping data past an erasure request, art. 17(3)). */
export const COMPLIANCE_LAWFUL_BASES = [
  'consent',
  'contract',
  'legal_obligation',
  'vital_interests',
  'public_task',
  'legitimate_interests',
] as const;

/** What a retention job does to a row whose period has run out. */
export const COMPLIANCE_RETENTION_ACTIONS = ['delete', 'anonymise'] as const;
/** The event a retention period runs from. */
export const COMPLIANCE_RETENTION_TRIGGERS = [
  'record_created',
  'record_closed',
  'last_activity',
  'account_erased',
  'contract_ended',
] as const;

/** What a user consents to (or objects to), one ledger per purpose. */
export const COMPLIANCE_CONSENT_PURPOSES = [
  'marketing_email',
  'marketing_sms',
  'marketing_push',
  'analytics',
  'profiling',
  'personalised_recommendations',
  'third_party_sharing',
  'product_research',
  'public_profile',
] as const;
export const COMPLIANCE_CONSENT_DECISIONS = ['granted', 'withdrawn'] as const;
/** Where a consent decision was captured; `erasure` is the withdrawal an erasure appends for every granted purpose. */
export const COMPLIANCE_CONSENT_CHANNELS = [
  'web_signup',
  'web_settings',
  'ios_app',
  'android_app',
  'cookie_banner',
  'email_link',
  'paper_form',
  'support_desk',
  'import',
  'erasure',
] as const;

// ---------------------------------------------------------------------------------------------------------------
// Data-subject requests
// ---------------------------------------------------------------------------------------------------------------

/** GDPR arts. 15-18, 20 and 21. */
export const COMPLIANCE_PRIVACY_REQUEST_KINDS = [
  'access',
  'erasure',
  'rectification',
  'portability',
  'restriction',
  'objection',
] as const;
export const COMPLIANCE_PRIVACY_REQUEST_STATUSES = [
  'received',
  'awaiting_identity',
  'in_progress',
  'completed',
  'rejected',
  'withdrawn',
] as const;
/** The statuses of a request still being worked on (the open queue, by due date). */
export const COMPLIANCE_OPEN_PRIVACY_REQUEST_STATUSES = ['received', 'awaiting_identity', 'in_progress'] as const;
export const COMPLIANCE_PRIVACY_REQUEST_CHANNELS = ['web_form', 'in_app', 'email', 'support_desk', 'post', 'phone'] as const;
export const COMPLIANCE_IDENTITY_VERIFICATION_METHODS = [
  'signed_in_session',
  'email_confirmation',
  'id_document',
  'knowledge_based',
  'in_person',
] as const;
/** Art. 12(5) and the exemptions of art. 17(3) / national law. */
export const COMPLIANCE_PRIVACY_REJECTION_GROUNDS = [
  'identity_not_verified',
  'manifestly_unfounded',
  'excessive',
  'legal_exemption',
  'not_a_data_subject',
] as const;
/** Art. 12(3): one month from receipt, which the platform fixes at 30 days (720 hours, whatever the time zone). */
export const COMPLIANCE_PRIVACY_REQUEST_DUE_HOURS = 720;

// ---------------------------------------------------------------------------------------------------------------
// Access control, authentication, sessions
// ---------------------------------------------------------------------------------------------------------------

export const COMPLIANCE_ACL_PERMISSIONS = ['read', 'write', 'delete', 'share', 'export', 'administer'] as const;

export const COMPLIANCE_AUTH_EVENT_TYPES = [
  'sign_in',
  'sign_out',
  'mfa_challenge',
  'mfa_enrolled',
  'mfa_removed',
  'password_reset_requested',
  'password_reset_completed',
  'password_changed',
  'token_refreshed',
  'account_locked',
  'account_unlocked',
] as const;
export const COMPLIANCE_AUTH_OUTCOMES = ['success', 'failure'] as const;
export const COMPLIANCE_AUTH_FAILURE_REASONS = [
  'invalid_credentials',
  'unknown_user',
  'mfa_failed',
  'mfa_timeout',
  'account_locked',
  'account_suspended',
  'expired_token',
  'rate_limited',
  'risk_blocked',
  'other',
] as const;

/** What a risk engine flags on a session. */
export const COMPLIANCE_SESSION_RISK_SIGNALS = [
  'new_device',
  'new_country',
  'impossible_travel',
  'tor_exit_node',
  'vpn_or_proxy',
  'known_bad_ip',
  'credential_stuffing_pattern',
  'unusual_hour',
  'user_agent_mismatch',
] as const;
export const COMPLIANCE_SESSION_REVOKE_REASONS = [
  'risk_threshold',
  'impossible_travel',
  'credential_compromise',
  'device_untrusted',
  'admin_action',
  'user_request',
  'erasure',
] as const;

// ---------------------------------------------------------------------------------------------------------------
// Key management (metadata only: never key material)
// ---------------------------------------------------------------------------------------------------------------

export const COMPLIANCE_KMS_PROVIDERS = ['aws_kms', 'gcp_kms', 'azure_key_vault', 'hashicorp_vault', 'cloud_hsm', 'other'] as const;
export const COMPLIANCE_KEY_ALGORITHMS = [
  'aes_256_gcm',
  'aes_128_gcm',
  'chacha20_poly1305',
  'rsa_2048',
  'rsa_3072',
  'rsa_4096',
  'ecc_nist_p256',
  'ecc_nist_p384',
  'ed25519',
  'hmac_sha256',
  'hmac_sha512',
] as const;
export const COMPLIANCE_KEY_PURPOSES = [
  'data_at_rest',
  'field_level_encryption',
  'backup_encryption',
  'envelope_master',
  'token_signing',
  'webhook_signing',
  'password_pepper',
  'tls',
] as const;
export const COMPLIANCE_KEY_STATUSES = ['active', 'disabled', 'pending_deletion', 'retired', 'compromised'] as const;

// ---------------------------------------------------------------------------------------------------------------
// Text formats
// ---------------------------------------------------------------------------------------------------------------

/** A KMS key id or ARN (AWS ARNs run to 2048 characters, past PostgreSQL's 255 repetition bound), without spaces. */
export const COMPLIANCE_KMS_KEY_ID: TextFormat = {
  pattern: /^\S+$/,
  message: 'must be the KMS key id or ARN, without spaces',
};
/** An internal reference in upper case, e.g. SEC-AUD-2024-03. */
export const COMPLIANCE_REFERENCE: TextFormat = {
  pattern: /^[A-Z0-9][A-Z0-9_-]{2,39}$/,
  message: 'must be an upper-case reference such as SEC-AUD-2024-03',
};
/** A document version: 1 to 3 dot-separated numbers, e.g. 3, 2.1, 2024.2.0. */
export const COMPLIANCE_POLICY_VERSION: TextFormat = {
  pattern: /^[0-9]{1,4}(\.[0-9]{1,4}){0,2}$/,
  message: 'must be a version such as 2.1 or 2024.2',
};
