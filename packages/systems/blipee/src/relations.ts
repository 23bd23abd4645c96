import { defineRelations } from 'drizzle-orm';
import { authUsers } from './auth.ts';
import * as tables from './tables.ts';

/** The whole graph, both ways, for `db.query` and Drizzle Studio. */
export const relations = defineRelations({ ...tables, authUsers }, (r) => ({
  organizations: {
    agents: r.many.autonomousAgents({ from: r.organizations.id, to: r.autonomousAgents.organizationId }),
    knowledgeBase: r.many.agentKnowledgeBase({ from: r.organizations.id, to: r.agentKnowledgeBase.organizationId }),
    mlModels: r.many.mlModels({ from: r.organizations.id, to: r.mlModels.organizationId }),
    industries: r.many.organizationIndustries({ from: r.organizations.id, to: r.organizationIndustries.organizationId }),
    networkNodes: r.many.networkNodes({ from: r.organizations.id, to: r.networkNodes.organizationId }),
    privacySettings: r.many.networkPrivacySettings({ from: r.organizations.id, to: r.networkPrivacySettings.organizationId }),
    peerGroupMemberships: r.many.networkPeerGroupMembers({ from: r.organizations.id, to: r.networkPeerGroupMembers.organizationId }),
    consortiumMemberships: r.many.networkConsortiumMembers({ from: r.organizations.id, to: r.networkConsortiumMembers.organizationId }),
    marketplaceListings: r.many.networkDataMarketplace({ from: r.organizations.id, to: r.networkDataMarketplace.providerOrgId }),
    dataPurchases: r.many.networkDataExchanges({ from: r.organizations.id, to: r.networkDataExchanges.buyerOrgId }),
    supplierAssessments: r.many.networkSupplierAssessments({ from: r.organizations.id, to: r.networkSupplierAssessments.requesterOrgId }),
    regulatoryCompliance: r.many.regulatoryCompliance({ from: r.organizations.id, to: r.regulatoryCompliance.organizationId }),
    creator: r.one.authUsers({ from: r.organizations.createdBy, to: r.authUsers.id }),
  },
  autonomousAgents: {
    organization: r.one.organizations({ from: r.autonomousAgents.organizationId, to: r.organizations.id, optional: false }),
    tasks: r.many.agentTasks({ from: r.autonomousAgents.id, to: r.agentTasks.agentId }),
    approvals: r.many.agentApprovals({ from: r.autonomousAgents.id, to: r.agentApprovals.agentId }),
    knowledge: r.many.agentKnowledge({ from: r.autonomousAgents.id, to: r.agentKnowledge.agentId }),
    executionLogs: r.many.agentExecutionLogs({ from: r.autonomousAgents.id, to: r.agentExecutionLogs.agentId }),
    errors: r.many.agentErrors({ from: r.autonomousAgents.id, to: r.agentErrors.agentId }),
    configs: r.many.agentConfigs({ from: r.autonomousAgents.id, to: r.agentConfigs.agentId }),
    events: r.many.agentEvents({ from: r.autonomousAgents.id, to: r.agentEvents.agentId }),
    results: r.many.agentResults({ from: r.autonomousAgents.id, to: r.agentResults.agentId }),
    scheduledTasks: r.many.agentScheduledTasks({ from: r.autonomousAgents.id, to: r.agentScheduledTasks.agentId }),
    outcomes: r.many.agentOutcomes({ from: r.autonomousAgents.id, to: r.agentOutcomes.agentId }),
    patterns: r.many.agentPatterns({ from: r.autonomousAgents.id, to: r.agentPatterns.agentId }),
    mlRequests: r.many.agentMlRequests({ from: r.autonomousAgents.id, to: r.agentMlRequests.agentId }),
  },
  agentTasks: {
    agent: r.one.autonomousAgents({ from: r.agentTasks.agentId, to: r.autonomousAgents.id, optional: false }),
    parent: r.one.agentTasks({ from: r.agentTasks.parentTaskId, to: r.agentTasks.id, alias: 'subtasks' }),
    subtasks: r.many.agentTasks({ from: r.agentTasks.id, to: r.agentTasks.parentTaskId, alias: 'subtasks' }),
    approvals: r.many.agentApprovals({ from: r.agentTasks.id, to: r.agentApprovals.taskId }),
    results: r.many.agentResults({ from: r.agentTasks.id, to: r.agentResults.taskId }),
    outcomes: r.many.agentOutcomes({ from: r.agentTasks.id, to: r.agentOutcomes.taskId }),
    executionLogs: r.many.agentExecutionLogs({ from: r.agentTasks.id, to: r.agentExecutionLogs.taskId }),
  },
  agentApprovals: {
    agent: r.one.autonomousAgents({ from: r.agentApprovals.agentId, to: r.autonomousAgents.id, optional: false }),
    task: r.one.agentTasks({ from: r.agentApprovals.taskId, to: r.agentTasks.id, optional: false }),
    decider: r.one.authUsers({ from: r.agentApprovals.decidedBy, to: r.authUsers.id }),
  },
  agentResults: {
    task: r.one.agentTasks({ from: r.agentResults.taskId, to: r.agentTasks.id, optional: false }),
  },
  agentOutcomes: {
    task: r.one.agentTasks({ from: r.agentOutcomes.taskId, to: r.agentTasks.id, optional: false }),
  },
  mlModels: {
    organization: r.one.organizations({ from: r.mlModels.organizationId, to: r.organizations.id, optional: false }),
    predictions: r.many.mlPredictions({ from: r.mlModels.id, to: r.mlPredictions.modelId }),
    performance: r.many.mlModelPerformance({ from: r.mlModels.id, to: r.mlModelPerformance.modelId }),
    agentRequests: r.many.agentMlRequests({ from: r.mlModels.id, to: r.agentMlRequests.modelId }),
  },
  mlPredictions: {
    model: r.one.mlModels({ from: r.mlPredictions.modelId, to: r.mlModels.id, optional: false }),
  },
  mlModelPerformance: {
    model: r.one.mlModels({ from: r.mlModelPerformance.modelId, to: r.mlModels.id, optional: false }),
  },
  griStandards: {
    industryModels: r.many.industryModels({ from: r.griStandards.standardCode, to: r.industryModels.griStandard }),
  },
  industryModels: {
    standard: r.one.griStandards({ from: r.industryModels.griStandard, to: r.griStandards.standardCode }),
    industryBenchmarks: r.many.industryBenchmarks({ from: r.industryModels.industryCode, to: r.industryBenchmarks.industryCode }),
    organizations: r.many.organizationIndustries({ from: r.industryModels.industryCode, to: r.organizationIndustries.primaryIndustry }),
  },
  organizationIndustries: {
    organization: r.one.organizations({ from: r.organizationIndustries.organizationId, to: r.organizations.id, optional: false }),
    industryModel: r.one.industryModels({ from: r.organizationIndustries.primaryIndustry, to: r.industryModels.industryCode, optional: false }),
  },
  networkNodes: {
    organization: r.one.organizations({ from: r.networkNodes.organizationId, to: r.organizations.id }),
    outgoing: r.many.networkEdges({ from: r.networkNodes.id, to: r.networkEdges.sourceNodeId, alias: 'source' }),
    incoming: r.many.networkEdges({ from: r.networkNodes.id, to: r.networkEdges.targetNodeId, alias: 'target' }),
    assessments: r.many.networkSupplierAssessments({ from: r.networkNodes.id, to: r.networkSupplierAssessments.supplierNodeId }),
  },
  networkEdges: {
    source: r.one.networkNodes({ from: r.networkEdges.sourceNodeId, to: r.networkNodes.id, alias: 'source', optional: false }),
    target: r.one.networkNodes({ from: r.networkEdges.targetNodeId, to: r.networkNodes.id, alias: 'target', optional: false }),
  },
  networkPeerGroups: {
    members: r.many.networkPeerGroupMembers({ from: r.networkPeerGroups.id, to: r.networkPeerGroupMembers.peerGroupId }),
  },
  networkPeerGroupMembers: {
    peerGroup: r.one.networkPeerGroups({ from: r.networkPeerGroupMembers.peerGroupId, to: r.networkPeerGroups.id, optional: false }),
    organization: r.one.organizations({ from: r.networkPeerGroupMembers.organizationId, to: r.organizations.id, optional: false }),
  },
  networkSupplierAssessments: {
    requester: r.one.organizations({ from: r.networkSupplierAssessments.requesterOrgId, to: r.organizations.id, optional: false }),
    supplier: r.one.networkNodes({ from: r.networkSupplierAssessments.supplierNodeId, to: r.networkNodes.id, optional: false }),
  },
  networkDataMarketplace: {
    provider: r.one.organizations({ from: r.networkDataMarketplace.providerOrgId, to: r.organizations.id, optional: false }),
    exchanges: r.many.networkDataExchanges({ from: r.networkDataMarketplace.id, to: r.networkDataExchanges.listingId }),
  },
  networkDataExchanges: {
    listing: r.one.networkDataMarketplace({ from: r.networkDataExchanges.listingId, to: r.networkDataMarketplace.id, optional: false }),
    buyer: r.one.organizations({ from: r.networkDataExchanges.buyerOrgId, to: r.organizations.id, optional: false }),
  },
  networkConsortiums: {
    members: r.many.networkConsortiumMembers({ from: r.networkConsortiums.id, to: r.networkConsortiumMembers.consortiumId }),
  },
  networkConsortiumMembers: {
    consortium: r.one.networkConsortiums({ from: r.networkConsortiumMembers.consortiumId, to: r.networkConsortiums.id, optional: false }),
    organization: r.one.organizations({ from: r.networkConsortiumMembers.organizationId, to: r.organizations.id, optional: false }),
  },
  agentMlRequests: {
    agent: r.one.autonomousAgents({ from: r.agentMlRequests.agentId, to: r.autonomousAgents.id, optional: false }),
    model: r.one.mlModels({ from: r.agentMlRequests.modelId, to: r.mlModels.id, optional: false }),
  },
}));

export type BlipeeRelations = typeof relations;
