import {
  differ,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  nonNegative,
  positive,
  SNAKE_CASE_KEY,
  textEnum,
  timestamps,
  timestamptz,
  together,
} from '@db/core';
import { sql } from 'drizzle-orm';
import { bigint, index, integer, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  RELIABILITY_ENVIRONMENTS,
  RELIABILITY_REGION,
  RELIABILITY_REPLICATION_MODES,
  RELIABILITY_REPLICATION_STATES,
  RELIABILITY_REPLICATION_TYPES,
  RELIABILITY_SERVICE_KEY,
} from '../constants.ts';
import { platformServices } from './platform-services.ts';

/**
 * The current state of one replication stream of a data store (a PostgreSQL standby, a logical subscription, a
 * cross-region bucket copy, a CDC pipeline): from where to where, how far behind, as last observed. One row per
 * stream, refreshed by the monitoring import on (source, external_id) with `sourceUpdatedAt`, so an older
 * observation never overwrites a newer one; the lag over time is a metric, kept by the metrics store, and the
 * replica's host samples are in infrastructure_monitoring.
 */
export const dataReplicationStatus = domainTable(
  'data_replication_status',
  {
    id: id(),
    /** Whose data is replicated: a catalogued database, cache or bucket, or the service owning it. Status describes it and goes with it. */
    serviceId: uuid()
      .notNull()
      .references(() => platformServices.id, { onDelete: 'cascade' }),
    environment: textEnum(RELIABILITY_ENVIRONMENTS).notNull(),
    /** kebab-case, unique per service and environment, e.g. horse-db-standby-euc1. */
    streamName: text().notNull(),
    replicationType: textEnum(RELIABILITY_REPLICATION_TYPES).notNull(),
    mode: textEnum(RELIABILITY_REPLICATION_MODES).notNull().default('asynchronous'),
    /** The primary's endpoint, e.g. horse-db-primary.equine.internal:5432. */
    sourceEndpoint: text().notNull(),
    targetEndpoint: text().notNull(),
    sourceRegion: text(),
    targetRegion: text(),
    state: textEnum(RELIABILITY_REPLICATION_STATES).notNull(),
    /** How far the replica is behind, in seconds (PostgreSQL replay_lag, to the millisecond). */
    lagSeconds: numeric({ precision: 12, scale: 3 }),
    /** WAL or change-log bytes not yet applied. */
    lagBytes: bigint({ mode: 'number' }),
    /** The lag the owners alert above. */
    lagAlertThresholdSeconds: integer(),
    /** The commit time of the newest change the replica has applied. */
    lastReplicatedAt: timestamptz(),
    /** When the state above was measured. */
    observedAt: timestamptz().notNull(),
    lastError: text(),
    /** The monitoring source, snake_case: cloudwatch, pg_stat_replication, debezium. */
    source: text(),
    /** The stream's id at the source (replica identifier, subscription name, rule ARN). */
    externalId: text(),
    /** When the source last changed the stream's state. */
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('data_replication_status_stream_key').on(t.serviceId, t.environment, t.streamName),
    uniqueIndex('data_replication_status_source_external_id_key').on(t.source, t.externalId),
    /** Streams that need attention: the replication dashboard and its alerts. */
    index('data_replication_status_unhealthy_idx')
      .on(t.environment, t.state)
      .where(sql`${t.state} in ('catching_up', 'paused', 'broken')`),
    formatCheck(t.streamName, RELIABILITY_SERVICE_KEY),
    differ(t.sourceEndpoint, t.targetEndpoint, { name: 'data_replication_status_endpoints_check', message: 'a stream replicates to another endpoint' }),
    formatCheck(t.sourceRegion, RELIABILITY_REGION),
    formatCheck(t.targetRegion, RELIABILITY_REGION),
    nonNegative(t.lagSeconds),
    nonNegative(t.lagBytes),
    positive(t.lagAlertThresholdSeconds),
    together(t.source, t.externalId, { name: 'data_replication_status_source_check' }),
    formatCheck(t.source, SNAKE_CASE_KEY),
    formatCheck(t.externalId, EXTERNAL_ID),
  ],
);
