import { between, domainTable, formatCheck, id, inOrder, nonNegative, positive, requiredWhen, SNAKE_CASE_KEY, textEnum, timestamps, timestamptz } from '@db/core';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { bigint, boolean, index, integer, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  RELIABILITY_CACHE_ENGINES,
  RELIABILITY_CACHE_INVALIDATIONS,
  RELIABILITY_CACHE_STRATEGIES,
  RELIABILITY_ENVIRONMENTS,
  RELIABILITY_EVICTION_POLICIES,
} from '../constants.ts';
import { platformServices } from './platform-services.ts';

/**
 * One cache of a service in one environment (a service may keep several: horse profiles, search results,
 * sessions): engine, strategy, TTL, eviction policy and size limits. Versioned like the balancer config: one
 * current row per (service, environment, cache name); a change closes it and opens the next.
 */
export const cacheConfiguration = domainTable(
  'cache_configuration',
  {
    id: id(),
    /** Configuration describes the service and goes with it. */
    serviceId: uuid()
      .notNull()
      .references(() => platformServices.id, { onDelete: 'cascade' }),
    environment: textEnum(RELIABILITY_ENVIRONMENTS).notNull(),
    /** snake_case, unique per service and environment, e.g. horse_profiles. */
    cacheName: text().notNull(),
    engine: textEnum(RELIABILITY_CACHE_ENGINES).notNull(),
    strategy: textEnum(RELIABILITY_CACHE_STRATEGIES).notNull().default('cache_aside'),
    /** The prefix of its keys in a shared store, e.g. horse:profile:v3: (a version bump invalidates everything). */
    keyPrefix: text(),
    /** Time to live of an entry; null when entries never expire (eviction alone removes them). */
    ttlSeconds: integer(),
    /** How long an expired entry may still be served while it is refreshed (HTTP stale-while-revalidate). */
    staleWhileRevalidateSeconds: integer(),
    evictionPolicy: textEnum(RELIABILITY_EVICTION_POLICIES).notNull(),
    invalidation: textEnum(RELIABILITY_CACHE_INVALIDATIONS).notNull().default('ttl_only'),
    /** The memory limit (Redis maxmemory); bytes overflow int4 beyond 2 GiB. */
    maxMemoryBytes: bigint({ mode: 'number' }),
    /** The entry limit of in-process caches. */
    maxEntries: integer(),
    compressionEnabled: boolean().notNull().default(false),
    /** The hit rate the owners alert below, in percent. */
    targetHitRatePercent: numeric({ precision: 5, scale: 2 }),
    validFrom: timestamptz().notNull().defaultNow(),
    /** Null on the current row. */
    validTo: timestamptz(),
    /** Who applied the change: a credit, unset when that user is erased. */
    changedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    notes: text(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('cache_configuration_current_key')
      .on(t.serviceId, t.environment, t.cacheName)
      .where(sql`${t.validTo} is null`),
    index('cache_configuration_service_id_idx').on(t.serviceId, t.environment, t.validFrom),
    index('cache_configuration_changed_by_user_id_idx').on(t.changedByUserId),
    formatCheck(t.cacheName, SNAKE_CASE_KEY),
    positive(t.ttlSeconds),
    requiredWhen(t.ttlSeconds, t.invalidation, 'ttl_only', {
      name: 'cache_configuration_ttl_required_check',
      message: 'a cache invalidated by expiry alone needs a TTL',
    }),
    nonNegative(t.staleWhileRevalidateSeconds),
    positive(t.maxMemoryBytes),
    positive(t.maxEntries),
    between(t.targetHitRatePercent, 0, 100),
    inOrder(t.validFrom, t.validTo, { name: 'cache_configuration_valid_to_check', message: 'must not be before validFrom' }),
  ],
);
