import {
  between,
  currency,
  domainTable,
  formatCheck,
  id,
  inOrder,
  jsonList,
  nonNegative,
  onlyWhen,
  range,
  requiredWhen,
  SNAKE_CASE_KEY,
  textEnum,
  timestamps,
  timestamptz,
} from '@db/core';
import { boolean, foreignKey, index, integer, numeric, text, uuid } from 'drizzle-orm/pg-core';
import { AI_AGENT_CONSENSUS_METHODS, AI_AGENT_CONSENSUS_OUTCOMES } from '../constants.ts';
import { aiAgentConfigs } from './ai-agent-configs.ts';
import { aiAgentInteractions } from './ai-agent-interactions.ts';
import { aiAgentSessions } from './ai-agent-sessions.ts';

/** One participant's answer in a consensus round. */
export interface AiAgentVote {
  /** The ai_agent_interactions row that gave the answer (in the same session). */
  interactionId: string;
  agentKey: string;
  /** The answer reduced to a comparable label: urgent_vet_visit, monitor_at_home, 1_20m_jumper. */
  answerKey: string;
  /** Its weight in a weighted vote, 0..1. */
  weight?: number | undefined;
  /** The agent's confidence or the judge's score, 0..1. */
  score?: number | undefined;
}

/**
 * Several agents' answers combined into one: the method (majority, weighted vote, a judge model, ...), how many
 * took part and agreed, the agreement score against the threshold, and the interaction whose answer was chosen
 * (none when no consensus was reached: the session asks the user or escalates). Rounds are the user's, with
 * their session (CASCADE); the chosen answer's row goes with the session too (CASCADE).
 */
export const aiAgentConsensus = domainTable(
  'ai_agent_consensus',
  {
    id: id(),
    sessionId: uuid()
      .notNull()
      .references(() => aiAgentSessions.id, { onDelete: 'cascade' }),
    /** What was decided, snake_case: triage_urgency, ration_change, listing_price_band. */
    decisionKey: text().notNull(),
    method: textEnum(AI_AGENT_CONSENSUS_METHODS).notNull(),
    /** The judge configuration for method judge_model. RESTRICT: a configuration that served is retired, not deleted. */
    judgeConfigId: uuid().references(() => aiAgentConfigs.id, { onDelete: 'restrict' }),
    outcome: textEnum(AI_AGENT_CONSENSUS_OUTCOMES).notNull(),
    /** The answer chosen, when the outcome is reached. CASCADE: the round means nothing without it. */
    chosenInteractionId: uuid(),
    /** Agents whose answers were combined: two at least. */
    participantCount: integer().notNull(),
    /** Participants whose answer matched the chosen one. */
    agreeingCount: integer().notNull(),
    /** 0..1: the share (or weighted share) of agreement. */
    agreementScore: numeric({ precision: 4, scale: 3 }).notNull(),
    /** 0..1: the agreement the method requires to reach a consensus. */
    threshold: numeric({ precision: 4, scale: 3 }).notNull(),
    /** A tie was broken (by the judge, by the highest confidence). */
    tieBroken: boolean().notNull().default(false),
    votes: jsonList<AiAgentVote>(),
    /** From the first participant's request to the decision. */
    latencyMs: integer(),
    /** Model-usage cost of the round (participants and judge), 6 decimals, in `currency`. */
    totalCost: numeric({ precision: 14, scale: 6 }).notNull().default('0'),
    currency: currency(),
    decidedAt: timestamptz().notNull().defaultNow(),
    ...timestamps(),
  },
  (t) => [
    // Declared here with names: the generated ones would pass PostgreSQL's 63 characters.
    foreignKey({
      name: 'ai_agent_consensus_chosen_interaction_id_fkey',
      columns: [t.chosenInteractionId],
      foreignColumns: [aiAgentInteractions.id],
    }).onDelete('cascade'),
    index('ai_agent_consensus_session_id_idx').on(t.sessionId, t.decidedAt),
    index('ai_agent_consensus_judge_config_id_idx').on(t.judgeConfigId),
    index('ai_agent_consensus_chosen_interaction_id_idx').on(t.chosenInteractionId),
    formatCheck(t.decisionKey, SNAKE_CASE_KEY),
    requiredWhen(t.judgeConfigId, t.method, 'judge_model', { name: 'ai_agent_consensus_judge_check' }),
    requiredWhen(t.chosenInteractionId, t.outcome, 'reached', { name: 'ai_agent_consensus_chosen_check' }),
    onlyWhen(t.chosenInteractionId, t.outcome, 'reached', { name: 'ai_agent_consensus_chosen_outcome_check' }),
    range(t.participantCount, { min: 2 }),
    nonNegative(t.agreeingCount),
    inOrder(t.agreeingCount, t.participantCount, { name: 'ai_agent_consensus_agreement_check', message: 'must be at least agreeingCount' }),
    between(t.agreementScore, 0, 1),
    between(t.threshold, 0, 1),
    nonNegative(t.latencyMs),
    nonNegative(t.totalCost),
  ],
);
