import {
  between,
  createdAt,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  nonNegative,
  requiredWith,
  SNAKE_CASE_KEY,
  textEnum,
  textLength,
  timestamptz,
} from '@db/core';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { bigint, index, inet, integer, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  AUDITING_AUTH_METHODS,
  AUDITING_HTTP_METHOD,
  AUDITING_REQUEST_PATH,
  AUDITING_TLS_PROTOCOLS,
  AUDITING_WAF_ACTIONS,
} from '../constants.ts';

/**
 * HTTP and API access, one row per request, as the edge ships its logs (CloudFront, the load balancer, the API
 * gateway): APPEND-ONLY (`auditingDatabaseObjects`). (source, request_id) is the natural key, so a re-shipped log
 * file is inserted once. The query string is never stored (it can carry tokens and email addresses), nor headers
 * or bodies. The user is RESTRICT, as the append-only trigger requires; null for anonymous requests.
 *
 * Kept 90 days (`purge_access_logs`): long enough to investigate an incident found by the monthly review, short
 * enough for the data-minimisation principle, since every row holds an IP address; what must be kept longer is
 * summarised in security_event_logs. A BRIN index on `occurred_at` serves the purge and time ranges; a large
 * deployment partitions by day of `occurred_at` and drops partitions instead.
 */
export const accessLogs = domainTable(
  'access_logs',
  {
    id: id(),
    /** The component that logged the request, snake_case: cloudfront, aws_alb, api_gateway, nginx. */
    source: text().notNull(),
    /** Its id for the request (X-Amz-Cf-Id, the ALB trace id, X-Request-Id): with `source`, the natural key. */
    requestId: text().notNull(),
    /** Null for a request too malformed to name one (logged as "-" with a 400). */
    httpMethod: text(),
    host: text().notNull(),
    /** The path requested, without the query string. */
    path: text().notNull(),
    /** The route it matched, when the API matched one: /v1/horses/{horseId}/vaccinations. */
    routeTemplate: text(),
    /** smallint: two bytes a row on the largest table, and every status fits. */
    statusCode: smallint().notNull(),
    /** From the first byte received to the last byte sent. */
    latencyMs: integer().notNull(),
    requestBytes: bigint({ mode: 'number' }),
    responseBytes: bigint({ mode: 'number' }),
    /** The client's address (X-Forwarded-For as the edge saw it, not the proxy's). */
    clientIp: inet().notNull(),
    /** The signed-in person; null when anonymous. RESTRICT: append-only. */
    userId: uuid().references(() => userProfiles.id, { onDelete: 'restrict' }),
    /** How the request was authenticated (session from a password or passkey sign-in, an API token, ...). */
    authMethod: textEnum(AUDITING_AUTH_METHODS),
    userAgent: text(),
    tlsProtocol: textEnum(AUDITING_TLS_PROTOCOLS),
    /** What the WAF did; null when the request did not pass through it. */
    wafAction: textEnum(AUDITING_WAF_ACTIONS),
    /** When the request was received. */
    occurredAt: timestamptz().notNull(),
    ...createdAt(),
  },
  (t) => [
    uniqueIndex('access_logs_source_request_id_key').on(t.source, t.requestId),
    index('access_logs_occurred_at_brin_idx').using('brin', t.occurredAt),
    /** A person's recent requests. */
    index('access_logs_user_id_idx').on(t.userId, t.occurredAt),
    /** Refused and throttled requests per address: brute force, scraping, credential stuffing. */
    index('access_logs_refused_client_ip_idx')
      .on(t.clientIp, t.occurredAt)
      .where(sql`${t.statusCode} in (401, 403, 429)`),
    formatCheck(t.source, SNAKE_CASE_KEY),
    formatCheck(t.requestId, EXTERNAL_ID),
    formatCheck(t.httpMethod, AUDITING_HTTP_METHOD),
    formatCheck(t.path, AUDITING_REQUEST_PATH),
    formatCheck(t.routeTemplate, AUDITING_REQUEST_PATH),
    textLength(t.host, { min: 1, max: 255 }),
    between(t.statusCode, 100, 599),
    nonNegative(t.latencyMs),
    nonNegative(t.requestBytes),
    nonNegative(t.responseBytes),
    requiredWith(t.authMethod, t.userId, { name: 'access_logs_auth_method_user_check', message: 'is required when userId is given' }),
  ],
);
