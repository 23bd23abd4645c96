import { systemHealthChecks } from '@db/recovery/tables';
import { platformServices } from '@db/reliability/tables';
import { userProfiles } from '@db/users/tables';
import { defineRelationsPart } from 'drizzle-orm';
import * as schema from './tables.ts';

/**
 * This package's relations part: `r.one` edges from its tables, their reverse `r.many`, and the reverse edges onto
 * the parents of other packages (platform_services, system_health_checks, user_profiles) under keys prefixed
 * `synthetic`, so they cannot meet other pillars' keys on the same tables.
 */
export const syntheticsRelations = defineRelationsPart({ ...schema, platformServices, systemHealthChecks, userProfiles }, (r) => ({
  syntheticTestCases: {
    service: r.one.platformServices({ from: r.syntheticTestCases.serviceId, to: r.platformServices.id, optional: false }),
    owner: r.one.userProfiles({ from: r.syntheticTestCases.ownerUserId, to: r.userProfiles.id }),
    executions: r.many.syntheticTestExecutions({ from: r.syntheticTestCases.id, to: r.syntheticTestExecutions.testCaseId }),
  },
  syntheticTestExecutions: {
    testCase: r.one.syntheticTestCases({ from: r.syntheticTestExecutions.testCaseId, to: r.syntheticTestCases.id, optional: false }),
    healthCheck: r.one.systemHealthChecks({ from: r.syntheticTestExecutions.healthCheckId, to: r.systemHealthChecks.id }),
    results: r.many.syntheticTestResults({ from: r.syntheticTestExecutions.id, to: r.syntheticTestResults.executionId }),
  },
  syntheticTestResults: {
    execution: r.one.syntheticTestExecutions({ from: r.syntheticTestResults.executionId, to: r.syntheticTestExecutions.id, optional: false }),
  },
  testCoverageMetrics: {
    service: r.one.platformServices({ from: r.testCoverageMetrics.serviceId, to: r.platformServices.id, optional: false }),
  },
  syntheticDataGenerators: {
    piiReviewedBy: r.one.userProfiles({ from: r.syntheticDataGenerators.piiReviewedByUserId, to: r.userProfiles.id }),
    createdBy: r.one.userProfiles({ from: r.syntheticDataGenerators.createdByUserId, to: r.userProfiles.id }),
    dataSets: r.many.syntheticDataSets({ from: r.syntheticDataGenerators.id, to: r.syntheticDataSets.generatorId }),
  },
  syntheticDataSets: {
    generator: r.one.syntheticDataGenerators({ from: r.syntheticDataSets.generatorId, to: r.syntheticDataGenerators.id, optional: false }),
    workflow: r.one.testAutomationWorkflows({ from: r.syntheticDataSets.workflowId, to: r.testAutomationWorkflows.id }),
    requestedBy: r.one.userProfiles({ from: r.syntheticDataSets.requestedByUserId, to: r.userProfiles.id }),
    qualityMetrics: r.many.testDataQualityMetrics({ from: r.syntheticDataSets.id, to: r.testDataQualityMetrics.dataSetId }),
  },
  testAutomationWorkflows: {
    service: r.one.platformServices({ from: r.testAutomationWorkflows.serviceId, to: r.platformServices.id }),
    dataSets: r.many.syntheticDataSets({ from: r.testAutomationWorkflows.id, to: r.syntheticDataSets.workflowId }),
    regressionResults: r.many.regressionTestResults({ from: r.testAutomationWorkflows.id, to: r.regressionTestResults.workflowId }),
  },
  performanceBaselines: {
    service: r.one.platformServices({ from: r.performanceBaselines.serviceId, to: r.platformServices.id, optional: false }),
    approvedBy: r.one.userProfiles({ from: r.performanceBaselines.approvedByUserId, to: r.userProfiles.id }),
    regressionResults: r.many.regressionTestResults({ from: r.performanceBaselines.id, to: r.regressionTestResults.baselineId }),
  },
  regressionTestResults: {
    baseline: r.one.performanceBaselines({ from: r.regressionTestResults.baselineId, to: r.performanceBaselines.id, optional: false }),
    workflow: r.one.testAutomationWorkflows({ from: r.regressionTestResults.workflowId, to: r.testAutomationWorkflows.id }),
    waivedBy: r.one.userProfiles({ from: r.regressionTestResults.waivedByUserId, to: r.userProfiles.id }),
  },
  testDataQualityMetrics: {
    dataSet: r.one.syntheticDataSets({ from: r.testDataQualityMetrics.dataSetId, to: r.syntheticDataSets.id, optional: false }),
  },
  platformServices: {
    syntheticTestCases: r.many.syntheticTestCases({ from: r.platformServices.id, to: r.syntheticTestCases.serviceId }),
    syntheticActiveTestCases: r.many.syntheticTestCases({
      from: r.platformServices.id,
      to: r.syntheticTestCases.serviceId,
      where: { status: 'active' },
    }),
    syntheticCoverageMetrics: r.many.testCoverageMetrics({ from: r.platformServices.id, to: r.testCoverageMetrics.serviceId }),
    syntheticWorkflows: r.many.testAutomationWorkflows({ from: r.platformServices.id, to: r.testAutomationWorkflows.serviceId }),
    syntheticPerformanceBaselines: r.many.performanceBaselines({ from: r.platformServices.id, to: r.performanceBaselines.serviceId }),
    syntheticCurrentBaselines: r.many.performanceBaselines({
      from: r.platformServices.id,
      to: r.performanceBaselines.serviceId,
      where: { validTo: { isNull: true } },
    }),
  },
  systemHealthChecks: {
    syntheticExecutions: r.many.syntheticTestExecutions({ from: r.systemHealthChecks.id, to: r.syntheticTestExecutions.healthCheckId }),
  },
  userProfiles: {
    syntheticTestCasesOwned: r.many.syntheticTestCases({ from: r.userProfiles.id, to: r.syntheticTestCases.ownerUserId }),
    syntheticGeneratorsPiiReviewed: r.many.syntheticDataGenerators({ from: r.userProfiles.id, to: r.syntheticDataGenerators.piiReviewedByUserId }),
    syntheticGeneratorsCreated: r.many.syntheticDataGenerators({ from: r.userProfiles.id, to: r.syntheticDataGenerators.createdByUserId }),
    syntheticDataSetsRequested: r.many.syntheticDataSets({ from: r.userProfiles.id, to: r.syntheticDataSets.requestedByUserId }),
    syntheticBaselinesApproved: r.many.performanceBaselines({ from: r.userProfiles.id, to: r.performanceBaselines.approvedByUserId }),
    syntheticRegressionsWaived: r.many.regressionTestResults({ from: r.userProfiles.id, to: r.regressionTestResults.waivedByUserId }),
  },
}));
