import type { TextFormat } from '@db/core';

/**
 * `as const` lists shared by the CHECK constraints (via textEnum and allOneOf) and the Zod enums, plus the text
 * formats only this package uses (each declared once with formatCheck or an element-list customCheck: its CHECK
 * and its Zod twin). Environments are @db/reliability's (RELIABILITY_ENVIRONMENTS) and probe regions
 * @db/recovery's (RECOVERY_REGION); from @db/core: source ids (EXTERNAL_ID), keys and team names (SLUG), table and
 * check keys (SNAKE_CASE_KEY), time zones (IANA_TIME_ZONE), URLs (HTTP_URL) and checksums (SHA256_HEX).
 */

// ---------------------------------------------------------------------------------------------------------------
// synthetic test cases and their runs

/**
 * What a scripted check exercises: one request (api), a chain of requests passing values along (multistep_api),
 * a scripted journey in a headless browser (browser_journey), a query against a database (database), or a
 * consumer-driven contract verified against the provider (contract, e.g. Pact).
 */
export const SYNTHETIC_TEST_KINDS = ['api', 'multistep_api', 'browser_journey', 'database', 'contract'] as const;
/** draft: being written; active: scheduled; paused: kept but not run (a known outage, a maintenance window); retired. */
export const SYNTHETIC_CASE_STATUSES = ['draft', 'active', 'paused', 'retired'] as const;
export const SYNTHETIC_HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

/** What an assertion reads, as the synthetic tools name them (Checkly, Datadog Synthetics, Playwright). */
export const SYNTHETIC_ASSERTION_SOURCES = [
  'status_code',
  'response_time',
  'json_body',
  'text_body',
  'header',
  'element_visible',
  'element_text',
  'page_url',
  'row_count',
  'query_result',
  'contract_interaction',
  'tls_certificate_days',
] as const;
export const SYNTHETIC_COMPARISONS = [
  'equals',
  'not_equals',
  'less_than',
  'less_than_or_equal',
  'greater_than',
  'greater_than_or_equal',
  'contains',
  'not_contains',
  'matches',
  'is_empty',
  'not_empty',
] as const;

/** The tools runs are imported from: hosted synthetic monitoring, cloud canaries, and the platform's own Playwright runner. */
export const SYNTHETIC_RUNNERS = [
  'checkly',
  'datadog_synthetics',
  'grafana_synthetic_monitoring',
  'new_relic_synthetics',
  'cloudwatch_synthetics',
  'playwright_runner',
  'pact_broker',
] as const;
/**
 * A run's verdict: every assertion passed; passed but slower than the degraded threshold (Checkly's "degraded");
 * an assertion failed; the script or the runner broke (no verdict on the service); it ran past its timeout.
 */
export const SYNTHETIC_EXECUTION_STATUSES = ['passed', 'degraded', 'failed', 'errored', 'timed_out'] as const;
/** Why it ran: its schedule, by hand, after a deployment (a post-deploy smoke run), from a CI pipeline, through the API. */
export const SYNTHETIC_EXECUTION_TRIGGERS = ['schedule', 'manual', 'deployment', 'ci', 'api'] as const;
/** One step of a run: a request, a page load, a click or fill, an assertion, a query, a contract interaction. */
export const SYNTHETIC_STEP_KINDS = ['request', 'navigation', 'interaction', 'assertion', 'query', 'contract_interaction'] as const;

// ---------------------------------------------------------------------------------------------------------------
// CI: coverage, workflows, regressions

/** The CI/CD systems pipelines and runs are imported from. */
export const SYNTHETIC_CI_PROVIDERS = ['github_actions', 'gitlab_ci', 'circleci', 'jenkins', 'buildkite', 'azure_pipelines'] as const;
/** Where a coverage figure was read: a coverage service's API, or the report artifact of the CI job itself. */
export const SYNTHETIC_COVERAGE_SOURCES = ['codecov', 'coveralls', 'sonarqube', 'ci_artifact'] as const;
/** The events a pipeline runs on (GitHub's `on:`, GitLab's pipeline sources, CircleCI's triggers). */
export const SYNTHETIC_WORKFLOW_TRIGGERS = ['push', 'pull_request', 'merge_queue', 'schedule', 'manual', 'deployment', 'tag', 'api', 'upstream_pipeline'] as const;
/** The suites a pipeline runs. */
export const SYNTHETIC_SUITE_KINDS = [
  'unit',
  'integration',
  'contract',
  'end_to_end',
  'synthetic',
  'performance',
  'regression',
  'data_generation',
  'data_quality',
] as const;
export const SYNTHETIC_WORKFLOW_STATUSES = ['active', 'disabled', 'archived'] as const;
/** A CI run's conclusion, in GitHub's words (GitLab's and CircleCI's map onto them). */
export const SYNTHETIC_RUN_CONCLUSIONS = ['success', 'failure', 'cancelled', 'skipped', 'timed_out', 'in_progress'] as const;

/** Where a performance figure comes from: a load-test tool, or APM over production traffic. */
export const SYNTHETIC_PERFORMANCE_SOURCES = ['k6', 'gatling', 'jmeter', 'locust', 'artillery', 'datadog_apm', 'grafana_tempo'] as const;
/** The figure of a baseline a regression run is judged on. */
export const SYNTHETIC_PERFORMANCE_METRICS = ['p50_latency_ms', 'p95_latency_ms', 'p99_latency_ms', 'throughput_rps', 'error_rate_percent'] as const;
/**
 * A regression run's verdict against its baseline: within the threshold; worse beyond it; better beyond it (a
 * candidate for a new baseline); too noisy to judge; worse, but released on a named person's waiver.
 */
export const SYNTHETIC_REGRESSION_STATUSES = ['passed', 'regressed', 'improved', 'inconclusive', 'waived'] as const;

// ---------------------------------------------------------------------------------------------------------------
// synthetic data

/** The library or service a generator runs on. */
export const SYNTHETIC_GENERATOR_ENGINES = ['faker_js', 'faker_python', 'mimesis', 'sdv', 'gretel', 'custom'] as const;
export const SYNTHETIC_GENERATOR_STATUSES = ['draft', 'active', 'deprecated', 'retired'] as const;
/** How a generator fills one column. */
export const SYNTHETIC_GENERATOR_STRATEGIES = ['faker', 'constant', 'sequence', 'choice', 'range', 'reference', 'pattern', 'null'] as const;
/**
 * Where a data set is loaded: CI databases, developer machines, staging, per-branch previews, the load-test
 * environment, sales demos, and the synthetic accounts production monitoring logs in with.
 */
export const SYNTHETIC_DATA_ENVIRONMENTS = ['ci', 'development', 'staging', 'preview', 'performance', 'demo', 'production'] as const;
/**
 * available: in storage, loadable; quarantined: a quality check failed (a PII finding above all) and it must not be
 * loaded; expired: past `expires_at`, awaiting deletion; deleted: the artifact is gone, the record stays.
 */
export const SYNTHETIC_DATA_SET_STATUSES = ['available', 'quarantined', 'expired', 'deleted'] as const;
export const SYNTHETIC_DATA_FORMATS = ['sql_dump', 'pg_dump_custom', 'csv', 'parquet', 'jsonl'] as const;

/** What a data quality check measures. pii_scan: a detector (Presidio, a regex battery) looking for real personal data. */
export const SYNTHETIC_QUALITY_CHECK_KINDS = [
  'completeness',
  'validity',
  'uniqueness',
  'referential_integrity',
  'distribution',
  'pii_scan',
] as const;
export const SYNTHETIC_QUALITY_TOOLS = ['great_expectations', 'soda', 'dbt_tests', 'deequ', 'presidio', 'custom'] as const;

// ---------------------------------------------------------------------------------------------------------------
// text formats

/**
 * A cron schedule: 5 fields (minute hour day month weekday), or 6 with seconds (Quartz, CloudWatch), names
 * allowed (MON-FRI, JAN), or a macro (@hourly, @daily). Field syntax is the scheduler's to judge; this refuses
 * what is not a cron expression at all (an interval such as "5m", a sentence).
 */
export const SYNTHETIC_CRON: TextFormat = {
  pattern: new RegExp('^([0-9A-Za-z*,/?#-]+( [0-9A-Za-z*,/?#-]+){4,5}|@(yearly|annually|monthly|weekly|daily|hourly))$'),
  message: 'must be a cron expression of 5 or 6 fields such as */5 * * * *, or a macro such as @hourly',
};
/** A full git commit id: 40 hex digits (SHA-1), or 64 for a SHA-256 repository. */
export const SYNTHETIC_COMMIT_SHA: TextFormat = {
  pattern: /^([0-9a-f]{40}|[0-9a-f]{64})$/,
  message: 'must be a full lower-case git commit id (40 or 64 hex digits)',
};
/** A repository as its host names it: owner/name, GitLab groups and subgroups allowed (group/subgroup/name). */
export const SYNTHETIC_REPOSITORY: TextFormat = {
  pattern: /^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)+$/,
  message: 'must be a repository path such as equine-platform/horse-api',
};
/**
 * What a baseline measures: an HTTP route as METHOD and path template (GET /v1/horses/{id}), or a named operation
 * (graphql:HorseSearch, grpc:horses.v1.Horses/Get, journey:horse-search).
 */
export const SYNTHETIC_ENDPOINT: TextFormat = {
  pattern: /^([A-Z]+ \/\S*|[a-z]+:\S{1,250})$/,
  message: 'must be METHOD /path such as GET /v1/horses/{id}, or kind:name such as graphql:HorseSearch',
};
/** A faker locale: language, optionally with its country, e.g. en_IE, en_GB, ga, pt_BR. */
export const SYNTHETIC_FAKER_LOCALE: TextFormat = {
  pattern: /^[a-z]{2,3}(_[A-Z]{2})?$/,
  message: 'must be a faker locale such as en_IE',
};

