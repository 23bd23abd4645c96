import { jsonRecord, jsonValue, tableCatalog, tableSchemas } from '@db/core';
import { z } from 'zod';
import * as t from './tables.ts';

/**
 * Zod schemas as the database has them: types, lengths, nullability (core's `tableSchemas`). The documented
 * database has no CHECKs; what its columns mean is checked where data comes in (`queries.ts`). jsonb columns are
 * open payloads, except the phone-number history the fix added.
 */
const open = () => jsonRecord();

export const PHONE_NUMBER_CHANGE = z.object({
  phone_number: z.string(),
  changed_at: z.string(),
  changed_reason: z.string(),
});

export const userSchemas = tableSchemas(t.users, { responsePattern: open, phoneNumberHistory: () => z.array(PHONE_NUMBER_CHANGE) });
export const conversationSchemas = tableSchemas(t.conversations);
export const messageSchemas = tableSchemas(t.messages);
export const eventSchemas = tableSchemas(t.events, { payload: jsonValue, metadata: open });
export const agentTaskSchemas = tableSchemas(t.agentTasks, { contextJson: open, resultJson: jsonValue });
export const messageQueueSchemas = tableSchemas(t.messageQueue, { messageData: open });
export const userMessageBudgetSchemas = tableSchemas(t.userMessageBudget);
export const userPrioritySchemas = tableSchemas(t.userPriorities);
export const solutionWorkflowSchemas = tableSchemas(t.solutionWorkflows, {
  perplexityResults: jsonValue,
  matchedInnovators: jsonValue,
  communityInsights: jsonValue,
  expertRecommendations: jsonValue,
  // Each action is an object: an array of bare booleans reaches postgres.js as a bool[] parameter (42804).
  pendingActions: () => z.array(jsonRecord()),
  completedActions: () => z.array(jsonRecord()),
});
export const introOpportunitySchemas = tableSchemas(t.introOpportunities, { matchSignals: open });
export const communityRequestSchemas = tableSchemas(t.communityRequests, { metadata: open });
export const communityResponseSchemas = tableSchemas(t.communityResponses);
export const creditEventSchemas = tableSchemas(t.creditEvents);
export const prospectSchemas = tableSchemas(t.prospects, { mutualConnections: jsonValue });
export const innovatorSchemas = tableSchemas(t.innovators);
export const agentInstanceSchemas = tableSchemas(t.agentInstances, { configJson: open });
export const agentActionLogSchemas = tableSchemas(t.agentActionsLog, { inputData: jsonValue, outputData: jsonValue });

export const yachtpartyCatalog = tableCatalog(
  userSchemas,
  conversationSchemas,
  messageSchemas,
  eventSchemas,
  agentTaskSchemas,
  messageQueueSchemas,
  userMessageBudgetSchemas,
  userPrioritySchemas,
  solutionWorkflowSchemas,
  introOpportunitySchemas,
  communityRequestSchemas,
  communityResponseSchemas,
  creditEventSchemas,
  prospectSchemas,
  innovatorSchemas,
  agentInstanceSchemas,
  agentActionLogSchemas,
);
