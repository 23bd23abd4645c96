import { foreignKey, index, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { autonomousAgents } from './agents.ts';
import { mlModels } from './ml-pipeline.ts';
import { id, organizationForeignKey } from './scope.ts';

/** Cross-stream tables, migration 20240715_integration_tables.sql, exactly as documented. */

/** An agent asking a model for a prediction. */
export const agentMlRequests = pgTable(
  'agent_ml_requests',
  {
    id: id(),
    agentId: uuid('agent_id').notNull(),
    modelId: uuid('model_id').notNull(),
    organizationId: uuid('organization_id').notNull(),
    requestType: text('request_type').notNull(),
    inputData: jsonb('input_data').notNull(),
    prediction: jsonb('prediction'),
    status: text('status').notNull().default('pending'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
  },
  (t) => [
    foreignKey({ name: 'agent_ml_requests_agent_id_fkey', columns: [t.agentId], foreignColumns: [autonomousAgents.id] }),
    foreignKey({ name: 'agent_ml_requests_model_id_fkey', columns: [t.modelId], foreignColumns: [mlModels.id] }),
    organizationForeignKey('agent_ml_requests', t.organizationId, { cascade: false }),
    // Forward migration `indexes` (every foreign key's index the DDL lacks):
    index('agent_ml_requests_agent_id_idx').on(t.agentId),
    index('agent_ml_requests_model_id_idx').on(t.modelId),
    index('agent_ml_requests_organization_id_idx').on(t.organizationId),
  ],
);

/** Computed network intelligence by key, until it expires. */
export const networkIntelligenceCache = pgTable(
  'network_intelligence_cache',
  {
    id: id(),
    cacheKey: text('cache_key').notNull(),
    cacheType: text('cache_type').notNull(),
    data: jsonb('data').notNull(),
    organizationId: uuid('organization_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    unique('network_intelligence_cache_cache_key_key').on(t.cacheKey),
    organizationForeignKey('network_intelligence_cache', t.organizationId, { cascade: false }),
    index('network_intelligence_cache_organization_id_idx').on(t.organizationId),
  ],
);

/** An organization's standing against a regulation in a jurisdiction (CSRD in the EU, SB 253 in California, ...). */
export const regulatoryCompliance = pgTable(
  'regulatory_compliance',
  {
    id: id(),
    organizationId: uuid('organization_id').notNull(),
    regulation: text('regulation').notNull(),
    jurisdiction: text('jurisdiction').notNull(),
    status: text('status').notNull(),
    lastAssessment: timestamp('last_assessment', { withTimezone: true }),
    nextDeadline: timestamp('next_deadline', { withTimezone: true }),
    complianceData: jsonb('compliance_data'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    organizationForeignKey('regulatory_compliance', t.organizationId, { cascade: false }),
    index('regulatory_compliance_organization_id_idx').on(t.organizationId),
  ],
);
