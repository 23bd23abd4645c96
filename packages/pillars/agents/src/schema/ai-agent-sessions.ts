import {
  currency,
  domainTable,
  formatCheck,
  id,
  inOrder,
  nonNegative,
  onlyWhen,
  requiredWhen,
  textEnum,
  timestamps,
  timestamptz,
  together,
} from '@db/core';
import { horses } from '@db/horses/tables';
import { aiConversations } from '@db/recommendations/tables';
import { userProfiles, userSessions } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { foreignKey, index, integer, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { AI_AGENT_CHANNELS, AI_AGENT_SESSION_OUTCOMES, AI_AGENT_SESSION_STATUSES, AI_AGENT_TRACE_ID } from '../constants.ts';
import { aiAgentConfigs } from './ai-agent-configs.ts';
import { aiAgentWorkflows } from './ai-agent-workflows.ts';

/**
 * A user's multi-agent session: the orchestrator and the specialists it calls answering one user, optionally
 * behind one assistant conversation of @db/recommendations (`ai_conversations`), about one of the user's horses.
 * The session and everything hanging off it (its calls, consensus rounds, hand-offs) are the user's: erasing the
 * user deletes them (CASCADE), as it deletes the conversation. Totals are kept up to date by the runtime as calls
 * finish and corrected by the usage-log import, which finds the session by its W3C `trace_id`.
 */
export const aiAgentSessions = domainTable(
  'ai_agent_sessions',
  {
    id: id(),
    /** CASCADE: the session is the user's alone. */
    userId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'cascade' }),
    /** The assistant conversation the session answers in; CASCADE: it goes with the conversation. */
    conversationId: uuid().references(() => aiConversations.id, { onDelete: 'cascade' }),
    /** The signed-in session it ran in; SET NULL: sessions expire and are purged, the agents' session stays. */
    userSessionId: uuid().references(() => userSessions.id, { onDelete: 'set null' }),
    /** The horse it is about; SET NULL: the session stays the user's if the horse goes. */
    horseId: uuid().references(() => horses.id, { onDelete: 'set null' }),
    /**
     * The agent that received the request first: the orchestrator, or the specialist the router chose directly.
     * RESTRICT: a configuration that served is retired, not deleted.
     */
    entryAgentConfigId: uuid().notNull(),
    /** The workflow the session runs, when a scripted one applies. RESTRICT, as for configurations. */
    workflowId: uuid().references(() => aiAgentWorkflows.id, { onDelete: 'restrict' }),
    channel: textEnum(AI_AGENT_CHANNELS).notNull(),
    status: textEnum(AI_AGENT_SESSION_STATUSES).notNull().default('active'),
    outcome: textEnum(AI_AGENT_SESSION_OUTCOMES),
    startedAt: timestamptz().notNull().defaultNow(),
    endedAt: timestamptz(),
    /** Agent calls made (ai_agent_interactions rows). */
    interactionCount: integer().notNull().default(0),
    totalInputTokens: integer().notNull().default(0),
    totalOutputTokens: integer().notNull().default(0),
    /** Model-usage cost of every call of the session: fractions of a cent per call, 6 decimals, in `currency`. */
    totalCost: numeric({ precision: 14, scale: 6 }).notNull().default('0'),
    currency: currency(),
    /** The W3C trace id of the session in the observability store (OpenTelemetry, Langfuse): the import's key. */
    traceId: text().notNull(),
    ...timestamps(),
  },
  (t) => [
    // Declared here with names: the generated ones would pass PostgreSQL's 63 characters.
    foreignKey({
      name: 'ai_agent_sessions_entry_agent_config_id_fkey',
      columns: [t.entryAgentConfigId],
      foreignColumns: [aiAgentConfigs.id],
    }).onDelete('restrict'),
    uniqueIndex('ai_agent_sessions_trace_id_key').on(t.traceId),
    /** A user's recent sessions. */
    index('ai_agent_sessions_user_id_idx').on(t.userId, t.startedAt),
    index('ai_agent_sessions_conversation_id_idx').on(t.conversationId),
    index('ai_agent_sessions_user_session_id_idx').on(t.userSessionId),
    index('ai_agent_sessions_horse_id_idx').on(t.horseId, t.startedAt),
    index('ai_agent_sessions_entry_agent_config_id_idx').on(t.entryAgentConfigId, t.startedAt),
    index('ai_agent_sessions_workflow_id_idx').on(t.workflowId),
    /** Open sessions, oldest first: the sweeper that times out abandoned ones. */
    index('ai_agent_sessions_open_idx')
      .on(t.startedAt)
      .where(sql`${t.status} <> 'ended'`),
    formatCheck(t.traceId, AI_AGENT_TRACE_ID),
    inOrder(t.startedAt, t.endedAt, { name: 'ai_agent_sessions_ended_at_check', message: 'must not be before startedAt' }),
    requiredWhen(t.endedAt, t.status, 'ended', { name: 'ai_agent_sessions_ended_check' }),
    onlyWhen(t.endedAt, t.status, 'ended', { name: 'ai_agent_sessions_ended_status_check' }),
    together(t.endedAt, t.outcome, { name: 'ai_agent_sessions_ended_outcome_check', message: 'endedAt and outcome are given together or not at all' }),
    nonNegative(t.interactionCount),
    nonNegative(t.totalInputTokens),
    nonNegative(t.totalOutputTokens),
    nonNegative(t.totalCost),
  ],
);
