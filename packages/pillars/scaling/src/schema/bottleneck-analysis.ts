import {
  between,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  jsonList,
  nonNegative,
  requiredWhen,
  textEnum,
  textLength,
  timestamps,
  timestamptz,
} from '@db/core';
import { RELIABILITY_ENVIRONMENTS } from '@db/reliability/constants';
import { platformServices, serviceDependencies } from '@db/reliability/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { foreignKey, index, numeric, text, uuid } from 'drizzle-orm/pg-core';
import { SCALING_ANALYSIS_METHODS, SCALING_ANALYSIS_STATUSES, SCALING_BOTTLENECK_RESOURCES, type SCALING_EVIDENCE_KINDS } from '../constants.ts';
import { performanceDegradation } from './performance-degradation.ts';

/** One piece of evidence of a bottleneck: a metric, a trace, a profile, a query plan, with where to see it. */
export interface BottleneckEvidence {
  kind: (typeof SCALING_EVIDENCE_KINDS)[number];
  description: string;
  url?: string;
  /** A figure it shows, e.g. "p95 wait for a connection 1.8 s". */
  observation?: string;
}

/**
 * A root-cause analysis of what limits a service's scaling: which resource (CPU, connections, a lock, a
 * dependency) in which component, the evidence, who analysed it and where it stands. It may explain a detected
 * `performance_degradation`, and name the dependency edge (@db/reliability's `service_dependencies`) at fault.
 * Analyses are written on the platform, not imported: no natural key.
 */
export const bottleneckAnalysis = domainTable(
  'bottleneck_analysis',
  {
    id: id(),
    /** History: a service with analyses is retired, not deleted. */
    serviceId: uuid()
      .notNull()
      .references(() => platformServices.id, { onDelete: 'restrict' }),
    environment: textEnum(RELIABILITY_ENVIRONMENTS).notNull().default('production'),
    /** The degradation it explains. SET NULL: descriptive (FK below: the generated name is too long). */
    performanceDegradationId: uuid(),
    /** The dependency edge at fault, for a dependency bottleneck. SET NULL: descriptive. */
    serviceDependencyId: uuid(),
    resourceKind: textEnum(SCALING_BOTTLENECK_RESOURCES).notNull(),
    /** Where exactly, e.g. "horse-api-db primary: RDS Proxy connection pool". */
    component: text().notNull(),
    method: textEnum(SCALING_ANALYSIS_METHODS).notNull(),
    /** What was found, once confirmed. */
    rootCause: text(),
    evidence: jsonList<BottleneckEvidence>(),
    /** How saturated the resource was at the peak, in percent of its capacity; above 100 when demand queued. */
    saturationPercent: numeric({ precision: 7, scale: 2 }),
    confidencePercent: numeric({ precision: 5, scale: 2 }),
    status: textEnum(SCALING_ANALYSIS_STATUSES).notNull().default('open'),
    /** Who analysed it: a credit, unset when that user is erased (FK below). */
    analysedByUserId: uuid(),
    startedAt: timestamptz().notNull(),
    concludedAt: timestamptz(),
    /** The follow-up ticket, e.g. SRE-1188. */
    trackingTicket: text(),
    ...timestamps(),
  },
  (t) => [
    index('bottleneck_analysis_service_id_idx').on(t.serviceId, t.startedAt),
    index('bottleneck_analysis_performance_degradation_id_idx').on(t.performanceDegradationId),
    foreignKey({
      name: 'bottleneck_analysis_performance_degradation_id_fkey',
      columns: [t.performanceDegradationId],
      foreignColumns: [performanceDegradation.id],
    }).onDelete('set null'),
    index('bottleneck_analysis_service_dependency_id_idx').on(t.serviceDependencyId),
    foreignKey({
      name: 'bottleneck_analysis_service_dependency_id_fkey',
      columns: [t.serviceDependencyId],
      foreignColumns: [serviceDependencies.id],
    }).onDelete('set null'),
    index('bottleneck_analysis_analysed_by_user_id_idx').on(t.analysedByUserId),
    foreignKey({
      name: 'bottleneck_analysis_analysed_by_user_id_fkey',
      columns: [t.analysedByUserId],
      foreignColumns: [userProfiles.id],
    }).onDelete('set null'),
    /** Analyses still running, oldest first. */
    index('bottleneck_analysis_open_idx')
      .on(t.startedAt)
      .where(sql`${t.status} in ('open', 'investigating')`),
    textLength(t.component, { min: 1, max: 300 }),
    textLength(t.rootCause, { min: 1, max: 4000 }),
    nonNegative(t.saturationPercent),
    between(t.confidencePercent, 0, 100),
    inOrder(t.startedAt, t.concludedAt, { name: 'bottleneck_analysis_concluded_at_check', message: 'must not be before startedAt' }),
    requiredWhen(t.rootCause, t.status, 'confirmed', { name: 'bottleneck_analysis_confirmed_check', message: 'a confirmed bottleneck needs its root cause' }),
    requiredWhen(t.concludedAt, t.status, 'resolved', { name: 'bottleneck_analysis_resolved_check' }),
    requiredWhen(t.concludedAt, t.status, 'rejected', { name: 'bottleneck_analysis_rejected_check' }),
    formatCheck(t.trackingTicket, EXTERNAL_ID),
  ],
);
