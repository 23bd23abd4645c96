import { appendOnly, type DatabaseObject, purgeOlderThan } from '@db/core';
import { loadDistribution } from './schema/load-distribution.ts';
import { resourceUtilization } from './schema/resource-utilization.ts';
import { scalingMetrics } from './schema/scaling-metrics.ts';
import { scalingPolicyEvaluations } from './schema/scaling-policy-evaluations.ts';

/**
 * The functions and triggers of this package, which the equine migrations carry:
 * - `scaling_metrics` and `scaling_policy_evaluations` are what the autoscaler saw and decided, so the database
 *   refuses UPDATE and DELETE on them (SQLSTATE 23001);
 * - `purge_scaling_metrics(before)` keeps 400 days: 13 months, so last year's sales week (Goffs November, the Dublin
 *   Horse Show) is there to forecast this year's;
 * - `purge_scaling_policy_evaluations(before)` keeps 30 days: long enough to explain a month's autoscaling and a
 *   post-incident review; the activities they caused stay in `auto_scaling_events` (their link is nulled);
 * - `purge_resource_utilization(before)` keeps 93 days, the longest look-back a rightsizing tool uses (AWS Compute
 *   Optimizer's enhanced metrics);
 * - `purge_load_distribution(before)` keeps 90 days: a quarter of traffic spread to compare against.
 * None holds personal data. Schedule the purges daily (pg_cron or a worker); on a large deployment the four tables
 * are partitioned by month on their time column and old partitions dropped instead.
 */
export const scalingDatabaseObjects: readonly DatabaseObject[] = [
  ...appendOnly(scalingMetrics),
  ...appendOnly(scalingPolicyEvaluations),
  ...purgeOlderThan(scalingMetrics, scalingMetrics.windowStart, '400 days'),
  ...purgeOlderThan(scalingPolicyEvaluations, scalingPolicyEvaluations.evaluatedAt, '30 days'),
  ...purgeOlderThan(resourceUtilization, resourceUtilization.windowStart, '93 days'),
  ...purgeOlderThan(loadDistribution, loadDistribution.windowStart, '90 days'),
];
