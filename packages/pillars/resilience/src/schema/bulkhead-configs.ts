import { domainTable, formatCheck, id, inOrder, nonNegative, onlyWhen, positive, requiredWhen, SNAKE_CASE_KEY, textEnum, timestamps, timestamptz } from '@db/core';
import { RELIABILITY_ENVIRONMENTS } from '@db/reliability/constants';
import { platformServices, serviceDependencies } from '@db/reliability/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { foreignKey, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { RESILIENCE_BULKHEAD_KINDS, RESILIENCE_BULKHEAD_REJECTIONS } from '../constants.ts';

/**
 * A bulkhead of a service: a pool of concurrency that isolates one kind of work (calls to one dependency, a class
 * of requests) so that its slowness cannot take every thread of the service. A semaphore bulkhead caps concurrent
 * calls on the caller's threads and lets a call wait up to `max_wait_ms` for a permit; a thread-pool bulkhead runs
 * calls on its own core..max threads with a bounded queue. Versioned: one current row per (service, environment,
 * pool). Configuration that only describes the service goes with it (CASCADE).
 */
export const bulkheadConfigs = domainTable(
  'bulkhead_configs',
  {
    id: id(),
    serviceId: uuid()
      .notNull()
      .references(() => platformServices.id, { onDelete: 'cascade' }),
    environment: textEnum(RELIABILITY_ENVIRONMENTS).notNull().default('production'),
    /** The pool's name in the service's configuration, snake_case, e.g. weatherbys_lookups. */
    poolName: text().notNull(),
    kind: textEnum(RESILIENCE_BULKHEAD_KINDS).notNull().default('semaphore'),
    /** The dependency edge whose calls the pool isolates, when it isolates one. SET NULL: descriptive. */
    serviceDependencyId: uuid(),
    /** Permits (semaphore) or the most threads (thread pool). */
    maxConcurrentCalls: integer().notNull(),
    /** How long a call waits for a permit before it is rejected; 0 rejects at once. */
    maxWaitMs: integer().notNull().default(0),
    /** Thread pools: threads kept alive when idle. */
    coreThreadPoolSize: integer(),
    /** Thread pools: calls queued when every thread is busy. */
    queueCapacity: integer(),
    /** Thread pools: how long a thread above the core size lives idle. */
    keepAliveMs: integer(),
    rejection: textEnum(RESILIENCE_BULKHEAD_REJECTIONS).notNull().default('fail_fast'),
    validFrom: timestamptz().notNull().defaultNow(),
    /** When the next version replaced this one; null for the configuration in force. */
    validTo: timestamptz(),
    /** Who made the change: a credit, unset when that user is erased. */
    changedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    changeReference: text(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('bulkhead_configs_current_key')
      .on(t.serviceId, t.environment, t.poolName)
      .where(sql`${t.validTo} is null`),
    /** A service's pools and their history. */
    index('bulkhead_configs_service_id_idx').on(t.serviceId, t.environment, t.validFrom),
    index('bulkhead_configs_service_dependency_id_idx').on(t.serviceDependencyId),
    foreignKey({
      name: 'bulkhead_configs_service_dependency_id_fkey',
      columns: [t.serviceDependencyId],
      foreignColumns: [serviceDependencies.id],
    }).onDelete('set null'),
    index('bulkhead_configs_changed_by_user_id_idx').on(t.changedByUserId),
    formatCheck(t.poolName, SNAKE_CASE_KEY),
    positive(t.maxConcurrentCalls),
    nonNegative(t.maxWaitMs),
    positive(t.coreThreadPoolSize),
    inOrder(t.coreThreadPoolSize, t.maxConcurrentCalls, { name: 'bulkhead_configs_pool_size_check', message: 'must not be below coreThreadPoolSize' }),
    nonNegative(t.queueCapacity),
    nonNegative(t.keepAliveMs),
    requiredWhen(t.coreThreadPoolSize, t.kind, 'thread_pool', { name: 'bulkhead_configs_thread_pool_core_check' }),
    requiredWhen(t.queueCapacity, t.kind, 'thread_pool', { name: 'bulkhead_configs_thread_pool_queue_check' }),
    onlyWhen(t.coreThreadPoolSize, t.kind, 'thread_pool', { name: 'bulkhead_configs_core_size_kind_check' }),
    onlyWhen(t.queueCapacity, t.kind, 'thread_pool', { name: 'bulkhead_configs_queue_kind_check' }),
    onlyWhen(t.keepAliveMs, t.kind, 'thread_pool', { name: 'bulkhead_configs_keep_alive_kind_check' }),
    inOrder(t.validFrom, t.validTo, { name: 'bulkhead_configs_valid_to_check', message: 'must not be before validFrom' }),
  ],
);
