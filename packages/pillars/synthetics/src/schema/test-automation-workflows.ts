import {
  allOneOf,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  IANA_TIME_ZONE,
  id,
  requiredWith,
  SLUG,
  textEnum,
  textLength,
  timestamps,
  timestamptz,
} from '@db/core';
import { platformServices } from '@db/reliability/tables';
import { sql } from 'drizzle-orm';
import { index, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  SYNTHETIC_CI_PROVIDERS,
  SYNTHETIC_CRON,
  SYNTHETIC_REPOSITORY,
  SYNTHETIC_RUN_CONCLUSIONS,
  SYNTHETIC_SUITE_KINDS,
  SYNTHETIC_WORKFLOW_STATUSES,
  SYNTHETIC_WORKFLOW_TRIGGERS,
} from '../constants.ts';

type WorkflowTrigger = (typeof SYNTHETIC_WORKFLOW_TRIGGERS)[number];
type SuiteKind = (typeof SYNTHETIC_SUITE_KINDS)[number];

/**
 * A CI/CD pipeline definition that runs test suites: a GitHub Actions workflow, a GitLab CI pipeline, a CircleCI
 * workflow. Which repository and file define it, the events it runs on, its schedule, the suites it runs, the
 * service it tests, and the conclusion of its last run. Imported from the CI provider's API again and again:
 * (provider, external_workflow_id) is the natural key, with `source_updated_at`. The tested service is descriptive
 * (SET NULL: a monorepo-wide pipeline has none).
 */
export const testAutomationWorkflows = domainTable(
  'test_automation_workflows',
  {
    id: id(),
    provider: textEnum(SYNTHETIC_CI_PROVIDERS).notNull(),
    /** The workflow's id at the provider (GitHub's numeric workflow id, GitLab's pipeline schedule or project path). */
    externalWorkflowId: text().notNull(),
    /** owner/name, e.g. equine-platform/horse-api. */
    repository: text().notNull(),
    name: text().notNull(),
    /** The file that defines it, e.g. .github/workflows/synthetics.yml, .gitlab-ci.yml. */
    workflowPath: text(),
    /** The service whose suites it runs. SET NULL: descriptive. */
    serviceId: uuid().references(() => platformServices.id, { onDelete: 'set null' }),
    // drizzle types `$type` as the element type and wraps it per array dimension, so it goes before `.array()`.
    triggers: text().$type<WorkflowTrigger>().array().notNull(),
    /** Its schedule when it has one; providers read it in UTC unless a time zone is set (GitLab schedules). */
    scheduleCron: text(),
    timeZone: text().notNull().default('UTC'),
    suiteKinds: text().$type<SuiteKind>().array().notNull(),
    status: textEnum(SYNTHETIC_WORKFLOW_STATUSES).notNull().default('active'),
    /** The provider's id of its latest run, its conclusion and when it ended (or started, while in progress). */
    lastRunId: text(),
    lastRunStatus: textEnum(SYNTHETIC_RUN_CONCLUSIONS),
    lastRunAt: timestamptz(),
    ownerTeam: text().notNull(),
    /** When the provider last changed the workflow or its latest run. */
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('test_automation_workflows_provider_workflow_key').on(t.provider, t.externalWorkflowId),
    index('test_automation_workflows_service_id_idx').on(t.serviceId),
    /** A repository's pipelines. */
    index('test_automation_workflows_repository_idx').on(t.repository),
    /** Active pipelines whose last run failed: the CI health board. */
    index('test_automation_workflows_failing_idx')
      .on(t.lastRunAt)
      .where(sql`${t.status} = 'active' and ${t.lastRunStatus} in ('failure', 'timed_out')`),
    formatCheck(t.externalWorkflowId, EXTERNAL_ID),
    formatCheck(t.repository, SYNTHETIC_REPOSITORY),
    textLength(t.name, { min: 1, max: 200 }),
    textLength(t.workflowPath, { min: 1, max: 500 }),
    allOneOf(t.triggers, SYNTHETIC_WORKFLOW_TRIGGERS),
    formatCheck(t.scheduleCron, SYNTHETIC_CRON),
    formatCheck(t.timeZone, IANA_TIME_ZONE),
    allOneOf(t.suiteKinds, SYNTHETIC_SUITE_KINDS),
    formatCheck(t.lastRunId, EXTERNAL_ID),
    requiredWith(t.lastRunAt, t.lastRunStatus, { name: 'test_automation_workflows_last_run_at_check' }),
    requiredWith(t.lastRunStatus, t.lastRunId, { name: 'test_automation_workflows_last_run_id_status_check' }),
    formatCheck(t.ownerTeam, SLUG),
  ],
);
