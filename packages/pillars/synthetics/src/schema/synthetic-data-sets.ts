import {
  domainTable,
  formatCheck,
  id,
  inOrder,
  jsonObject,
  nonNegative,
  onlyWhen,
  requiredWhen,
  SHA256_HEX,
  textEnum,
  textLength,
  timestamps,
  timestamptz,
} from '@db/core';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { bigint, foreignKey, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { SYNTHETIC_DATA_ENVIRONMENTS, SYNTHETIC_DATA_FORMATS, SYNTHETIC_DATA_SET_STATUSES } from '../constants.ts';
import { syntheticDataGenerators } from './synthetic-data-generators.ts';
import { testAutomationWorkflows } from './test-automation-workflows.ts';

/**
 * One generated data set: the generator version and seed that produced it (so it can be produced again), its rows
 * per table and in total, its size, where the artifact is stored, its SHA-256 checksum, the environment it is for
 * and when it expires. The generator's manifest is imported again and again: the checksum is the natural key (the
 * same bytes are the same data set), and a re-import upserts status and expiry (`source_updated_at`). An expired
 * artifact is deleted from storage, but the row stays (status `deleted`): its quality checks are evidence that
 * what was loaded held no personal data. Its generator is RESTRICT (provenance); the pipeline that generated it
 * and the person who asked for it are descriptive (SET NULL).
 */
export const syntheticDataSets = domainTable(
  'synthetic_data_sets',
  {
    id: id(),
    generatorId: uuid().notNull(),
    seed: bigint({ mode: 'number' }).notNull(),
    environment: textEnum(SYNTHETIC_DATA_ENVIRONMENTS).notNull(),
    status: textEnum(SYNTHETIC_DATA_SET_STATUSES).notNull().default('available'),
    /** Rows generated per target table, e.g. { horses: 5000, horse_identifiers: 9800 } (typed in validation.ts). */
    rowCounts: jsonObject<Record<string, number>>(),
    totalRowCount: bigint({ mode: 'number' }).notNull(),
    sizeBytes: bigint({ mode: 'number' }).notNull(),
    format: textEnum(SYNTHETIC_DATA_FORMATS).notNull(),
    /** The artifact in object storage, e.g. synthetic-data/horse-records-ie/v3/20241104-seed-20241104.dump. */
    storageKey: text().notNull(),
    /** SHA-256 of the artifact's bytes. */
    checksumSha256: text().notNull(),
    generatedAt: timestamptz().notNull(),
    /** How long generation took. */
    generationDurationMs: integer(),
    /** When the artifact may be deleted; null to keep it (a pinned performance data set). */
    expiresAt: timestamptz(),
    /** When the artifact was deleted from storage (status deleted). */
    deletedAt: timestamptz(),
    /** The pipeline that generated it. SET NULL: descriptive. */
    workflowId: uuid(),
    /** Who asked for it. SET NULL: a credit. */
    requestedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    /** When the generator's manifest last changed the row. */
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('synthetic_data_sets_checksum_sha256_key').on(t.checksumSha256),
    /** A generator's data sets, latest first. */
    index('synthetic_data_sets_generator_id_idx').on(t.generatorId, t.generatedAt),
    // Declared here with names: the generated ones would pass PostgreSQL's 63 characters.
    foreignKey({
      name: 'synthetic_data_sets_generator_id_fkey',
      columns: [t.generatorId],
      foreignColumns: [syntheticDataGenerators.id],
    }).onDelete('restrict'),
    index('synthetic_data_sets_workflow_id_idx').on(t.workflowId),
    foreignKey({
      name: 'synthetic_data_sets_workflow_id_fkey',
      columns: [t.workflowId],
      foreignColumns: [testAutomationWorkflows.id],
    }).onDelete('set null'),
    index('synthetic_data_sets_requested_by_user_id_idx').on(t.requestedByUserId),
    /** The clean-up job: available artifacts by expiry. */
    index('synthetic_data_sets_expiring_idx')
      .on(t.expiresAt)
      .where(sql`${t.status} = 'available' and ${t.expiresAt} is not null`),
    nonNegative(t.seed),
    nonNegative(t.totalRowCount),
    nonNegative(t.sizeBytes),
    textLength(t.storageKey, { min: 1, max: 1024 }),
    formatCheck(t.checksumSha256, SHA256_HEX),
    nonNegative(t.generationDurationMs),
    inOrder(t.generatedAt, t.expiresAt, { strict: true, name: 'synthetic_data_sets_expires_at_check', message: 'must be after generatedAt' }),
    inOrder(t.generatedAt, t.deletedAt, { name: 'synthetic_data_sets_deleted_at_check', message: 'must not be before generatedAt' }),
    requiredWhen(t.deletedAt, t.status, 'deleted', { name: 'synthetic_data_sets_deleted_check' }),
    onlyWhen(t.deletedAt, t.status, 'deleted', { name: 'synthetic_data_sets_deleted_status_check' }),
  ],
);
