import { differ, domainTable, exactlyOneOf, formatCheck, id, nonNegative, positive, textEnum, timestamps, timestamptz } from '@db/core';
import { sql } from 'drizzle-orm';
import { boolean, foreignKey, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  RELIABILITY_DEPENDENCY_CRITICALITIES,
  RELIABILITY_DEPENDENCY_FALLBACKS,
  RELIABILITY_DEPENDENCY_INTERACTIONS,
  RELIABILITY_DEPENDENCY_SOURCES,
  RELIABILITY_HOST_NAME,
} from '../constants.ts';
import { platformServices } from './platform-services.ts';

/**
 * The dependency graph: service A calls (or reads, or publishes to) B, how critical B is to A, and what A does
 * when B fails. B is a catalogued service, or a host the catalogue does not list yet, as tracing sees it
 * (api.stripe.com); exactly one of the two. One edge per pair; a service never depends on itself. Blast-radius
 * queries walk it backwards (who depends on B), circuit breakers (pillar 25) are set per edge.
 */
export const serviceDependencies = domainTable(
  'service_dependencies',
  {
    id: id(),
    /** The dependent service. Its outgoing edges describe it and go with it. */
    serviceId: uuid()
      .notNull()
      .references(() => platformServices.id, { onDelete: 'cascade' }),
    /**
     * The service depended on. Restrict: a service others depend on cannot be deleted until they drop the edge
     * (FK below: the generated name is too long).
     */
    dependsOnServiceId: uuid(),
    /** A dependency outside the catalogue, by host, e.g. api.weatherbys.co.uk. */
    externalDependencyHost: text(),
    criticality: textEnum(RELIABILITY_DEPENDENCY_CRITICALITIES).notNull(),
    interaction: textEnum(RELIABILITY_DEPENDENCY_INTERACTIONS).notNull(),
    description: text(),
    /** The client timeout of a call. */
    timeoutMs: integer(),
    maxRetries: integer().notNull().default(0),
    circuitBreakerEnabled: boolean().notNull().default(false),
    fallback: textEnum(RELIABILITY_DEPENDENCY_FALLBACKS).notNull().default('none'),
    /** Typical call volume at peak, for capacity planning of the dependency. */
    peakRequestsPerMinute: integer(),
    discoveredBy: textEnum(RELIABILITY_DEPENDENCY_SOURCES).notNull().default('declared'),
    /** When tracing or the mesh last saw a call along the edge: edges unseen for months are candidates for removal. */
    lastObservedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    // One edge per pair, whichever kind of target it has (a plain unique index would let duplicate external edges in).
    uniqueIndex('service_dependencies_pair_key').on(t.serviceId, sql`coalesce(${t.dependsOnServiceId}::text, ${t.externalDependencyHost})`),
    index('service_dependencies_depends_on_service_id_idx').on(t.dependsOnServiceId),
    foreignKey({
      name: 'service_dependencies_depends_on_service_id_fkey',
      columns: [t.dependsOnServiceId],
      foreignColumns: [platformServices.id],
    }).onDelete('restrict'),
    exactlyOneOf([t.dependsOnServiceId, t.externalDependencyHost], {
      name: 'service_dependencies_target_check',
      message: 'a dependency is a catalogued service (dependsOnServiceId) or an external host (externalDependencyHost), not both',
    }),
    differ(t.serviceId, t.dependsOnServiceId, { name: 'service_dependencies_self_check', message: 'a service cannot depend on itself' }),
    formatCheck(t.externalDependencyHost, RELIABILITY_HOST_NAME),
    positive(t.timeoutMs),
    nonNegative(t.maxRetries),
    nonNegative(t.peakRequestsPerMinute),
  ],
);
