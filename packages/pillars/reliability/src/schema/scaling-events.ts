import {
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  nonNegative,
  onlyWhen,
  requiredWhen,
  SNAKE_CASE_KEY,
  textEnum,
  timestamps,
  timestamptz,
  together,
} from '@db/core';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { index, integer, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  RELIABILITY_ENVIRONMENTS,
  RELIABILITY_SCALING_RESOURCES,
  RELIABILITY_SCALING_STATUSES,
  RELIABILITY_SCALING_TRIGGERS,
} from '../constants.ts';
import { platformServices } from './platform-services.ts';

/**
 * One scaling action on a service: from how many replicas (pods, instances, read replicas) to how many, why (the
 * metric and threshold, a schedule, a person), and when it started and completed. Ingested from the autoscalers
 * (Kubernetes HPA/KEDA events, AWS Auto Scaling activities) again and again: (source, external_event_id) is the
 * upsert key, and an event first seen in progress is completed by a later import (`sourceUpdatedAt`). Manual
 * actions keyed in on the platform have no source.
 */
export const scalingEvents = domainTable(
  'scaling_events',
  {
    id: id(),
    /** Operational history: a service with scaling events is retired, not deleted. */
    serviceId: uuid()
      .notNull()
      .references(() => platformServices.id, { onDelete: 'restrict' }),
    environment: textEnum(RELIABILITY_ENVIRONMENTS).notNull(),
    resourceKind: textEnum(RELIABILITY_SCALING_RESOURCES).notNull().default('deployment_replicas'),
    trigger: textEnum(RELIABILITY_SCALING_TRIGGERS).notNull(),
    /** The metric that crossed its threshold, as the autoscaler names it, e.g. cpu, sqs_visible_messages. */
    triggerMetric: text(),
    /** Its value when the action was decided, in the metric's own unit (percent, messages, requests/s). */
    triggerMetricValue: numeric({ precision: 20, scale: 4 }),
    /** The target or threshold it was compared with, same unit. */
    triggerThreshold: numeric({ precision: 20, scale: 4 }),
    /** Replicas before the action. */
    fromReplicas: integer().notNull(),
    /** Replicas the action asked for (an instance replacement keeps the count). */
    toReplicas: integer().notNull(),
    /** The autoscaler's bounds at the time. */
    minReplicas: integer(),
    maxReplicas: integer(),
    status: textEnum(RELIABILITY_SCALING_STATUSES).notNull().default('in_progress'),
    startedAt: timestamptz().notNull(),
    completedAt: timestamptz(),
    /** The source's own explanation, e.g. "New size: 6; reason: cpu resource utilization above target". */
    cause: text(),
    failureReason: text(),
    /** Who scaled by hand (trigger manual): provenance, unset when that user is erased. */
    initiatedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    /** The autoscaling source, snake_case: kubernetes_hpa, keda, aws_autoscaling. */
    source: text(),
    /** The event's id at the source (activity id, event uid). */
    externalEventId: text(),
    /** When the source last changed the event: an older import never overwrites a newer one. */
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('scaling_events_source_external_event_id_key').on(t.source, t.externalEventId),
    index('scaling_events_service_id_idx').on(t.serviceId, t.environment, t.startedAt),
    index('scaling_events_initiated_by_user_id_idx').on(t.initiatedByUserId),
    /** Actions still running: the autoscaler dashboard and the stuck-scaling alert. */
    index('scaling_events_in_progress_idx')
      .on(t.startedAt)
      .where(sql`${t.status} = 'in_progress'`),
    nonNegative(t.fromReplicas),
    nonNegative(t.toReplicas),
    nonNegative(t.minReplicas),
    nonNegative(t.maxReplicas),
    inOrder(t.minReplicas, t.maxReplicas, { name: 'scaling_events_replica_bounds_check', message: 'must not be below minReplicas' }),
    inOrder(t.startedAt, t.completedAt, { name: 'scaling_events_completed_at_check', message: 'must not be before startedAt' }),
    requiredWhen(t.completedAt, t.status, 'succeeded', { name: 'scaling_events_succeeded_at_check' }),
    requiredWhen(t.failureReason, t.status, 'failed', { name: 'scaling_events_failure_reason_check' }),
    onlyWhen(t.initiatedByUserId, t.trigger, 'manual', { name: 'scaling_events_initiated_by_check' }),
    together(t.source, t.externalEventId, { name: 'scaling_events_source_event_check' }),
    formatCheck(t.source, SNAKE_CASE_KEY),
    formatCheck(t.externalEventId, EXTERNAL_ID),
  ],
);
