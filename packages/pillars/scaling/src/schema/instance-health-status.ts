import {
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  nonNegative,
  onlyWhen,
  requiredWhen,
  requiredWith,
  textEnum,
  textLength,
  timestamps,
  timestamptz,
} from '@db/core';
import { RECOVERY_CHECK_STATUSES } from '@db/recovery/constants';
import { RELIABILITY_ENVIRONMENTS, RELIABILITY_REGION } from '@db/reliability/constants';
import { platformServices } from '@db/reliability/tables';
import { sql } from 'drizzle-orm';
import { foreignKey, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  SCALING_HEALTH_SOURCES,
  SCALING_INSTANCE_KINDS,
  SCALING_INSTANCE_PROVIDERS,
  SCALING_INSTANCE_STATES,
  SCALING_LIFECYCLE_STATES,
} from '../constants.ts';
import { autoScalingEvents } from './auto-scaling-events.ts';

/**
 * The current state of one instance of a service (an EC2 instance, a pod, a node, a database instance): where it
 * runs, its state and lifecycle in the scaling group, whether it passes its health check and when it was last
 * checked. One row per instance, refreshed in place by every import on (provider, instance_id) with
 * `source_updated_at`: the state over time is in the scaling activities (`auto_scaling_events`) and @db/recovery's
 * probe results, not here. A terminated instance keeps its row until the service's housekeeping deletes it.
 */
export const instanceHealthStatus = domainTable(
  'instance_health_status',
  {
    id: id(),
    /** Current state that only describes the service: it goes with it. */
    serviceId: uuid()
      .notNull()
      .references(() => platformServices.id, { onDelete: 'cascade' }),
    environment: textEnum(RELIABILITY_ENVIRONMENTS).notNull().default('production'),
    provider: textEnum(SCALING_INSTANCE_PROVIDERS).notNull(),
    /** The instance as its provider names it, e.g. i-0a1b2c3d4e5f67890, a pod name. */
    instanceId: text().notNull(),
    instanceKind: textEnum(SCALING_INSTANCE_KINDS).notNull(),
    /** e.g. m6i.xlarge, db.r6g.large. */
    instanceType: text(),
    availabilityZone: text(),
    state: textEnum(SCALING_INSTANCE_STATES).notNull(),
    lifecycleState: textEnum(SCALING_LIFECYCLE_STATES),
    /** The last health verdict (@db/recovery's pass/warn/fail); null until first checked. */
    healthStatus: textEnum(RECOVERY_CHECK_STATUSES),
    healthSource: textEnum(SCALING_HEALTH_SOURCES),
    /** The provider's reason, e.g. "Instance has failed at least the UnhealthyThreshold number of health checks". */
    statusReason: text(),
    consecutiveFailures: integer().notNull().default(0),
    lastCheckedAt: timestamptz(),
    launchedAt: timestamptz(),
    terminatedAt: timestamptz(),
    /** The scaling activity that launched it. SET NULL: descriptive (FK below: the generated name is too long). */
    launchedByAutoScalingEventId: uuid(),
    /** When the provider last changed the instance: an older import never overwrites a newer one. */
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('instance_health_status_instance_key').on(t.provider, t.instanceId),
    index('instance_health_status_service_id_idx').on(t.serviceId, t.environment),
    index('instance_health_status_launched_by_idx').on(t.launchedByAutoScalingEventId),
    foreignKey({
      name: 'instance_health_status_launched_by_fkey',
      columns: [t.launchedByAutoScalingEventId],
      foreignColumns: [autoScalingEvents.id],
    }).onDelete('set null'),
    /** Failing instances per service, most recently checked first: what the healing controller replaces. */
    index('instance_health_status_failing_idx')
      .on(t.serviceId, t.lastCheckedAt)
      .where(sql`${t.healthStatus} = 'fail'`),
    formatCheck(t.instanceId, EXTERNAL_ID),
    textLength(t.instanceType, { min: 1, max: 100 }),
    formatCheck(t.availabilityZone, RELIABILITY_REGION),
    nonNegative(t.consecutiveFailures),
    requiredWith(t.lastCheckedAt, t.healthStatus, { name: 'instance_health_status_last_checked_check' }),
    inOrder(t.launchedAt, t.terminatedAt, { name: 'instance_health_status_terminated_at_check', message: 'must not be before launchedAt' }),
    requiredWhen(t.terminatedAt, t.state, 'terminated', { name: 'instance_health_status_terminated_check' }),
    onlyWhen(t.terminatedAt, t.state, 'terminated', { name: 'instance_health_status_terminated_state_check' }),
  ],
);
