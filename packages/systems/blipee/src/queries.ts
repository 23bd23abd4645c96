import { queryRows, type Database } from '@db/core';
import { and, desc, eq, gt, isNull, or, sql, type AnyRelations } from 'drizzle-orm';
import type { NODE_TYPES } from './constants.ts';
import { mlModelPerformance } from './schema/ml-pipeline.ts';
import { networkDataMarketplace } from './schema/network.ts';

export interface NetworkNeighbour {
  nodeId: string;
  nodeName: string;
  nodeType: (typeof NODE_TYPES)[number];
  organizationId: string | null;
  /** Hops from the organization's own nodes, along edges in either direction: 1 or 2 (its shortest distance). */
  depth: number;
}

/**
 * The network around an organization: every node within `maxDepth` hops (2 by default) of its own nodes, edges
 * followed both ways (a supplier's supplier, a customer's other suppliers), each node once at its shortest
 * distance, nearest first. A recursive CTE that never revisits a node on its path, so cycles end.
 */
export function networkNeighbours(db: Database<AnyRelations>, organizationId: string, maxDepth = 2): Promise<NetworkNeighbour[]> {
  return queryRows<NetworkNeighbour>(
    db,
    sql`with recursive own as (
          select id from network_nodes where organization_id = ${organizationId}
        ), walk(node_id, depth, path) as (
          select id, 0, array[id] from own
          union all
          select next.node_id, w.depth + 1, w.path || next.node_id
            from walk w
            join network_edges e on e.source_node_id = w.node_id or e.target_node_id = w.node_id
            cross join lateral (select case when e.source_node_id = w.node_id then e.target_node_id else e.source_node_id end as node_id) next
           where w.depth < ${maxDepth} and not next.node_id = any(w.path)
        )
        select n.id as "nodeId", n.node_name as "nodeName", n.node_type as "nodeType", n.organization_id as "organizationId",
               min(w.depth)::int as depth
          from walk w join network_nodes n on n.id = w.node_id
         where n.id not in (select id from own)
         group by n.id
         order by depth, n.node_name`,
  );
}

/** A model's latest evaluation of each metric (accuracy, MAE, ...): one row per metric type. */
export function latestModelPerformance(db: Database<AnyRelations>, modelId: string) {
  return db
    .selectDistinctOn([mlModelPerformance.metricType])
    .from(mlModelPerformance)
    .where(eq(mlModelPerformance.modelId, modelId))
    .orderBy(mlModelPerformance.metricType, desc(mlModelPerformance.evaluatedAt));
}

/** Marketplace listings still open (no expiry, or one in the future) in a category (`dataset_type`), newest first. */
export function openMarketplaceListings(db: Database<AnyRelations>, category: string, now: Date = new Date()) {
  return db
    .select()
    .from(networkDataMarketplace)
    .where(and(eq(networkDataMarketplace.datasetType, category), or(isNull(networkDataMarketplace.expiresAt), gt(networkDataMarketplace.expiresAt, now))))
    .orderBy(desc(networkDataMarketplace.listedAt));
}
