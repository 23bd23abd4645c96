import { readFileSync } from 'node:fs';
import { queryRows } from '@db/core';
import { catalogOf, createDocumentedSchema, refusal, restrictViolation, setupTestDatabase, tablesCreatedBy } from '@db/core/testing';
import { eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { networkEdges, networkNodes, organizations, relations } from '../src/index.ts';
import { seedOrganizationGraph } from './helpers.ts';

const t = setupTestDatabase({ database: 'blipee', relations });
const documented = readFileSync(new URL('./documented-ddl.sql', import.meta.url), 'utf8');
/** The two tables the document references without giving them: stand-ins in the documented schema. */
const STAND_INS = ['organizations', 'autonomous_agents'];
const TABLES = tablesCreatedBy(documented).filter((name) => !STAND_INS.includes(name));

describe('the migrations reproduce streams B, C, D and the integration tables as documented', () => {
  test('every table, column, type, default, CHECK, UNIQUE and foreign key; the documented indexes (ours add foreign-key ones)', async () => {
    await createDocumentedSchema(t.db, documented);
    const ours = await catalogOf(t.db, 'public', TABLES);
    const theirs = await catalogOf(t.db, 'documented', TABLES);

    expect(TABLES).toHaveLength(23);
    expect(ours.columns).toEqual(theirs.columns);
    expect(ours.constraints).toEqual(theirs.constraints);
    expect(ours.indexes).toEqual(expect.arrayContaining(theirs.indexes));
    const added = ours.indexes.filter((entry) => !theirs.indexes.includes(entry));
    expect(added.every((entry) => / USING btree \(/.test(entry) && !entry.includes('UNIQUE'))).toBe(true);
  });
});

describe('deleting an organization', () => {
  test('cascades where the DDL says ON DELETE CASCADE', async () => {
    const { organizationId } = await seedOrganizationGraph(t.db, { cascadingOnly: true });
    const cascading = await queryRows<{ table: string }>(
      t.db,
      `select c.conrelid::regclass::text as table from pg_constraint c
        where c.contype = 'f' and c.confrelid = 'organizations'::regclass and c.confdeltype = 'c' order by 1`,
    );
    const counts = async () =>
      Object.fromEntries(
        await Promise.all(
          cascading.map(async ({ table }) => [table, (await queryRows<{ n: number }>(t.db, `select count(*)::int as n from ${table} where organization_id = '${organizationId}'`))[0]!.n] as const),
        ),
      );
    expect(Object.values(await counts()).every((n) => n > 0)).toBe(true);
    await t.db.delete(organizations).where(eq(organizations.id, organizationId));
    expect(Object.values(await counts()).every((n) => n === 0)).toBe(true);
    // The stream tables that cascade, as the DDL has them (the agent tables, designed, all cascade too).
    expect(cascading.map((row) => row.table).filter((name) => TABLES.includes(name))).toEqual([
      'ml_features',
      'ml_model_performance',
      'ml_models',
      'ml_predictions',
      'ml_training_jobs',
      'network_privacy_settings',
      'organization_industries',
    ]);
  });

  test('is refused while a table without ON DELETE still points at it (a network node)', async () => {
    const { organizationId } = await seedOrganizationGraph(t.db, { cascadingOnly: true });
    await t.db.insert(networkNodes).values({ organizationId, nodeType: 'organization', nodeName: 'Acme Steel' });
    const refused = await refusal(t.db, (tx) => tx.delete(organizations).where(eq(organizations.id, organizationId)));
    expect(refused).toMatchObject({ code: restrictViolation, constraint: 'network_nodes_organization_id_fkey' });
  });
});

test('UNIQUE(source_node_id, target_node_id, edge_type): one edge per pair and type, others allowed', async () => {
  const [a, b] = await t.db
    .insert(networkNodes)
    .values([
      { nodeType: 'supplier', nodeName: 'Ore Co', externalId: 'duns:150483782' },
      { nodeType: 'customer', nodeName: 'AutoParts', externalId: 'duns:804735132' },
    ])
    .returning({ id: networkNodes.id });
  await t.db.insert(networkEdges).values({ sourceNodeId: a!.id, targetNodeId: b!.id, edgeType: 'supplies_to' });
  await t.db.insert(networkEdges).values({ sourceNodeId: a!.id, targetNodeId: b!.id, edgeType: 'partners_with' });
  await t.db.insert(networkEdges).values({ sourceNodeId: b!.id, targetNodeId: a!.id, edgeType: 'supplies_to' });
  const again = await refusal(t.db, (tx) => tx.insert(networkEdges).values({ sourceNodeId: a!.id, targetNodeId: b!.id, edgeType: 'supplies_to' }));
  expect(again).toMatchObject({ code: '23505', constraint: 'network_edges_source_node_id_target_node_id_edge_type_key' });
});
