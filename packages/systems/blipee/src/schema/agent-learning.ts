import { between, HTTP_URL, formatCheck, inOrder, nonNegative, oneOf, positive } from '@db/core';
import { sql } from 'drizzle-orm';
import { boolean, foreignKey, index, integer, jsonb, numeric, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { FEEDBACK_SOURCES, OUTCOME_TYPES, PATTERN_STATUSES } from '../constants.ts';
import { agentTasks, autonomousAgents } from './agents.ts';
import { belongsToOrganization, createdAt, id, organizationId, score, userReference } from './scope.ts';

/*
 * Stream A as migration 20240711_create_agent_learning_tables.sql has it: outcomes the agents learn from, the
 * patterns they find, and the organization's knowledge base they read.
 */

/** How a task turned out against what the agent expected, and the reward it learns from. */
export const agentOutcomes = pgTable(
  'agent_outcomes',
  {
    id: id(),
    organizationId: organizationId(),
    agentId: uuid('agent_id').notNull(),
    taskId: uuid('task_id').notNull(),
    outcomeType: text('outcome_type', { enum: OUTCOME_TYPES }).notNull(),
    expected: jsonb('expected'),
    actual: jsonb('actual').notNull(),
    /** -1 (harmful) to 1 (as good as it gets). */
    reward: numeric('reward', { precision: 4, scale: 3 }),
    feedbackSource: text('feedback_source', { enum: FEEDBACK_SOURCES }).notNull(),
    feedbackBy: uuid('feedback_by'),
    lessons: text('lessons'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    createdAt: createdAt(),
  },
  (t) => [
    ...belongsToOrganization('agent_outcomes', t.organizationId),
    ...userReference('agent_outcomes', t.feedbackBy),
    foreignKey({ name: 'agent_outcomes_agent_id_fkey', columns: [t.agentId], foreignColumns: [autonomousAgents.id] }).onDelete('cascade'),
    foreignKey({ name: 'agent_outcomes_task_id_fkey', columns: [t.taskId], foreignColumns: [agentTasks.id] }).onDelete('cascade'),
    index('agent_outcomes_agent_recorded_idx').on(t.agentId, t.recordedAt),
    // One outcome per task and judge.
    unique('agent_outcomes_task_id_feedback_source_key').on(t.taskId, t.feedbackSource),
    oneOf(t.outcomeType, OUTCOME_TYPES),
    oneOf(t.feedbackSource, FEEDBACK_SOURCES),
    between(t.reward, -1, 1),
  ],
);

/** A recurring situation an agent recognised (by key), how often, and how well acting on it went. */
export const agentPatterns = pgTable(
  'agent_patterns',
  {
    id: id(),
    organizationId: organizationId(),
    agentId: uuid('agent_id').notNull(),
    patternType: text('pattern_type').notNull(),
    /** The agent's stable name for the pattern: 'weekend_hvac_overrun'. */
    patternKey: text('pattern_key').notNull(),
    description: text('description').notNull(),
    signature: jsonb('signature').notNull(),
    occurrences: integer('occurrences').notNull().default(1),
    successRate: score('success_rate'),
    confidence: score('confidence').notNull().default('0.50'),
    status: text('status', { enum: PATTERN_STATUSES }).notNull().default('candidate'),
    firstSeenAt: timestamp('first_seen_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    ...belongsToOrganization('agent_patterns', t.organizationId),
    foreignKey({ name: 'agent_patterns_agent_id_fkey', columns: [t.agentId], foreignColumns: [autonomousAgents.id] }).onDelete('cascade'),
    unique('agent_patterns_agent_id_pattern_key_key').on(t.agentId, t.patternKey),
    oneOf(t.status, PATTERN_STATUSES),
    positive(t.occurrences),
    between(t.successRate, 0, 1),
    between(t.confidence, 0, 1),
    inOrder(t.firstSeenAt, t.lastSeenAt),
  ],
);

/** The organization's knowledge base: policies, methodologies, reports the agents read, versioned by title. */
export const agentKnowledgeBase = pgTable(
  'agent_knowledge_base',
  {
    id: id(),
    organizationId: organizationId(),
    title: text('title').notNull(),
    category: text('category').notNull(),
    content: text('content').notNull(),
    tags: text('tags').array().notNull().default(sql`'{}'`),
    sourceUrl: text('source_url'),
    version: integer('version').notNull().default(1),
    isPublished: boolean('is_published').notNull().default(false),
    /** How often agents retrieved it. */
    retrievalCount: integer('retrieval_count').notNull().default(0),
    createdBy: uuid('created_by'),
    updatedBy: uuid('updated_by'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    ...belongsToOrganization('agent_knowledge_base', t.organizationId),
    ...userReference('agent_knowledge_base', t.createdBy),
    ...userReference('agent_knowledge_base', t.updatedBy),
    unique('agent_knowledge_base_organization_id_title_version_key').on(t.organizationId, t.title, t.version),
    index('agent_knowledge_base_tags_idx').using('gin', t.tags),
    formatCheck(t.sourceUrl, HTTP_URL),
    positive(t.version),
    nonNegative(t.retrievalCount),
  ],
);
