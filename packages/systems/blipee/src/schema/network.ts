import { oneOf } from '@db/core';
import { sql } from 'drizzle-orm';
import { boolean, foreignKey, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { DATA_SHARING_LEVELS, EDGE_TYPES, MARKETPLACE_ACCESS_TYPES, NODE_TYPES, SHARING_LEVELS } from '../constants.ts';
import { createdAt, id, organizationForeignKey, score, updatedAt } from './scope.ts';

/*
 * Stream D, migration 20240714_network_features_tables.sql, exactly as documented: the supply-chain network
 * (nodes and edges), privacy settings, peer groups, anonymous benchmarks, supplier assessments, the data
 * marketplace and industry consortiums. Only privacy settings go with their organization (ON DELETE CASCADE);
 * every other reference to an organization keeps it from being deleted while it is there.
 */
/** A company in the network: a platform organization, or a supplier, customer or partner known by external id. */
export const networkNodes = pgTable(
  'network_nodes',
  {
    id: id(),
    organizationId: uuid('organization_id'),
    externalId: text('external_id'),
    nodeType: text('node_type', { enum: NODE_TYPES }).notNull(),
    nodeName: text('node_name').notNull(),
    industry: text('industry'),
    location: jsonb('location'),
    certifications: text('certifications').array(),
    esgScore: score('esg_score'),
    dataSharingLevel: text('data_sharing_level', { enum: DATA_SHARING_LEVELS }).notNull().default('none'),
    metadata: jsonb('metadata').default(sql`'{}'`),
    joinedNetworkAt: timestamp('joined_network_at', { withTimezone: true }).notNull().defaultNow(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    organizationForeignKey('network_nodes', t.organizationId, { cascade: false }),
    oneOf(t.nodeType, NODE_TYPES),
    oneOf(t.dataSharingLevel, DATA_SHARING_LEVELS),
    // Forward migration `indexes` (every foreign key's index the DDL lacks):
    index('network_nodes_organization_id_idx').on(t.organizationId),
  ],
);

/** A directed relationship between two nodes; one per pair and type. */
export const networkEdges = pgTable(
  'network_edges',
  {
    id: id(),
    sourceNodeId: uuid('source_node_id').notNull(),
    targetNodeId: uuid('target_node_id').notNull(),
    edgeType: text('edge_type', { enum: EDGE_TYPES }).notNull(),
    relationshipStrength: score('relationship_strength'),
    volumeInfo: jsonb('volume_info'),
    sustainabilityScore: score('sustainability_score'),
    riskScore: score('risk_score'),
    metadata: jsonb('metadata').default(sql`'{}'`),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    foreignKey({ name: 'network_edges_source_node_id_fkey', columns: [t.sourceNodeId], foreignColumns: [networkNodes.id] }),
    foreignKey({ name: 'network_edges_target_node_id_fkey', columns: [t.targetNodeId], foreignColumns: [networkNodes.id] }),
    unique('network_edges_source_node_id_target_node_id_edge_type_key').on(t.sourceNodeId, t.targetNodeId, t.edgeType),
    oneOf(t.edgeType, EDGE_TYPES),
    index('network_edges_target_node_id_idx').on(t.targetNodeId),
  ],
);

/** What an organization shares, per data category, and whether it consented. */
export const networkPrivacySettings = pgTable(
  'network_privacy_settings',
  {
    id: id(),
    organizationId: uuid('organization_id').notNull(),
    dataCategory: text('data_category').notNull(),
    sharingLevel: text('sharing_level', { enum: SHARING_LEVELS }).notNull(),
    anonymizationMethod: text('anonymization_method'),
    consentGiven: boolean('consent_given').notNull().default(false),
    consentDate: timestamp('consent_date', { withTimezone: true }),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    organizationForeignKey('network_privacy_settings', t.organizationId),
    unique('network_privacy_settings_organization_id_data_category_key').on(t.organizationId, t.dataCategory),
    oneOf(t.sharingLevel, SHARING_LEVELS),
  ],
);

/** Organizations grouped for comparison, by industry and criteria. */
export const networkPeerGroups = pgTable('network_peer_groups', {
  id: id(),
  groupName: text('group_name').notNull(),
  industry: text('industry').notNull(),
  criteria: jsonb('criteria').notNull(),
  memberCount: integer('member_count').notNull().default(0),
  createdAt: createdAt(),
});

export const networkPeerGroupMembers = pgTable(
  'network_peer_group_members',
  {
    id: id(),
    peerGroupId: uuid('peer_group_id').notNull(),
    organizationId: uuid('organization_id').notNull(),
    similarityScore: score('similarity_score'),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ name: 'network_peer_group_members_peer_group_id_fkey', columns: [t.peerGroupId], foreignColumns: [networkPeerGroups.id] }),
    organizationForeignKey('network_peer_group_members', t.organizationId, { cascade: false }),
    unique('network_peer_group_members_peer_group_id_organization_id_key').on(t.peerGroupId, t.organizationId),
    index('network_peer_group_members_organization_id_idx').on(t.organizationId),
  ],
);

/** Anonymous benchmarks over the participants' shared data, until they expire. */
export const networkBenchmarks = pgTable(
  'network_benchmarks',
  {
    id: id(),
    benchmarkType: text('benchmark_type').notNull(),
    industry: text('industry'),
    metricName: text('metric_name').notNull(),
    period: text('period').notNull(),
    participantCount: integer('participant_count').notNull(),
    statistics: jsonb('statistics').notNull(),
    confidenceLevel: score('confidence_level'),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [unique('network_benchmarks_benchmark_type_industry_metric_name_peri_key').on(t.benchmarkType, t.industry, t.metricName, t.period)],
);

/** An organization's assessment of a supplier node: scores, risks, recommendations, valid until a date. */
export const networkSupplierAssessments = pgTable(
  'network_supplier_assessments',
  {
    id: id(),
    requesterOrgId: uuid('requester_org_id').notNull(),
    supplierNodeId: uuid('supplier_node_id').notNull(),
    assessmentType: text('assessment_type').notNull(),
    scores: jsonb('scores').notNull(),
    risks: jsonb('risks'),
    recommendations: jsonb('recommendations'),
    assessmentDate: timestamp('assessment_date', { withTimezone: true }).notNull().defaultNow(),
    validUntil: timestamp('valid_until', { withTimezone: true }).notNull(),
  },
  (t) => [
    organizationForeignKey('network_supplier_assessments', t.requesterOrgId, { cascade: false }),
    foreignKey({ name: 'network_supplier_assessments_supplier_node_id_fkey', columns: [t.supplierNodeId], foreignColumns: [networkNodes.id] }),
    index('network_supplier_assessments_requester_org_id_idx').on(t.requesterOrgId),
    index('network_supplier_assessments_supplier_node_id_idx').on(t.supplierNodeId),
  ],
);

/** Data sets organizations offer each other, for credits or in exchange. */
export const networkDataMarketplace = pgTable(
  'network_data_marketplace',
  {
    id: id(),
    providerOrgId: uuid('provider_org_id').notNull(),
    datasetName: text('dataset_name').notNull(),
    /** The listing's category: 'emissions', 'energy', 'water', ... */
    datasetType: text('dataset_type').notNull(),
    description: text('description'),
    dataPeriod: text('data_period').notNull(),
    qualityScore: score('quality_score'),
    priceCredits: integer('price_credits'),
    accessType: text('access_type', { enum: MARKETPLACE_ACCESS_TYPES }).notNull(),
    metadata: jsonb('metadata').default(sql`'{}'`),
    listedAt: timestamp('listed_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
  },
  (t) => [
    organizationForeignKey('network_data_marketplace', t.providerOrgId, { cascade: false }),
    oneOf(t.accessType, MARKETPLACE_ACCESS_TYPES),
    index('network_data_marketplace_provider_org_id_idx').on(t.providerOrgId),
    // Open listings by category, newest first (openMarketplaceListings).
    index('network_data_marketplace_category_listed_idx').on(t.datasetType, t.listedAt.desc()),
  ],
);

/** A purchase or exchange of a listing, and the access it granted. */
export const networkDataExchanges = pgTable(
  'network_data_exchanges',
  {
    id: id(),
    listingId: uuid('listing_id').notNull(),
    buyerOrgId: uuid('buyer_org_id').notNull(),
    transactionType: text('transaction_type').notNull(),
    creditsExchanged: integer('credits_exchanged'),
    accessGrantedAt: timestamp('access_granted_at', { withTimezone: true }).notNull().defaultNow(),
    accessExpiresAt: timestamp('access_expires_at', { withTimezone: true }),
  },
  (t) => [
    foreignKey({ name: 'network_data_exchanges_listing_id_fkey', columns: [t.listingId], foreignColumns: [networkDataMarketplace.id] }),
    organizationForeignKey('network_data_exchanges', t.buyerOrgId, { cascade: false }),
    index('network_data_exchanges_listing_id_idx').on(t.listingId),
    index('network_data_exchanges_buyer_org_id_idx').on(t.buyerOrgId),
  ],
);

/** Industry consortiums: a charter, a governance, members with votes. */
export const networkConsortiums = pgTable('network_consortiums', {
  id: id(),
  consortiumName: text('consortium_name').notNull(),
  industry: text('industry').notNull(),
  charter: jsonb('charter').notNull(),
  governance: jsonb('governance').notNull(),
  memberCount: integer('member_count').notNull().default(0),
  createdAt: createdAt(),
});

export const networkConsortiumMembers = pgTable(
  'network_consortium_members',
  {
    id: id(),
    consortiumId: uuid('consortium_id').notNull(),
    organizationId: uuid('organization_id').notNull(),
    memberRole: text('member_role').notNull(),
    votingPower: integer('voting_power').default(1),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ name: 'network_consortium_members_consortium_id_fkey', columns: [t.consortiumId], foreignColumns: [networkConsortiums.id] }),
    organizationForeignKey('network_consortium_members', t.organizationId, { cascade: false }),
    unique('network_consortium_members_consortium_id_organization_id_key').on(t.consortiumId, t.organizationId),
    index('network_consortium_members_organization_id_idx').on(t.organizationId),
  ],
);
