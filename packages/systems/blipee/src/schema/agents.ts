import { between, inOrder, nonNegative, oneOf, positive, requiredWhen } from '@db/core';
import { sql } from 'drizzle-orm';
import { boolean, foreignKey, index, integer, jsonb, numeric, pgTable, smallint, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { AGENT_STATUSES, AGENT_TYPES, APPROVAL_STATUSES, ERROR_SEVERITIES, KNOWLEDGE_SOURCES, KNOWLEDGE_TYPES, LOG_LEVELS, RISK_LEVELS, TASK_PRIORITIES, TASK_STATUSES } from '../constants.ts';
import { belongsToOrganization, createdAt, id, organizationId, score, updatedAt, userReference } from './scope.ts';

/*
 * Stream A as migration 20240711_autonomous_agents_tables.sql has it: the agent registry, tasks, approvals,
 * knowledge, the execution log and errors. agent_approvals, agent_knowledge and agent_errors, which
 * 20240711_create_agent_tables.sql declared a second time, are defined here only (README).
 */

/** An organization's agents: the ESG chief of staff, the compliance guardian, the carbon hunter, ... */
export const autonomousAgents = pgTable(
  'autonomous_agents',
  {
    id: id(),
    organizationId: organizationId(),
    name: text('name').notNull(),
    agentType: text('agent_type', { enum: AGENT_TYPES }).notNull(),
    description: text('description'),
    status: text('status', { enum: AGENT_STATUSES }).notNull().default('active'),
    /** 1: suggests only ... 5: acts alone; actions above its level wait for an approval. */
    autonomyLevel: smallint('autonomy_level').notNull().default(2),
    capabilities: text('capabilities').array().notNull().default(sql`'{}'`),
    config: jsonb('config').notNull().default(sql`'{}'::jsonb`),
    maxConcurrentTasks: integer('max_concurrent_tasks').notNull().default(1),
    /** Tasks run on this cron schedule when the agent has no scheduled tasks of its own. */
    defaultSchedule: text('default_schedule'),
    lastHeartbeatAt: timestamp('last_heartbeat_at', { withTimezone: true }),
    /** 0-1, from recent outcomes. */
    healthScore: score('health_score'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    ...belongsToOrganization('autonomous_agents', t.organizationId),
    ...userReference('autonomous_agents', t.createdBy),
    unique('autonomous_agents_organization_id_name_key').on(t.organizationId, t.name),
    oneOf(t.agentType, AGENT_TYPES),
    oneOf(t.status, AGENT_STATUSES),
    between(t.autonomyLevel, 1, 5),
    positive(t.maxConcurrentTasks),
    between(t.healthScore, 0, 1),
  ],
);

/** Work for an agent, from a schedule, an event or a person; a task may spawn sub-tasks. */
export const agentTasks = pgTable(
  'agent_tasks',
  {
    id: id(),
    organizationId: organizationId(),
    agentId: uuid('agent_id').notNull(),
    parentTaskId: uuid('parent_task_id'),
    taskType: text('task_type').notNull(),
    title: text('title').notNull(),
    priority: text('priority', { enum: TASK_PRIORITIES }).notNull().default('medium'),
    status: text('status', { enum: TASK_STATUSES }).notNull().default('pending'),
    input: jsonb('input').notNull().default(sql`'{}'::jsonb`),
    requiresApproval: boolean('requires_approval').notNull().default(false),
    scheduledFor: timestamp('scheduled_for', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(3),
    /** What the source system calls it (an event id, a schedule run), so a redelivery is one task. */
    externalRef: text('external_ref'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    ...belongsToOrganization('agent_tasks', t.organizationId),
    ...userReference('agent_tasks', t.createdBy),
    foreignKey({ name: 'agent_tasks_agent_id_fkey', columns: [t.agentId], foreignColumns: [autonomousAgents.id] }).onDelete('cascade'),
    foreignKey({ name: 'agent_tasks_parent_task_id_fkey', columns: [t.parentTaskId], foreignColumns: [t.id] }).onDelete('cascade'),
    index('agent_tasks_agent_id_idx').on(t.agentId),
    index('agent_tasks_parent_task_id_idx').on(t.parentTaskId),
    // The dispatcher's queue: due work by priority.
    index('agent_tasks_due_idx').on(t.scheduledFor).where(sql`status = 'pending'`),
    unique('agent_tasks_agent_id_external_ref_key').on(t.agentId, t.externalRef),
    oneOf(t.priority, TASK_PRIORITIES),
    oneOf(t.status, TASK_STATUSES),
    nonNegative(t.attempts),
    positive(t.maxAttempts),
    inOrder(t.startedAt, t.completedAt),
  ],
);

/** Human-in-the-loop: an action an agent may take only once a person approves it. */
export const agentApprovals = pgTable(
  'agent_approvals',
  {
    id: id(),
    organizationId: organizationId(),
    agentId: uuid('agent_id').notNull(),
    taskId: uuid('task_id').notNull(),
    actionType: text('action_type').notNull(),
    /** What the agent will do when approved, as it will do it. */
    actionPayload: jsonb('action_payload').notNull(),
    riskLevel: text('risk_level', { enum: RISK_LEVELS }).notNull().default('medium'),
    /** Why the agent wants to act: shown to the approver. */
    rationale: text('rationale').notNull(),
    /** What approving is expected to achieve, e.g. {"tco2e_avoided": 12.5}. */
    expectedImpact: jsonb('expected_impact'),
    status: text('status', { enum: APPROVAL_STATUSES }).notNull().default('pending'),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decisionNote: text('decision_note'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    ...belongsToOrganization('agent_approvals', t.organizationId),
    ...userReference('agent_approvals', t.decidedBy),
    foreignKey({ name: 'agent_approvals_agent_id_fkey', columns: [t.agentId], foreignColumns: [autonomousAgents.id] }).onDelete('cascade'),
    foreignKey({ name: 'agent_approvals_task_id_fkey', columns: [t.taskId], foreignColumns: [agentTasks.id] }).onDelete('cascade'),
    index('agent_approvals_agent_id_idx').on(t.agentId),
    index('agent_approvals_task_id_idx').on(t.taskId),
    // An organization's open queue, oldest first.
    index('agent_approvals_pending_idx').on(t.organizationId, t.requestedAt).where(sql`status = 'pending'`),
    oneOf(t.riskLevel, RISK_LEVELS),
    oneOf(t.status, APPROVAL_STATUSES),
    inOrder(t.requestedAt, t.expiresAt, { strict: true }),
    inOrder(t.requestedAt, t.decidedAt),
    requiredWhen(t.decidedAt, t.status, 'approved', { name: 'agent_approvals_approved_decided_at_check' }),
    requiredWhen(t.decidedAt, t.status, 'rejected', { name: 'agent_approvals_rejected_decided_at_check' }),
  ],
);

/** What an agent has learnt and keeps using: facts, preferences, rules, insights, one per topic. */
export const agentKnowledge = pgTable(
  'agent_knowledge',
  {
    id: id(),
    organizationId: organizationId(),
    agentId: uuid('agent_id').notNull(),
    knowledgeType: text('knowledge_type', { enum: KNOWLEDGE_TYPES }).notNull(),
    topic: text('topic').notNull(),
    content: jsonb('content').notNull(),
    confidence: score('confidence').notNull().default('0.50'),
    source: text('source', { enum: KNOWLEDGE_SOURCES }).notNull(),
    sourceTaskId: uuid('source_task_id'),
    usageCount: integer('usage_count').notNull().default(0),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    ...belongsToOrganization('agent_knowledge', t.organizationId),
    foreignKey({ name: 'agent_knowledge_agent_id_fkey', columns: [t.agentId], foreignColumns: [autonomousAgents.id] }).onDelete('cascade'),
    foreignKey({ name: 'agent_knowledge_source_task_id_fkey', columns: [t.sourceTaskId], foreignColumns: [agentTasks.id] }).onDelete('set null'),
    index('agent_knowledge_source_task_id_idx').on(t.sourceTaskId),
    unique('agent_knowledge_agent_id_knowledge_type_topic_key').on(t.agentId, t.knowledgeType, t.topic),
    oneOf(t.knowledgeType, KNOWLEDGE_TYPES),
    oneOf(t.source, KNOWLEDGE_SOURCES),
    between(t.confidence, 0, 1),
    nonNegative(t.usageCount),
  ],
);

/** The audit trail: each step an agent took, with its cost. Append-only. */
export const agentExecutionLogs = pgTable(
  'agent_execution_logs',
  {
    id: id(),
    organizationId: organizationId(),
    agentId: uuid('agent_id').notNull(),
    taskId: uuid('task_id'),
    step: integer('step').notNull(),
    action: text('action').notNull(),
    level: text('level', { enum: LOG_LEVELS }).notNull().default('info'),
    message: text('message').notNull(),
    input: jsonb('input'),
    output: jsonb('output'),
    durationMs: integer('duration_ms'),
    tokensUsed: integer('tokens_used'),
    costUsd: numeric('cost_usd', { precision: 12, scale: 6 }),
    createdAt: createdAt(),
  },
  (t) => [
    ...belongsToOrganization('agent_execution_logs', t.organizationId),
    foreignKey({ name: 'agent_execution_logs_agent_id_fkey', columns: [t.agentId], foreignColumns: [autonomousAgents.id] }).onDelete('cascade'),
    foreignKey({ name: 'agent_execution_logs_task_id_fkey', columns: [t.taskId], foreignColumns: [agentTasks.id] }).onDelete('set null'),
    index('agent_execution_logs_agent_created_idx').on(t.agentId, t.createdAt),
    index('agent_execution_logs_task_id_idx').on(t.taskId),
    oneOf(t.level, LOG_LEVELS),
    nonNegative(t.step),
    nonNegative(t.durationMs),
    nonNegative(t.tokensUsed),
    nonNegative(t.costUsd),
  ],
);

/** Errors an agent hit, until someone resolves them. */
export const agentErrors = pgTable(
  'agent_errors',
  {
    id: id(),
    organizationId: organizationId(),
    agentId: uuid('agent_id').notNull(),
    taskId: uuid('task_id'),
    errorType: text('error_type').notNull(),
    severity: text('severity', { enum: ERROR_SEVERITIES }).notNull().default('medium'),
    message: text('message').notNull(),
    stackTrace: text('stack_trace'),
    context: jsonb('context').notNull().default(sql`'{}'::jsonb`),
    retryCount: integer('retry_count').notNull().default(0),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolvedBy: uuid('resolved_by'),
    resolutionNotes: text('resolution_notes'),
    createdAt: createdAt(),
  },
  (t) => [
    ...belongsToOrganization('agent_errors', t.organizationId),
    ...userReference('agent_errors', t.resolvedBy),
    foreignKey({ name: 'agent_errors_agent_id_fkey', columns: [t.agentId], foreignColumns: [autonomousAgents.id] }).onDelete('cascade'),
    foreignKey({ name: 'agent_errors_task_id_fkey', columns: [t.taskId], foreignColumns: [agentTasks.id] }).onDelete('set null'),
    index('agent_errors_agent_id_idx').on(t.agentId),
    index('agent_errors_task_id_idx').on(t.taskId),
    index('agent_errors_unresolved_idx').on(t.organizationId, t.occurredAt).where(sql`resolved_at IS NULL`),
    oneOf(t.severity, ERROR_SEVERITIES),
    nonNegative(t.retryCount),
    inOrder(t.occurredAt, t.resolvedAt),
  ],
);
