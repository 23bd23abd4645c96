import { sql } from 'drizzle-orm';
import { date, foreignKey, index, integer, jsonb, numeric, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { id, organizationForeignKey } from './scope.ts';

/*
 * Stream C, migration 20240713_industry_models_tables.sql, exactly as documented. Industries and GRI standards
 * are referenced by their codes ('GRI 11', an industry code), not by id.
 */

/** The GRI sector standards: 'GRI 11' (oil and gas), 'GRI 12' (coal), 'GRI 13' (agriculture), ... */
export const griStandards = pgTable(
  'gri_standards',
  {
    id: id(),
    standardCode: text('standard_code').notNull(),
    industry: text('industry').notNull(),
    version: text('version').notNull(),
    topics: jsonb('topics').notNull(),
    requirements: jsonb('requirements').notNull(),
    effectiveDate: date('effective_date').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('gri_standards_standard_code_key').on(t.standardCode)],
);

/** An industry's model: its GRI standard, material topics and benchmarks. */
export const industryModels = pgTable(
  'industry_models',
  {
    id: id(),
    industryCode: text('industry_code').notNull(),
    industryName: text('industry_name').notNull(),
    griStandard: text('gri_standard'),
    modelType: text('model_type').notNull(),
    configuration: jsonb('configuration').notNull(),
    materialTopics: jsonb('material_topics').notNull(),
    benchmarks: jsonb('benchmarks'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('industry_models_industry_code_key').on(t.industryCode),
    foreignKey({ name: 'industry_models_gri_standard_fkey', columns: [t.griStandard], foreignColumns: [griStandards.standardCode] }),
    // Forward migration `indexes` (every foreign key's index the DDL lacks):
    index('industry_models_gri_standard_idx').on(t.griStandard),
  ],
);

/** An organization's classification: its primary industry, others, and its material topics. */
export const organizationIndustries = pgTable(
  'organization_industries',
  {
    id: id(),
    organizationId: uuid('organization_id').notNull(),
    primaryIndustry: text('primary_industry').notNull(),
    secondaryIndustries: text('secondary_industries').array().default(sql`'{}'`),
    classificationConfidence: numeric('classification_confidence', { precision: 3, scale: 2 }),
    materialTopics: jsonb('material_topics'),
    customTopics: jsonb('custom_topics'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    organizationForeignKey('organization_industries', t.organizationId),
    foreignKey({ name: 'organization_industries_primary_industry_fkey', columns: [t.primaryIndustry], foreignColumns: [industryModels.industryCode] }),
    index('organization_industries_organization_id_idx').on(t.organizationId),
    index('organization_industries_primary_industry_idx').on(t.primaryIndustry),
  ],
);

/** Benchmark statistics (mean, median, quartiles) per industry, metric and period. */
export const industryBenchmarks = pgTable(
  'industry_benchmarks',
  {
    id: id(),
    industryCode: text('industry_code').notNull(),
    metricName: text('metric_name').notNull(),
    metricType: text('metric_type').notNull(),
    period: text('period').notNull(),
    statistics: jsonb('statistics').notNull(),
    sampleSize: integer('sample_size').notNull(),
    lastUpdated: timestamp('last_updated', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ name: 'industry_benchmarks_industry_code_fkey', columns: [t.industryCode], foreignColumns: [industryModels.industryCode] }),
    unique('industry_benchmarks_industry_code_metric_name_period_key').on(t.industryCode, t.metricName, t.period),
  ],
);
