import type { TextFormat } from '@db/core';

/**
 * `as const` lists shared by the CHECK constraints (via textEnum and allOneOf) and the Zod enums, plus the text
 * formats only this package uses (each declared once with formatCheck: its CHECK and its Zod twin). Ingestion
 * sources (prometheus, kubernetes_hpa, cloudwatch) use @db/core's SNAKE_CASE_KEY; URLs its HTTP_URL.
 */

/** Where a service runs. Every per-environment row (configs, events, samples, plans) carries one. */
export const RELIABILITY_ENVIRONMENTS = ['production', 'staging', 'development'] as const;
export type ReliabilityEnvironment = (typeof RELIABILITY_ENVIRONMENTS)[number];

// ---------------------------------------------------------------------------------------------------------------
// the service catalogue

/** What a catalogued service is. Third-party APIs the platform calls (Stripe, Weatherbys) are `external_api`. */
export const RELIABILITY_SERVICE_KINDS = [
  'api',
  'web_app',
  'worker',
  'scheduler',
  'database',
  'cache',
  'message_broker',
  'object_storage',
  'search',
  'gateway',
  'external_api',
] as const;
/**
 * Criticality tier, as incident severity and on-call policies use it: tier_0 = nothing works without it
 * (identity, the primary database), tier_1 = a core journey fails (horse records, bookings, payments),
 * tier_2 = a feature degrades (recommendations, search), tier_3 = internal tooling.
 */
export const RELIABILITY_SERVICE_TIERS = ['tier_0', 'tier_1', 'tier_2', 'tier_3'] as const;
export const RELIABILITY_SERVICE_STATUSES = ['planned', 'active', 'deprecated', 'retired'] as const;

// ---------------------------------------------------------------------------------------------------------------
// load balancing

export const RELIABILITY_LOAD_BALANCER_KINDS = ['application', 'network', 'dns', 'service_mesh', 'cdn_edge'] as const;
export const RELIABILITY_LOAD_BALANCING_ALGORITHMS = [
  'round_robin',
  'weighted_round_robin',
  'least_connections',
  'least_outstanding_requests',
  'least_response_time',
  'ip_hash',
  'consistent_hash',
  'random',
] as const;
export const RELIABILITY_HEALTH_CHECK_PROTOCOLS = ['http', 'https', 'tcp', 'grpc'] as const;
export const RELIABILITY_SESSION_AFFINITIES = ['none', 'cookie', 'client_ip'] as const;

// ---------------------------------------------------------------------------------------------------------------
// caching

export const RELIABILITY_CACHE_ENGINES = ['redis', 'valkey', 'memcached', 'in_process', 'cdn', 'http_proxy'] as const;
export const RELIABILITY_CACHE_STRATEGIES = ['cache_aside', 'read_through', 'write_through', 'write_behind', 'refresh_ahead'] as const;
/**
 * Redis/Valkey `maxmemory-policy` values (hyphens as underscores: allkeys-lru is allkeys_lru), then the plain
 * policies of memcached (lru), in-process caches (lru, lfu, fifo) and CDNs.
 */
export const RELIABILITY_EVICTION_POLICIES = [
  'noeviction',
  'allkeys_lru',
  'allkeys_lfu',
  'allkeys_random',
  'volatile_lru',
  'volatile_lfu',
  'volatile_random',
  'volatile_ttl',
  'lru',
  'lfu',
  'fifo',
] as const;
/** How entries leave the cache besides eviction: on expiry only, on a change event, on write, or by hand. */
export const RELIABILITY_CACHE_INVALIDATIONS = ['ttl_only', 'event_driven', 'write_invalidate', 'manual_purge'] as const;

// ---------------------------------------------------------------------------------------------------------------
// rate limiting

/** What one counter is kept per: the whole service, a client IP, a signed-in user, an API key, ... */
export const RELIABILITY_RATE_LIMIT_SCOPES = ['global', 'ip_address', 'user', 'api_key', 'session', 'organisation', 'endpoint'] as const;
export const RELIABILITY_RATE_LIMIT_ALGORITHMS = ['fixed_window', 'sliding_window', 'sliding_log', 'token_bucket', 'leaky_bucket'] as const;
export const RELIABILITY_RATE_LIMIT_ACTIONS = ['reject', 'throttle', 'challenge', 'log_only'] as const;
export const RELIABILITY_HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
export type ReliabilityHttpMethod = (typeof RELIABILITY_HTTP_METHODS)[number];

// ---------------------------------------------------------------------------------------------------------------
// scaling

/** What was scaled: pods of a deployment, VMs of a group, database read replicas, serverless concurrency, consumers. */
export const RELIABILITY_SCALING_RESOURCES = [
  'deployment_replicas',
  'instance_group',
  'database_read_replicas',
  'serverless_concurrency',
  'queue_consumers',
] as const;
export const RELIABILITY_SCALING_TRIGGERS = [
  'cpu_utilisation',
  'memory_utilisation',
  'request_rate',
  'response_latency',
  'queue_depth',
  'custom_metric',
  'schedule',
  'predictive',
  'manual',
] as const;
export const RELIABILITY_SCALING_STATUSES = ['in_progress', 'succeeded', 'failed', 'cancelled'] as const;

// ---------------------------------------------------------------------------------------------------------------
// dependencies

/** hard: the service fails without it; soft: it degrades (a fallback answers); optional: nobody notices at once. */
export const RELIABILITY_DEPENDENCY_CRITICALITIES = ['hard', 'soft', 'optional'] as const;
export const RELIABILITY_DEPENDENCY_INTERACTIONS = [
  'sync_http',
  'grpc',
  'async_message',
  'database',
  'cache',
  'object_storage',
  'dns',
  'identity_provider',
  'third_party_api',
] as const;
export const RELIABILITY_DEPENDENCY_FALLBACKS = [
  'none',
  'cached_response',
  'default_value',
  'degrade_feature',
  'queue_and_retry',
  'secondary_provider',
] as const;
/** How the edge is known: declared by the owning team, seen in distributed traces or the service mesh, or keyed in. */
export const RELIABILITY_DEPENDENCY_SOURCES = ['declared', 'tracing', 'service_mesh', 'manual'] as const;

// ---------------------------------------------------------------------------------------------------------------
// monitoring

export const RELIABILITY_HOST_STATUSES = ['healthy', 'degraded', 'unhealthy', 'unknown'] as const;

// ---------------------------------------------------------------------------------------------------------------
// disaster recovery

/** The four strategies of the AWS and Azure DR guides, cheapest and slowest first. */
export const RELIABILITY_DR_STRATEGIES = ['backup_restore', 'pilot_light', 'warm_standby', 'active_active'] as const;
export const RELIABILITY_DR_PLAN_STATUSES = ['draft', 'approved', 'superseded', 'retired'] as const;
export const RELIABILITY_DR_TEST_TYPES = ['tabletop', 'backup_restore', 'failover', 'region_failover', 'game_day'] as const;
export const RELIABILITY_DR_TEST_OUTCOMES = ['passed', 'passed_with_issues', 'failed', 'aborted'] as const;

// ---------------------------------------------------------------------------------------------------------------
// replication

export const RELIABILITY_REPLICATION_TYPES = [
  'physical_streaming',
  'logical',
  'snapshot_copy',
  'object_storage',
  'change_data_capture',
  'cache_replica',
] as const;
export const RELIABILITY_REPLICATION_MODES = ['synchronous', 'semi_synchronous', 'asynchronous'] as const;
export const RELIABILITY_REPLICATION_STATES = ['initialising', 'streaming', 'catching_up', 'paused', 'broken'] as const;

// ---------------------------------------------------------------------------------------------------------------
// queues

export const RELIABILITY_QUEUE_BROKERS = ['sqs', 'rabbitmq', 'kafka', 'google_pubsub', 'azure_service_bus', 'redis_streams', 'postgres'] as const;
export const RELIABILITY_QUEUE_TYPES = ['standard', 'fifo', 'priority', 'delayed', 'dead_letter', 'stream'] as const;
export const RELIABILITY_QUEUE_STATUSES = ['active', 'paused', 'draining', 'deprecated'] as const;

// ---------------------------------------------------------------------------------------------------------------
// capacity planning

export const RELIABILITY_CAPACITY_RESOURCES = [
  'compute',
  'memory',
  'storage',
  'database_connections',
  'network_egress',
  'request_throughput',
  'queue_throughput',
  'cache_memory',
] as const;
/** The unit of a capacity plan's figures (usage, capacity, demand, planned), one per plan. */
export const RELIABILITY_CAPACITY_UNITS = [
  'vcpu',
  'bytes',
  'connections',
  'requests_per_second',
  'messages_per_second',
  'replicas',
  'iops',
] as const;
export const RELIABILITY_FORECAST_METHODS = ['linear_trend', 'seasonal_decomposition', 'ml_model', 'event_driven', 'manual_estimate'] as const;
export const RELIABILITY_CAPACITY_PLAN_STATUSES = ['draft', 'proposed', 'approved', 'provisioned', 'rejected', 'superseded'] as const;

// ---------------------------------------------------------------------------------------------------------------
// text formats

/**
 * A service's machine key: a DNS-1035 label (lower-case kebab-case, 1-63 characters, starting with a letter),
 * what Kubernetes service names and most deploy tooling require, e.g. horse-api, vet-booking-worker.
 */
export const RELIABILITY_SERVICE_KEY: TextFormat = {
  pattern: /^[a-z]([a-z0-9-]{0,61}[a-z0-9])?$/,
  message: 'must be a lower-case kebab-case key of 1-63 characters (a DNS label) such as horse-api',
};
/** An absolute request path, query allowed: /healthz, /api/health?deep=1. */
export const RELIABILITY_HTTP_PATH: TextFormat = {
  pattern: /^\/\S*$/,
  message: 'must be an absolute path such as /healthz',
};
/**
 * A host name as the metrics source reports it: letters, digits, dots and hyphens, up to 253 characters
 * (ip-10-0-12-34.eu-west-1.compute.internal, gke-equine-prod-pool-1-9f2c, api.stripe.com). Upper case is kept as
 * reported (Windows hosts).
 */
export const RELIABILITY_HOST_NAME: TextFormat = {
  pattern: /^[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$/,
  message: 'must be a host name (letters, digits, dots and hyphens) such as ip-10-0-12-34.eu-west-1.compute.internal',
};
/** A cloud region or data centre code: eu-west-1 (AWS), europe-west2 (GCP), northeurope (Azure), dub1. */
export const RELIABILITY_REGION: TextFormat = {
  pattern: /^[a-z][a-z0-9-]{1,39}$/,
  message: 'must be a lower-case region code such as eu-west-1',
};
