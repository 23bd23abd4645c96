import { defineRelations } from 'drizzle-orm';
import * as tables from './tables.ts';

/** Every foreign key of the documented FK map, both ways, for `db.query` and Drizzle Studio. */
export const relations = defineRelations(tables, (r) => ({
  users: {
    conversations: r.many.conversations({ from: r.users.id, to: r.conversations.userId }),
    messages: r.many.messages({ from: r.users.id, to: r.messages.userId }),
    agentTasks: r.many.agentTasks({ from: r.users.id, to: r.agentTasks.userId }),
    queuedMessages: r.many.messageQueue({ from: r.users.id, to: r.messageQueue.userId }),
    messageBudgets: r.many.userMessageBudget({ from: r.users.id, to: r.userMessageBudget.userId }),
    priorities: r.many.userPriorities({ from: r.users.id, to: r.userPriorities.userId }),
    solutionWorkflows: r.many.solutionWorkflows({ from: r.users.id, to: r.solutionWorkflows.userId }),
    introsToMake: r.many.introOpportunities({ from: r.users.id, to: r.introOpportunities.connectorUserId, alias: 'connector' }),
    introsWanted: r.many.introOpportunities({ from: r.users.id, to: r.introOpportunities.innovatorId, alias: 'innovator' }),
    communityResponses: r.many.communityResponses({ from: r.users.id, to: r.communityResponses.userId }),
    creditEvents: r.many.creditEvents({ from: r.users.id, to: r.creditEvents.userId }),
    innovatorProfile: r.one.innovators({ from: r.users.id, to: r.innovators.userId }),
    agentInstances: r.many.agentInstances({ from: r.users.id, to: r.agentInstances.userId }),
    agentActions: r.many.agentActionsLog({ from: r.users.id, to: r.agentActionsLog.userId }),
  },
  conversations: {
    user: r.one.users({ from: r.conversations.userId, to: r.users.id, optional: false }),
    messages: r.many.messages({ from: r.conversations.id, to: r.messages.conversationId }),
    queuedMessages: r.many.messageQueue({ from: r.conversations.id, to: r.messageQueue.conversationContextId }),
  },
  messages: {
    conversation: r.one.conversations({ from: r.messages.conversationId, to: r.conversations.id, optional: false }),
    user: r.one.users({ from: r.messages.userId, to: r.users.id, optional: false }),
  },
  agentTasks: {
    user: r.one.users({ from: r.agentTasks.userId, to: r.users.id }),
  },
  messageQueue: {
    user: r.one.users({ from: r.messageQueue.userId, to: r.users.id, optional: false }),
    supersededBy: r.one.messageQueue({ from: r.messageQueue.supersededByMessageId, to: r.messageQueue.id, alias: 'superseded' }),
    supersedes: r.many.messageQueue({ from: r.messageQueue.id, to: r.messageQueue.supersededByMessageId, alias: 'superseded' }),
    conversation: r.one.conversations({ from: r.messageQueue.conversationContextId, to: r.conversations.id }),
    deliveredMessage: r.one.messages({ from: r.messageQueue.deliveredMessageId, to: r.messages.id }),
  },
  userMessageBudget: {
    user: r.one.users({ from: r.userMessageBudget.userId, to: r.users.id, optional: false }),
  },
  userPriorities: {
    user: r.one.users({ from: r.userPriorities.userId, to: r.users.id, optional: false }),
  },
  solutionWorkflows: {
    user: r.one.users({ from: r.solutionWorkflows.userId, to: r.users.id, optional: false }),
  },
  introOpportunities: {
    connector: r.one.users({ from: r.introOpportunities.connectorUserId, to: r.users.id, optional: false, alias: 'connector' }),
    innovator: r.one.users({ from: r.introOpportunities.innovatorId, to: r.users.id, alias: 'innovator' }),
  },
  communityRequests: {
    responses: r.many.communityResponses({ from: r.communityRequests.id, to: r.communityResponses.requestId }),
  },
  communityResponses: {
    request: r.one.communityRequests({ from: r.communityResponses.requestId, to: r.communityRequests.id, optional: false }),
    user: r.one.users({ from: r.communityResponses.userId, to: r.users.id, optional: false }),
  },
  creditEvents: {
    user: r.one.users({ from: r.creditEvents.userId, to: r.users.id, optional: false }),
  },
  innovators: {
    user: r.one.users({ from: r.innovators.userId, to: r.users.id, optional: false }),
  },
  agentInstances: {
    user: r.one.users({ from: r.agentInstances.userId, to: r.users.id }),
    actions: r.many.agentActionsLog({ from: r.agentInstances.id, to: r.agentActionsLog.agentInstanceId }),
  },
  agentActionsLog: {
    agentInstance: r.one.agentInstances({ from: r.agentActionsLog.agentInstanceId, to: r.agentInstances.id }),
    user: r.one.users({ from: r.agentActionsLog.userId, to: r.users.id }),
  },
}));
export type YachtpartyRelations = typeof relations;
