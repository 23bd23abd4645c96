import { domainTable, EXTERNAL_ID, formatCheck, id, inOrder, requiredWhen, textEnum, textLength, timestamps, timestamptz } from '@db/core';
import { serviceDegradationAlerts } from '@db/recovery/tables';
import { RELIABILITY_ENVIRONMENTS } from '@db/reliability/constants';
import { platformServices } from '@db/reliability/tables';
import { sql } from 'drizzle-orm';
import { foreignKey, index, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  SCALING_AGGREGATIONS,
  SCALING_DEGRADATION_SEVERITIES,
  SCALING_DEGRADATION_STATUSES,
  SCALING_DETECTION_METHODS,
  SCALING_DETECTORS,
  SCALING_METRICS,
  SCALING_UNITS,
} from '../constants.ts';

/**
 * A performance degradation a detector found in one metric of a service: the baseline it expected against what it
 * observed, how severe, when it began, was detected and was resolved. It is the signal, often before anyone is
 * paged; when it became an incident, `degradation_alert_id` points at @db/recovery's `service_degradation_alerts`
 * row (the incident record this pillar does not keep). Detections from an APM (Datadog Watchdog, CloudWatch
 * anomaly detection) are upserted on (detector, external_detection_id) with `source_updated_at`; the platform's
 * own detector may leave the id null.
 */
export const performanceDegradation = domainTable(
  'performance_degradation',
  {
    id: id(),
    /** History: a service with detected degradations is retired, not deleted. */
    serviceId: uuid()
      .notNull()
      .references(() => platformServices.id, { onDelete: 'restrict' }),
    environment: textEnum(RELIABILITY_ENVIRONMENTS).notNull().default('production'),
    /** The incident it became. SET NULL: the detection outlives the incident row (FK below: the generated name is too long). */
    degradationAlertId: uuid(),
    detector: textEnum(SCALING_DETECTORS).notNull(),
    /** The detection's id at the detector, e.g. a Watchdog story id. */
    externalDetectionId: text(),
    detectionMethod: textEnum(SCALING_DETECTION_METHODS).notNull(),
    metric: textEnum(SCALING_METRICS).notNull(),
    aggregation: textEnum(SCALING_AGGREGATIONS).notNull(),
    unit: textEnum(SCALING_UNITS).notNull(),
    /** What the detector expected (a threshold, last week's value, the model's band centre), in `unit`. */
    baselineValue: numeric({ precision: 20, scale: 6 }).notNull(),
    observedValue: numeric({ precision: 20, scale: 6 }).notNull(),
    severity: textEnum(SCALING_DEGRADATION_SEVERITIES).notNull(),
    status: textEnum(SCALING_DEGRADATION_STATUSES).notNull().default('open'),
    title: text().notNull(),
    /** The release suspected of causing it: a git sha, a deploy id. */
    suspectedDeployRef: text(),
    /** When the degradation began, as the detector dates it (before it was sure). */
    startedAt: timestamptz(),
    detectedAt: timestamptz().notNull(),
    resolvedAt: timestamptz(),
    /** When the detector last changed the detection: an older import never overwrites a newer one. */
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('performance_degradation_detection_key').on(t.detector, t.externalDetectionId),
    /** A service's degradations over time. */
    index('performance_degradation_service_id_idx').on(t.serviceId, t.environment, t.detectedAt),
    index('performance_degradation_degradation_alert_id_idx').on(t.degradationAlertId),
    foreignKey({
      name: 'performance_degradation_degradation_alert_id_fkey',
      columns: [t.degradationAlertId],
      foreignColumns: [serviceDegradationAlerts.id],
    }).onDelete('set null'),
    /** Open detections by severity: the capacity engineer's queue. */
    index('performance_degradation_open_idx')
      .on(t.severity, t.detectedAt)
      .where(sql`${t.status} in ('open', 'investigating')`),
    formatCheck(t.externalDetectionId, EXTERNAL_ID),
    textLength(t.title, { min: 1, max: 500 }),
    formatCheck(t.suspectedDeployRef, EXTERNAL_ID),
    inOrder(t.startedAt, t.detectedAt, { name: 'performance_degradation_detected_at_check', message: 'must not be before startedAt' }),
    inOrder(t.detectedAt, t.resolvedAt, { name: 'performance_degradation_resolved_at_check', message: 'must not be before detectedAt' }),
    requiredWhen(t.resolvedAt, t.status, 'resolved', { name: 'performance_degradation_resolved_check' }),
  ],
);
