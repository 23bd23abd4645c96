import type { TextFormat } from '@db/core';

/**
 * `as const` lists shared by the CHECK constraints (via textEnum) and the Zod enums, plus the text formats only
 * this package uses (each declared once with formatCheck or a customCheck: its CHECK and its Zod twin).
 * Environments, regions and request paths are @db/reliability's (RELIABILITY_ENVIRONMENTS, RELIABILITY_REGION,
 * RELIABILITY_HTTP_PATH: one list, the same CHECK in both pillars), automatic/manual is @db/recovery's
 * RECOVERY_FAILOVER_MODES; source ids use @db/core's EXTERNAL_ID, mode keys its SNAKE_CASE_KEY, URLs its HTTP_URL.
 */

// ---------------------------------------------------------------------------------------------------------------
// circuit breakers

/** The library or proxy that runs the breaker, as its configuration and its events name it. */
export const RESILIENCE_BREAKER_LIBRARIES = [
  'resilience4j',
  'polly',
  'hystrix',
  'opossum',
  'gobreaker',
  'sentinel',
  'envoy',
  'istio',
  'linkerd',
  'in_house',
] as const;
/** count_based: the last N calls; time_based: the calls of the last N seconds (Resilience4j's two window types). */
export const RESILIENCE_SLIDING_WINDOW_TYPES = ['count_based', 'time_based'] as const;
/**
 * A breaker's states: closed (calls flow), open (calls refused at once), half_open (a few trial calls), and the
 * two an operator sets by hand, forced_open (refuse everything) and disabled (let everything through).
 */
export const RESILIENCE_BREAKER_STATES = ['closed', 'open', 'half_open', 'forced_open', 'disabled'] as const;
/** Why a breaker changed state. */
export const RESILIENCE_BREAKER_TRANSITION_REASONS = [
  'failure_rate_exceeded',
  'slow_call_rate_exceeded',
  'consecutive_failures',
  'wait_duration_elapsed',
  'trial_calls_succeeded',
  'trial_calls_failed',
  'manual_override',
  'automated_reset',
  'configuration_change',
  'instance_restart',
] as const;
/** Where breaker transitions are shipped from: the library's event stream through the telemetry pipeline. */
export const RESILIENCE_EVENT_SOURCES = ['resilience4j', 'polly', 'envoy', 'istio', 'opentelemetry', 'datadog', 'in_house'] as const;

// ---------------------------------------------------------------------------------------------------------------
// failover

/**
 * active_passive: a standby takes over; active_active: every region serves and the survivors absorb the load;
 * dns: a health-checked DNS record moves clients (Route 53 failover routing); client_side: the client switches
 * to its secondary endpoint itself.
 */
export const RESILIENCE_FAILOVER_KINDS = ['active_passive', 'active_active', 'dns', 'client_side'] as const;
export const RESILIENCE_FAILOVER_DIRECTIONS = ['failover', 'failback'] as const;
export const RESILIENCE_EXECUTION_STATUSES = ['pending', 'in_progress', 'completed', 'failed', 'rolled_back', 'aborted'] as const;
/** What ran the failover's steps: the cloud's failover tooling, the cluster, a runbook executor, or people by hand. */
export const RESILIENCE_ORCHESTRATORS = [
  'aws_route53_arc',
  'aws_rds',
  'aws_elasticache',
  'cloudflare_load_balancing',
  'patroni',
  'kubernetes',
  'rundeck',
  'aws_ssm_automation',
  'manual_runbook',
] as const;

// ---------------------------------------------------------------------------------------------------------------
// metrics

/** The window a figure covers, as @db/recovery's SLI windows. */
export const RESILIENCE_METRIC_WINDOWS = ['hour', 'day', 'week', 'calendar_month'] as const;
export const RESILIENCE_METRIC_SOURCES = ['prometheus', 'datadog', 'cloudwatch', 'grafana_cloud', 'opentelemetry', 'internal'] as const;

// ---------------------------------------------------------------------------------------------------------------
// timeouts, retries, bulkheads

/** What a caller does when the total timeout expires. */
export const RESILIENCE_TIMEOUT_ACTIONS = ['fail', 'fallback', 'retry'] as const;
export const RESILIENCE_BACKOFF_KINDS = ['none', 'fixed', 'linear', 'exponential'] as const;
/**
 * Jitter as the AWS Architecture Blog's "Exponential Backoff and Jitter" names it: none, full (random 0..delay),
 * equal (half fixed, half random), decorrelated (random between base and 3x the last delay).
 */
export const RESILIENCE_JITTER_KINDS = ['none', 'full', 'equal', 'decorrelated'] as const;
/** semaphore: a concurrency limit on the caller's threads; thread_pool: a dedicated pool with its own queue. */
export const RESILIENCE_BULKHEAD_KINDS = ['semaphore', 'thread_pool'] as const;
/** What happens to a call the bulkhead cannot take. */
export const RESILIENCE_BULKHEAD_REJECTIONS = ['fail_fast', 'fallback', 'shed_lowest_priority'] as const;

// ---------------------------------------------------------------------------------------------------------------
// health endpoints

/** Kubernetes' three probes, plus the deep check that also exercises the service's dependencies. */
export const RESILIENCE_HEALTH_ENDPOINT_KINDS = ['liveness', 'readiness', 'startup', 'deep'] as const;
export const RESILIENCE_HEALTH_PROTOCOLS = ['http', 'https', 'grpc'] as const;
/** Where the endpoint is known from: the deployment's manifests, the API description, the mesh, or keyed in. */
export const RESILIENCE_ENDPOINT_SOURCES = ['kubernetes_manifest', 'openapi', 'service_mesh', 'manual'] as const;

// ---------------------------------------------------------------------------------------------------------------
// degradation

export const RESILIENCE_DEGRADATION_MODE_STATUSES = ['draft', 'ready', 'retired'] as const;
/** The deepest level a service may define: 1 = lightest (a feature off), up to 10 = read-only or maintenance page. */
export const RESILIENCE_DEGRADATION_MAX_LEVEL = 10;

// ---------------------------------------------------------------------------------------------------------------
// text formats

/**
 * A breaker, pool or operation name as the library's configuration spells it: Resilience4j instance names
 * (weatherbysPedigree), Polly keys (weatherbys-pedigree), Envoy cluster names (outbound|443||api.weatherbys.co.uk):
 * 1-200 characters without whitespace.
 */
export const RESILIENCE_CONFIG_NAME: TextFormat = {
  pattern: /^\S{1,200}$/,
  message: 'must be a name of 1-200 characters without spaces, as the library configuration spells it',
};
/**
 * An operation as the client names it: an HTTP route with its method (GET /v1/pedigrees/{registrationNumber}), a
 * gRPC method (horse.v1.HorseService/GetHorse), a query name, or * for every operation of an edge. Words are
 * separated by single spaces, with none leading or trailing.
 */
export const RESILIENCE_OPERATION: TextFormat = {
  pattern: /^\S+( \S+)*$/,
  message: 'must be an operation name without leading, trailing or repeated spaces, e.g. GET /v1/horses/{id}',
};
/**
 * One feature key as flags and kill switches name features: admin's flag-key format (letters, digits, . _ -),
 * without anchors, for the list pattern below.
 */
const FEATURE_KEY = '[A-Za-z0-9][A-Za-z0-9._-]{0,127}';
export const RESILIENCE_FEATURE_KEY: TextFormat = {
  pattern: new RegExp(`^${FEATURE_KEY}$`),
  message: 'must be a feature key of letters, digits, . _ or -, e.g. live-pedigree-lookup',
};
/** HTTP status codes a retry policy may name: 100-599. */
export const RESILIENCE_HTTP_STATUS_MIN = 100;
export const RESILIENCE_HTTP_STATUS_MAX = 599;
