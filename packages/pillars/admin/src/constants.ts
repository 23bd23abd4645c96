import type { TextFormat } from '@db/core';

/**
 * `as const` lists shared by the CHECK constraints (via textEnum) and the Zod enums, and this package's own text
 * formats (each declared once with formatCheck or formatWhen: its CHECK and its Zod twin). Names carry the ADMIN_
 * prefix: @db/equine re-exports every pillar. Machine keys use @db/core's SNAKE_CASE_KEY, digests SHA256_HEX,
 * web addresses HTTP_URL.
 */

// ---------------------------------------------------------------------------------------------------------------
// Shared
// ---------------------------------------------------------------------------------------------------------------

/** The deployment a row describes. `preview`: a short-lived deployment of one branch or pull request. */
export const ADMIN_ENVIRONMENTS = ['production', 'staging', 'preview', 'development', 'test'] as const;

/** HTTP request methods, upper case as on the wire. */
export const ADMIN_HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

// ---------------------------------------------------------------------------------------------------------------
// Staff accounts and what they do
// ---------------------------------------------------------------------------------------------------------------

/**
 * Back-office roles, least to most privileged apart from `super_admin`. `data_protection_officer` handles access
 * and erasure requests; `engineer` runs backups, configuration and flags; `read_only` is for auditors.
 */
export const ADMIN_ROLES = [
  'read_only',
  'support_agent',
  'content_moderator',
  'finance',
  'data_protection_officer',
  'engineer',
  'admin',
  'super_admin',
] as const;
/** `invited`: created, first sign-in pending; `suspended`: temporarily blocked; `revoked`: access ended for good. */
export const ADMIN_USER_STATUSES = ['invited', 'active', 'suspended', 'revoked'] as const;
/** Why an admin account's access ends (or is planned to end, for a contractor). */
export const ADMIN_ACCESS_END_REASONS = [
  'left_organisation',
  'role_change',
  'contract_ended',
  'security_incident',
  'inactivity',
  'other',
] as const;
/** The second factor an admin enrolled: `webauthn` covers passkeys and hardware keys (YubiKey). */
export const ADMIN_MFA_METHODS = ['totp', 'webauthn', 'push', 'sms'] as const;
/** Where staff accounts are provisioned from (SCIM), `manual` for accounts created in the back office. */
export const ADMIN_IDENTITY_PROVIDERS = ['okta', 'entra_id', 'google_workspace', 'jumpcloud', 'manual'] as const;

/** What an admin did in the back office. Data changes (`record_*`) also appear in audit_trail, by row. */
export const ADMIN_ACTION_TYPES = [
  'record_viewed',
  'record_created',
  'record_updated',
  'record_deleted',
  'user_suspended',
  'user_reactivated',
  'user_erased',
  'impersonation_started',
  'impersonation_ended',
  'role_granted',
  'role_revoked',
  'password_reset_sent',
  'mfa_reset',
  'refund_issued',
  'data_exported',
  'config_changed',
  'feature_flag_changed',
  'alert_acknowledged',
  'backup_started',
  'backup_restored',
  'other',
] as const;
/** `denied`: refused by the back office's own permission check (a read-only admin trying to refund). */
export const ADMIN_ACTION_OUTCOMES = ['succeeded', 'failed', 'denied'] as const;

// ---------------------------------------------------------------------------------------------------------------
// Monitoring: metrics, API usage, errors, performance
// ---------------------------------------------------------------------------------------------------------------

/** Where application metrics are scraped or pulled from. */
export const ADMIN_METRIC_SOURCES = ['prometheus', 'datadog', 'cloudwatch', 'grafana_cloud', 'new_relic', 'internal'] as const;
/** How a sample summarises its interval: a gauge reading, an aggregate, a rate or a percentile. */
export const ADMIN_METRIC_STATISTICS = ['gauge', 'avg', 'min', 'max', 'sum', 'count', 'rate', 'p50', 'p95', 'p99'] as const;
/** The unit of a metric's value. */
export const ADMIN_METRIC_UNITS = [
  'count',
  'percent',
  'ratio',
  'milliseconds',
  'seconds',
  'bytes',
  'bytes_per_second',
  'requests_per_second',
  'per_minute',
] as const;
/** A sample's verdict against its thresholds; `unknown` when the check could not be evaluated. */
export const ADMIN_HEALTH_STATUSES = ['ok', 'warning', 'critical', 'unknown'] as const;

/** The width of an API usage bucket. */
export const ADMIN_BUCKET_WIDTHS = ['minute', 'hour', 'day'] as const;
/** What counted the requests: the API gateway, the CDN edge, the application's middleware, a log pipeline. */
export const ADMIN_USAGE_SOURCES = ['api_gateway', 'cdn', 'app_middleware', 'log_pipeline'] as const;

/** Error trackers that group events into issues; `internal` for the platform's own grouping. */
export const ADMIN_ERROR_TRACKERS = ['sentry', 'bugsnag', 'rollbar', 'honeybadger', 'internal'] as const;
/** Sentry's event levels. */
export const ADMIN_ERROR_LEVELS = ['debug', 'info', 'warning', 'error', 'fatal'] as const;
/** An issue's triage state, as the trackers have it (Sentry's `ignored` is also called archived). */
export const ADMIN_ERROR_STATUSES = ['unresolved', 'resolved', 'ignored'] as const;

/** Application performance monitoring (APM) sources. */
export const ADMIN_APM_SOURCES = ['sentry', 'datadog', 'new_relic', 'elastic_apm', 'grafana', 'internal'] as const;
/** What a performance window measures: an API route, a web page, a mobile app screen, a background job. */
export const ADMIN_PERFORMANCE_TARGETS = ['api_endpoint', 'web_page', 'mobile_screen', 'background_job'] as const;

// ---------------------------------------------------------------------------------------------------------------
// Backups, configuration, flags
// ---------------------------------------------------------------------------------------------------------------

/** The tool or managed service that took a backup. */
export const ADMIN_BACKUP_SOURCES = [
  'pgbackrest',
  'wal_g',
  'barman',
  'pg_dump',
  'aws_rds',
  'gcp_cloud_sql',
  'azure_postgres',
  'neon',
  'supabase',
] as const;
/** `differential`: changes since the last full backup (pgBackRest); `wal`: an archived WAL segment or range. */
export const ADMIN_BACKUP_KINDS = ['full', 'differential', 'incremental', 'wal'] as const;
export const ADMIN_BACKUP_STATUSES = ['running', 'completed', 'failed', 'expired', 'deleted'] as const;
export const ADMIN_RESTORE_TEST_RESULTS = ['passed', 'failed'] as const;

/**
 * How a configuration value is read. The value is stored as text; its type's format is checked (`formatWhen`),
 * so an `integer` setting cannot hold 'ten'.
 */
export const ADMIN_CONFIG_VALUE_TYPES = ['string', 'integer', 'decimal', 'boolean', 'url', 'email'] as const;

/** `kill_switch`: an operational flag that turns a feature off in an incident; `permission`: an entitlement. */
export const ADMIN_FLAG_TYPES = ['release', 'experiment', 'operational', 'kill_switch', 'permission'] as const;
export const ADMIN_FLAG_STATUSES = ['active', 'deprecated', 'archived'] as const;
/** Where a flag is managed: a flag service synced here, or the platform's own back office. */
export const ADMIN_FLAG_SOURCES = ['internal', 'launchdarkly', 'unleash', 'configcat', 'flagsmith', 'growthbook'] as const;
/** How a targeting rule compares a context attribute with its values. */
export const ADMIN_FLAG_OPERATORS = [
  'in',
  'not_in',
  'starts_with',
  'ends_with',
  'contains',
  'matches',
  'semver_gte',
  'semver_lt',
  'before',
  'after',
  'segment_match',
] as const;

// ---------------------------------------------------------------------------------------------------------------
// Audit trail and alerts
// ---------------------------------------------------------------------------------------------------------------

/** The statement that changed the row, as PostgreSQL's TG_OP spells it. */
export const ADMIN_AUDIT_OPERATIONS = ['INSERT', 'UPDATE', 'DELETE'] as const;
/** Who changed it: a person (their user_profiles row), the platform's jobs, an integration, a schema migration. */
export const ADMIN_AUDIT_ACTOR_TYPES = ['user', 'system', 'integration', 'migration'] as const;

export const ADMIN_ALERT_SOURCES = [
  'alertmanager',
  'grafana',
  'datadog',
  'sentry',
  'pagerduty',
  'uptime_monitor',
  'internal_rule',
] as const;
/** PagerDuty's and Alertmanager's common severities. */
export const ADMIN_ALERT_SEVERITIES = ['critical', 'error', 'warning', 'info'] as const;
export const ADMIN_ALERT_STATUSES = ['firing', 'acknowledged', 'resolved'] as const;

// ---------------------------------------------------------------------------------------------------------------
// Text formats
// ---------------------------------------------------------------------------------------------------------------

/**
 * An unquoted SQL identifier (table or column name), at most 63 characters as PostgreSQL keeps them. Upper case is
 * allowed: the audit trail may also hold names imported from the existing production systems.
 */
export const ADMIN_SQL_IDENTIFIER: TextFormat = {
  pattern: /^[A-Za-z_][A-Za-z0-9_$]{0,62}$/,
  message: 'must be an SQL identifier of at most 63 characters, e.g. horse_profiles',
};
/** A metric name as Prometheus, Datadog and CloudWatch write them: http_request_duration_seconds, trace.http.request. */
export const ADMIN_METRIC_NAME: TextFormat = {
  pattern: /^[A-Za-z_][A-Za-z0-9_.:]{0,199}$/,
  message: 'must be a metric name (letters, digits, _ . :), e.g. http_request_duration_seconds',
};
/** An API route template, as the router declares it: /v1/horses/{horseId}. */
export const ADMIN_ROUTE_TEMPLATE: TextFormat = {
  pattern: /^\/\S*$/,
  message: 'must be a route template starting with /, e.g. /v1/horses/{horseId}',
};
/** An error tracker's grouping hash: Sentry's MD5 (32 hex digits) up to a SHA-256 (64). */
export const ADMIN_FINGERPRINT: TextFormat = {
  pattern: /^[0-9a-f]{32,64}$/,
  message: 'must be a lower-case hex hash of 32 to 64 digits',
};
/**
 * A URI of any scheme: a storage location (s3://bucket/key, gs://..., https://...) or a reference into a secret
 * manager (vault://secret/data/prod/stripe, aws-sm://prod/stripe-webhook).
 */
export const ADMIN_URI: TextFormat = {
  pattern: /^[a-z][a-z0-9+.-]*:\/\/\S+$/,
  message: 'must be a URI such as s3://bucket/key or vault://secret/path',
};
/** A feature flag key as flag services accept them: letters, digits, . _ -, e.g. new-livery-checkout. */
export const ADMIN_FLAG_KEY: TextFormat = {
  pattern: /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/,
  message: 'must be a flag key of letters, digits, . _ or -, e.g. new-livery-checkout',
};

/** Configuration values, by value type (formatWhen on system_config.value). */
export const ADMIN_CONFIG_INTEGER: TextFormat = { pattern: /^-?\d{1,18}$/, message: 'must be an integer, e.g. 30' };
export const ADMIN_CONFIG_DECIMAL: TextFormat = {
  pattern: /^-?\d{1,18}(\.\d{1,18})?$/,
  message: 'must be a decimal number, e.g. 0.25',
};
export const ADMIN_CONFIG_BOOLEAN: TextFormat = { pattern: /^(true|false)$/, message: 'must be true or false' };
