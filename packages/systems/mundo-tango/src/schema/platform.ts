import { index, integer, jsonb, pgTable, serial, text, timestamp, varchar } from 'drizzle-orm/pg-core';
import { legacyForeignKey } from './keys.ts';
import { users } from './users.ts';

/** Platform admin (`shared/platform-schema.ts`): ESA agents and their hierarchy, agent health, deployments. Reproduced column for column and
 * index for index (test/fidelity.test.ts); foreign keys and unique constraints under the names the owners' database has.
 */
export const esaAgents = pgTable('esa_agents', {
  id: serial('id').primaryKey(),

  // Agent Identification
  agentCode: varchar('agent_code', { length: 50 }).notNull().unique('esa_agents_agent_code_unique'), // P1, E23, A12, L5
  agentName: varchar('agent_name', { length: 255 }).notNull(),
  agentType: varchar('agent_type', { length: 50 }).notNull(),
  // Types: page, component, algorithm, layer, division, board, journey, dataflow, mr_blue, life_ceo

  // Agent Hierarchy
  parentAgentId: integer('parent_agent_id'),
  divisionChiefId: integer('division_chief_id'),
  layerNumber: integer('layer_number'), // 1-61 for layer agents
  tier: integer('tier'), // 1-6 for division structure

  // Agent Details
  description: text('description'),
  responsibilities: text('responsibilities').array(),
  competencies: text('competencies').array(),

  // Status & Certification
  status: varchar('status', { length: 20 }).notNull().default('inactive'),
  // States: inactive, training, certified, active, suspended
  certificationLevel: integer('certification_level').default(0), // 0-3
  certifiedAt: timestamp('certified_at'),

  // Training
  trainingMethodology: varchar('training_methodology', { length: 100 }),
  // MB.MD, Ultra-Micro Parallel, Critical Thinking
  trainingCompletedAt: timestamp('training_completed_at'),

  // Performance Metrics
  tasksCompleted: integer('tasks_completed').default(0),
  tasksSuccess: integer('tasks_success').default(0),
  tasksFailed: integer('tasks_failed').default(0),
  avgCompletionTime: integer('avg_completion_time'), // seconds
  lastActiveAt: timestamp('last_active_at'),

  // Configuration
  configuration: jsonb('configuration'),

  createdAt: timestamp('created_at').defaultNow(),
  updatedAt: timestamp('updated_at').defaultNow(),
}, (table) => [
  legacyForeignKey(table.parentAgentId, table.id),
  legacyForeignKey(table.divisionChiefId, table.id),
  index('esa_agents_agent_code_idx').on(table.agentCode),
  index('esa_agents_agent_type_idx').on(table.agentType),
  index('esa_agents_status_idx').on(table.status),
]);

export const agentHealth = pgTable('agent_health', {
  id: serial('id').primaryKey(),
  agentCode: varchar('agent_code').notNull(),
  status: varchar('status').default('unknown').notNull(),
  // States: healthy, degraded, failing, offline, unknown
  lastCheckAt: timestamp('last_check_at').defaultNow().notNull(),
  responseTime: integer('response_time'), // milliseconds
  errorCount: integer('error_count').default(0),
  errorDetails: jsonb('error_details'),
  metadata: jsonb('metadata'),
  createdAt: timestamp('created_at').defaultNow(),
  updatedAt: timestamp('updated_at').defaultNow(),
}, (table) => [
  index('agent_health_agent_code_idx').on(table.agentCode),
  index('agent_health_status_idx').on(table.status),
  index('agent_health_last_check_idx').on(table.lastCheckAt),
]);

export const deployments = pgTable('deployments', {
  id: serial('id').primaryKey(),
  userId: integer('user_id').notNull(),

  // Deployment Metadata
  type: varchar('type', { length: 20 }).notNull(), // production, preview, rollback
  status: varchar('status', { length: 20 }).notNull(),
  // States: pending, building, deploying, success, failed, cancelled

  // GitHub Info
  gitCommitSha: varchar('git_commit_sha', { length: 40 }),
  gitBranch: varchar('git_branch', { length: 255 }).notNull(),
  gitCommitMessage: text('git_commit_message'),

  // Deployment URLs
  vercelUrl: text('vercel_url'),
  railwayUrl: text('railway_url'),
  vercelDeploymentId: varchar('vercel_deployment_id', { length: 255 }),
  railwayDeploymentId: varchar('railway_deployment_id', { length: 255 }),

  // Build Logs
  buildLogs: text('build_logs'),
  errorMessage: text('error_message'),

  // Timing
  startedAt: timestamp('started_at').defaultNow(),
  completedAt: timestamp('completed_at'),
  durationSeconds: integer('duration_seconds'),

  createdAt: timestamp('created_at').defaultNow(),
  updatedAt: timestamp('updated_at').defaultNow(),
}, (table) => [
  legacyForeignKey(table.userId, users.id),
  index('deployments_user_id_idx').on(table.userId),
  index('deployments_status_idx').on(table.status),
]);
