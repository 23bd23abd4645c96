import { between, domainTable, formatCheck, id, inOrder, nonNegative, onlyWhen, positive, requiredWhen, textEnum, timestamps, timestamptz } from '@db/core';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { boolean, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  RELIABILITY_ENVIRONMENTS,
  RELIABILITY_HEALTH_CHECK_PROTOCOLS,
  RELIABILITY_HTTP_PATH,
  RELIABILITY_LOAD_BALANCER_KINDS,
  RELIABILITY_LOAD_BALANCING_ALGORITHMS,
  RELIABILITY_SESSION_AFFINITIES,
} from '../constants.ts';
import { platformServices } from './platform-services.ts';

/**
 * How traffic reaches a service in one environment: the balancer, its algorithm, its health check, affinity and
 * timeouts. Versioned, not overwritten: a change closes the current row (`validTo`) and opens a new one, so
 * "what was the health check during last Tuesday's outage" has an answer. One current row per (service,
 * environment). The figures fit AWS ALB/NLB, GCP and Envoy/HAProxy alike: the CHECKs hold what every one of them
 * holds (a health check times out within its interval).
 */
export const loadBalancingConfig = domainTable(
  'load_balancing_config',
  {
    id: id(),
    /** Configuration describes the service and goes with it. */
    serviceId: uuid()
      .notNull()
      .references(() => platformServices.id, { onDelete: 'cascade' }),
    environment: textEnum(RELIABILITY_ENVIRONMENTS).notNull(),
    /** The balancer as the cloud or the mesh names it, e.g. equine-prod-public-alb. */
    loadBalancerName: text().notNull(),
    loadBalancerKind: textEnum(RELIABILITY_LOAD_BALANCER_KINDS).notNull(),
    algorithm: textEnum(RELIABILITY_LOAD_BALANCING_ALGORITHMS).notNull().default('round_robin'),
    healthCheckProtocol: textEnum(RELIABILITY_HEALTH_CHECK_PROTOCOLS).notNull().default('http'),
    /** Required for HTTP(S) checks, e.g. /healthz. */
    healthCheckPath: text(),
    /** When the check probes another port than the traffic port. */
    healthCheckPort: integer(),
    healthCheckIntervalSeconds: integer().notNull().default(30),
    healthCheckTimeoutSeconds: integer().notNull().default(5),
    /** Consecutive passes before a target takes traffic again. */
    healthyThreshold: integer().notNull().default(3),
    /** Consecutive failures before a target is taken out. */
    unhealthyThreshold: integer().notNull().default(3),
    sessionAffinity: textEnum(RELIABILITY_SESSION_AFFINITIES).notNull().default('none'),
    /** Lifetime of the affinity cookie, for cookie affinity only. */
    affinityCookieTtlSeconds: integer(),
    /** How long a deregistered target finishes its in-flight requests (AWS deregistration delay, 0-3600). */
    connectionDrainingSeconds: integer().notNull().default(300),
    idleTimeoutSeconds: integer().notNull().default(60),
    /** TLS ends at the balancer (it holds the certificate). */
    tlsTerminated: boolean().notNull().default(true),
    validFrom: timestamptz().notNull().defaultNow(),
    /** Null on the current row. */
    validTo: timestamptz(),
    /** Who applied the change: a credit, unset when that user is erased. */
    changedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    /** The change that applied it: a pull request, a Terraform run, a change ticket (CHG-2024-0412). */
    changeReference: text(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('load_balancing_config_current_key')
      .on(t.serviceId, t.environment)
      .where(sql`${t.validTo} is null`),
    index('load_balancing_config_service_id_idx').on(t.serviceId, t.environment, t.validFrom),
    index('load_balancing_config_changed_by_user_id_idx').on(t.changedByUserId),
    formatCheck(t.healthCheckPath, RELIABILITY_HTTP_PATH),
    requiredWhen(t.healthCheckPath, t.healthCheckProtocol, 'http', {
      name: 'load_balancing_config_http_path_check',
      message: 'an HTTP health check needs a path',
    }),
    requiredWhen(t.healthCheckPath, t.healthCheckProtocol, 'https', {
      name: 'load_balancing_config_https_path_check',
      message: 'an HTTPS health check needs a path',
    }),
    between(t.healthCheckPort, 1, 65535),
    positive(t.healthCheckIntervalSeconds),
    positive(t.healthCheckTimeoutSeconds),
    inOrder(t.healthCheckTimeoutSeconds, t.healthCheckIntervalSeconds, {
      name: 'load_balancing_config_health_check_timing_check',
      message: 'must not be shorter than healthCheckTimeoutSeconds: a check times out before the next one starts',
    }),
    positive(t.healthyThreshold),
    positive(t.unhealthyThreshold),
    positive(t.affinityCookieTtlSeconds),
    onlyWhen(t.affinityCookieTtlSeconds, t.sessionAffinity, 'cookie', { name: 'load_balancing_config_affinity_cookie_check' }),
    nonNegative(t.connectionDrainingSeconds),
    positive(t.idleTimeoutSeconds),
    inOrder(t.validFrom, t.validTo, { name: 'load_balancing_config_valid_to_check', message: 'must not be before validFrom' }),
  ],
);
