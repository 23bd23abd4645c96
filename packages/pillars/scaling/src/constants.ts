/**
 * `as const` lists shared by the CHECK constraints (via textEnum) and the Zod enums. Environments and region or
 * zone codes are @db/reliability's (`RELIABILITY_ENVIRONMENTS`, `RELIABILITY_REGION`), probe statuses
 * @db/recovery's (`RECOVERY_CHECK_STATUSES`): one list, the same CHECK in every pillar. Source ids, instance ids,
 * policy keys and tickets use @db/core's EXTERNAL_ID. This package adds no text format of its own.
 */

// ---------------------------------------------------------------------------------------------------------------
// metrics

/** The metrics stores samples and rollups are imported from. */
export const SCALING_METRIC_SOURCES = [
  'prometheus',
  'cloudwatch',
  'datadog',
  'azure_monitor',
  'google_cloud_monitoring',
  'opentelemetry',
] as const;
/**
 * What a series measures, whatever the store calls it (its own name is `metric_name`). Latency p95 is metric
 * `latency` with aggregation `p95`; `custom` is an application metric an autoscaler reads (KEDA scalers).
 */
export const SCALING_METRICS = [
  'cpu_utilisation',
  'memory_utilisation',
  'request_rate',
  'queue_depth',
  'latency',
  'active_connections',
  'error_rate',
  'network_throughput',
  'disk_io',
  'custom',
] as const;
/** How the window's samples were reduced to the one value (CloudWatch statistics, PromQL functions). */
export const SCALING_AGGREGATIONS = ['avg', 'min', 'max', 'sum', 'p50', 'p90', 'p95', 'p99', 'last'] as const;
/** The unit of a value, stored beside it, since one table holds every metric. */
export const SCALING_UNITS = [
  'percent',
  'bytes',
  'bytes_per_second',
  'requests_per_second',
  'messages',
  'milliseconds',
  'seconds',
  'count',
  'connections',
  'cores',
] as const;

// ---------------------------------------------------------------------------------------------------------------
// autoscalers, their policies and their activities

/** The autoscalers whose evaluations and activities are imported. */
export const SCALING_AUTOSCALERS = [
  'aws_auto_scaling',
  'aws_application_auto_scaling',
  'kubernetes_hpa',
  'kubernetes_vpa',
  'keda',
  'karpenter',
  'cluster_autoscaler',
  'gcp_managed_instance_group',
  'azure_vmss',
] as const;
export const SCALING_POLICY_TYPES = [
  'target_tracking',
  'step_scaling',
  'simple_scaling',
  'scheduled',
  'predictive',
  'hpa_metric_target',
  'keda_scaled_object',
] as const;
/** How the metric is compared with the threshold; `target` for target tracking (keep the metric near the value). */
export const SCALING_COMPARISONS = ['greater_than', 'greater_or_equal', 'less_than', 'less_or_equal', 'target'] as const;
export const SCALING_DECISIONS = ['none', 'scale_out', 'scale_in'] as const;
/** Why an evaluation decided nothing: inside the target band, or a guard held a breach back. */
export const SCALING_HOLD_REASONS = [
  'within_target',
  'cooldown',
  'stabilisation_window',
  'at_max_capacity',
  'at_min_capacity',
  'insufficient_data',
  'scale_in_disabled',
] as const;
/** out/in: more or fewer units (horizontal); up/down: bigger or smaller units (vertical: instance class, pod requests). */
export const SCALING_DIRECTIONS = ['out', 'in', 'up', 'down'] as const;
/** An activity as the provider reports it (AWS: PreInService and the spot states are `pending`). */
export const SCALING_ACTIVITY_STATUSES = ['pending', 'in_progress', 'successful', 'failed', 'cancelled'] as const;

// ---------------------------------------------------------------------------------------------------------------
// utilisation, instances and load

export const SCALING_INSTANCE_KINDS = ['pod', 'container', 'vm_instance', 'node', 'serverless_function', 'database_instance'] as const;
/** Who runs the instance: the id in `instance_id` is that provider's. */
export const SCALING_INSTANCE_PROVIDERS = ['aws_ec2', 'aws_ecs', 'aws_rds', 'kubernetes', 'gcp_compute', 'azure_vm'] as const;
/** The instance's own state (EC2 states; a pod's phase maps onto them). */
export const SCALING_INSTANCE_STATES = ['pending', 'running', 'stopping', 'stopped', 'terminating', 'terminated', 'unknown'] as const;
/** Its state in the scaling group (AWS Auto Scaling lifecycle, a node pool's equivalent). */
export const SCALING_LIFECYCLE_STATES = ['pending', 'in_service', 'standby', 'draining', 'terminating', 'detached', 'warm_pool'] as const;
/** What judged the instance's health. */
export const SCALING_HEALTH_SOURCES = [
  'load_balancer',
  'ec2_status_check',
  'autoscaling_group',
  'kubernetes_readiness',
  'kubernetes_liveness',
  'custom',
] as const;
/** A load balancer target's state (the ELB target health states; Envoy's map onto them). */
export const SCALING_TARGET_STATES = ['initial', 'healthy', 'unhealthy', 'unused', 'draining', 'unavailable'] as const;

// ---------------------------------------------------------------------------------------------------------------
// forecasts

export const SCALING_FORECAST_HORIZONS = ['next_hour', 'next_day', 'next_week', 'next_month', 'next_quarter'] as const;
export const SCALING_FORECAST_MODELS = [
  'prophet',
  'arima',
  'holt_winters',
  'linear_trend',
  'seasonal_naive',
  'gradient_boosting',
  'aws_predictive_scaling',
] as const;

// ---------------------------------------------------------------------------------------------------------------
// degradation and bottlenecks

export const SCALING_DEGRADATION_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export const SCALING_DEGRADATION_STATUSES = ['open', 'investigating', 'mitigated', 'resolved', 'false_positive'] as const;
export const SCALING_DETECTION_METHODS = ['static_threshold', 'baseline_deviation', 'anomaly_detection', 'slo_burn_rate', 'deploy_regression'] as const;
/** What detected it: an APM's anomaly detector or the platform's own. */
export const SCALING_DETECTORS = [
  'datadog_watchdog',
  'cloudwatch_anomaly_detection',
  'grafana_ml',
  'dynatrace_davis',
  'new_relic_applied_intelligence',
  'internal_detector',
] as const;

export const SCALING_BOTTLENECK_RESOURCES = [
  'cpu',
  'memory',
  'disk_io',
  'network',
  'database_connections',
  'database_locks',
  'database_queries',
  'thread_pool',
  'connection_pool',
  'queue_consumers',
  'cache',
  'external_dependency',
  'rate_limit',
] as const;
export const SCALING_ANALYSIS_METHODS = ['manual', 'apm_traces', 'continuous_profiler', 'query_analysis', 'load_test', 'ai_assisted'] as const;
export const SCALING_ANALYSIS_STATUSES = ['open', 'investigating', 'confirmed', 'mitigated', 'resolved', 'rejected'] as const;
export const SCALING_EVIDENCE_KINDS = ['metric', 'trace', 'profile', 'log', 'query_plan', 'load_test', 'dashboard'] as const;

// ---------------------------------------------------------------------------------------------------------------
// recommendations

export const SCALING_RECOMMENDATION_SOURCES = ['aws_compute_optimizer', 'gcp_recommender', 'azure_advisor', 'kubecost', 'vpa_recommender', 'internal'] as const;
export const SCALING_RECOMMENDATION_KINDS = [
  'rightsize_instance',
  'change_instance_family',
  'adjust_replicas',
  'adjust_autoscaling_bounds',
  'adjust_resource_requests',
] as const;
export const SCALING_RECOMMENDATION_STATUSES = ['open', 'accepted', 'rejected', 'applied', 'expired', 'superseded'] as const;
