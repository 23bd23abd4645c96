import { between, inOrder, nonNegative, oneOf, onlyWhen, positive, requiredWhen, requiredWith } from '@db/core';
import { sql } from 'drizzle-orm';
import { index, integer, jsonb, numeric, pgTable, serial, text, timestamp, uniqueIndex, varchar } from 'drizzle-orm/pg-core';
import { lifeCeoDomains, lifeCeoGoals } from './ai.ts';
import { legacyForeignKey } from './keys.ts';
import { users } from './users.ts';

/**
 * Designed (the document names them: "life_ceo_tasks - Task management per domain; life_ceo_milestones - Goal
 * milestones; life_ceo_recommendations - AI-generated suggestions; life_ceo_conversations - Domain-specific
 * chats; life_ceo_chat_messages - Chat history"), in the documented tables' style, beside the documented
 * `life_ceo_domains` (the 16 agents P66-P81) and `life_ceo_goals` (src/schema/ai.ts). A user's rows cascade with
 * the user; a domain is reference data, so deleting one that rows still use is refused (as for goals); rows that
 * merely point at a goal or a recommendation survive it.
 */
export const LIFE_CEO_PRIORITIES = ['low', 'medium', 'high'] as const;
export const LIFE_CEO_TASK_STATUSES = ['todo', 'in_progress', 'done', 'cancelled'] as const;
export const LIFE_CEO_RECURRENCES = ['daily', 'weekly', 'monthly', 'yearly'] as const;
export const LIFE_CEO_MILESTONE_STATUSES = ['pending', 'achieved', 'missed'] as const;
export const LIFE_CEO_RECOMMENDATION_KINDS = ['action', 'habit', 'insight', 'resource', 'warning'] as const;
export const LIFE_CEO_RECOMMENDATION_STATUSES = ['pending', 'accepted', 'dismissed', 'expired'] as const;
export const LIFE_CEO_CONVERSATION_STATUSES = ['active', 'archived'] as const;
export const LIFE_CEO_CHAT_ROLES = ['user', 'assistant', 'system'] as const;

/**
 * A user's chat with one domain's agent (Health, Finance, ...). `message_count`, `total_tokens` and
 * `last_message_at` are kept by the server as messages arrive; `summary` is the rolling summary the agent reads
 * instead of the whole history once it outgrows the model's context.
 */
export const lifeCeoConversations = pgTable(
  'life_ceo_conversations',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id').notNull(),
    domainId: integer('domain_id').notNull(),
    title: text('title'),
    status: varchar('status', { enum: LIFE_CEO_CONVERSATION_STATUSES }).default('active').notNull(),
    summary: text('summary'),
    messageCount: integer('message_count').default(0).notNull(),
    totalTokens: integer('total_tokens').default(0).notNull(),
    lastMessageAt: timestamp('last_message_at'),
    archivedAt: timestamp('archived_at'),
    createdAt: timestamp('created_at').defaultNow(),
    updatedAt: timestamp('updated_at').defaultNow(),
  },
  (table) => [
    legacyForeignKey(table.userId, users.id, 'cascade'),
    legacyForeignKey(table.domainId, lifeCeoDomains.id),
    index('life_ceo_conversations_user_last_message_idx').on(table.userId, table.lastMessageAt.desc()),
    index('life_ceo_conversations_domain_idx').on(table.domainId),
    oneOf(table.status, LIFE_CEO_CONVERSATION_STATUSES),
    nonNegative(table.messageCount),
    nonNegative(table.totalTokens),
    requiredWhen(table.archivedAt, table.status, 'archived'),
    onlyWhen(table.archivedAt, table.status, 'archived'),
  ],
);

/**
 * One message of a Life CEO chat. The column is `chat_id`, not `conversation_id`: the foreign key's name in the
 * owners' convention (`<table>_<column>_<target>_<column>_fk`) would otherwise pass PostgreSQL's 63 characters.
 * The app names the user's messages (`client_message_id`), so one sent twice over a flaky connection is stored
 * once; only the assistant's messages name the model that wrote them and its latency.
 */
export const lifeCeoChatMessages = pgTable(
  'life_ceo_chat_messages',
  {
    id: serial('id').primaryKey(),
    chatId: integer('chat_id').notNull(),
    role: varchar('role', { enum: LIFE_CEO_CHAT_ROLES }).notNull(),
    content: text('content').notNull(),
    clientMessageId: varchar('client_message_id'),
    model: varchar('model'),
    tokens: integer('tokens'),
    latencyMs: integer('latency_ms'),
    /** Provider, finish reason, tool calls, cited sources... */
    metadata: jsonb('metadata'),
    createdAt: timestamp('created_at').defaultNow().notNull(),
  },
  (table) => [
    legacyForeignKey(table.chatId, lifeCeoConversations.id, 'cascade'),
    index('life_ceo_chat_messages_chat_created_idx').on(table.chatId, table.createdAt),
    uniqueIndex('unique_life_ceo_chat_client_message').on(table.chatId, table.clientMessageId),
    oneOf(table.role, LIFE_CEO_CHAT_ROLES),
    nonNegative(table.tokens),
    nonNegative(table.latencyMs),
    onlyWhen(table.model, table.role, 'assistant'),
    onlyWhen(table.latencyMs, table.role, 'assistant'),
  ],
);

/**
 * A suggestion a domain's agent made to a user, with why (`rationale`), the model and its confidence (0-1). The
 * generating pipeline names each suggestion (`dedupe_key`, e.g. `sleep:bedtime-routine:2025-W45`), unique per
 * user, so a rerun upserts instead of repeating itself. It is answered once: accepted or dismissed, with the time
 * (and only then), or left to expire.
 */
export const lifeCeoRecommendations = pgTable(
  'life_ceo_recommendations',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id').notNull(),
    domainId: integer('domain_id').notNull(),
    goalId: integer('goal_id'),
    kind: varchar('kind', { enum: LIFE_CEO_RECOMMENDATION_KINDS }).default('action').notNull(),
    title: text('title').notNull(),
    content: text('content').notNull(),
    rationale: text('rationale'),
    model: varchar('model'),
    confidence: numeric('confidence', { precision: 3, scale: 2 }),
    priority: varchar('priority', { enum: LIFE_CEO_PRIORITIES }).default('medium').notNull(),
    status: varchar('status', { enum: LIFE_CEO_RECOMMENDATION_STATUSES }).default('pending').notNull(),
    dedupeKey: varchar('dedupe_key'),
    expiresAt: timestamp('expires_at'),
    acceptedAt: timestamp('accepted_at'),
    dismissedAt: timestamp('dismissed_at'),
    /** What the user said when answering ("not for me", "already doing it"). */
    feedback: text('feedback'),
    /** Inputs the agent used, prompt version, sources. */
    metadata: jsonb('metadata'),
    createdAt: timestamp('created_at').defaultNow().notNull(),
    updatedAt: timestamp('updated_at').defaultNow(),
  },
  (table) => [
    legacyForeignKey(table.userId, users.id, 'cascade'),
    legacyForeignKey(table.domainId, lifeCeoDomains.id),
    legacyForeignKey(table.goalId, lifeCeoGoals.id, 'set null'),
    index('life_ceo_recommendations_user_status_idx').on(table.userId, table.status),
    index('life_ceo_recommendations_domain_idx').on(table.domainId),
    index('life_ceo_recommendations_goal_idx').on(table.goalId),
    index('life_ceo_recommendations_expiry_idx').on(table.expiresAt).where(sql`status = 'pending'`),
    uniqueIndex('unique_life_ceo_recommendation').on(table.userId, table.dedupeKey),
    oneOf(table.kind, LIFE_CEO_RECOMMENDATION_KINDS),
    oneOf(table.priority, LIFE_CEO_PRIORITIES),
    oneOf(table.status, LIFE_CEO_RECOMMENDATION_STATUSES),
    between(table.confidence, 0, 1),
    requiredWhen(table.acceptedAt, table.status, 'accepted'),
    onlyWhen(table.acceptedAt, table.status, 'accepted'),
    requiredWhen(table.dismissedAt, table.status, 'dismissed'),
    onlyWhen(table.dismissedAt, table.status, 'dismissed'),
    inOrder(table.createdAt, table.expiresAt, { strict: true }),
  ],
);

/**
 * A step toward a goal: the goal's milestones in order (`position` unique per goal, so two cannot claim the same
 * place; reorder by moving one out of the way first), each with its target date and, when achieved, the time
 * (and only then). A measurable one has a target value and unit ("10 km") and the value reached so far.
 */
export const lifeCeoMilestones = pgTable(
  'life_ceo_milestones',
  {
    id: serial('id').primaryKey(),
    goalId: integer('goal_id').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    position: integer('position').notNull(),
    status: varchar('status', { enum: LIFE_CEO_MILESTONE_STATUSES }).default('pending').notNull(),
    targetDate: timestamp('target_date'),
    achievedAt: timestamp('achieved_at'),
    targetValue: numeric('target_value', { precision: 12, scale: 2 }),
    currentValue: numeric('current_value', { precision: 12, scale: 2 }),
    unit: varchar('unit'),
    createdAt: timestamp('created_at').defaultNow(),
    updatedAt: timestamp('updated_at').defaultNow(),
  },
  (table) => [
    legacyForeignKey(table.goalId, lifeCeoGoals.id, 'cascade'),
    uniqueIndex('unique_life_ceo_milestone_position').on(table.goalId, table.position),
    oneOf(table.status, LIFE_CEO_MILESTONE_STATUSES),
    nonNegative(table.position),
    requiredWhen(table.achievedAt, table.status, 'achieved'),
    onlyWhen(table.achievedAt, table.status, 'achieved'),
    requiredWith(table.targetValue, table.currentValue),
    requiredWith(table.targetValue, table.unit),
  ],
);

/**
 * A to-do in one of a user's domains, optionally toward a goal (kept, unlinked, if the goal is deleted) and
 * optionally born of an accepted recommendation. Done means a completion time, and only done has one. A
 * recurring task repeats every `recurrence_interval` days/weeks/... from its due date (so it needs one), until
 * `recurrence_ends_at`.
 */
export const lifeCeoTasks = pgTable(
  'life_ceo_tasks',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id').notNull(),
    domainId: integer('domain_id').notNull(),
    goalId: integer('goal_id'),
    recommendationId: integer('recommendation_id'),
    title: text('title').notNull(),
    description: text('description'),
    status: varchar('status', { enum: LIFE_CEO_TASK_STATUSES }).default('todo').notNull(),
    priority: varchar('priority', { enum: LIFE_CEO_PRIORITIES }).default('medium').notNull(),
    dueAt: timestamp('due_at'),
    completedAt: timestamp('completed_at'),
    recurrence: varchar('recurrence', { enum: LIFE_CEO_RECURRENCES }),
    recurrenceInterval: integer('recurrence_interval').default(1).notNull(),
    recurrenceEndsAt: timestamp('recurrence_ends_at'),
    estimatedMinutes: integer('estimated_minutes'),
    /** Manual order within the user's list. */
    position: integer('position').default(0).notNull(),
    createdAt: timestamp('created_at').defaultNow(),
    updatedAt: timestamp('updated_at').defaultNow(),
  },
  (table) => [
    legacyForeignKey(table.userId, users.id, 'cascade'),
    legacyForeignKey(table.domainId, lifeCeoDomains.id),
    legacyForeignKey(table.goalId, lifeCeoGoals.id, 'set null'),
    legacyForeignKey(table.recommendationId, lifeCeoRecommendations.id, 'set null'),
    index('life_ceo_tasks_user_due_idx').on(table.userId, table.dueAt),
    index('life_ceo_tasks_open_idx').on(table.userId, table.dueAt).where(sql`status in ('todo', 'in_progress')`),
    index('life_ceo_tasks_domain_idx').on(table.domainId),
    index('life_ceo_tasks_goal_idx').on(table.goalId),
    index('life_ceo_tasks_recommendation_idx').on(table.recommendationId),
    oneOf(table.status, LIFE_CEO_TASK_STATUSES),
    oneOf(table.priority, LIFE_CEO_PRIORITIES),
    oneOf(table.recurrence, LIFE_CEO_RECURRENCES),
    requiredWhen(table.completedAt, table.status, 'done'),
    onlyWhen(table.completedAt, table.status, 'done'),
    requiredWith(table.dueAt, table.recurrence),
    requiredWith(table.recurrence, table.recurrenceEndsAt),
    inOrder(table.dueAt, table.recurrenceEndsAt),
    positive(table.recurrenceInterval),
    positive(table.estimatedMinutes),
    nonNegative(table.position),
  ],
);
