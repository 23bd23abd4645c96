export * from './schema/agent-learning.ts';
export * from './schema/agent-operations.ts';
export * from './schema/agents.ts';
export * from './schema/industry-models.ts';
export * from './schema/integration.ts';
export * from './schema/ml-pipeline.ts';
export * from './schema/network.ts';
export * from './schema/organizations.ts';
