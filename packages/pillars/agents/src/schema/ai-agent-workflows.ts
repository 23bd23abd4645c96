import {
  currency,
  customCheck,
  domainTable,
  formatCheck,
  id,
  inOrder,
  jsonList,
  nonNegative,
  positive,
  requiredWhen,
  SNAKE_CASE_KEY,
  textEnum,
  textLength,
  timestamps,
  timestamptz,
} from '@db/core';
import { adminUsers } from '@db/admin/tables';
import { sql } from 'drizzle-orm';
import { boolean, foreignKey, index, integer, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  AI_AGENT_CONSENSUS_METHODS,
  AI_AGENT_GIT_REVISION,
  type AI_AGENT_STEP_ACTIONS,
  type AI_AGENT_STEP_FAILURE_POLICIES,
  AI_AGENT_WORKFLOW_STATUSES,
} from '../constants.ts';

/**
 * One step of a workflow. Agents are named by their stable `agentKey` (the router resolves it to the active
 * configuration version at run time), so a new agent version does not need a new workflow version.
 */
export interface AiAgentWorkflowStep {
  /** Unique within the workflow, snake_case: triage, nutrition_check, vote. */
  key: string;
  agentKey: string;
  action: (typeof AI_AGENT_STEP_ACTIONS)[number];
  /** Keys of the steps whose output this one needs; they run first (steps without dependencies run in parallel). */
  dependsOn?: string[] | undefined;
  timeoutMs?: number | undefined;
  onFailure: (typeof AI_AGENT_STEP_FAILURE_POLICIES)[number];
}

/**
 * A versioned multi-step workflow: which agents answer a kind of request, in which order or in parallel, and how
 * their answers are combined (a consensus method) before the user sees one. Definitions are deployed from the
 * agents repository: (workflow_key, version) is the upsert key, one version per workflow is active (partial
 * unique index). A version that ran is retired, never deleted (sessions point at it, RESTRICT).
 */
export const aiAgentWorkflows = domainTable(
  'ai_agent_workflows',
  {
    id: id(),
    /** Stable across versions: lameness_triage, box_rest_feeding_plan, listing_review. */
    workflowKey: text().notNull(),
    version: integer().notNull(),
    name: text().notNull(),
    description: text(),
    status: textEnum(AI_AGENT_WORKFLOW_STATUSES).notNull().default('draft'),
    /** The classified intent that starts the workflow, snake_case; null when it is only started by name. */
    triggerIntent: text(),
    /** The steps, in declaration order (dependencies decide the run order); a draft may have none yet. */
    steps: jsonList<AiAgentWorkflowStep>(),
    /** How the steps' answers become one; null when the last step's answer is the answer. */
    consensusMethod: textEnum(AI_AGENT_CONSENSUS_METHODS),
    /** The whole run, before the session is told the agents are taking too long. */
    maxDurationMs: integer().notNull(),
    /** Budget per run; model-usage costs have 6 decimals. */
    maxCostPerRun: numeric({ precision: 14, scale: 6 }),
    currency: currency(),
    /** The combined answer waits for a person (a vet, for clinical workflows) before the user sees it. */
    requiresHumanApproval: boolean().notNull().default(false),
    activatedAt: timestamptz(),
    retiredAt: timestamptz(),
    /** Who wrote the version. SET NULL: a credit. */
    authoredByAdminUserId: uuid(),
    /** The commit of the agents repository the version was deployed from. */
    sourceRevision: text(),
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    // Declared here with names: the generated ones would pass PostgreSQL's 63 characters.
    foreignKey({
      name: 'ai_agent_workflows_authored_by_admin_user_id_fkey',
      columns: [t.authoredByAdminUserId],
      foreignColumns: [adminUsers.id],
    }).onDelete('set null'),
    uniqueIndex('ai_agent_workflows_workflow_key_version_key').on(t.workflowKey, t.version),
    uniqueIndex('ai_agent_workflows_active_key')
      .on(t.workflowKey)
      .where(sql`${t.status} = 'active'`),
    /** The router's question: which active workflow starts on this intent. */
    index('ai_agent_workflows_trigger_intent_idx')
      .on(t.triggerIntent)
      .where(sql`${t.status} = 'active'`),
    index('ai_agent_workflows_authored_by_admin_user_id_idx').on(t.authoredByAdminUserId),
    formatCheck(t.workflowKey, SNAKE_CASE_KEY),
    formatCheck(t.triggerIntent, SNAKE_CASE_KEY),
    positive(t.version),
    textLength(t.name, { min: 1, max: 200 }),
    positive(t.maxDurationMs),
    nonNegative(t.maxCostPerRun),
    // No helper says "a jsonb list is not empty when ...": a draft may have no steps yet, an active workflow has some.
    customCheck('ai_agent_workflows_active_steps_check', sql`${t.status} <> 'active' or jsonb_array_length(${t.steps}) > 0`, {
      columns: [t.status, t.steps],
      column: t.steps,
      message: 'an active workflow has at least one step',
      holds: (row) => row.status !== 'active' || (Array.isArray(row.steps) && row.steps.length > 0),
      violations: [{ status: 'active', steps: [] }],
    }),
    requiredWhen(t.activatedAt, t.status, 'active', { name: 'ai_agent_workflows_active_check' }),
    requiredWhen(t.retiredAt, t.status, 'retired', { name: 'ai_agent_workflows_retired_check' }),
    inOrder(t.activatedAt, t.retiredAt, { name: 'ai_agent_workflows_retired_at_check', message: 'must not be before activatedAt' }),
    formatCheck(t.sourceRevision, AI_AGENT_GIT_REVISION),
  ],
);
