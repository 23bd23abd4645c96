import {
  differ,
  domainTable,
  formatCheck,
  id,
  inOrder,
  nonNegative,
  onlyWhen,
  requiredWhen,
  SNAKE_CASE_KEY,
  textEnum,
  timestamps,
  timestamptz,
} from '@db/core';
import { veterinarians } from '@db/providers/tables';
import { sql } from 'drizzle-orm';
import { foreignKey, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { AI_AGENT_COORDINATION_KINDS, AI_AGENT_HANDOFF_REASONS, AI_AGENT_HANDOFF_STATUSES, AI_AGENT_HANDOFF_TARGETS } from '../constants.ts';
import { aiAgentConfigs } from './ai-agent-configs.ts';
import { aiAgentInteractions } from './ai-agent-interactions.ts';
import { aiAgentSessions } from './ai-agent-sessions.ts';

/**
 * A hand-off inside a session: one agent passes the request (or a part of it) to another agent, or escalates it
 * to a person (a veterinarian on the platform for a suspected colic, support staff for a billing dispute), with
 * why, the call that triggered it and how much context went along. (session_id, sequence_number) orders the
 * hand-offs of a session and is the key a retried write upserts on. Hand-offs are the user's, with their session
 * (CASCADE).
 */
export const aiAgentCoordination = domainTable(
  'ai_agent_coordination',
  {
    id: id(),
    sessionId: uuid()
      .notNull()
      .references(() => aiAgentSessions.id, { onDelete: 'cascade' }),
    /** 0, 1, 2, ... within the session. */
    sequenceNumber: integer().notNull(),
    kind: textEnum(AI_AGENT_COORDINATION_KINDS).notNull(),
    /** RESTRICT: a configuration that served is retired, not deleted. */
    fromAgentConfigId: uuid().notNull(),
    targetType: textEnum(AI_AGENT_HANDOFF_TARGETS).notNull(),
    /** The receiving agent, for target agent. RESTRICT, as above. */
    toAgentConfigId: uuid(),
    /** The veterinarian who took the case, for target veterinarian. SET NULL: a credit (the hand-off stays). */
    toVeterinarianId: uuid(),
    /** The call whose answer led to the hand-off. SET NULL: provenance (both go with the session anyway). */
    triggeredByInteractionId: uuid(),
    reason: textEnum(AI_AGENT_HANDOFF_REASONS).notNull(),
    /** What the agent said it could not do, or what it needs the other to do. */
    reasonDetail: text(),
    /** The workflow step the hand-off carries out, when the session runs a workflow. */
    workflowStepKey: text(),
    /** Tokens of context passed to the receiver (summary, history, tool results). */
    contextTokens: integer().notNull().default(0),
    status: textEnum(AI_AGENT_HANDOFF_STATUSES).notNull().default('requested'),
    requestedAt: timestamptz().notNull().defaultNow(),
    acceptedAt: timestamptz(),
    completedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('ai_agent_coordination_session_id_sequence_number_key').on(t.sessionId, t.sequenceNumber),
    index('ai_agent_coordination_from_agent_config_id_idx').on(t.fromAgentConfigId, t.requestedAt),
    index('ai_agent_coordination_to_agent_config_id_idx').on(t.toAgentConfigId, t.requestedAt),
    /** A veterinarian's escalations from the agents, newest first. */
    index('ai_agent_coordination_to_veterinarian_id_idx').on(t.toVeterinarianId, t.requestedAt),
    /** Hand-offs nobody has picked up yet, by who should (a person's queue, an agent's backlog), oldest first. */
    index('ai_agent_coordination_pending_idx')
      .on(t.targetType, t.requestedAt)
      .where(sql`${t.status} = 'requested'`),
    index('ai_agent_coordination_triggered_by_interaction_id_idx').on(t.triggeredByInteractionId),
    // Declared here with names: the generated ones would pass PostgreSQL's 63 characters.
    foreignKey({
      name: 'ai_agent_coordination_to_agent_config_id_fkey',
      columns: [t.toAgentConfigId],
      foreignColumns: [aiAgentConfigs.id],
    }).onDelete('restrict'),
    foreignKey({
      name: 'ai_agent_coordination_from_agent_config_id_fkey',
      columns: [t.fromAgentConfigId],
      foreignColumns: [aiAgentConfigs.id],
    }).onDelete('restrict'),
    foreignKey({
      name: 'ai_agent_coordination_to_veterinarian_id_fkey',
      columns: [t.toVeterinarianId],
      foreignColumns: [veterinarians.id],
    }).onDelete('set null'),
    foreignKey({
      name: 'ai_agent_coordination_triggered_by_interaction_id_fkey',
      columns: [t.triggeredByInteractionId],
      foreignColumns: [aiAgentInteractions.id],
    }).onDelete('set null'),
    nonNegative(t.sequenceNumber),
    requiredWhen(t.toAgentConfigId, t.targetType, 'agent', { name: 'ai_agent_coordination_to_agent_check' }),
    onlyWhen(t.toAgentConfigId, t.targetType, 'agent', { name: 'ai_agent_coordination_to_agent_target_check' }),
    onlyWhen(t.toVeterinarianId, t.targetType, 'veterinarian', { name: 'ai_agent_coordination_to_veterinarian_check' }),
    differ(t.fromAgentConfigId, t.toAgentConfigId, { name: 'ai_agent_coordination_self_handoff_check', message: 'must differ from fromAgentConfigId: an agent does not hand off to itself' }),
    formatCheck(t.workflowStepKey, SNAKE_CASE_KEY),
    nonNegative(t.contextTokens),
    inOrder(t.requestedAt, t.acceptedAt, { name: 'ai_agent_coordination_accepted_at_check', message: 'must not be before requestedAt' }),
    inOrder(t.requestedAt, t.completedAt, { name: 'ai_agent_coordination_completed_at_check', message: 'must not be before requestedAt' }),
    inOrder(t.acceptedAt, t.completedAt, { name: 'ai_agent_coordination_completed_after_accepted_check', message: 'must not be before acceptedAt' }),
    requiredWhen(t.acceptedAt, t.status, 'accepted', { name: 'ai_agent_coordination_accepted_check' }),
    requiredWhen(t.completedAt, t.status, 'completed', { name: 'ai_agent_coordination_completed_check' }),
  ],
);
