import { differ, domainTable, formatCheck, HTTP_URL, id, inOrder, nonNegative, onlyWhen, positive, requiredWhen, textEnum, textLength, timestamps, timestamptz, together } from '@db/core';
import { RECOVERY_FAILOVER_MODES } from '@db/recovery/constants';
import { redundancyConfigs } from '@db/recovery/tables';
import { RELIABILITY_ENVIRONMENTS, RELIABILITY_REGION } from '@db/reliability/constants';
import { dataReplicationStatus, platformServices } from '@db/reliability/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { foreignKey, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { RESILIENCE_FAILOVER_KINDS } from '../constants.ts';

/**
 * How a service fails over in one environment: the kind (active-passive, active-active, DNS, client-side), from
 * which region to which, whether it is automatic, the health-check thresholds that trigger it, and the objectives
 * it must meet (RPO as the most data it may lose, RTO as the longest it may take), which may be tighter than the
 * redundancy's own (`redundancy_configs` of @db/recovery, which it implements) but no looser in practice. The
 * replication stream the secondary reads from is @db/reliability's `data_replication_status`. Versioned: a
 * change closes the current row (`valid_to`) and opens the next; one current strategy per (service, environment).
 * Configuration that only describes the service goes with it (CASCADE); its executions keep it (RESTRICT on
 * `failover_executions`), so a strategy that ran is closed, not deleted.
 */
export const failoverStrategies = domainTable(
  'failover_strategies',
  {
    id: id(),
    serviceId: uuid()
      .notNull()
      .references(() => platformServices.id, { onDelete: 'cascade' }),
    environment: textEnum(RELIABILITY_ENVIRONMENTS).notNull().default('production'),
    /** e.g. "Horse Records API: eu-west-1 to eu-west-2 warm standby". */
    strategyName: text().notNull(),
    kind: textEnum(RESILIENCE_FAILOVER_KINDS).notNull(),
    /** Where traffic goes in normal operation. */
    primaryRegion: text().notNull(),
    /** Where it goes on failover. */
    secondaryRegion: text().notNull(),
    /** The redundancy configuration it implements. SET NULL: descriptive; redundancy is versioned by @db/recovery. */
    redundancyConfigId: uuid(),
    /** The replication stream the secondary is fed by. SET NULL: descriptive; streams are replaced. */
    dataReplicationStatusId: uuid(),
    /** Automatic: the health checks below fail it over; manual: they page someone who decides (as redundancy_configs.failover_mode). */
    failoverMode: textEnum(RECOVERY_FAILOVER_MODES).notNull().default('manual'),
    /** How often the primary's health is checked for this failover (Route 53: 10 or 30 s). */
    healthCheckIntervalSeconds: integer().notNull().default(30),
    /** Consecutive failed checks before the primary is declared down. */
    failureThreshold: integer().notNull().default(3),
    /** Consecutive passing checks before the primary is declared healthy again (and failback may start). */
    recoveryThreshold: integer().notNull().default(3),
    /** The TTL of the failover record, for DNS failover only. */
    dnsTtlSeconds: integer(),
    /** RPO: the most data, in seconds of writes, a failover may lose (0: synchronous replication). */
    maxDataLossSeconds: integer().notNull(),
    /** RTO: how long a failover may take, detection to traffic served from the secondary. */
    targetRtoSeconds: integer().notNull(),
    /** Failback is a separate, deliberate step by default: automatic failback flaps. */
    failbackMode: textEnum(RECOVERY_FAILOVER_MODES).notNull().default('manual'),
    runbookUrl: text(),
    validFrom: timestamptz().notNull().defaultNow(),
    /** When the next version replaced this one; null for the strategy in force. */
    validTo: timestamptz(),
    /** Who made the change: a credit, unset when that user is erased. */
    changedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    /**
     * Who signed the strategy off (tier-0 and tier-1 services). RESTRICT: the sign-off of a continuity control is
     * audit evidence (ISO 22301, SOC 2 A1.2), kept pointing at the anonymised profile, as DR plan approvals are.
     */
    approvedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'restrict' }),
    approvedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('failover_strategies_current_key')
      .on(t.serviceId, t.environment)
      .where(sql`${t.validTo} is null`),
    /** A service's strategy history. */
    index('failover_strategies_service_id_idx').on(t.serviceId, t.environment, t.validFrom),
    index('failover_strategies_redundancy_config_id_idx').on(t.redundancyConfigId),
    foreignKey({
      name: 'failover_strategies_redundancy_config_id_fkey',
      columns: [t.redundancyConfigId],
      foreignColumns: [redundancyConfigs.id],
    }).onDelete('set null'),
    index('failover_strategies_data_replication_status_id_idx').on(t.dataReplicationStatusId),
    foreignKey({
      name: 'failover_strategies_data_replication_status_id_fkey',
      columns: [t.dataReplicationStatusId],
      foreignColumns: [dataReplicationStatus.id],
    }).onDelete('set null'),
    index('failover_strategies_changed_by_user_id_idx').on(t.changedByUserId),
    index('failover_strategies_approved_by_user_id_idx').on(t.approvedByUserId),
    textLength(t.strategyName, { min: 1, max: 200 }),
    formatCheck(t.primaryRegion, RELIABILITY_REGION),
    formatCheck(t.secondaryRegion, RELIABILITY_REGION),
    differ(t.primaryRegion, t.secondaryRegion, { name: 'failover_strategies_regions_check', message: 'must differ from primaryRegion' }),
    positive(t.healthCheckIntervalSeconds),
    positive(t.failureThreshold),
    positive(t.recoveryThreshold),
    nonNegative(t.dnsTtlSeconds),
    onlyWhen(t.dnsTtlSeconds, t.kind, 'dns', { name: 'failover_strategies_dns_ttl_check' }),
    requiredWhen(t.dnsTtlSeconds, t.kind, 'dns', { name: 'failover_strategies_dns_ttl_required_check' }),
    nonNegative(t.maxDataLossSeconds),
    positive(t.targetRtoSeconds),
    formatCheck(t.runbookUrl, HTTP_URL),
    inOrder(t.validFrom, t.validTo, { name: 'failover_strategies_valid_to_check', message: 'must not be before validFrom' }),
    together(t.approvedByUserId, t.approvedAt, { name: 'failover_strategies_approval_check' }),
  ],
);
