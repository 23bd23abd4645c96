import { allOneOf, domainTable, formatCheck, HTTP_URL, id, onlyWhen, positive, range, requiredWhen, textEnum, timestamps, timestamptz } from '@db/core';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { foreignKey, index, integer, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  RELIABILITY_ENVIRONMENTS,
  RELIABILITY_SERVICE_KEY,
  RELIABILITY_SERVICE_KINDS,
  RELIABILITY_SERVICE_STATUSES,
  RELIABILITY_SERVICE_TIERS,
  type ReliabilityEnvironment,
} from '../constants.ts';

/**
 * The service catalogue: one row per service of the platform (APIs, workers, databases, caches, brokers) and per
 * third-party API it calls, named by a machine key. Every other table of this package hangs off it, and later
 * pillars (22 Self-Healing, 25 Circuit Breaker & Failover, 26 Dead-Letter Queue) point at it instead of keeping
 * their own list of services. A service leaves the catalogue through `status` (retired), not by deletion: its
 * history (scaling events, monitoring samples, DR plans, queues) refuses the delete.
 */
export const platformServices = domainTable(
  'platform_services',
  {
    id: id(),
    /** The machine key deploy tooling, metrics labels and alerts use, e.g. horse-api. Unique: the catalogue's upsert key. */
    serviceKey: text().notNull(),
    displayName: text().notNull(),
    description: text(),
    kind: textEnum(RELIABILITY_SERVICE_KINDS).notNull(),
    tier: textEnum(RELIABILITY_SERVICE_TIERS).notNull().default('tier_2'),
    status: textEnum(RELIABILITY_SERVICE_STATUSES).notNull().default('active'),
    /** Where it is deployed; per-environment settings live in the tables that carry an `environment`. */
    // drizzle types `$type` as the element type and wraps it per array dimension, so it goes before `.array()`.
    environments: text()
      .$type<ReliabilityEnvironment>()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** The team that runs it, as the on-call tool names it, e.g. platform-sre, marketplace. */
    owningTeam: text().notNull(),
    /** The engineer accountable for it: a credit, unset when that user is erased (FK below: the generated name is too long). */
    technicalOwnerUserId: uuid(),
    /** The on-call schedule or escalation policy id in the paging tool, e.g. PagerDuty P7XK2QZ. */
    onCallScheduleRef: text(),
    /** For services run by someone else (managed databases, third-party APIs): aws, stripe, weatherbys. */
    vendor: text(),
    repositoryUrl: text(),
    runbookUrl: text(),
    /** The availability SLO over a rolling 30 days, in percent: 99.950 = 21.6 minutes of error budget. */
    sloAvailabilityPercent: numeric({ precision: 6, scale: 3 }),
    /** The 99th-percentile latency objective of its requests. */
    sloLatencyP99Ms: integer(),
    retiredAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('platform_services_service_key_key').on(t.serviceKey),
    index('platform_services_technical_owner_user_id_idx').on(t.technicalOwnerUserId),
    foreignKey({
      name: 'platform_services_technical_owner_user_id_fkey',
      columns: [t.technicalOwnerUserId],
      foreignColumns: [userProfiles.id],
    }).onDelete('set null'),
    /** The live catalogue by tier: what on-call and incident severity read. */
    index('platform_services_active_tier_idx')
      .on(t.tier)
      .where(sql`${t.status} = 'active'`),
    formatCheck(t.serviceKey, RELIABILITY_SERVICE_KEY),
    allOneOf(t.environments, RELIABILITY_ENVIRONMENTS),
    formatCheck(t.repositoryUrl, HTTP_URL),
    formatCheck(t.runbookUrl, HTTP_URL),
    range(t.sloAvailabilityPercent, { min: 0, max: 100, exclusiveMin: true }),
    positive(t.sloLatencyP99Ms),
    requiredWhen(t.retiredAt, t.status, 'retired', { name: 'platform_services_retired_at_check' }),
    onlyWhen(t.retiredAt, t.status, 'retired', { name: 'platform_services_retired_at_status_check' }),
  ],
);
