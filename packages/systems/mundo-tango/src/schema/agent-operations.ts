import { atLeastOneOf, between, customCheck, differ, exactlyOneOf, EXTERNAL_ID, formatCheck, inOrder, isAbsent, nonNegative, oneOf, onlyWhen, positive, requiredWhen, requiredWith, textLength } from '@db/core';
import { sql } from 'drizzle-orm';
import { index, integer, jsonb, numeric, pgTable, serial, text, timestamp, uniqueIndex, varchar } from 'drizzle-orm/pg-core';
import { legacyForeignKey } from './keys.ts';
import { esaAgents } from './platform.ts';
import { users } from './users.ts';

/**
 * Designed (the document names them: agent_tasks "Task assignments", agent_communications "H2AC messages",
 * validation_checks "Agent validation logs", user_patterns "Predictive context", prediction_cache "Cache
 * warming"), in the documented tables' style: the work the ESA agents (`esa_agents`) are given, what humans and
 * agents say to each other, what the agents' validations found, and the predictive layer's learned patterns and
 * warmed predictions.
 */
export const AGENT_TASK_STATUSES = ['pending', 'assigned', 'in_progress', 'blocked', 'completed', 'failed', 'cancelled'] as const;
export const AGENT_TASK_PRIORITIES = ['low', 'medium', 'high', 'critical'] as const;
/** The statuses a task may have without an agent: waiting in the pool, or called off before anyone took it. */
export const UNASSIGNED_TASK_STATUSES = ['pending', 'cancelled'] as const;
export const AGENT_MESSAGE_TYPES = ['instruction', 'question', 'answer', 'status_update', 'escalation', 'notification', 'handoff'] as const;
export const VALIDATION_CATEGORIES = ['functionality', 'ui', 'accessibility', 'performance', 'security', 'data_integrity', 'api', 'compliance', 'i18n'] as const;
export const VALIDATION_STATUSES = ['passed', 'failed', 'warning', 'skipped'] as const;
export const USER_PATTERN_TYPES = ['navigation', 'schedule', 'content_preference', 'engagement', 'social', 'search', 'event_attendance', 'location'] as const;
export const PREDICTION_TYPES = ['next_page', 'feed_ranking', 'event_recommendations', 'friend_suggestions', 'search_suggestions', 'notification_timing'] as const;

/**
 * A piece of work for an ESA agent: assigned by a human (or by nobody, when a division chief's run created it),
 * possibly a subtask of another. A task waits in the pool (`pending`, no agent) until an agent is assigned; from
 * `assigned` on it must name one (agent_tasks_status_agent_id_check). Deleting an agent that still has tasks is
 * refused: its work is reassigned first, and the task history is what its performance figures come from.
 */
export const agentTasks = pgTable(
  'agent_tasks',
  {
    id: serial('id').primaryKey(),
    agentId: integer('agent_id'),
    assignedBy: integer('assigned_by'),
    parentTaskId: integer('parent_task_id'),
    title: text('title').notNull(),
    description: text('description'),
    /** What kind of work, as the orchestrator names it: 'page_audit', 'bug_fix', 'translation', ... */
    taskType: varchar('task_type'),
    status: varchar('status', { enum: AGENT_TASK_STATUSES }).default('pending').notNull(),
    priority: varchar('priority', { enum: AGENT_TASK_PRIORITIES }).default('medium').notNull(),
    /** 0-100, as the agent reports it. */
    progress: integer('progress').default(0).notNull(),
    attempts: integer('attempts').default(0).notNull(),
    dueAt: timestamp('due_at'),
    assignedAt: timestamp('assigned_at'),
    startedAt: timestamp('started_at'),
    completedAt: timestamp('completed_at'),
    /** What the agent produced: any JSON. */
    result: jsonb('result'),
    error: text('error'),
    createdAt: timestamp('created_at').defaultNow(),
    updatedAt: timestamp('updated_at').defaultNow(),
  },
  (table) => [
    legacyForeignKey(table.agentId, esaAgents.id),
    legacyForeignKey(table.assignedBy, users.id, 'set null'),
    legacyForeignKey(table.parentTaskId, table.id, 'set null'),
    index('agent_tasks_agent_status_idx').on(table.agentId, table.status),
    index('agent_tasks_assigned_by_idx').on(table.assignedBy),
    index('agent_tasks_parent_idx').on(table.parentTaskId),
    /** The orchestrator's queue: open work by urgency, then deadline. */
    index('agent_tasks_open_idx').on(table.priority, table.dueAt).where(sql`status in ('pending', 'assigned', 'in_progress', 'blocked')`),
    oneOf(table.status, AGENT_TASK_STATUSES),
    oneOf(table.priority, AGENT_TASK_PRIORITIES),
    customCheck('agent_tasks_status_agent_id_check', sql`${table.status} in ('pending', 'cancelled') or ${table.agentId} is not null`, {
      columns: [table.status, table.agentId],
      column: table.agentId,
      message: `is required unless status is ${UNASSIGNED_TASK_STATUSES.join(' or ')}`,
      holds: (row) => isAbsent(row.status) || (UNASSIGNED_TASK_STATUSES as readonly unknown[]).includes(row.status) || !isAbsent(row.agent_id),
      violations: [
        { status: 'in_progress', agent_id: null },
        { status: 'completed', agent_id: null },
      ],
    }),
    requiredWith(table.assignedAt, table.agentId),
    differ(table.parentTaskId, table.id, { name: 'agent_tasks_parent_check', message: 'a task cannot be its own subtask' }),
    between(table.progress, 0, 100),
    nonNegative(table.attempts),
    requiredWhen(table.completedAt, table.status, 'completed'),
    onlyWhen(table.completedAt, table.status, 'completed'),
    requiredWhen(table.error, table.status, 'failed'),
    inOrder(table.assignedAt, table.startedAt),
    inOrder(table.startedAt, table.completedAt),
  ],
);

/**
 * An H2AC message: from an agent or a user, to an agent or a user (exactly one of each), and at least one side an
 * agent (two humans talk in `messages`). Replies point at the message they answer and at their thread's first
 * message. A sender's retry carries the same `client_message_id`, so it is stored once. Rows go with their
 * sender or recipient (CASCADE): SET NULL would leave a message with no sender, which the CHECKs refuse.
 */
export const agentCommunications = pgTable(
  'agent_communications',
  {
    id: serial('id').primaryKey(),
    fromAgentId: integer('from_agent_id'),
    fromUserId: integer('from_user_id'),
    toAgentId: integer('to_agent_id'),
    toUserId: integer('to_user_id'),
    messageType: varchar('message_type', { enum: AGENT_MESSAGE_TYPES }).default('instruction').notNull(),
    subject: text('subject'),
    content: text('content').notNull(),
    /** Model, tokens, tool calls, attachments: an object. */
    metadata: jsonb('metadata'),
    threadId: integer('thread_id'),
    inReplyToId: integer('in_reply_to_id'),
    taskId: integer('task_id'),
    clientMessageId: varchar('client_message_id').unique('agent_communications_client_message_id_unique'),
    readAt: timestamp('read_at'),
    createdAt: timestamp('created_at').defaultNow().notNull(),
  },
  (table) => [
    legacyForeignKey(table.fromAgentId, esaAgents.id, 'cascade'),
    legacyForeignKey(table.fromUserId, users.id, 'cascade'),
    legacyForeignKey(table.toAgentId, esaAgents.id, 'cascade'),
    legacyForeignKey(table.toUserId, users.id, 'cascade'),
    legacyForeignKey(table.threadId, table.id, 'set null'),
    legacyForeignKey(table.inReplyToId, table.id, 'set null'),
    legacyForeignKey(table.taskId, agentTasks.id, 'set null'),
    index('agent_communications_from_agent_idx').on(table.fromAgentId, table.createdAt),
    index('agent_communications_from_user_idx').on(table.fromUserId, table.createdAt),
    index('agent_communications_to_agent_idx').on(table.toAgentId, table.createdAt),
    index('agent_communications_to_user_idx').on(table.toUserId, table.createdAt),
    index('agent_communications_thread_idx').on(table.threadId, table.createdAt),
    index('agent_communications_in_reply_to_idx').on(table.inReplyToId),
    index('agent_communications_task_idx').on(table.taskId),
    exactlyOneOf([table.fromAgentId, table.fromUserId]),
    exactlyOneOf([table.toAgentId, table.toUserId]),
    atLeastOneOf([table.fromAgentId, table.toAgentId], { name: 'agent_communications_agent_check', message: 'one side of the message must be an agent' }),
    differ(table.fromAgentId, table.toAgentId, { name: 'agent_communications_self_check', message: 'an agent does not message itself' }),
    oneOf(table.messageType, AGENT_MESSAGE_TYPES),
    textLength(table.content, { min: 1 }),
    formatCheck(table.clientMessageId, EXTERNAL_ID),
    differ(table.inReplyToId, table.id, { name: 'agent_communications_reply_check', message: 'a message cannot reply to itself' }),
    inOrder(table.createdAt, table.readAt),
  ],
);

/**
 * One check an agent ran in a validation run (a page's accessibility, an API's contract, a layer's security
 * rules): its verdict, 0-100 score and findings. (agent, run, check) is unique, so an agent that reports its run
 * again updates the rows instead of doubling them. Rows go with their agent; a deleted task only unlinks them.
 */
export const validationChecks = pgTable(
  'validation_checks',
  {
    id: serial('id').primaryKey(),
    agentId: integer('agent_id').notNull(),
    taskId: integer('task_id'),
    /** The run's id as the agent issues it: every check of one run shares it. */
    runId: varchar('run_id').notNull(),
    checkName: varchar('check_name').notNull(),
    category: varchar('category', { enum: VALIDATION_CATEGORIES }).notNull(),
    /** The ESA layer checked, 1-61 (esa_agents.layer_number). */
    layer: integer('layer'),
    /** What was checked: a route, a component, an endpoint, a table. */
    target: text('target'),
    status: varchar('status', { enum: VALIDATION_STATUSES }).notNull(),
    score: integer('score'),
    message: text('message'),
    /** Findings, measurements, the failing selectors: an object. */
    details: jsonb('details').default({}).notNull(),
    durationMs: integer('duration_ms'),
    ranAt: timestamp('ran_at').defaultNow().notNull(),
    createdAt: timestamp('created_at').defaultNow().notNull(),
  },
  (table) => [
    legacyForeignKey(table.agentId, esaAgents.id, 'cascade'),
    legacyForeignKey(table.taskId, agentTasks.id, 'set null'),
    uniqueIndex('unique_validation_check').on(table.agentId, table.runId, table.checkName),
    index('validation_checks_task_idx').on(table.taskId),
    index('validation_checks_ran_at_idx').on(table.ranAt),
    /** What is failing now, per category. */
    index('validation_checks_failed_idx').on(table.category, table.ranAt).where(sql`status = 'failed'`),
    formatCheck(table.runId, EXTERNAL_ID),
    oneOf(table.category, VALIDATION_CATEGORIES),
    oneOf(table.status, VALIDATION_STATUSES),
    between(table.layer, 1, 61),
    between(table.score, 0, 100),
    nonNegative(table.durationMs),
  ],
);

/**
 * A pattern the predictive layer learned about a user (opens the feed at 22:00, goes to milongas in Palermo on
 * Tuesdays): its confidence 0-1, how often it was seen, from when to when. (user, type, key) is unique, so the
 * learner upserts each observation into one row. Personal data: the rows go with the user.
 */
export const userPatterns = pgTable(
  'user_patterns',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id').notNull(),
    patternType: varchar('pattern_type', { enum: USER_PATTERN_TYPES }).notNull(),
    /** The pattern within its type: 'feed@22h', 'milonga:palermo:tue', 'search:vals'. */
    patternKey: varchar('pattern_key').notNull(),
    confidence: numeric('confidence', { precision: 4, scale: 3 }).default('0').notNull(),
    occurrences: integer('occurrences').default(1).notNull(),
    firstSeenAt: timestamp('first_seen_at').defaultNow().notNull(),
    lastSeenAt: timestamp('last_seen_at').defaultNow().notNull(),
    /** The signals behind it (hours, weekdays, cities, counts): an object. */
    features: jsonb('features').default({}).notNull(),
    modelVersion: varchar('model_version'),
    createdAt: timestamp('created_at').defaultNow(),
    updatedAt: timestamp('updated_at').defaultNow(),
  },
  (table) => [
    legacyForeignKey(table.userId, users.id, 'cascade'),
    uniqueIndex('unique_user_pattern').on(table.userId, table.patternType, table.patternKey),
    index('user_patterns_type_key_idx').on(table.patternType, table.patternKey),
    oneOf(table.patternType, USER_PATTERN_TYPES),
    textLength(table.patternKey, { min: 1, max: 255 }),
    between(table.confidence, 0, 1),
    positive(table.occurrences),
    inOrder(table.firstSeenAt, table.lastSeenAt),
  ],
);

/**
 * A prediction computed ahead of time (cache warming): found by its key, served until it expires, counted at each
 * hit. Re-warming upserts on `cache_key`. A user's predictions are theirs and go with them (CASCADE); rows without
 * a user are shared ones (the city's trending milongas).
 */
export const predictionCache = pgTable(
  'prediction_cache',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id'),
    /** 'next_page:42:/events', 'feed:42:v3': whatever the predictor keys it by, without spaces. */
    cacheKey: varchar('cache_key').notNull().unique('prediction_cache_cache_key_unique'),
    predictionType: varchar('prediction_type', { enum: PREDICTION_TYPES }).notNull(),
    /** The prediction as served: any JSON (a ranked list of ids, an object). */
    payload: jsonb('payload').notNull(),
    confidence: numeric('confidence', { precision: 4, scale: 3 }),
    modelVersion: varchar('model_version'),
    hitCount: integer('hit_count').default(0).notNull(),
    computedAt: timestamp('computed_at').defaultNow().notNull(),
    expiresAt: timestamp('expires_at').notNull(),
    lastHitAt: timestamp('last_hit_at'),
  },
  (table) => [
    legacyForeignKey(table.userId, users.id, 'cascade'),
    index('prediction_cache_user_type_idx').on(table.userId, table.predictionType),
    index('prediction_cache_expires_idx').on(table.expiresAt),
    formatCheck(table.cacheKey, EXTERNAL_ID),
    oneOf(table.predictionType, PREDICTION_TYPES),
    between(table.confidence, 0, 1),
    nonNegative(table.hitCount),
    inOrder(table.computedAt, table.expiresAt, { strict: true }),
  ],
);
