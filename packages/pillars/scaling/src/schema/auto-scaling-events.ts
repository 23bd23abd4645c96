import {
  customCheck,
  differ,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  isAbsent,
  nonNegative,
  requiredWhen,
  requiredWith,
  textEnum,
  textLength,
  timestamps,
  timestamptz,
} from '@db/core';
import { RELIABILITY_ENVIRONMENTS } from '@db/reliability/constants';
import { platformServices, scalingEvents } from '@db/reliability/tables';
import { sql } from 'drizzle-orm';
import { foreignKey, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { SCALING_ACTIVITY_STATUSES, SCALING_AUTOSCALERS, SCALING_DIRECTIONS } from '../constants.ts';
import { scalingPolicyEvaluations } from './scaling-policy-evaluations.ts';

/**
 * The autoscaler's own account of one scaling activity, as the provider reports it (an AWS Auto Scaling activity,
 * a Kubernetes HPA/VPA rescale event, a Karpenter node launch): which policy evaluation decided it, the direction
 * (out/in: more or fewer units; up/down: bigger or smaller units), from and to what capacity, the provider's reason,
 * its own status and times. Imported again and again as the activity progresses: (autoscaler,
 * provider_activity_id) is the upsert key, with `source_updated_at`.
 *
 * @db/reliability's `scaling_events` owns the action on the service (the capacity change that remediations and
 * incidents point at, manual and scheduled ones included). This table does not restate it: it is the decision side,
 * and also holds what never became an action (a failed launch, a cancelled activity, a vertical change). When the
 * activity changed capacity, `scaling_event_id` names the action it carried out, one activity per action.
 */
export const autoScalingEvents = domainTable(
  'auto_scaling_events',
  {
    id: id(),
    /** History: a service with scaling activities is retired, not deleted. */
    serviceId: uuid()
      .notNull()
      .references(() => platformServices.id, { onDelete: 'restrict' }),
    environment: textEnum(RELIABILITY_ENVIRONMENTS).notNull().default('production'),
    /** The evaluation that decided it. SET NULL: evaluations are purged after 30 days; the activity stays (FK below). */
    policyEvaluationId: uuid(),
    /** The action on the service it carried out, @db/reliability's record. SET NULL: descriptive. */
    scalingEventId: uuid().references(() => scalingEvents.id, { onDelete: 'set null' }),
    autoscaler: textEnum(SCALING_AUTOSCALERS).notNull(),
    /** The activity's id at the provider: an AWS activity id, an event uid. */
    providerActivityId: text().notNull(),
    /** The policy named by the activity; null when a person or a schedule set the capacity. */
    policyKey: text(),
    direction: textEnum(SCALING_DIRECTIONS).notNull(),
    /** Units (instances, pods, nodes, read replicas) before the activity; a vertical change keeps the count. */
    fromCapacity: integer().notNull(),
    toCapacity: integer().notNull(),
    /** For up/down: the size of each unit before and after, an instance class (db.r6g.large) or pod requests (cpu=500m,memory=1Gi). */
    fromSize: text(),
    toSize: text(),
    /** The provider's cause, e.g. "an alarm ... triggered policy horse-api-cpu-target changing the desired capacity from 4 to 6". */
    reason: text().notNull(),
    status: textEnum(SCALING_ACTIVITY_STATUSES).notNull().default('in_progress'),
    /** The provider's status message, e.g. the launch error of a failed activity. */
    statusMessage: text(),
    startedAt: timestamptz().notNull(),
    completedAt: timestamptz(),
    /** When the provider last changed the activity: an older import never overwrites a newer one. */
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('auto_scaling_events_activity_key').on(t.autoscaler, t.providerActivityId),
    /** One activity per action of @db/reliability (and the index of that FK). */
    uniqueIndex('auto_scaling_events_scaling_event_id_key').on(t.scalingEventId),
    /** A service's scaling timeline. */
    index('auto_scaling_events_service_id_idx').on(t.serviceId, t.environment, t.startedAt),
    index('auto_scaling_events_policy_evaluation_id_idx').on(t.policyEvaluationId),
    foreignKey({
      name: 'auto_scaling_events_policy_evaluation_id_fkey',
      columns: [t.policyEvaluationId],
      foreignColumns: [scalingPolicyEvaluations.id],
    }).onDelete('set null'),
    /** Unfinished activities: the stuck-scaling alert. */
    index('auto_scaling_events_unfinished_idx')
      .on(t.startedAt)
      .where(sql`${t.status} in ('pending', 'in_progress')`),
    formatCheck(t.providerActivityId, EXTERNAL_ID),
    formatCheck(t.policyKey, EXTERNAL_ID),
    nonNegative(t.fromCapacity),
    nonNegative(t.toCapacity),
    textLength(t.fromSize, { min: 1, max: 100 }),
    textLength(t.toSize, { min: 1, max: 100 }),
    requiredWhen(t.toSize, t.direction, 'up', { name: 'auto_scaling_events_up_size_check' }),
    requiredWhen(t.toSize, t.direction, 'down', { name: 'auto_scaling_events_down_size_check' }),
    requiredWith(t.fromSize, t.toSize, { name: 'auto_scaling_events_sizes_check' }),
    differ(t.fromSize, t.toSize, { name: 'auto_scaling_events_size_change_check', message: 'must differ from fromSize' }),
    customCheck(
      'auto_scaling_events_direction_capacity_check',
      sql`(${t.direction} <> 'out' or ${t.toCapacity} > ${t.fromCapacity}) and (${t.direction} <> 'in' or ${t.toCapacity} < ${t.fromCapacity})`,
      {
        parts: [
          {
            columns: [t.direction, t.fromCapacity, t.toCapacity],
            column: t.toCapacity,
            message: 'must be above fromCapacity when scaling out',
            holds: (row) => row.direction !== 'out' || isAbsent(row.to_capacity) || isAbsent(row.from_capacity) || Number(row.to_capacity) > Number(row.from_capacity),
          },
          {
            columns: [t.direction, t.fromCapacity, t.toCapacity],
            column: t.toCapacity,
            message: 'must be below fromCapacity when scaling in',
            holds: (row) => row.direction !== 'in' || isAbsent(row.to_capacity) || isAbsent(row.from_capacity) || Number(row.to_capacity) < Number(row.from_capacity),
          },
        ],
        violations: [
          { direction: 'out', from_capacity: 6, to_capacity: 4 },
          { direction: 'in', from_capacity: 4, to_capacity: 6 },
          { direction: 'out', from_capacity: 4, to_capacity: 4 },
        ],
      },
    ),
    textLength(t.reason, { min: 1, max: 4000 }),
    inOrder(t.startedAt, t.completedAt, { name: 'auto_scaling_events_completed_at_check', message: 'must not be before startedAt' }),
    requiredWhen(t.completedAt, t.status, 'successful', { name: 'auto_scaling_events_successful_check' }),
    requiredWhen(t.statusMessage, t.status, 'failed', { name: 'auto_scaling_events_failed_message_check' }),
  ],
);
