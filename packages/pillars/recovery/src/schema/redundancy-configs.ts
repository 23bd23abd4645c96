import {
  domainTable,
  everyElementMatches,
  formatCheck,
  id,
  inOrder,
  nonNegative,
  positive,
  textEnum,
  timestamps,
  timestamptz,
} from '@db/core';
import { disasterRecoveryPlans, platformServices } from '@db/reliability/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { foreignKey, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  RECOVERY_ENVIRONMENTS,
  RECOVERY_FAILOVER_MODES,
  RECOVERY_REDUNDANCY_STRATEGIES,
  RECOVERY_REGION,
} from '../constants.ts';

/**
 * How a service is kept running through the loss of a replica, a zone or a region, per environment: the
 * strategy (active-active, active-passive, N+1, ...), the replicas it never goes below, the regions it runs in,
 * the recovery point and time objectives of that redundancy (seconds), and whether failover is automatic. A
 * change closes the current row (`valid_to`) and opens the next, so the configuration in force at any failover
 * can be read back; one current row per (service, environment) (partial unique index). Configuration that only
 * describes the service goes with it (CASCADE, as @db/reliability's balancer and cache configurations).
 */
export const redundancyConfigs = domainTable(
  'redundancy_configs',
  {
    id: id(),
    serviceId: uuid()
      .notNull()
      .references(() => platformServices.id, { onDelete: 'cascade' }),
    environment: textEnum(RECOVERY_ENVIRONMENTS).notNull().default('production'),
    strategy: textEnum(RECOVERY_REDUNDANCY_STRATEGIES).notNull(),
    /** Replicas (pods, instances, database nodes) the service never goes below, across all its regions. */
    minReplicas: integer().notNull(),
    maxReplicas: integer(),
    /** Every region (or zone) it runs in, e.g. {eu-west-1,eu-west-2}; at least one. */
    regions: text().array().notNull(),
    /** Where traffic goes in normal operation (active-passive); null when all regions serve (active-active). */
    primaryRegion: text(),
    /** Recovery point objective of the redundancy: data that may be lost when it fails over (0: synchronous). */
    rpoSeconds: integer().notNull(),
    /** Recovery time objective: how long a failover may take. */
    rtoSeconds: integer().notNull(),
    failoverMode: textEnum(RECOVERY_FAILOVER_MODES).notNull().default('automatic'),
    /** Consecutive failed health checks before the controller fails over. */
    failoverAfterFailedChecks: integer(),
    /** The DR plan this redundancy implements. SET NULL: descriptive; plans are versioned by @db/reliability. */
    disasterRecoveryPlanId: uuid(),
    validFrom: timestamptz().notNull().defaultNow(),
    /** When the next version replaced this one; null for the configuration in force. */
    validTo: timestamptz(),
    /** Who made the change. SET NULL: a credit. */
    changedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('redundancy_configs_current_key')
      .on(t.serviceId, t.environment)
      .where(sql`${t.validTo} is null`),
    /** A service's configuration history. */
    index('redundancy_configs_service_id_idx').on(t.serviceId, t.environment, t.validFrom),
    index('redundancy_configs_disaster_recovery_plan_id_idx').on(t.disasterRecoveryPlanId),
    // Declared here with a name: the generated one would pass PostgreSQL's 63 characters.
    foreignKey({
      name: 'redundancy_configs_disaster_recovery_plan_id_fkey',
      columns: [t.disasterRecoveryPlanId],
      foreignColumns: [disasterRecoveryPlans.id],
    }).onDelete('set null'),
    index('redundancy_configs_changed_by_user_id_idx').on(t.changedByUserId),
    positive(t.minReplicas),
    inOrder(t.minReplicas, t.maxReplicas, { name: 'redundancy_configs_replica_bounds_check', message: 'must not be below minReplicas' }),
    everyElementMatches(t.regions, RECOVERY_REGION, {
      what: 'region',
      violations: [{ regions: [] }, { regions: ['eu-west-1', 'EU West 2'] }, { regions: ['eu-west-1,eu-west-2'] }],
    }),
    formatCheck(t.primaryRegion, RECOVERY_REGION),
    nonNegative(t.rpoSeconds),
    nonNegative(t.rtoSeconds),
    positive(t.failoverAfterFailedChecks),
    inOrder(t.validFrom, t.validTo, { name: 'redundancy_configs_valid_to_check', message: 'must not be before validFrom' }),
  ],
);
