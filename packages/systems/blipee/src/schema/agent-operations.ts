import { between, IANA_TIME_ZONE, formatCheck, inOrder, nonNegative, oneOf, positive } from '@db/core';
import { sql } from 'drizzle-orm';
import { boolean, foreignKey, index, integer, jsonb, numeric, pgTable, text, timestamp, uniqueIndex, unique, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { TASK_PRIORITIES } from '../constants.ts';
import { autonomousAgents, agentTasks } from './agents.ts';
import { belongsToOrganization, createdAt, id, organizationId, userReference } from './scope.ts';

/*
 * Stream A as migration 20240711_create_agent_tables.sql has it, without the three tables it repeated:
 * configuration history, events, results and schedules.
 */
const agentId = () => uuid('agent_id').notNull();
/** The agent's foreign key (ON DELETE CASCADE); indexed by the table's unique key or index on agent_id first. */
const ofAgent = (table: string, column: AnyPgColumn) =>
  foreignKey({ name: `${table}_agent_id_fkey`, columns: [column], foreignColumns: [autonomousAgents.id] }).onDelete('cascade');

/** An agent's configuration over time: each change is a new version; one is active. */
export const agentConfigs = pgTable(
  'agent_configs',
  {
    id: id(),
    organizationId: organizationId(),
    agentId: agentId(),
    version: integer('version').notNull(),
    config: jsonb('config').notNull(),
    /** Tools the agent may call in this version. */
    allowedTools: text('allowed_tools').array().notNull().default(sql`'{}'`),
    modelName: text('model_name'),
    temperature: numeric('temperature', { precision: 3, scale: 2 }),
    isActive: boolean('is_active').notNull().default(false),
    changedBy: uuid('changed_by'),
    changeReason: text('change_reason'),
    createdAt: createdAt(),
  },
  (t) => [
    ...belongsToOrganization('agent_configs', t.organizationId),
    ...userReference('agent_configs', t.changedBy),
    ofAgent('agent_configs', t.agentId),
    unique('agent_configs_agent_id_version_key').on(t.agentId, t.version),
    uniqueIndex('agent_configs_active_idx').on(t.agentId).where(sql`is_active`),
    positive(t.version),
    between(t.temperature, 0, 2),
  ],
);

/** What happened to or around an agent (started, paused, a data change it watches), from any source. */
export const agentEvents = pgTable(
  'agent_events',
  {
    id: id(),
    organizationId: organizationId(),
    agentId: agentId(),
    eventType: text('event_type').notNull(),
    /** The producer's id for the event, so a redelivered event is stored once. */
    eventKey: text('event_key').notNull(),
    source: text('source').notNull(),
    payload: jsonb('payload').notNull().default(sql`'{}'::jsonb`),
    correlationId: uuid('correlation_id'),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    ...belongsToOrganization('agent_events', t.organizationId),
    ofAgent('agent_events', t.agentId),
    unique('agent_events_source_event_key_key').on(t.source, t.eventKey),
    index('agent_events_agent_occurred_idx').on(t.agentId, t.occurredAt),
  ],
);

/** A task's result: what the agent produced, how sure it is, and its estimated impact. */
export const agentResults = pgTable(
  'agent_results',
  {
    id: id(),
    organizationId: organizationId(),
    agentId: agentId(),
    taskId: uuid('task_id').notNull(),
    resultType: text('result_type').notNull(),
    success: boolean('success').notNull(),
    summary: text('summary').notNull(),
    data: jsonb('data').notNull().default(sql`'{}'::jsonb`),
    confidence: numeric('confidence', { precision: 3, scale: 2 }),
    /** Estimated emissions avoided by acting on it, tonnes CO2e. */
    estimatedTco2eAvoided: numeric('estimated_tco2e_avoided', { precision: 14, scale: 3 }),
    estimatedSavings: numeric('estimated_savings', { precision: 14, scale: 2 }),
    createdAt: createdAt(),
  },
  (t) => [
    ...belongsToOrganization('agent_results', t.organizationId),
    ofAgent('agent_results', t.agentId),
    foreignKey({ name: 'agent_results_task_id_fkey', columns: [t.taskId], foreignColumns: [agentTasks.id] }).onDelete('cascade'),
    index('agent_results_agent_id_idx').on(t.agentId),
    index('agent_results_task_id_idx').on(t.taskId),
    between(t.confidence, 0, 1),
    nonNegative(t.estimatedTco2eAvoided),
  ],
);

/** Recurring work: a cron schedule in a time zone that creates agent_tasks. */
export const agentScheduledTasks = pgTable(
  'agent_scheduled_tasks',
  {
    id: id(),
    organizationId: organizationId(),
    agentId: agentId(),
    name: text('name').notNull(),
    taskType: text('task_type').notNull(),
    /** Five-field cron expression: '0 6 * * 1' is Mondays at 06:00. */
    cronExpression: text('cron_expression').notNull(),
    timeZone: text('time_zone').notNull().default('UTC'),
    priority: text('priority', { enum: TASK_PRIORITIES }).notNull().default('medium'),
    payload: jsonb('payload').notNull().default(sql`'{}'::jsonb`),
    isEnabled: boolean('is_enabled').notNull().default(true),
    lastRunAt: timestamp('last_run_at', { withTimezone: true }),
    nextRunAt: timestamp('next_run_at', { withTimezone: true }),
    lastTaskId: uuid('last_task_id'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    ...belongsToOrganization('agent_scheduled_tasks', t.organizationId),
    ...userReference('agent_scheduled_tasks', t.createdBy),
    ofAgent('agent_scheduled_tasks', t.agentId),
    foreignKey({ name: 'agent_scheduled_tasks_last_task_id_fkey', columns: [t.lastTaskId], foreignColumns: [agentTasks.id] }).onDelete('set null'),
    index('agent_scheduled_tasks_last_task_id_idx').on(t.lastTaskId),
    unique('agent_scheduled_tasks_agent_id_name_key').on(t.agentId, t.name),
    index('agent_scheduled_tasks_due_idx').on(t.nextRunAt).where(sql`is_enabled`),
    oneOf(t.priority, TASK_PRIORITIES),
    formatCheck(t.timeZone, IANA_TIME_ZONE),
    inOrder(t.lastRunAt, t.nextRunAt),
  ],
);
