import { jsonRecord, jsonValue, tableCatalog, tableSchemas } from '@db/core';
import { z } from 'zod';
import { authUsers } from './auth.ts';
import * as t from './tables.ts';

/**
 * Zod schemas as strict as the tables (core's `tableSchemas`): the documented CHECK lists and ranges become
 * enums and bounds, numeric(3,2) scores decimals that fit, unknown keys are refused. jsonb columns: objects where
 * the platform writes objects, any JSON where it stores a model's input or output.
 */
const open = () => jsonRecord();
/** An interval as the platform writes one: a count and a unit. */
const interval = () => z.string().regex(/^[1-9]\d{0,3} (minute|hour|day|month|year)s?$/, 'must be an interval such as 1 day or 12 hours');
/** A plain decimal (numeric without precision). */
const decimal = () => z.string().regex(/^-?\d{1,15}(\.\d{1,15})?$/, 'must be a decimal number such as 0.93');

export const organizationSchemas = tableSchemas(t.organizations, { settings: open });

export const autonomousAgentSchemas = tableSchemas(t.autonomousAgents, { config: open });
export const agentTaskSchemas = tableSchemas(t.agentTasks, { input: open });
export const agentApprovalSchemas = tableSchemas(t.agentApprovals, { actionPayload: open, expectedImpact: open });
export const agentKnowledgeSchemas = tableSchemas(t.agentKnowledge, { content: jsonValue });
export const agentExecutionLogSchemas = tableSchemas(t.agentExecutionLogs, { input: jsonValue, output: jsonValue });
export const agentErrorSchemas = tableSchemas(t.agentErrors, { context: open });
export const agentConfigSchemas = tableSchemas(t.agentConfigs, { config: open });
export const agentEventSchemas = tableSchemas(t.agentEvents, { payload: open });
export const agentResultSchemas = tableSchemas(t.agentResults, { data: open });
export const agentScheduledTaskSchemas = tableSchemas(t.agentScheduledTasks, { payload: open });
export const agentOutcomeSchemas = tableSchemas(t.agentOutcomes, { expected: jsonValue, actual: jsonValue });
export const agentPatternSchemas = tableSchemas(t.agentPatterns, { signature: open });
export const agentKnowledgeBaseSchemas = tableSchemas(t.agentKnowledgeBase);

export const mlModelSchemas = tableSchemas(t.mlModels, { architecture: open, hyperparameters: open, performanceMetrics: open, trainingDataInfo: open });
export const mlFeatureSchemas = tableSchemas(t.mlFeatures, { features: open, validityPeriod: interval, metadata: open });
export const mlPredictionSchemas = tableSchemas(t.mlPredictions, { inputData: jsonValue, prediction: jsonValue, actualValue: jsonValue });
export const mlTrainingJobSchemas = tableSchemas(t.mlTrainingJobs, { config: open, metrics: open });
export const mlModelPerformanceSchemas = tableSchemas(t.mlModelPerformance, { metricValue: decimal, evaluationData: open });

export const griStandardSchemas = tableSchemas(t.griStandards, { topics: jsonValue, requirements: jsonValue });
export const industryModelSchemas = tableSchemas(t.industryModels, { configuration: open, materialTopics: jsonValue, benchmarks: jsonValue });
export const organizationIndustrySchemas = tableSchemas(t.organizationIndustries, { materialTopics: jsonValue, customTopics: jsonValue });
export const industryBenchmarkSchemas = tableSchemas(t.industryBenchmarks, { statistics: open });

export const networkNodeSchemas = tableSchemas(t.networkNodes, { location: open, metadata: open });
export const networkEdgeSchemas = tableSchemas(t.networkEdges, { volumeInfo: open, metadata: open });
export const networkPrivacySettingSchemas = tableSchemas(t.networkPrivacySettings);
export const networkPeerGroupSchemas = tableSchemas(t.networkPeerGroups, { criteria: open });
export const networkPeerGroupMemberSchemas = tableSchemas(t.networkPeerGroupMembers);
export const networkBenchmarkSchemas = tableSchemas(t.networkBenchmarks, { statistics: open });
export const networkSupplierAssessmentSchemas = tableSchemas(t.networkSupplierAssessments, { scores: open, risks: jsonValue, recommendations: jsonValue });
export const networkDataMarketplaceSchemas = tableSchemas(t.networkDataMarketplace, { metadata: open });
export const networkDataExchangeSchemas = tableSchemas(t.networkDataExchanges);
export const networkConsortiumSchemas = tableSchemas(t.networkConsortiums, { charter: open, governance: open });
export const networkConsortiumMemberSchemas = tableSchemas(t.networkConsortiumMembers);

export const agentMlRequestSchemas = tableSchemas(t.agentMlRequests, { inputData: jsonValue, prediction: jsonValue });
export const networkIntelligenceCacheSchemas = tableSchemas(t.networkIntelligenceCache, { data: jsonValue });
export const regulatoryComplianceSchemas = tableSchemas(t.regulatoryCompliance, { complianceData: open });

export const authUserSchemas = tableSchemas(authUsers);
/** Supabase's users (auth_compat creates the table where there is no Supabase Auth); not part of blipeeCatalog. */
export const authCatalog = tableCatalog(authUserSchemas);

export const blipeeCatalog = tableCatalog(
  organizationSchemas,
  autonomousAgentSchemas,
  agentTaskSchemas,
  agentApprovalSchemas,
  agentKnowledgeSchemas,
  agentExecutionLogSchemas,
  agentErrorSchemas,
  agentConfigSchemas,
  agentEventSchemas,
  agentResultSchemas,
  agentScheduledTaskSchemas,
  agentOutcomeSchemas,
  agentPatternSchemas,
  agentKnowledgeBaseSchemas,
  mlModelSchemas,
  mlFeatureSchemas,
  mlPredictionSchemas,
  mlTrainingJobSchemas,
  mlModelPerformanceSchemas,
  griStandardSchemas,
  industryModelSchemas,
  organizationIndustrySchemas,
  industryBenchmarkSchemas,
  networkNodeSchemas,
  networkEdgeSchemas,
  networkPrivacySettingSchemas,
  networkPeerGroupSchemas,
  networkPeerGroupMemberSchemas,
  networkBenchmarkSchemas,
  networkSupplierAssessmentSchemas,
  networkDataMarketplaceSchemas,
  networkDataExchangeSchemas,
  networkConsortiumSchemas,
  networkConsortiumMemberSchemas,
  agentMlRequestSchemas,
  networkIntelligenceCacheSchemas,
  regulatoryComplianceSchemas,
);
