import {
  allOneOf,
  COUNTRY_CODE,
  currencyCheck,
  customCheck,
  differ,
  EXTERNAL_ID,
  formatCheck,
  HTTP_URL,
  inOrder,
  isAbsent,
  nonNegative,
  oneOf,
  onlyWhen,
  positive,
  requiredWhen,
  SHA256_HEX,
  SNAKE_CASE_KEY,
  textLength,
  together,
  type TextFormat,
} from '@db/core';
import { sql } from 'drizzle-orm';
import { bigint, boolean, char, index, integer, jsonb, numeric, pgTable, serial, text, timestamp, uniqueIndex, varchar } from 'drizzle-orm/pg-core';
import { legacyForeignKey } from './keys.ts';
import { ENVIRONMENTS } from './platform-secrets.ts';
import { deployments } from './platform.ts';
import { users } from './users.ts';

/**
 * Designed (the document names them among the "Additional Platform Admin Tables": preview_deployments "7-day
 * preview environments", custom_domains "Domain configuration", analytics_events "Platform analytics",
 * team_members "Collaboration and permissions", cost_records "Cost tracking", database_backups "Backup
 * management", cicd_pipelines "CI/CD configuration", cicd_runs "Pipeline execution history"), in the documented
 * tables' style, around the documented `deployments` table: what a deployment exposes (previews, domains), who
 * runs the platform, what it costs, its backups and the pipelines that build it. Data from outside (provider
 * run ids, billing lines, client event ids) has a natural unique key, so a retried import or webhook upserts.
 */
export const PREVIEW_STATUSES = ['pending', 'building', 'ready', 'failed', 'expired', 'deleted'] as const;
export const DOMAIN_PROVIDERS = ['vercel', 'railway'] as const;
export const DOMAIN_VERIFICATION_STATUSES = ['pending', 'verified', 'failed'] as const;
export const SSL_STATUSES = ['pending', 'provisioning', 'active', 'failed', 'expired'] as const;
export const DNS_RECORD_TYPES = ['A', 'AAAA', 'CNAME', 'TXT', 'CAA'] as const;
export const ANALYTICS_PLATFORMS = ['web', 'ios', 'android', 'server'] as const;
export const TEAM_ROLES = ['owner', 'admin', 'developer', 'viewer'] as const;
export const TEAM_MEMBER_STATUSES = ['invited', 'active', 'removed'] as const;
/** What a team member may do beyond their role's defaults (the application grants a role its defaults). */
export const TEAM_PERMISSIONS = [
  'deploy_preview',
  'deploy_production',
  'rollback',
  'manage_domains',
  'manage_env_vars',
  'manage_team',
  'manage_billing',
  'view_costs',
  'view_analytics',
  'manage_backups',
  'restore_backups',
  'manage_pipelines',
  'trigger_pipelines',
] as const;
export const COST_PROVIDERS = ['vercel', 'railway', 'github', 'stripe', 'supabase', 'openai', 'anthropic', 'aws', 'cloudflare', 'other'] as const;
export const COST_CATEGORIES = ['compute', 'storage', 'bandwidth', 'database', 'ai', 'email', 'payments', 'ci', 'domains', 'other'] as const;
export const BACKUP_KINDS = ['full', 'incremental', 'snapshot'] as const;
export const BACKUP_STATUSES = ['pending', 'running', 'completed', 'failed', 'deleted'] as const;
export const BACKUP_TRIGGERS = ['scheduled', 'manual', 'pre_deploy'] as const;
export const CICD_PROVIDERS = ['github_actions', 'vercel', 'railway'] as const;
export const PIPELINE_TRIGGERS = ['push', 'pull_request', 'schedule', 'manual'] as const;
export const CICD_RUN_STATUSES = ['queued', 'running', 'success', 'failed', 'cancelled'] as const;
/** The statuses a run ends in: it has a finish time exactly when it is in one of them. */
export const FINISHED_RUN_STATUSES = ['success', 'failed', 'cancelled'] as const;

/**
 * A lower-case DNS hostname of two labels or more: each label 1-63 letters, digits or inner hyphens, the last one
 * alphabetic or punycode (xn--). Upper case is refused rather than folded, so `unique` sees one spelling.
 */
export const HOSTNAME: TextFormat = {
  pattern: /^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+([a-z]{2,63}|xn--[a-z0-9-]{1,59})$/,
  message: 'must be a lower-case hostname such as mundotango.life or www.mundotango.life',
};
/** A full git commit SHA-1, as GitHub reports it. */
export const GIT_COMMIT_SHA: TextFormat = { pattern: /^[0-9a-f]{40}$/, message: 'must be a full 40-character lower-case git commit SHA' };
/** A GitHub repository, owner/name. */
export const GITHUB_REPOSITORY: TextFormat = {
  pattern: /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/,
  message: 'must be a GitHub repository as owner/name, such as mundotango/platform',
};
/** A page path within the app, without scheme or host: /events/42. */
export const PAGE_PATH: TextFormat = { pattern: /^\/\S*$/, message: 'must be a path starting with /, such as /events/42' };
/** Where a backup file lives: an object-store or https URL. */
export const STORAGE_URL: TextFormat = {
  pattern: /^(s3|gs|r2|https):\/\/\S+$/,
  message: 'must be an s3://, gs://, r2:// or https:// URL',
};
/** A five-field cron expression (minute hour day month weekday), such as 0 3 * * *. */
export const CRON_EXPRESSION: TextFormat = { pattern: /^\S+( \S+){4}$/, message: 'must be a five-field cron expression such as 0 3 * * *' };

/** One DNS record a custom domain needs at its registrar (dns_records). */
export interface DnsRecord {
  type: (typeof DNS_RECORD_TYPES)[number];
  /** The record's name relative to the zone: '@', 'www', '_vercel'. */
  name: string;
  value: string;
  ttl?: number;
}

/**
 * A 7-day preview environment of one `preview` deployment (one per deployment; it goes with it, CASCADE): its
 * branch and pull request, and the URL reviewers open (unique: two previews never answer on one URL). It
 * expires seven days after creation unless extended; expires_at must come after created_at. The reaper reads
 * the live previews by expiry. (The 7-day default is SQL, which Zod does not evaluate: a created_at given more
 * than seven days ahead with the default expiry is refused by the database alone; created_at is the server's.)
 */
export const previewDeployments = pgTable(
  'preview_deployments',
  {
    id: serial('id').primaryKey(),
    deploymentId: integer('deployment_id').notNull(),
    branch: varchar('branch').notNull(),
    prNumber: integer('pr_number'),
    prTitle: text('pr_title'),
    commitSha: varchar('commit_sha', { length: 40 }),
    url: text('url').notNull().unique('preview_deployments_url_unique'),
    status: varchar('status', { enum: PREVIEW_STATUSES }).default('pending').notNull(),
    /** Behind the platform's login (Vercel deployment protection) rather than public. */
    passwordProtected: boolean('password_protected').default(true).notNull(),
    readyAt: timestamp('ready_at'),
    lastAccessedAt: timestamp('last_accessed_at'),
    expiresAt: timestamp('expires_at').default(sql`(now() + interval '7 days')`).notNull(),
    deletedAt: timestamp('deleted_at'),
    createdAt: timestamp('created_at').defaultNow().notNull(),
    updatedAt: timestamp('updated_at').defaultNow(),
  },
  (table) => [
    legacyForeignKey(table.deploymentId, deployments.id, 'cascade'),
    uniqueIndex('unique_preview_deployment').on(table.deploymentId),
    index('preview_deployments_branch_idx').on(table.branch),
    index('preview_deployments_pr_idx').on(table.prNumber),
    /** The reaper's queue: live previews by expiry. */
    index('preview_deployments_expiry_idx').on(table.expiresAt).where(sql`status in ('pending', 'building', 'ready')`),
    oneOf(table.status, PREVIEW_STATUSES),
    positive(table.prNumber),
    formatCheck(table.commitSha, GIT_COMMIT_SHA),
    formatCheck(table.url, HTTP_URL),
    inOrder(table.createdAt, table.expiresAt, { strict: true }),
    requiredWhen(table.readyAt, table.status, 'ready'),
    requiredWhen(table.deletedAt, table.status, 'deleted'),
    onlyWhen(table.deletedAt, table.status, 'deleted'),
  ],
);

/**
 * A custom domain the platform answers on (unique: a hostname is configured once), in one environment and at one
 * provider, pointing at a deployment (SET NULL: deleting an old deployment leaves the domain, to be repointed) or
 * redirecting to another domain (www to the apex). Its DNS records are what the owner must set at the
 * registrar; verified_at is required once verified. At most one primary domain per environment.
 */
export const customDomains = pgTable(
  'custom_domains',
  {
    id: serial('id').primaryKey(),
    domain: varchar('domain').notNull().unique('custom_domains_domain_unique'),
    environment: varchar('environment', { enum: ENVIRONMENTS }).default('production').notNull(),
    provider: varchar('provider', { enum: DOMAIN_PROVIDERS }).default('vercel').notNull(),
    deploymentId: integer('deployment_id'),
    redirectToDomainId: integer('redirect_to_domain_id'),
    isPrimary: boolean('is_primary').default(false).notNull(),
    verificationStatus: varchar('verification_status', { enum: DOMAIN_VERIFICATION_STATUSES }).default('pending').notNull(),
    dnsRecords: jsonb('dns_records').$type<DnsRecord[]>().default([]).notNull(),
    verifiedAt: timestamp('verified_at'),
    lastCheckedAt: timestamp('last_checked_at'),
    verificationError: text('verification_error'),
    sslStatus: varchar('ssl_status', { enum: SSL_STATUSES }).default('pending').notNull(),
    sslIssuer: varchar('ssl_issuer'),
    sslExpiresAt: timestamp('ssl_expires_at'),
    addedBy: integer('added_by'),
    createdAt: timestamp('created_at').defaultNow(),
    updatedAt: timestamp('updated_at').defaultNow(),
  },
  (table) => [
    legacyForeignKey(table.deploymentId, deployments.id, 'set null'),
    legacyForeignKey(table.redirectToDomainId, table.id, 'set null'),
    legacyForeignKey(table.addedBy, users.id, 'set null'),
    index('custom_domains_deployment_idx').on(table.deploymentId),
    index('custom_domains_redirect_to_idx').on(table.redirectToDomainId),
    index('custom_domains_added_by_idx').on(table.addedBy),
    uniqueIndex('unique_custom_domain_primary').on(table.environment).where(sql`is_primary`),
    formatCheck(table.domain, HOSTNAME),
    textLength(table.domain, { max: 253 }),
    oneOf(table.environment, ENVIRONMENTS),
    oneOf(table.provider, DOMAIN_PROVIDERS),
    oneOf(table.verificationStatus, DOMAIN_VERIFICATION_STATUSES),
    oneOf(table.sslStatus, SSL_STATUSES),
    requiredWhen(table.verifiedAt, table.verificationStatus, 'verified'),
    requiredWhen(table.sslExpiresAt, table.sslStatus, 'active'),
    differ(table.id, table.redirectToDomainId, { name: 'custom_domains_redirect_check', message: 'a domain cannot redirect to itself' }),
  ],
);

/**
 * One analytics event (page_view, post_created, rsvp_going), as the client sent it. The client names each event
 * (`event_id`, unique), so a retry after a lost response is stored once and counts once. A deleted user's events
 * stay for the aggregates, anonymous (SET NULL); no IP address is stored, only its country.
 */
export const analyticsEvents = pgTable(
  'analytics_events',
  {
    id: serial('id').primaryKey(),
    eventId: varchar('event_id').notNull().unique('analytics_events_event_id_unique'),
    eventName: varchar('event_name').notNull(),
    platform: varchar('platform', { enum: ANALYTICS_PLATFORMS }).default('web').notNull(),
    userId: integer('user_id'),
    anonymousId: varchar('anonymous_id'),
    sessionId: varchar('session_id'),
    /** The event's own fields (post id, button, search query): an object. */
    properties: jsonb('properties').default({}).notNull(),
    pagePath: text('page_path'),
    referrer: text('referrer'),
    userAgent: text('user_agent'),
    country: char('country', { length: 2 }),
    appVersion: varchar('app_version'),
    /** When it happened, by the client's clock; created_at is when the server stored it. */
    occurredAt: timestamp('occurred_at').notNull(),
    createdAt: timestamp('created_at').defaultNow().notNull(),
  },
  (table) => [
    legacyForeignKey(table.userId, users.id, 'set null'),
    index('analytics_events_name_time_idx').on(table.eventName, table.occurredAt),
    index('analytics_events_user_time_idx').on(table.userId, table.occurredAt),
    index('analytics_events_session_idx').on(table.sessionId),
    index('analytics_events_occurred_at_idx').on(table.occurredAt),
    formatCheck(table.eventId, EXTERNAL_ID),
    formatCheck(table.eventName, SNAKE_CASE_KEY),
    oneOf(table.platform, ANALYTICS_PLATFORMS),
    formatCheck(table.pagePath, PAGE_PATH),
    formatCheck(table.country, COUNTRY_CODE),
  ],
);

/**
 * A member of the platform team, one row per user: their role, the extra permissions granted them, and where
 * their invitation stands. The invitation token is kept only as its SHA-256 (unique, looked up on acceptance).
 * A member's row goes with their user; who invited them is kept only while that user exists (SET NULL). A removed
 * member invited again gets their row back (upsert on user_id), so their history stays in one place.
 */
export const teamMembers = pgTable(
  'team_members',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id').notNull(),
    invitedBy: integer('invited_by'),
    role: varchar('role', { enum: TEAM_ROLES }).default('viewer').notNull(),
    permissions: text('permissions').array().default([]).notNull(),
    status: varchar('status', { enum: TEAM_MEMBER_STATUSES }).default('invited').notNull(),
    title: varchar('title'),
    inviteTokenHash: varchar('invite_token_hash').unique('team_members_invite_token_hash_unique'),
    inviteExpiresAt: timestamp('invite_expires_at'),
    invitedAt: timestamp('invited_at').defaultNow().notNull(),
    acceptedAt: timestamp('accepted_at'),
    removedAt: timestamp('removed_at'),
    lastActiveAt: timestamp('last_active_at'),
    createdAt: timestamp('created_at').defaultNow(),
    updatedAt: timestamp('updated_at').defaultNow(),
  },
  (table) => [
    legacyForeignKey(table.userId, users.id, 'cascade'),
    legacyForeignKey(table.invitedBy, users.id, 'set null'),
    uniqueIndex('unique_team_member').on(table.userId),
    index('team_members_invited_by_idx').on(table.invitedBy),
    index('team_members_role_idx').on(table.role),
    oneOf(table.role, TEAM_ROLES),
    oneOf(table.status, TEAM_MEMBER_STATUSES),
    allOneOf(table.permissions, TEAM_PERMISSIONS),
    formatCheck(table.inviteTokenHash, SHA256_HEX),
    inOrder(table.invitedAt, table.inviteExpiresAt, { strict: true }),
    inOrder(table.invitedAt, table.acceptedAt),
    inOrder(table.invitedAt, table.removedAt),
    requiredWhen(table.acceptedAt, table.status, 'active'),
    requiredWhen(table.removedAt, table.status, 'removed'),
    onlyWhen(table.removedAt, table.status, 'removed'),
  ],
);

/**
 * One line of a provider's bill (Vercel bandwidth for March, OpenAI tokens for a day): the service, the period,
 * the amount and currency, the usage behind it. (provider, external_id) is unique, the provider's own id of the
 * line, so re-importing a bill updates its lines instead of doubling the costs.
 */
export const costRecords = pgTable(
  'cost_records',
  {
    id: serial('id').primaryKey(),
    provider: varchar('provider', { enum: COST_PROVIDERS }).notNull(),
    /** The provider's service or SKU: 'bandwidth', 'postgres', 'gpt-4o'. */
    service: varchar('service').notNull(),
    category: varchar('category', { enum: COST_CATEGORIES }).default('other').notNull(),
    environment: varchar('environment', { enum: ENVIRONMENTS }),
    /** The provider's id of the billing line (or usage record). */
    externalId: varchar('external_id').notNull(),
    invoiceId: varchar('invoice_id'),
    description: text('description'),
    periodStart: timestamp('period_start').notNull(),
    periodEnd: timestamp('period_end').notNull(),
    amount: numeric('amount', { precision: 12, scale: 2 }).notNull(),
    currency: char('currency', { length: 3 }).default('USD').notNull(),
    usageQuantity: numeric('usage_quantity', { precision: 18, scale: 6 }),
    /** What usage_quantity counts: 'GB', 'GB-hours', 'tokens', 'requests'. */
    usageUnit: varchar('usage_unit'),
    /** The line as the provider's API returned it: an object. */
    rawLine: jsonb('raw_line'),
    createdAt: timestamp('created_at').defaultNow(),
    updatedAt: timestamp('updated_at').defaultNow(),
  },
  (table) => [
    uniqueIndex('unique_cost_record').on(table.provider, table.externalId),
    index('cost_records_period_idx').on(table.periodStart),
    index('cost_records_category_period_idx').on(table.category, table.periodStart),
    index('cost_records_invoice_idx').on(table.invoiceId),
    oneOf(table.provider, COST_PROVIDERS),
    oneOf(table.category, COST_CATEGORIES),
    oneOf(table.environment, ENVIRONMENTS),
    formatCheck(table.externalId, EXTERNAL_ID),
    formatCheck(table.invoiceId, EXTERNAL_ID),
    inOrder(table.periodStart, table.periodEnd),
    nonNegative(table.amount),
    currencyCheck(table.currency),
    nonNegative(table.usageQuantity),
    together(table.usageQuantity, table.usageUnit),
  ],
);

/**
 * A backup of a database: full, incremental (on the backup it builds on, which cannot be deleted while an
 * incremental needs it: RESTRICT) or a provider snapshot. A completed backup has its file's URL, size and
 * SHA-256 (checked before any restore); a failed one its error. Retention deletes it after expires_at. Who
 * triggered a manual backup is kept while that user exists (SET NULL).
 */
export const databaseBackups = pgTable(
  'database_backups',
  {
    id: serial('id').primaryKey(),
    databaseName: varchar('database_name').notNull(),
    environment: varchar('environment', { enum: ENVIRONMENTS }).default('production').notNull(),
    kind: varchar('kind', { enum: BACKUP_KINDS }).notNull(),
    status: varchar('status', { enum: BACKUP_STATUSES }).default('pending').notNull(),
    trigger: varchar('trigger', { enum: BACKUP_TRIGGERS }).default('scheduled').notNull(),
    baseBackupId: integer('base_backup_id'),
    storageUrl: text('storage_url').unique('database_backups_storage_url_unique'),
    /** The provider's id of a snapshot (Supabase, Railway). */
    providerBackupId: varchar('provider_backup_id').unique('database_backups_provider_backup_id_unique'),
    sizeBytes: bigint('size_bytes', { mode: 'number' }),
    checksum: varchar('checksum', { length: 64 }),
    encrypted: boolean('encrypted').default(true).notNull(),
    /** The id of the key the file is encrypted under (in the key service; never the key). */
    encryptionKeyId: varchar('encryption_key_id'),
    triggeredBy: integer('triggered_by'),
    startedAt: timestamp('started_at'),
    completedAt: timestamp('completed_at'),
    expiresAt: timestamp('expires_at'),
    errorMessage: text('error_message'),
    createdAt: timestamp('created_at').defaultNow(),
    updatedAt: timestamp('updated_at').defaultNow(),
  },
  (table) => [
    legacyForeignKey(table.baseBackupId, table.id),
    legacyForeignKey(table.triggeredBy, users.id, 'set null'),
    index('database_backups_base_backup_idx').on(table.baseBackupId),
    index('database_backups_triggered_by_idx').on(table.triggeredBy),
    index('database_backups_database_started_idx').on(table.databaseName, table.startedAt),
    /** Retention's queue: completed backups by expiry. */
    index('database_backups_expiry_idx').on(table.expiresAt).where(sql`status = 'completed'`),
    oneOf(table.environment, ENVIRONMENTS),
    oneOf(table.kind, BACKUP_KINDS),
    oneOf(table.status, BACKUP_STATUSES),
    oneOf(table.trigger, BACKUP_TRIGGERS),
    formatCheck(table.storageUrl, STORAGE_URL),
    formatCheck(table.checksum, SHA256_HEX),
    formatCheck(table.providerBackupId, EXTERNAL_ID),
    nonNegative(table.sizeBytes),
    requiredWhen(table.baseBackupId, table.kind, 'incremental'),
    onlyWhen(table.baseBackupId, table.kind, 'incremental'),
    differ(table.id, table.baseBackupId, { name: 'database_backups_base_check', message: 'a backup cannot build on itself' }),
    requiredWhen(table.storageUrl, table.status, 'completed'),
    requiredWhen(table.sizeBytes, table.status, 'completed'),
    requiredWhen(table.checksum, table.status, 'completed'),
    requiredWhen(table.completedAt, table.status, 'completed'),
    requiredWhen(table.errorMessage, table.status, 'failed'),
    inOrder(table.startedAt, table.completedAt),
    inOrder(table.startedAt, table.expiresAt, { strict: true }),
  ],
);

/**
 * A CI/CD pipeline, by its unique name: the repository and branches it watches, what starts it (a push, a pull
 * request, a cron schedule, a person), the environment it deploys to and its provider-specific configuration.
 * An inactive pipeline keeps its history. Its creator is kept while that user exists (SET NULL).
 */
export const cicdPipelines = pgTable(
  'cicd_pipelines',
  {
    id: serial('id').primaryKey(),
    name: varchar('name').notNull().unique('cicd_pipelines_name_unique'),
    description: text('description'),
    provider: varchar('provider', { enum: CICD_PROVIDERS }).default('github_actions').notNull(),
    repository: varchar('repository').notNull(),
    /** The branches that start it, as a glob: 'main', 'release/*', '*'. */
    branchPattern: varchar('branch_pattern').default('main').notNull(),
    trigger: varchar('trigger', { enum: PIPELINE_TRIGGERS }).notNull(),
    schedule: varchar('schedule'),
    /** The workflow file: .github/workflows/deploy.yml. */
    workflowPath: text('workflow_path'),
    deployEnvironment: varchar('deploy_environment', { enum: ENVIRONMENTS }),
    /** Steps, matrix, timeouts, as the provider takes them: an object. */
    config: jsonb('config').default({}).notNull(),
    active: boolean('active').default(true).notNull(),
    createdBy: integer('created_by'),
    lastRunAt: timestamp('last_run_at'),
    createdAt: timestamp('created_at').defaultNow(),
    updatedAt: timestamp('updated_at').defaultNow(),
  },
  (table) => [
    legacyForeignKey(table.createdBy, users.id, 'set null'),
    index('cicd_pipelines_created_by_idx').on(table.createdBy),
    index('cicd_pipelines_repository_idx').on(table.repository),
    oneOf(table.provider, CICD_PROVIDERS),
    oneOf(table.trigger, PIPELINE_TRIGGERS),
    oneOf(table.deployEnvironment, ENVIRONMENTS),
    formatCheck(table.repository, GITHUB_REPOSITORY),
    textLength(table.branchPattern, { min: 1 }),
    formatCheck(table.schedule, CRON_EXPRESSION),
    requiredWhen(table.schedule, table.trigger, 'schedule'),
    onlyWhen(table.schedule, table.trigger, 'schedule'),
  ],
);

/**
 * One execution of a pipeline: its run number (unique per pipeline), the commit it built, what started it, its
 * status and timing (the provider's times: queued, started, finished, in that order), its logs, and the deployment it produced (SET NULL: the run's history outlives an old
 * deployment). The provider's run id is unique, so a redelivered webhook updates the run. A run has a finish
 * time exactly when it has finished. Runs go with their pipeline.
 */
export const cicdRuns = pgTable(
  'cicd_runs',
  {
    id: serial('id').primaryKey(),
    pipelineId: integer('pipeline_id').notNull(),
    deploymentId: integer('deployment_id'),
    runNumber: integer('run_number').notNull(),
    providerRunId: varchar('provider_run_id').unique('cicd_runs_provider_run_id_unique'),
    commitSha: varchar('commit_sha', { length: 40 }).notNull(),
    commitMessage: text('commit_message'),
    branch: varchar('branch').notNull(),
    prNumber: integer('pr_number'),
    trigger: varchar('trigger', { enum: PIPELINE_TRIGGERS }).notNull(),
    triggeredBy: integer('triggered_by'),
    status: varchar('status', { enum: CICD_RUN_STATUSES }).default('queued').notNull(),
    /** When the provider queued it (its own clock, as its webhook says), not when the row was stored: no default. */
    queuedAt: timestamp('queued_at').notNull(),
    startedAt: timestamp('started_at'),
    finishedAt: timestamp('finished_at'),
    durationSeconds: integer('duration_seconds'),
    logsUrl: text('logs_url'),
    errorMessage: text('error_message'),
    createdAt: timestamp('created_at').defaultNow(),
    updatedAt: timestamp('updated_at').defaultNow(),
  },
  (table) => [
    legacyForeignKey(table.pipelineId, cicdPipelines.id, 'cascade'),
    legacyForeignKey(table.deploymentId, deployments.id, 'set null'),
    legacyForeignKey(table.triggeredBy, users.id, 'set null'),
    uniqueIndex('unique_cicd_run_number').on(table.pipelineId, table.runNumber),
    index('cicd_runs_deployment_idx').on(table.deploymentId),
    index('cicd_runs_triggered_by_idx').on(table.triggeredBy),
    index('cicd_runs_commit_idx').on(table.commitSha),
    /** What is running now. */
    index('cicd_runs_active_idx').on(table.queuedAt).where(sql`status in ('queued', 'running')`),
    oneOf(table.trigger, PIPELINE_TRIGGERS),
    oneOf(table.status, CICD_RUN_STATUSES),
    positive(table.runNumber),
    positive(table.prNumber),
    nonNegative(table.durationSeconds),
    formatCheck(table.providerRunId, EXTERNAL_ID),
    formatCheck(table.commitSha, GIT_COMMIT_SHA),
    formatCheck(table.logsUrl, HTTP_URL),
    inOrder(table.queuedAt, table.startedAt),
    inOrder(table.startedAt, table.finishedAt),
    customCheck('cicd_runs_finished_at_check', sql`(${table.status} in ('success', 'failed', 'cancelled')) = (${table.finishedAt} is not null)`, {
      columns: [table.status, table.finishedAt],
      column: table.finishedAt,
      message: `is required exactly when status is ${FINISHED_RUN_STATUSES.join(', ')}`,
      holds: (row) => isAbsent(row.status) || (FINISHED_RUN_STATUSES as readonly unknown[]).includes(row.status) === !isAbsent(row.finished_at),
      violations: [
        { status: 'success', finished_at: null },
        { status: 'running', finished_at: new Date('2025-01-01T00:00:00Z') },
      ],
    }),
  ],
);
