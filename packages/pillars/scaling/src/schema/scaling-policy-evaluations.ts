import {
  createdAt,
  customCheck,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  isAbsent,
  nonNegative,
  onlyWhen,
  requiredWith,
  textEnum,
  timestamptz,
  together,
} from '@db/core';
import { RELIABILITY_ENVIRONMENTS } from '@db/reliability/constants';
import { platformServices } from '@db/reliability/tables';
import { sql } from 'drizzle-orm';
import { index, integer, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  SCALING_AGGREGATIONS,
  SCALING_AUTOSCALERS,
  SCALING_COMPARISONS,
  SCALING_DECISIONS,
  SCALING_HOLD_REASONS,
  SCALING_METRICS,
  SCALING_POLICY_TYPES,
  SCALING_UNITS,
} from '../constants.ts';

/**
 * One evaluation of an autoscaling policy, append-only (the database refuses UPDATE and DELETE:
 * `scalingDatabaseObjects`): at `evaluated_at` the policy read its metric, compared it with its threshold or target,
 * and decided to scale out, scale in or do nothing (and what held it back). It is the evidence of why capacity
 * changed or did not, the "why" behind each `auto_scaling_events` row. High volume (every 15-60 s per policy): a
 * BRIN index on `evaluated_at` and `purge_scaling_policy_evaluations` (30 days). Its only FK is RESTRICT, as the
 * trigger requires. Re-delivered evaluations are `on conflict do nothing` on (service_id, policy_key, evaluated_at).
 */
export const scalingPolicyEvaluations = domainTable(
  'scaling_policy_evaluations',
  {
    id: id(),
    /** History: a service with evaluations is retired, not deleted. */
    serviceId: uuid()
      .notNull()
      .references(() => platformServices.id, { onDelete: 'restrict' }),
    environment: textEnum(RELIABILITY_ENVIRONMENTS).notNull().default('production'),
    autoscaler: textEnum(SCALING_AUTOSCALERS).notNull(),
    /** The policy as the autoscaler names it: an HPA's name, an AWS scaling policy name, a KEDA ScaledObject. */
    policyKey: text().notNull(),
    policyType: textEnum(SCALING_POLICY_TYPES).notNull(),
    /** The metric the policy reads; null for scheduled policies, which read none. */
    metric: textEnum(SCALING_METRICS),
    aggregation: textEnum(SCALING_AGGREGATIONS),
    unit: textEnum(SCALING_UNITS),
    /** What the metric read; null when data was missing (held back by insufficient_data). */
    metricValue: numeric({ precision: 20, scale: 6 }),
    /** The threshold (step and simple policies) or target (target tracking) it was compared with, same unit. */
    thresholdValue: numeric({ precision: 20, scale: 6 }),
    comparison: textEnum(SCALING_COMPARISONS),
    decision: textEnum(SCALING_DECISIONS).notNull(),
    /** Why nothing was done: inside the target band, or the guard that held a breach back. */
    heldBackBy: textEnum(SCALING_HOLD_REASONS),
    currentCapacity: integer().notNull(),
    /** The capacity the evaluation asks for, within the bounds (the current one when it decides nothing). */
    desiredCapacity: integer().notNull(),
    minCapacity: integer().notNull(),
    maxCapacity: integer().notNull(),
    /** Seconds left of the cool-down or stabilisation window when evaluated (0 when none runs). */
    cooldownRemainingSeconds: integer().notNull().default(0),
    evaluatedAt: timestamptz().notNull(),
    ...createdAt(),
  },
  (t) => [
    uniqueIndex('scaling_policy_evaluations_evaluation_key').on(t.serviceId, t.policyKey, t.evaluatedAt),
    index('scaling_policy_evaluations_evaluated_at_brin').using('brin', t.evaluatedAt),
    /** The evaluations that scaled, per service: what explains a capacity change. */
    index('scaling_policy_evaluations_scaling_idx')
      .on(t.serviceId, t.evaluatedAt)
      .where(sql`${t.decision} <> 'none'`),
    formatCheck(t.policyKey, EXTERNAL_ID),
    requiredWith(t.metric, t.metricValue, { name: 'scaling_policy_evaluations_value_metric_check' }),
    requiredWith(t.unit, t.metricValue, { name: 'scaling_policy_evaluations_value_unit_check' }),
    together(t.thresholdValue, t.comparison, { name: 'scaling_policy_evaluations_threshold_check' }),
    onlyWhen(t.heldBackBy, t.decision, 'none', { name: 'scaling_policy_evaluations_held_back_by_decision_check' }),
    nonNegative(t.currentCapacity),
    nonNegative(t.minCapacity),
    nonNegative(t.cooldownRemainingSeconds),
    inOrder(t.minCapacity, t.desiredCapacity, { name: 'scaling_policy_evaluations_desired_min_check', message: 'must not be below minCapacity' }),
    inOrder(t.desiredCapacity, t.maxCapacity, { name: 'scaling_policy_evaluations_desired_max_check', message: 'must not be below desiredCapacity' }),
    customCheck(
      'scaling_policy_evaluations_decision_capacity_check',
      sql`(${t.decision} <> 'scale_out' or ${t.desiredCapacity} > ${t.currentCapacity}) and (${t.decision} <> 'scale_in' or ${t.desiredCapacity} < ${t.currentCapacity})`,
      {
        parts: [
          {
            columns: [t.decision, t.currentCapacity, t.desiredCapacity],
            column: t.desiredCapacity,
            message: 'must be above currentCapacity when the decision is scale_out',
            holds: (row) =>
              row.decision !== 'scale_out' || isAbsent(row.desired_capacity) || isAbsent(row.current_capacity) || Number(row.desired_capacity) > Number(row.current_capacity),
          },
          {
            columns: [t.decision, t.currentCapacity, t.desiredCapacity],
            column: t.desiredCapacity,
            message: 'must be below currentCapacity when the decision is scale_in',
            holds: (row) =>
              row.decision !== 'scale_in' || isAbsent(row.desired_capacity) || isAbsent(row.current_capacity) || Number(row.desired_capacity) < Number(row.current_capacity),
          },
        ],
        violations: [
          { decision: 'scale_out', current_capacity: 6, desired_capacity: 6, min_capacity: 3, max_capacity: 12 },
          { decision: 'scale_in', current_capacity: 4, desired_capacity: 6, min_capacity: 3, max_capacity: 12 },
        ],
      },
    ),
  ],
);
