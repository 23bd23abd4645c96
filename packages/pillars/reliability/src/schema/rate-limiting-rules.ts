import { allOneOf, between, domainTable, formatCheck, id, inOrder, nonNegative, onlyWhen, positive, SNAKE_CASE_KEY, textEnum, timestamps, timestamptz } from '@db/core';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { boolean, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  RELIABILITY_ENVIRONMENTS,
  RELIABILITY_HTTP_METHODS,
  RELIABILITY_RATE_LIMIT_ACTIONS,
  RELIABILITY_RATE_LIMIT_ALGORITHMS,
  RELIABILITY_RATE_LIMIT_SCOPES,
  type ReliabilityHttpMethod,
} from '../constants.ts';
import { platformServices } from './platform-services.ts';

/**
 * A rate limit a service enforces in one environment: N requests per window of S seconds, counted per scope
 * (client IP, user, API key, ...), on some routes and methods, and what happens beyond it. A rule may target one
 * user (`subjectUserId`: a raised limit for a sales-company integration, a lowered one for an abusive client).
 * Versioned: one current row per (service, environment, rule key); a change closes it and opens the next.
 */
export const rateLimitingRules = domainTable(
  'rate_limiting_rules',
  {
    id: id(),
    /** Configuration describes the service and goes with it. */
    serviceId: uuid()
      .notNull()
      .references(() => platformServices.id, { onDelete: 'cascade' }),
    environment: textEnum(RELIABILITY_ENVIRONMENTS).notNull(),
    /** snake_case, e.g. public_search_per_ip. */
    ruleKey: text().notNull(),
    description: text(),
    scope: textEnum(RELIABILITY_RATE_LIMIT_SCOPES).notNull(),
    /**
     * The one user a per-user override applies to (scope user). The override is about that person alone, so it
     * is deleted with them.
     */
    subjectUserId: uuid().references(() => userProfiles.id, { onDelete: 'cascade' }),
    /** The routes it counts, as the gateway matches them, e.g. /api/v1/horses/*; null for every route. */
    endpointPattern: text(),
    /** The methods it counts; empty for all. */
    httpMethods: text()
      .$type<ReliabilityHttpMethod>()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    requestsPerWindow: integer().notNull(),
    windowSeconds: integer().notNull(),
    /** The bucket size of a token or leaky bucket: requests allowed at once above the steady rate. */
    burstLimit: integer(),
    algorithm: textEnum(RELIABILITY_RATE_LIMIT_ALGORITHMS).notNull().default('sliding_window'),
    action: textEnum(RELIABILITY_RATE_LIMIT_ACTIONS).notNull().default('reject'),
    /** The status a refused request gets: 429 Too Many Requests, or 503 behind some gateways. */
    responseStatusCode: integer().notNull().default(429),
    /** The Retry-After the refusal carries. */
    retryAfterSeconds: integer(),
    /** Evaluation order, lowest first: an override before the general rule. */
    priority: integer().notNull().default(100),
    enabled: boolean().notNull().default(true),
    validFrom: timestamptz().notNull().defaultNow(),
    /** Null on the current row. */
    validTo: timestamptz(),
    /** Who wrote the rule: a credit, unset when that user is erased. */
    createdByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('rate_limiting_rules_current_key')
      .on(t.serviceId, t.environment, t.ruleKey)
      .where(sql`${t.validTo} is null`),
    index('rate_limiting_rules_service_id_idx').on(t.serviceId, t.environment, t.validFrom),
    index('rate_limiting_rules_subject_user_id_idx').on(t.subjectUserId),
    index('rate_limiting_rules_created_by_user_id_idx').on(t.createdByUserId),
    formatCheck(t.ruleKey, SNAKE_CASE_KEY),
    onlyWhen(t.subjectUserId, t.scope, 'user', { name: 'rate_limiting_rules_subject_user_check' }),
    allOneOf(t.httpMethods, RELIABILITY_HTTP_METHODS),
    positive(t.requestsPerWindow),
    positive(t.windowSeconds),
    positive(t.burstLimit),
    between(t.responseStatusCode, 400, 599),
    nonNegative(t.retryAfterSeconds),
    nonNegative(t.priority),
    inOrder(t.validFrom, t.validTo, { name: 'rate_limiting_rules_valid_to_check', message: 'must not be before validFrom' }),
  ],
);
