import { setupTestDatabase } from '@db/core/testing';
import { describe, expect, test } from 'vitest';
import {
  latestModelPerformance,
  mlModelPerformance,
  mlModels,
  networkDataMarketplace,
  networkEdges,
  networkNeighbours,
  networkNodes,
  openMarketplaceListings,
  organizations,
  relations,
} from '../src/index.ts';

const t = setupTestDatabase({ database: 'blipee', relations });

async function organization(slug: string) {
  const [row] = await t.db.insert(organizations).values({ name: slug, slug }).returning({ id: organizations.id });
  return row!.id;
}

describe('networkNeighbours', () => {
  test("an organization's nodes to depth 2, edges followed both ways, each node once at its shortest distance", async () => {
    const acme = await organization('acme-steel');
    const node = async (nodeName: string, nodeType: 'organization' | 'supplier' | 'customer' | 'partner', organizationId: string | null = null) =>
      (await t.db.insert(networkNodes).values({ nodeName, nodeType, organizationId }).returning({ id: networkNodes.id }))[0]!.id;
    const own = await node('Acme Steel', 'organization', acme);
    const ore = await node('Ore Co', 'supplier');
    const mine = await node('Deep Mine', 'supplier');
    const far = await node('Shipping Ltd', 'partner');
    const auto = await node('AutoParts', 'customer');
    const rival = await node('Other Steel', 'customer');
    const edge = (sourceNodeId: string, targetNodeId: string, edgeType: 'supplies_to' | 'buys_from' | 'partners_with') => ({ sourceNodeId, targetNodeId, edgeType });
    await t.db.insert(networkEdges).values([
      edge(ore, own, 'supplies_to'), // depth 1, pointing at us
      edge(own, auto, 'supplies_to'), // depth 1, from us
      edge(mine, ore, 'supplies_to'), // depth 2
      edge(auto, ore, 'partners_with'), // a cycle: Ore Co stays at depth 1
      edge(far, mine, 'partners_with'), // depth 3: out of reach
      edge(rival, auto, 'buys_from'), // depth 2 through AutoParts
    ]);

    const neighbours = await networkNeighbours(t.db, acme);
    expect(neighbours.map((n) => [n.nodeName, n.depth])).toEqual([
      ['AutoParts', 1],
      ['Ore Co', 1],
      ['Deep Mine', 2],
      ['Other Steel', 2],
    ]);
    expect((await networkNeighbours(t.db, acme, 3)).map((n) => n.nodeName)).toContain('Shipping Ltd');
  });
});

test("latestModelPerformance: a model's latest figure per metric", async () => {
  const organizationId = await organization('acme-steel');
  const [model] = await t.db
    .insert(mlModels)
    .values({ organizationId, modelType: 'emissions_prediction', modelName: 'forecaster', version: '1.0.0', architecture: { type: 'lstm' } })
    .returning({ id: mlModels.id });
  const at = (iso: string) => new Date(iso);
  await t.db.insert(mlModelPerformance).values([
    { modelId: model!.id, organizationId, metricType: 'mae', metricValue: '4.1', evaluatedAt: at('2024-05-01T00:00:00Z') },
    { modelId: model!.id, organizationId, metricType: 'mae', metricValue: '3.2', evaluatedAt: at('2024-07-01T00:00:00Z') },
    { modelId: model!.id, organizationId, metricType: 'r2', metricValue: '0.91', evaluatedAt: at('2024-06-01T00:00:00Z') },
  ]);
  const latest = await latestModelPerformance(t.db, model!.id);
  expect(latest.map((row) => [row.metricType, row.metricValue])).toEqual([
    ['mae', '3.2'],
    ['r2', '0.91'],
  ]);
});

test('openMarketplaceListings: listings of a category with no expiry or one ahead, newest first', async () => {
  const providerOrgId = await organization('acme-steel');
  const now = new Date('2024-07-15T12:00:00Z');
  const listing = (datasetName: string, datasetType: string, listedAt: string, expiresAt: string | null) => ({
    providerOrgId,
    datasetName,
    datasetType,
    dataPeriod: '2023',
    accessType: 'one_time' as const,
    listedAt: new Date(listedAt),
    expiresAt: expiresAt ? new Date(expiresAt) : null,
  });
  await t.db.insert(networkDataMarketplace).values([
    listing('grid factors', 'emissions', '2024-07-01T00:00:00Z', null),
    listing('fleet fuel', 'emissions', '2024-07-10T00:00:00Z', '2024-12-31T00:00:00Z'),
    listing('old survey', 'emissions', '2024-01-01T00:00:00Z', '2024-06-30T00:00:00Z'),
    listing('water use', 'water', '2024-07-12T00:00:00Z', null),
  ]);
  const open = await openMarketplaceListings(t.db, 'emissions', now);
  expect(open.map((row) => row.datasetName)).toEqual(['fleet fuel', 'grid factors']);
});
