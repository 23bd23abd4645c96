import type { TextFormat } from '@db/core';

/**
 * `as const` lists shared by the CHECK constraints (via textEnum) and the Zod enums, plus the text formats only
 * this package uses (each declared once with formatCheck, formatWhen or the regions customCheck: its CHECK and
 * its Zod twin). Source ids use @db/core's EXTERNAL_ID, runbook and controller names its SLUG, time zones its
 * IANA_TIME_ZONE and URLs its HTTP_URL.
 */

/** Where a service runs: the same three environments as @db/reliability's per-environment rows. */
export const RECOVERY_ENVIRONMENTS = ['production', 'staging', 'development'] as const;

// ---------------------------------------------------------------------------------------------------------------
// health checks

/** The probe tools results are imported from: synthetic monitors, the blackbox exporter, Kubernetes probes. */
export const RECOVERY_PROBE_SOURCES = [
  'checkly',
  'datadog_synthetics',
  'pingdom',
  'uptime_robot',
  'cloudwatch_synthetics',
  'blackbox_exporter',
  'kubernetes_probe',
  'internal',
] as const;
/** What a probe exercises: one request (http, tcp, dns, grpc), a scripted journey (synthetic), a query (database). */
export const RECOVERY_CHECK_KINDS = ['http', 'tcp', 'dns', 'grpc', 'synthetic', 'database', 'tls_certificate', 'heartbeat'] as const;
export const RECOVERY_CHECK_STATUSES = ['pass', 'warn', 'fail'] as const;

// ---------------------------------------------------------------------------------------------------------------
// automated remediation and the healing controller

export const RECOVERY_ACTIONS = [
  'restart_pods',
  'restart_service',
  'scale_out',
  'scale_in',
  'failover',
  'failback',
  'flush_cache',
  'rollback_deploy',
  'drain_node',
  'replace_instance',
  'recycle_connections',
  'disable_feature_flag',
  'pause_consumers',
  'other',
] as const;
/** What carried the action out: an operator in the cluster, a progressive-delivery controller, an automation service. */
export const RECOVERY_EXECUTORS = [
  'healing_controller',
  'kubernetes_operator',
  'argo_rollouts',
  'aws_ssm_automation',
  'rundeck',
  'pagerduty_automation',
  'stackstorm',
] as const;
/** awaiting_approval: guarded actions (failover, rollback) wait for a person; skipped: a guardrail (cool-down, rate limit) held it back. */
export const RECOVERY_ACTION_STATUSES = ['pending', 'awaiting_approval', 'running', 'succeeded', 'failed', 'cancelled', 'skipped'] as const;
/** The effect on the service, judged after the action: did the signal that triggered it recover? */
export const RECOVERY_ACTION_OUTCOMES = ['resolved', 'mitigated', 'no_effect', 'worsened', 'unknown'] as const;

/** What noticed the problem. */
export const RECOVERY_HEALING_DETECTORS = [
  'health_check',
  'slo_burn_rate',
  'alert_rule',
  'anomaly_detection',
  'log_pattern',
  'heartbeat_missing',
  'dependency_probe',
] as const;
/**
 * What the controller decided: act (remediate), hand over to on-call (escalate), ignore a duplicate or a signal
 * inside a maintenance window (suppress), wait for more evidence (defer), or nothing.
 */
export const RECOVERY_HEALING_DECISIONS = ['remediate', 'escalate', 'suppress', 'defer', 'no_action'] as const;

// ---------------------------------------------------------------------------------------------------------------
// degradation incidents

/** Incident severity as on-call policies use it: sev1 = a core journey is down for everyone, sev4 = cosmetic. */
export const RECOVERY_SEVERITIES = ['sev1', 'sev2', 'sev3', 'sev4'] as const;
export const RECOVERY_DEGRADATION_TYPES = [
  'availability',
  'latency',
  'error_rate',
  'saturation',
  'partial_outage',
  'dependency_failure',
  'data_freshness',
] as const;
export const RECOVERY_DEGRADATION_STATUSES = ['open', 'acknowledged', 'mitigated', 'resolved'] as const;
export const RECOVERY_INCIDENT_PROVIDERS = ['pagerduty', 'opsgenie', 'incident_io', 'firehydrant', 'rootly', 'jira_service_management'] as const;

// ---------------------------------------------------------------------------------------------------------------
// redundancy and failover

/** N+1: one spare beyond what the peak needs; 2N: everything doubled; single_instance: declared without redundancy. */
export const RECOVERY_REDUNDANCY_STRATEGIES = ['active_active', 'active_passive', 'n_plus_1', 'n_plus_2', 'two_n', 'single_instance'] as const;
export const RECOVERY_FAILOVER_MODES = ['automatic', 'manual'] as const;
/** What moved: a whole region, a zone, a database primary, one node, a load balancer target, a DNS record, a provider. */
export const RECOVERY_FAILOVER_SCOPES = ['region', 'availability_zone', 'database_primary', 'node', 'load_balancer', 'dns', 'provider'] as const;
export const RECOVERY_FAILOVER_REASONS = [
  'health_check_failure',
  'region_outage',
  'availability_zone_outage',
  'node_failure',
  'replication_lag',
  'performance_degradation',
  'dependency_failure',
  'planned_maintenance',
  'dr_test',
  'manual_decision',
] as const;
export const RECOVERY_FAILOVER_STATUSES = ['detected', 'in_progress', 'completed', 'failed', 'rolled_back', 'aborted'] as const;
/** Whose event it is: the managed database, DNS or load balancer that failed over, or the platform's own controller. */
export const RECOVERY_FAILOVER_PROVIDERS = [
  'aws_rds',
  'aws_aurora',
  'aws_route53_arc',
  'aws_elasticache',
  'patroni',
  'cloudflare_load_balancing',
  'kubernetes',
  'healing_controller',
] as const;

// ---------------------------------------------------------------------------------------------------------------
// SLIs and SLOs

/** The window a figure covers: fixed buckets, calendar periods, or the rolling windows SLO tools report. */
export const RECOVERY_METRIC_WINDOWS = ['hour', 'day', 'week', 'calendar_month', 'quarter', 'rolling_7d', 'rolling_28d', 'rolling_30d'] as const;
export const RECOVERY_SLO_SOURCES = ['nobl9', 'datadog_slo', 'grafana_slo', 'sloth', 'google_cloud_slo', 'internal'] as const;

// ---------------------------------------------------------------------------------------------------------------
// backups and restoration

export const RECOVERY_VERIFICATION_SOURCES = ['pgbackrest', 'barman', 'wal_g', 'aws_backup', 'aws_rds', 'restore_job'] as const;
export const RECOVERY_VERIFICATION_METHODS = [
  'full_restore',
  'point_in_time_restore',
  'partial_restore',
  'logical_dump_restore',
  'snapshot_mount',
  'checksum_only',
] as const;
/** error: the test itself could not run (no scratch instance), which says nothing about the backup. */
export const RECOVERY_VERIFICATION_RESULTS = ['passed', 'passed_with_warnings', 'failed', 'error'] as const;

export const RECOVERY_RESTORATION_PHASES = ['assess', 'contain', 'restore', 'verify', 'failback', 'communicate', 'close'] as const;
export const RECOVERY_RESTORATION_ACTIONS = [
  'restore_backup',
  'replay_wal',
  'promote_replica',
  'redirect_traffic',
  'rebuild_index',
  'replay_events',
  'reconcile_data',
  'verify_integrity',
  'failback',
  'scale_back',
  'notify_users',
  'other',
] as const;
export const RECOVERY_STEP_OUTCOMES = ['succeeded', 'partial', 'failed', 'skipped'] as const;
export const RECOVERY_OPERATOR_TYPES = ['person', 'automation'] as const;

// ---------------------------------------------------------------------------------------------------------------
// preventive maintenance

export const RECOVERY_MAINTENANCE_KINDS = [
  'os_patching',
  'kubernetes_upgrade',
  'database_upgrade',
  'database_maintenance',
  'certificate_rotation',
  'dependency_upgrade',
  'hardware_replacement',
  'capacity_expansion',
  'network_change',
  'failover_drill',
  'provider_maintenance',
] as const;
export const RECOVERY_MAINTENANCE_STATUSES = ['planned', 'approved', 'in_progress', 'completed', 'cancelled', 'failed'] as const;
export const RECOVERY_MAINTENANCE_IMPACTS = ['none', 'degraded', 'partial_outage', 'full_outage'] as const;
/** Where the change comes from: a change ticket (ServiceNow, Jira, Linear, GitHub) or a provider's scheduled event (AWS Health). */
export const RECOVERY_CHANGE_SOURCES = ['servicenow', 'jira', 'linear', 'github', 'aws_health'] as const;

// ---------------------------------------------------------------------------------------------------------------
// text formats

/** One region or zone code, without anchors: eu-west-1 (AWS), europe-west2 (GCP), northeurope (Azure), eu-west-1a. */
const REGION_CODE = '[a-z][a-z0-9-]{1,39}';
/**
 * A cloud region or zone code, as @db/reliability's RELIABILITY_REGION (same pattern): any provider's, so a region
 * the platform adds tomorrow is not refused by a closed list.
 */
export const RECOVERY_REGION: TextFormat = {
  pattern: new RegExp(`^${REGION_CODE}$`),
  message: 'must be a lower-case region code such as eu-west-1',
};
