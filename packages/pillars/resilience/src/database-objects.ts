import { appendOnly, type DatabaseObject, purgeOlderThan } from '@db/core';
import { circuitBreakerEvents } from './schema/circuit-breaker-events.ts';
import { serviceResilienceMetrics } from './schema/service-resilience-metrics.ts';

/**
 * The functions and triggers of this package, which the equine migrations carry:
 * - circuit_breaker_events is the evidence of what the breakers did (and who overrode one), so the database
 *   refuses UPDATE and DELETE on it (SQLSTATE 23001);
 * - `purge_circuit_breaker_events()` deletes transitions that happened more than 180 days ago, past the trigger:
 *   two quarters of reliability reviews and post-mortems, while service_resilience_metrics keeps the long-term
 *   picture (breaker open seconds and trips per window);
 * - `purge_service_resilience_metrics()` deletes windows that started more than 25 months ago: two years for
 *   year-on-year comparison (the sales and the festival season come round once a year), plus the month in hand.
 * Schedule both daily (pg_cron or a worker); a large deployment partitions both tables by month instead and drops
 * the old partitions.
 */
export const resilienceDatabaseObjects: readonly DatabaseObject[] = [
  ...appendOnly(circuitBreakerEvents),
  ...purgeOlderThan(circuitBreakerEvents, circuitBreakerEvents.occurredAt, '180 days'),
  ...purgeOlderThan(serviceResilienceMetrics, serviceResilienceMetrics.windowStart, '25 months'),
];
