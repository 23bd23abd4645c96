import { between, domainTable, formatCheck, id, nonNegative, positive, textEnum, timestamps, timestamptz } from '@db/core';
import { RELIABILITY_HTTP_PATH } from '@db/reliability/constants';
import { platformServices } from '@db/reliability/tables';
import { boolean, integer, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { RESILIENCE_ENDPOINT_SOURCES, RESILIENCE_HEALTH_ENDPOINT_KINDS, RESILIENCE_HEALTH_PROTOCOLS } from '../constants.ts';

/**
 * A health endpoint a service exposes, and how it is probed: Kubernetes' liveness, readiness and startup probes
 * and the deep check that also exercises the service's dependencies (what failover health checks and
 * @db/recovery's probes call). Path, port, protocol, the status a healthy answer has, how often and how long it is
 * probed, and how many failures or successes in a row change the verdict. Discovered from the deployment's
 * manifests or the API description again and again: (service_id, kind, path) is the natural key, with
 * `source_updated_at`. The probe results are @db/recovery's `system_health_checks`. Describes the service and goes
 * with it (CASCADE).
 */
export const serviceHealthEndpoints = domainTable(
  'service_health_endpoints',
  {
    id: id(),
    serviceId: uuid()
      .notNull()
      .references(() => platformServices.id, { onDelete: 'cascade' }),
    kind: textEnum(RESILIENCE_HEALTH_ENDPOINT_KINDS).notNull(),
    /** e.g. /livez, /readyz, /healthz?deep=1, or the gRPC health method /grpc.health.v1.Health/Check. */
    path: text().notNull(),
    protocol: textEnum(RESILIENCE_HEALTH_PROTOCOLS).notNull().default('http'),
    /** When it is served on another port than the traffic port (a management port such as 8081). */
    port: integer(),
    /** The HTTP status of a healthy answer; gRPC rows keep 200, the HTTP/2 status a SERVING answer comes with. */
    expectedStatus: smallint().notNull().default(200),
    /** Kubernetes periodSeconds (default 10). */
    intervalSeconds: integer().notNull().default(10),
    /** Kubernetes timeoutSeconds, in ms (default 1 000). */
    timeoutMs: integer().notNull().default(1000),
    /** Consecutive failures before the verdict is unhealthy (Kubernetes failureThreshold, default 3). */
    failureThreshold: integer().notNull().default(3),
    /** Consecutive successes before it is healthy again (Kubernetes successThreshold, 1 except for readiness). */
    successThreshold: integer().notNull().default(1),
    /** Kubernetes initialDelaySeconds. */
    initialDelaySeconds: integer().notNull().default(0),
    /** The answer checks the service's own dependencies (database, cache, brokers) besides the process. */
    checksDependencies: boolean().notNull().default(false),
    /** Exposed through the public ingress (a status page polls it), not only inside the cluster. */
    publiclyReachable: boolean().notNull().default(false),
    discoveredFrom: textEnum(RESILIENCE_ENDPOINT_SOURCES).notNull().default('kubernetes_manifest'),
    /** When the manifest or API description last changed the endpoint. */
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('service_health_endpoints_service_kind_path_key').on(t.serviceId, t.kind, t.path),
    formatCheck(t.path, RELIABILITY_HTTP_PATH),
    between(t.port, 1, 65535),
    between(t.expectedStatus, 100, 599),
    positive(t.intervalSeconds),
    positive(t.timeoutMs),
    positive(t.failureThreshold),
    positive(t.successThreshold),
    nonNegative(t.initialDelaySeconds),
  ],
);
