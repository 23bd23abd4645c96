import { adminUsers } from '@db/admin/tables';
import { horses } from '@db/horses/tables';
import { veterinarians } from '@db/providers/tables';
import { aiConversations, aiMessages, aiModels } from '@db/recommendations/tables';
import { userProfiles, userSessions } from '@db/users/tables';
import { defineRelationsPart } from 'drizzle-orm';
import * as schema from './tables.ts';

/**
 * This package's relations part: `r.one` edges from its tables, their reverse `r.many`, and the reverse edges onto
 * the tables of other packages it points at, under keys prefixed `aiAgent` so they cannot meet other pillars'.
 * Two foreign keys between the same pair of tables carry an alias.
 */
export const agentsRelations = defineRelationsPart(
  { ...schema, userProfiles, userSessions, horses, aiModels, aiConversations, aiMessages, adminUsers, veterinarians },
  (r) => ({
    aiAgentConfigs: {
      model: r.one.aiModels({ from: r.aiAgentConfigs.modelId, to: r.aiModels.id, optional: false, alias: 'ai_agent_config_model' }),
      fallbackModel: r.one.aiModels({ from: r.aiAgentConfigs.fallbackModelId, to: r.aiModels.id, alias: 'ai_agent_config_fallback_model' }),
      authoredBy: r.one.adminUsers({ from: r.aiAgentConfigs.authoredByAdminUserId, to: r.adminUsers.id }),
      sessionsEntered: r.many.aiAgentSessions({ from: r.aiAgentConfigs.id, to: r.aiAgentSessions.entryAgentConfigId }),
      interactions: r.many.aiAgentInteractions({ from: r.aiAgentConfigs.id, to: r.aiAgentInteractions.agentConfigId }),
      routingRules: r.many.aiAgentRouting({ from: r.aiAgentConfigs.id, to: r.aiAgentRouting.agentConfigId, alias: 'ai_agent_routing_agent' }),
      fallbackRoutingRules: r.many.aiAgentRouting({
        from: r.aiAgentConfigs.id,
        to: r.aiAgentRouting.fallbackAgentConfigId,
        alias: 'ai_agent_routing_fallback',
      }),
      consensusJudged: r.many.aiAgentConsensus({ from: r.aiAgentConfigs.id, to: r.aiAgentConsensus.judgeConfigId }),
      handoffsFrom: r.many.aiAgentCoordination({ from: r.aiAgentConfigs.id, to: r.aiAgentCoordination.fromAgentConfigId, alias: 'ai_agent_handoff_from' }),
      handoffsTo: r.many.aiAgentCoordination({ from: r.aiAgentConfigs.id, to: r.aiAgentCoordination.toAgentConfigId, alias: 'ai_agent_handoff_to' }),
      performance: r.many.aiAgentPerformance({ from: r.aiAgentConfigs.id, to: r.aiAgentPerformance.agentConfigId }),
      failures: r.many.aiAgentFailures({ from: r.aiAgentConfigs.id, to: r.aiAgentFailures.agentConfigId }),
      lessons: r.many.aiAgentLearning({ from: r.aiAgentConfigs.id, to: r.aiAgentLearning.agentConfigId, alias: 'ai_agent_lesson_config' }),
      lessonsApplied: r.many.aiAgentLearning({ from: r.aiAgentConfigs.id, to: r.aiAgentLearning.appliedToConfigId, alias: 'ai_agent_lesson_applied' }),
    },
    aiAgentWorkflows: {
      authoredBy: r.one.adminUsers({ from: r.aiAgentWorkflows.authoredByAdminUserId, to: r.adminUsers.id }),
      sessions: r.many.aiAgentSessions({ from: r.aiAgentWorkflows.id, to: r.aiAgentSessions.workflowId }),
    },
    aiAgentRouting: {
      agentConfig: r.one.aiAgentConfigs({ from: r.aiAgentRouting.agentConfigId, to: r.aiAgentConfigs.id, optional: false, alias: 'ai_agent_routing_agent' }),
      fallbackAgentConfig: r.one.aiAgentConfigs({
        from: r.aiAgentRouting.fallbackAgentConfigId,
        to: r.aiAgentConfigs.id,
        alias: 'ai_agent_routing_fallback',
      }),
      createdBy: r.one.adminUsers({ from: r.aiAgentRouting.createdByAdminUserId, to: r.adminUsers.id }),
      interactions: r.many.aiAgentInteractions({ from: r.aiAgentRouting.id, to: r.aiAgentInteractions.routingRuleId }),
    },
    aiAgentSessions: {
      user: r.one.userProfiles({ from: r.aiAgentSessions.userId, to: r.userProfiles.id, optional: false }),
      conversation: r.one.aiConversations({ from: r.aiAgentSessions.conversationId, to: r.aiConversations.id }),
      userSession: r.one.userSessions({ from: r.aiAgentSessions.userSessionId, to: r.userSessions.id }),
      horse: r.one.horses({ from: r.aiAgentSessions.horseId, to: r.horses.id }),
      entryAgentConfig: r.one.aiAgentConfigs({ from: r.aiAgentSessions.entryAgentConfigId, to: r.aiAgentConfigs.id, optional: false }),
      workflow: r.one.aiAgentWorkflows({ from: r.aiAgentSessions.workflowId, to: r.aiAgentWorkflows.id }),
      interactions: r.many.aiAgentInteractions({ from: r.aiAgentSessions.id, to: r.aiAgentInteractions.sessionId }),
      consensusRounds: r.many.aiAgentConsensus({ from: r.aiAgentSessions.id, to: r.aiAgentConsensus.sessionId }),
      handoffs: r.many.aiAgentCoordination({ from: r.aiAgentSessions.id, to: r.aiAgentCoordination.sessionId }),
    },
    aiAgentInteractions: {
      session: r.one.aiAgentSessions({ from: r.aiAgentInteractions.sessionId, to: r.aiAgentSessions.id, optional: false }),
      agentConfig: r.one.aiAgentConfigs({ from: r.aiAgentInteractions.agentConfigId, to: r.aiAgentConfigs.id, optional: false }),
      model: r.one.aiModels({ from: r.aiAgentInteractions.modelId, to: r.aiModels.id, optional: false }),
      routingRule: r.one.aiAgentRouting({ from: r.aiAgentInteractions.routingRuleId, to: r.aiAgentRouting.id }),
      message: r.one.aiMessages({ from: r.aiAgentInteractions.messageId, to: r.aiMessages.id }),
      chosenInConsensus: r.many.aiAgentConsensus({ from: r.aiAgentInteractions.id, to: r.aiAgentConsensus.chosenInteractionId }),
      handoffsTriggered: r.many.aiAgentCoordination({ from: r.aiAgentInteractions.id, to: r.aiAgentCoordination.triggeredByInteractionId }),
      lessons: r.many.aiAgentLearning({ from: r.aiAgentInteractions.id, to: r.aiAgentLearning.interactionId }),
    },
    aiAgentConsensus: {
      session: r.one.aiAgentSessions({ from: r.aiAgentConsensus.sessionId, to: r.aiAgentSessions.id, optional: false }),
      judgeConfig: r.one.aiAgentConfigs({ from: r.aiAgentConsensus.judgeConfigId, to: r.aiAgentConfigs.id }),
      chosenInteraction: r.one.aiAgentInteractions({ from: r.aiAgentConsensus.chosenInteractionId, to: r.aiAgentInteractions.id }),
    },
    aiAgentCoordination: {
      session: r.one.aiAgentSessions({ from: r.aiAgentCoordination.sessionId, to: r.aiAgentSessions.id, optional: false }),
      fromAgentConfig: r.one.aiAgentConfigs({
        from: r.aiAgentCoordination.fromAgentConfigId,
        to: r.aiAgentConfigs.id,
        optional: false,
        alias: 'ai_agent_handoff_from',
      }),
      toAgentConfig: r.one.aiAgentConfigs({ from: r.aiAgentCoordination.toAgentConfigId, to: r.aiAgentConfigs.id, alias: 'ai_agent_handoff_to' }),
      toVeterinarian: r.one.veterinarians({ from: r.aiAgentCoordination.toVeterinarianId, to: r.veterinarians.id }),
      triggeredByInteraction: r.one.aiAgentInteractions({ from: r.aiAgentCoordination.triggeredByInteractionId, to: r.aiAgentInteractions.id }),
    },
    aiAgentPerformance: {
      agentConfig: r.one.aiAgentConfigs({ from: r.aiAgentPerformance.agentConfigId, to: r.aiAgentConfigs.id, optional: false }),
    },
    aiAgentFailures: {
      agentConfig: r.one.aiAgentConfigs({ from: r.aiAgentFailures.agentConfigId, to: r.aiAgentConfigs.id, optional: false }),
      model: r.one.aiModels({ from: r.aiAgentFailures.modelId, to: r.aiModels.id }),
    },
    aiAgentLearning: {
      interaction: r.one.aiAgentInteractions({ from: r.aiAgentLearning.interactionId, to: r.aiAgentInteractions.id }),
      agentConfig: r.one.aiAgentConfigs({ from: r.aiAgentLearning.agentConfigId, to: r.aiAgentConfigs.id, optional: false, alias: 'ai_agent_lesson_config' }),
      appliedToConfig: r.one.aiAgentConfigs({ from: r.aiAgentLearning.appliedToConfigId, to: r.aiAgentConfigs.id, alias: 'ai_agent_lesson_applied' }),
      reviewedByVeterinarian: r.one.veterinarians({ from: r.aiAgentLearning.reviewedByVeterinarianId, to: r.veterinarians.id }),
      approvedBy: r.one.adminUsers({ from: r.aiAgentLearning.approvedByAdminUserId, to: r.adminUsers.id }),
    },
    userProfiles: {
      aiAgentSessions: r.many.aiAgentSessions({ from: r.userProfiles.id, to: r.aiAgentSessions.userId }),
    },
    userSessions: {
      aiAgentSessions: r.many.aiAgentSessions({ from: r.userSessions.id, to: r.aiAgentSessions.userSessionId }),
    },
    horses: {
      aiAgentSessions: r.many.aiAgentSessions({ from: r.horses.id, to: r.aiAgentSessions.horseId }),
    },
    aiModels: {
      aiAgentConfigs: r.many.aiAgentConfigs({ from: r.aiModels.id, to: r.aiAgentConfigs.modelId, alias: 'ai_agent_config_model' }),
      aiAgentFallbackConfigs: r.many.aiAgentConfigs({
        from: r.aiModels.id,
        to: r.aiAgentConfigs.fallbackModelId,
        alias: 'ai_agent_config_fallback_model',
      }),
      aiAgentInteractions: r.many.aiAgentInteractions({ from: r.aiModels.id, to: r.aiAgentInteractions.modelId }),
      aiAgentFailures: r.many.aiAgentFailures({ from: r.aiModels.id, to: r.aiAgentFailures.modelId }),
    },
    aiConversations: {
      aiAgentSessions: r.many.aiAgentSessions({ from: r.aiConversations.id, to: r.aiAgentSessions.conversationId }),
    },
    aiMessages: {
      aiAgentInteractions: r.many.aiAgentInteractions({ from: r.aiMessages.id, to: r.aiAgentInteractions.messageId }),
    },
    adminUsers: {
      aiAgentConfigsAuthored: r.many.aiAgentConfigs({ from: r.adminUsers.id, to: r.aiAgentConfigs.authoredByAdminUserId }),
      aiAgentWorkflowsAuthored: r.many.aiAgentWorkflows({ from: r.adminUsers.id, to: r.aiAgentWorkflows.authoredByAdminUserId }),
      aiAgentRoutingRulesCreated: r.many.aiAgentRouting({ from: r.adminUsers.id, to: r.aiAgentRouting.createdByAdminUserId }),
      aiAgentLessonsApproved: r.many.aiAgentLearning({ from: r.adminUsers.id, to: r.aiAgentLearning.approvedByAdminUserId }),
    },
    veterinarians: {
      aiAgentHandoffsReceived: r.many.aiAgentCoordination({ from: r.veterinarians.id, to: r.aiAgentCoordination.toVeterinarianId }),
      aiAgentLessonsReviewed: r.many.aiAgentLearning({ from: r.veterinarians.id, to: r.aiAgentLearning.reviewedByVeterinarianId }),
    },
  }),
);
