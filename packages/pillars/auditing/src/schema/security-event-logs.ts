import {
  COUNTRY_CODE,
  createdAt,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  jsonObject,
  onlyWhen,
  requiredWhen,
  SNAKE_CASE_KEY,
  textEnum,
  textLength,
  timestamptz,
} from '@db/core';
import { platformServices } from '@db/reliability/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { char, index, inet, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  AUDITING_EVENT_ACTION,
  AUDITING_EVENT_ACTOR_TYPES,
  AUDITING_EVENT_CATEGORIES,
  AUDITING_EVENT_OUTCOMES,
  AUDITING_EVENT_SEVERITIES,
} from '../constants.ts';

/** The source's other fields of the event, flattened ECS keys to scalar values: { "cloud.region": "eu-west-1" }. */
export type SecurityEventLabels = Record<string, string | number | boolean>;

/**
 * Security events as the SIEM forwards them (Elastic Security, GuardDuty, Wazuh, the WAF): APPEND-ONLY evidence (the
 * database refuses UPDATE and DELETE: `auditingDatabaseObjects`), and the platform's highest-volume log. The SIEM's
 * event id is the natural key, so a redelivered batch is inserted once (`on conflict do nothing`). Sign-ins and MFA
 * stay in @db/compliance's `authentication_logs`; this is everything else the SIEM correlates (WAF blocks, IAM and
 * configuration changes, malware, intrusion detection), tied together by `correlation_id`.
 *
 * The actor is a person or one of the platform's services. Both foreign keys are RESTRICT, as the append-only
 * trigger requires: an erased person's events keep pointing at the anonymised profile; a service leaves the
 * catalogue by status, not deletion. Source IPs and user agents are kept for security under legitimate interests
 * (art. 6(1)(f), recital 49) for 400 days (`purge_security_event_logs`): 13 months covers PCI DSS 10.5.1's year of
 * audit history plus the month a year-on-year comparison needs. A BRIN index on `occurred_at` serves the purge
 * and time-range searches at a fraction of a btree's size; a large deployment partitions by month of `occurred_at`.
 */
export const securityEventLogs = domainTable(
  'security_event_logs',
  {
    id: id(),
    /** The SIEM or pipeline the event comes from, snake_case: elastic_siem, aws_guardduty, cloudflare_waf. */
    source: text().notNull(),
    /** The source's id of the event: with `source`, the natural key. */
    externalEventId: text().notNull(),
    category: textEnum(AUDITING_EVENT_CATEGORIES).notNull(),
    /** The action as the source names it: ConsoleLogin, user-password-change, waf.request_blocked. */
    action: text().notNull(),
    severity: textEnum(AUDITING_EVENT_SEVERITIES).notNull(),
    outcome: textEnum(AUDITING_EVENT_OUTCOMES).notNull().default('unknown'),
    actorType: textEnum(AUDITING_EVENT_ACTOR_TYPES).notNull(),
    /** The person who acted, when the SIEM resolved the account. RESTRICT: append-only audit evidence. */
    actorUserId: uuid().references(() => userProfiles.id, { onDelete: 'restrict' }),
    /** The platform service that acted (a worker, an integration). RESTRICT: append-only audit evidence. */
    actorServiceId: uuid().references(() => platformServices.id, { onDelete: 'restrict' }),
    sourceIp: inet(),
    /** Country of the source IP (geo lookup at the time), ISO 3166-1 alpha-2. */
    sourceCountryCode: char({ length: 2 }),
    userAgent: text(),
    /** The trace or request id that ties the event to application logs and other events (W3C trace id, X-Request-Id). */
    correlationId: text(),
    /** The detection rule that raised the event, as the SIEM names it, e.g. "Multiple failed logins from one IP". */
    ruleName: text(),
    /** What was acted on, as the source names it: an ARN, a route, a bucket, a table. */
    targetResource: text(),
    labels: jsonObject<SecurityEventLabels>(),
    /** When it happened, as the source reports it. */
    occurredAt: timestamptz().notNull(),
    ...createdAt(),
  },
  (t) => [
    uniqueIndex('security_event_logs_source_external_event_id_key').on(t.source, t.externalEventId),
    index('security_event_logs_occurred_at_brin_idx').using('brin', t.occurredAt),
    /** A person's and a service's recent events (investigations, the account security page). */
    index('security_event_logs_actor_user_id_idx').on(t.actorUserId, t.occurredAt),
    index('security_event_logs_actor_service_id_idx').on(t.actorServiceId, t.occurredAt),
    /** Everything from one address. */
    index('security_event_logs_source_ip_idx').on(t.sourceIp, t.occurredAt),
    index('security_event_logs_correlation_id_idx')
      .on(t.correlationId)
      .where(sql`${t.correlationId} is not null`),
    /** The analyst's triage queue: high and critical events, newest first. */
    index('security_event_logs_triage_idx')
      .on(t.severity, t.occurredAt)
      .where(sql`${t.severity} in ('high', 'critical')`),
    formatCheck(t.source, SNAKE_CASE_KEY),
    formatCheck(t.externalEventId, EXTERNAL_ID),
    formatCheck(t.action, AUDITING_EVENT_ACTION),
    formatCheck(t.sourceCountryCode, COUNTRY_CODE),
    formatCheck(t.correlationId, EXTERNAL_ID),
    textLength(t.ruleName, { min: 1, max: 500 }),
    requiredWhen(t.actorUserId, t.actorType, 'user', { name: 'security_event_logs_actor_user_check' }),
    onlyWhen(t.actorUserId, t.actorType, 'user', { name: 'security_event_logs_actor_user_type_check' }),
    requiredWhen(t.actorServiceId, t.actorType, 'service', { name: 'security_event_logs_actor_service_check' }),
    onlyWhen(t.actorServiceId, t.actorType, 'service', { name: 'security_event_logs_actor_service_type_check' }),
  ],
);
