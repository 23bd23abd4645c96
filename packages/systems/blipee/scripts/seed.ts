/**
 * `pnpm db:seed blipee`: a steel maker on the platform with its Carbon Hunter agent (a task waiting for approval,
 * a result, a lesson), an emissions model and its evaluations, its industry classification, and a small supply
 * network (a supplier, its supplier, a customer) with a marketplace listing. Re-runnable: a seeded database is
 * left as it is.
 */
import { eq } from 'drizzle-orm';
import * as b from '../src/index.ts';

const connection = await b.createConfiguredDb();
try {
  const seeded = await connection.db.select({ id: b.organizations.id }).from(b.organizations).where(eq(b.organizations.slug, 'acme-steel'));
  if (seeded.length) {
    console.log('blipee is seeded already');
  } else {
    await connection.db.transaction(async (db) => {
      const [org] = await db
        .insert(b.organizations)
        .values({ name: 'Acme Steel', slug: 'acme-steel', industry: 'Metals & Mining', countryCode: 'PT', employeeCount: 1800, tier: 'enterprise' })
        .returning();
      const organizationId = org!.id;
      const [agent] = await db
        .insert(b.autonomousAgents)
        .values({ organizationId, name: 'Carbon Hunter', agentType: 'carbon_hunter', autonomyLevel: 3, capabilities: ['energy_analysis'], healthScore: '0.92' })
        .returning();
      const [task] = await db
        .insert(b.agentTasks)
        .values({ organizationId, agentId: agent!.id, taskType: 'energy_anomaly_scan', title: 'Scan furnace 2 energy data', priority: 'high', status: 'awaiting_approval', requiresApproval: true })
        .returning();
      await db.insert(b.agentApprovals).values({
        organizationId,
        agentId: agent!.id,
        taskId: task!.id,
        actionType: 'adjust_setpoint',
        actionPayload: { equipment: 'furnace-2', setpointC: 1180 },
        rationale: 'Night-shift setpoint is 40 C above process need.',
        expectedImpact: { tco2eAvoided: 12.5 },
      });
      await db.insert(b.agentResults).values({
        organizationId,
        agentId: agent!.id,
        taskId: task!.id,
        resultType: 'reduction_opportunity',
        success: true,
        summary: 'Lower furnace 2 night setpoint by 40 C',
        confidence: '0.85',
        estimatedTco2eAvoided: '12.500',
      });
      const [model] = await db
        .insert(b.mlModels)
        .values({ organizationId, modelType: 'emissions_prediction', modelName: 'Site emissions forecaster', version: '1.2.0', status: 'active', architecture: { type: 'lstm', layers: 2 } })
        .returning();
      await db.insert(b.mlModelPerformance).values([
        { modelId: model!.id, organizationId, metricType: 'mae', metricValue: '4.1', evaluatedAt: new Date('2024-05-01T00:00:00Z') },
        { modelId: model!.id, organizationId, metricType: 'mae', metricValue: '3.2', evaluatedAt: new Date('2024-07-01T00:00:00Z') },
      ]);
      await db.insert(b.griStandards).values({
        standardCode: 'GRI 11',
        industry: 'Oil and Gas',
        version: '2021',
        topics: ['11.1 GHG emissions'],
        requirements: { disclosures: ['305-1', '305-2'] },
        effectiveDate: '2023-01-01',
      });
      await db.insert(b.industryModels).values({ industryCode: 'metals', industryName: 'Metals & Mining', modelType: 'sector', configuration: { scopes: [1, 2, 3] }, materialTopics: ['emissions', 'water'] });
      await db.insert(b.organizationIndustries).values({ organizationId, primaryIndustry: 'metals', classificationConfidence: '0.93' });
      const nodes = await db
        .insert(b.networkNodes)
        .values([
          { organizationId, nodeType: 'organization', nodeName: 'Acme Steel', dataSharingLevel: 'aggregated' },
          { nodeType: 'supplier', nodeName: 'Ore Co', externalId: 'duns:150483782' },
          { nodeType: 'supplier', nodeName: 'Deep Mine', externalId: 'duns:150483790' },
          { nodeType: 'customer', nodeName: 'AutoParts', externalId: 'duns:804735132' },
        ])
        .returning({ id: b.networkNodes.id });
      const [own, ore, mine, auto] = nodes.map((node) => node.id);
      await db.insert(b.networkEdges).values([
        { sourceNodeId: ore!, targetNodeId: own!, edgeType: 'supplies_to', relationshipStrength: '0.80' },
        { sourceNodeId: mine!, targetNodeId: ore!, edgeType: 'supplies_to' },
        { sourceNodeId: own!, targetNodeId: auto!, edgeType: 'supplies_to', riskScore: '0.20' },
      ]);
      await db.insert(b.networkDataMarketplace).values({ providerOrgId: organizationId, datasetName: 'Iberian grid emission factors 2023', datasetType: 'emissions', dataPeriod: '2023', accessType: 'one_time', priceCredits: 50 });
    });
  }
  const [org] = await connection.db.select({ id: b.organizations.id }).from(b.organizations).where(eq(b.organizations.slug, 'acme-steel'));
  console.log(`seeded blipee: ${(await b.networkNeighbours(connection.db, org!.id)).length} network neighbours of Acme Steel within 2 hops`);
} finally {
  await connection.close();
}
