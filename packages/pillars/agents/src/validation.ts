import { formatted, LANGUAGE_TAG, SNAKE_CASE_KEY, tableCatalog, tableSchemas } from '@db/core';
import { USER_SUBSCRIPTION_PLANS } from '@db/users';
import { z } from 'zod';
import { AI_AGENT_CHANNELS, AI_AGENT_STEP_ACTIONS, AI_AGENT_STEP_FAILURE_POLICIES, AI_AGENT_TOOL_KINDS } from './constants.ts';
import { aiAgentConfigs } from './schema/ai-agent-configs.ts';
import { aiAgentConsensus } from './schema/ai-agent-consensus.ts';
import { aiAgentCoordination } from './schema/ai-agent-coordination.ts';
import { aiAgentFailures } from './schema/ai-agent-failures.ts';
import { aiAgentInteractions } from './schema/ai-agent-interactions.ts';
import { aiAgentLearning } from './schema/ai-agent-learning.ts';
import { aiAgentPerformance } from './schema/ai-agent-performance.ts';
import { aiAgentRouting } from './schema/ai-agent-routing.ts';
import { aiAgentSessions } from './schema/ai-agent-sessions.ts';
import { aiAgentWorkflows } from './schema/ai-agent-workflows.ts';

/**
 * Zod schemas as strict as the tables: every CHECK's twin comes from its table (declared with core's rule
 * helpers); what is left here is what a table cannot say: the shapes of its jsonb columns.
 */

const snakeCaseKey = () => formatted(SNAKE_CASE_KEY)(z.string());
const unitInterval = () => z.number().min(0).max(1);

export const aiAgentConfigSchemas = tableSchemas(aiAgentConfigs, {
  tools: () =>
    z.array(
      z.strictObject({
        name: snakeCaseKey(),
        kind: z.enum(AI_AGENT_TOOL_KINDS),
        description: z.string().min(1).optional(),
        requiresConfirmation: z.boolean().optional(),
      }),
    ),
});
export type AiAgentConfig = typeof aiAgentConfigs.$inferSelect;
export type NewAiAgentConfig = typeof aiAgentConfigs.$inferInsert;

export const aiAgentWorkflowSchemas = tableSchemas(aiAgentWorkflows, {
  steps: () =>
    z.array(
      z.strictObject({
        key: snakeCaseKey(),
        agentKey: snakeCaseKey(),
        action: z.enum(AI_AGENT_STEP_ACTIONS),
        dependsOn: z.array(snakeCaseKey()).optional(),
        timeoutMs: z.int().positive().optional(),
        onFailure: z.enum(AI_AGENT_STEP_FAILURE_POLICIES),
      }),
    ),
});
export type AiAgentWorkflow = typeof aiAgentWorkflows.$inferSelect;
export type NewAiAgentWorkflow = typeof aiAgentWorkflows.$inferInsert;

export const aiAgentRoutingSchemas = tableSchemas(aiAgentRouting, {
  conditions: () =>
    z.strictObject({
      channels: z.array(z.enum(AI_AGENT_CHANNELS)).optional(),
      locales: z.array(formatted(LANGUAGE_TAG)(z.string())).optional(),
      requiresHorse: z.boolean().optional(),
      plans: z.array(z.enum(USER_SUBSCRIPTION_PLANS)).optional(),
      keywords: z.array(z.string().min(1)).optional(),
    }),
});
export type AiAgentRoutingRule = typeof aiAgentRouting.$inferSelect;
export type NewAiAgentRoutingRule = typeof aiAgentRouting.$inferInsert;

export const aiAgentSessionSchemas = tableSchemas(aiAgentSessions);
export type AiAgentSession = typeof aiAgentSessions.$inferSelect;
export type NewAiAgentSession = typeof aiAgentSessions.$inferInsert;

export const aiAgentInteractionSchemas = tableSchemas(aiAgentInteractions);
export type AiAgentInteraction = typeof aiAgentInteractions.$inferSelect;
export type NewAiAgentInteraction = typeof aiAgentInteractions.$inferInsert;

export const aiAgentConsensusSchemas = tableSchemas(aiAgentConsensus, {
  votes: () =>
    z.array(
      z.strictObject({
        interactionId: z.uuid(),
        agentKey: snakeCaseKey(),
        answerKey: snakeCaseKey(),
        weight: unitInterval().optional(),
        score: unitInterval().optional(),
      }),
    ),
});
export type AiAgentConsensus = typeof aiAgentConsensus.$inferSelect;
export type NewAiAgentConsensus = typeof aiAgentConsensus.$inferInsert;

export const aiAgentCoordinationSchemas = tableSchemas(aiAgentCoordination);
export type AiAgentCoordination = typeof aiAgentCoordination.$inferSelect;
export type NewAiAgentCoordination = typeof aiAgentCoordination.$inferInsert;

export const aiAgentPerformanceSchemas = tableSchemas(aiAgentPerformance);
export type AiAgentPerformance = typeof aiAgentPerformance.$inferSelect;
export type NewAiAgentPerformance = typeof aiAgentPerformance.$inferInsert;

export const aiAgentFailureSchemas = tableSchemas(aiAgentFailures);
export type AiAgentFailure = typeof aiAgentFailures.$inferSelect;
export type NewAiAgentFailure = typeof aiAgentFailures.$inferInsert;

export const aiAgentLearningSchemas = tableSchemas(aiAgentLearning);
export type AiAgentLesson = typeof aiAgentLearning.$inferSelect;
export type NewAiAgentLesson = typeof aiAgentLearning.$inferInsert;

/** Every table of this package with its schemas, keyed by SQL table name (for generic tests and tooling). */
export const agentsCatalog = tableCatalog(
  aiAgentConfigSchemas,
  aiAgentWorkflowSchemas,
  aiAgentRoutingSchemas,
  aiAgentSessionSchemas,
  aiAgentInteractionSchemas,
  aiAgentConsensusSchemas,
  aiAgentCoordinationSchemas,
  aiAgentPerformanceSchemas,
  aiAgentFailureSchemas,
  aiAgentLearningSchemas,
);
