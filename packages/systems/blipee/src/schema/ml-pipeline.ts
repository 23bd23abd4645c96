import { between, oneOf } from '@db/core';
import { sql } from 'drizzle-orm';
import { foreignKey, index, integer, interval, jsonb, numeric, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { authUsers } from '../auth.ts';
import { ML_MODEL_STATUSES, ML_MODEL_TYPES, TRAINING_JOB_STATUSES } from '../constants.ts';
import { id, organizationForeignKey, organizationId } from './scope.ts';

/*
 * Stream B, migration 20240712_ml_pipeline_tables.sql, exactly as documented (constraint names are PostgreSQL's
 * defaults). The indexes the DDL lacks come in the `indexes` migration.
 */

/** The model registry: one row per organization, model type and version. */
export const mlModels = pgTable(
  'ml_models',
  {
    id: id(),
    organizationId: organizationId(),
    modelType: text('model_type', { enum: ML_MODEL_TYPES }).notNull(),
    modelName: text('model_name').notNull(),
    version: text('version').notNull(),
    status: text('status', { enum: ML_MODEL_STATUSES }).notNull().default('training'),
    framework: text('framework').notNull().default('tensorflow.js'),
    architecture: jsonb('architecture').notNull(),
    hyperparameters: jsonb('hyperparameters').notNull().default(sql`'{}'`),
    performanceMetrics: jsonb('performance_metrics'),
    trainingDataInfo: jsonb('training_data_info'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid('created_by'),
  },
  (t) => [
    organizationForeignKey('ml_models', t.organizationId),
    foreignKey({ name: 'ml_models_created_by_fkey', columns: [t.createdBy], foreignColumns: [authUsers.id] }),
    unique('ml_models_organization_id_model_type_version_key').on(t.organizationId, t.modelType, t.version),
    oneOf(t.modelType, ML_MODEL_TYPES),
    oneOf(t.status, ML_MODEL_STATUSES),
    index('ml_models_created_by_idx').on(t.createdBy),
  ],
);

/** The feature store: a feature set computed at a time, valid for a period. */
export const mlFeatures = pgTable(
  'ml_features',
  {
    id: id(),
    organizationId: organizationId(),
    featureSet: text('feature_set').notNull(),
    features: jsonb('features').notNull(),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull(),
    validityPeriod: interval('validity_period').notNull().default('1 day'),
    metadata: jsonb('metadata').default(sql`'{}'`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    organizationForeignKey('ml_features', t.organizationId),
    // Forward migration `indexes` from here on in every table: the foreign keys' indexes the DDL lacks.
    index('ml_features_organization_id_idx').on(t.organizationId),
  ],
);

/** Every prediction a model made, with its confidence and, later, the actual value. */
export const mlPredictions = pgTable(
  'ml_predictions',
  {
    id: id(),
    organizationId: organizationId(),
    modelId: uuid('model_id').notNull(),
    predictionType: text('prediction_type').notNull(),
    inputData: jsonb('input_data').notNull(),
    prediction: jsonb('prediction').notNull(),
    confidence: numeric('confidence', { precision: 3, scale: 2 }),
    actualValue: jsonb('actual_value'),
    feedback: text('feedback'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    organizationForeignKey('ml_predictions', t.organizationId),
    foreignKey({ name: 'ml_predictions_model_id_fkey', columns: [t.modelId], foreignColumns: [mlModels.id] }),
    between(t.confidence, 0, 1),
    index('ml_predictions_organization_id_idx').on(t.organizationId),
    index('ml_predictions_model_id_idx').on(t.modelId),
  ],
);

/** Training runs, queued to done, with their progress in percent. */
export const mlTrainingJobs = pgTable(
  'ml_training_jobs',
  {
    id: id(),
    organizationId: organizationId(),
    modelType: text('model_type').notNull(),
    status: text('status', { enum: TRAINING_JOB_STATUSES }).notNull().default('queued'),
    config: jsonb('config').notNull(),
    progress: integer('progress').default(0),
    metrics: jsonb('metrics'),
    errorMessage: text('error_message'),
    startedAt: timestamp('started_at', { withTimezone: true }),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    organizationForeignKey('ml_training_jobs', t.organizationId),
    oneOf(t.status, TRAINING_JOB_STATUSES),
    between(t.progress, 0, 100),
    index('ml_training_jobs_organization_id_idx').on(t.organizationId),
  ],
);

/** A model's evaluations over time, one metric per row. */
export const mlModelPerformance = pgTable(
  'ml_model_performance',
  {
    id: id(),
    modelId: uuid('model_id').notNull(),
    organizationId: organizationId(),
    metricType: text('metric_type').notNull(),
    metricValue: numeric('metric_value'),
    evaluationData: jsonb('evaluation_data'),
    evaluatedAt: timestamp('evaluated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ name: 'ml_model_performance_model_id_fkey', columns: [t.modelId], foreignColumns: [mlModels.id] }),
    organizationForeignKey('ml_model_performance', t.organizationId),
    index('ml_model_performance_organization_id_idx').on(t.organizationId),
    // A model's latest figure per metric (latestModelPerformance); serves the model_id foreign key too.
    index('ml_model_performance_model_metric_evaluated_idx').on(t.modelId, t.metricType, t.evaluatedAt.desc()),
  ],
);
