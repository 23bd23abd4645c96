import { domainTable, formatCheck, id, inOrder, positive, textEnum, textLength, timestamps, timestamptz } from '@db/core';
import { RELIABILITY_ENVIRONMENTS } from '@db/reliability/constants';
import { serviceDependencies } from '@db/reliability/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { boolean, foreignKey, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { RESILIENCE_OPERATION, RESILIENCE_TIMEOUT_ACTIONS } from '../constants.ts';

/**
 * The timeouts of the calls along one dependency edge, per operation: connect, read and write timeouts of one
 * attempt, and the total budget of the call (all attempts, when a retry policy retries it), which no phase may
 * exceed. `operation` is the route, gRPC method or query name as the client names it, or `*` for every operation
 * of the edge without a row of its own. The edge's own `timeout_ms` (@db/reliability) is the summary the
 * dependency graph shows; these rows are the detail. Versioned: a change closes the current row (`valid_to`)
 * and opens the next; one current row per (edge, environment, operation). Configuration that only describes the
 * edge goes with it (CASCADE).
 */
export const timeoutConfigurations = domainTable(
  'timeout_configurations',
  {
    id: id(),
    serviceDependencyId: uuid().notNull(),
    environment: textEnum(RELIABILITY_ENVIRONMENTS).notNull().default('production'),
    /** e.g. GET /v1/pedigrees/{registrationNumber}, horse.v1.HorseService/GetHorse, or * for the edge's default. */
    operation: text().notNull().default('*'),
    /** Establishing the connection (TCP and TLS). */
    connectTimeoutMs: integer(),
    /** Waiting for the response once the request is sent (the socket read timeout). */
    readTimeoutMs: integer(),
    /** Sending the request body (uploads). */
    writeTimeoutMs: integer(),
    /** The whole call, every attempt included: the deadline the caller gives up at. */
    totalTimeoutMs: integer().notNull(),
    /** Passes the remaining deadline downstream (gRPC deadline propagation, a request-timeout header). */
    propagateDeadline: boolean().notNull().default(false),
    onTimeout: textEnum(RESILIENCE_TIMEOUT_ACTIONS).notNull().default('fail'),
    validFrom: timestamptz().notNull().defaultNow(),
    /** When the next version replaced this one; null for the configuration in force. */
    validTo: timestamptz(),
    /** Who made the change: a credit, unset when that user is erased. */
    changedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    /** The change that applied it: a pull request, a config-repository commit, a change ticket. */
    changeReference: text(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('timeout_configurations_current_key')
      .on(t.serviceDependencyId, t.environment, t.operation)
      .where(sql`${t.validTo} is null`),
    /** An edge's timeout history. */
    index('timeout_configurations_service_dependency_id_idx').on(t.serviceDependencyId, t.environment, t.validFrom),
    foreignKey({
      name: 'timeout_configurations_service_dependency_id_fkey',
      columns: [t.serviceDependencyId],
      foreignColumns: [serviceDependencies.id],
    }).onDelete('cascade'),
    index('timeout_configurations_changed_by_user_id_idx').on(t.changedByUserId),
    formatCheck(t.operation, RESILIENCE_OPERATION),
    textLength(t.operation, { max: 300 }),
    positive(t.connectTimeoutMs),
    positive(t.readTimeoutMs),
    positive(t.writeTimeoutMs),
    positive(t.totalTimeoutMs),
    inOrder(t.connectTimeoutMs, t.totalTimeoutMs, { name: 'timeout_configurations_connect_total_check', message: 'must not be below connectTimeoutMs' }),
    inOrder(t.readTimeoutMs, t.totalTimeoutMs, { name: 'timeout_configurations_read_total_check', message: 'must not be below readTimeoutMs' }),
    inOrder(t.writeTimeoutMs, t.totalTimeoutMs, { name: 'timeout_configurations_write_total_check', message: 'must not be below writeTimeoutMs' }),
    inOrder(t.validFrom, t.validTo, { name: 'timeout_configurations_valid_to_check', message: 'must not be before validFrom' }),
  ],
);
