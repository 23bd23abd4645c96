import {
  between,
  createdAt,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  nonNegative,
  positive,
  requiredWith,
  textEnum,
  timestamptz,
} from '@db/core';
import { aiModels } from '@db/recommendations/tables';
import { sql } from 'drizzle-orm';
import { boolean, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { AI_AGENT_ERROR_CLASSES, AI_AGENT_EVENT_SOURCES, AI_AGENT_PROVIDERS, AI_AGENT_TRACE_ID } from '../constants.ts';
import { aiAgentConfigs } from './ai-agent-configs.ts';

/**
 * A failed attempt of an agent call, append-only (the database refuses UPDATE and DELETE:
 * `agentsDatabaseObjects`): the evidence behind incident reviews and vendor SLA claims (error class, the vendor's
 * error code and HTTP status, whether it was retryable, which attempt). It names the configuration and the model
 * (RESTRICT, as the trigger requires: neither is ever deleted once it served) and identifies the call the way the
 * logs do, by the vendor's request id and the session's W3C trace id, not by foreign keys to the call and the
 * session: those are the user's and go with an erasure, which a RESTRICT from this log would block. It holds
 * ids and vendor messages, no personal data. Re-imports of the runtime's event log skip rows already here:
 * (source, external_event_id), ON CONFLICT DO NOTHING.
 */
export const aiAgentFailures = domainTable(
  'ai_agent_failures',
  {
    id: id(),
    agentConfigId: uuid()
      .notNull()
      .references(() => aiAgentConfigs.id, { onDelete: 'restrict' }),
    /** The model that failed; null when the failure came before any model call (a guardrail, a tool). */
    modelId: uuid().references(() => aiModels.id, { onDelete: 'restrict' }),
    source: textEnum(AI_AGENT_EVENT_SOURCES).notNull(),
    /** The event's id in its source (a Langfuse observation id, a Sentry event id, the runtime's event id). */
    externalEventId: text().notNull(),
    provider: textEnum(AI_AGENT_PROVIDERS),
    /** The vendor's id of the failed request (ai_agent_interactions' key with `provider`). */
    providerRequestId: text(),
    /** The session's trace (ai_agent_sessions.trace_id). */
    traceId: text(),
    /** 1 for the first try, 2 for the first retry, ... */
    attemptNumber: integer().notNull(),
    errorClass: textEnum(AI_AGENT_ERROR_CLASSES).notNull(),
    /** The vendor's error code as it sent it: rate_limit_exceeded, overloaded_error, context_length_exceeded. */
    providerErrorCode: text(),
    httpStatus: integer(),
    /** The vendor's or the runtime's message. Never the prompt or the answer. */
    errorMessage: text(),
    retryable: boolean().notNull(),
    /** The wait the vendor asked for (Retry-After), in milliseconds. */
    retryAfterMs: integer(),
    occurredAt: timestamptz().notNull().defaultNow(),
    ...createdAt(),
  },
  (t) => [
    uniqueIndex('ai_agent_failures_source_external_event_id_key').on(t.source, t.externalEventId),
    /** An agent version's recent failures (the on-call view, the rollups). */
    index('ai_agent_failures_agent_config_id_idx').on(t.agentConfigId, t.occurredAt),
    index('ai_agent_failures_model_id_idx').on(t.modelId, t.occurredAt),
    /** The call behind a failure, and the failures of a session. */
    index('ai_agent_failures_provider_request_id_idx')
      .on(t.provider, t.providerRequestId)
      .where(sql`${t.providerRequestId} is not null`),
    index('ai_agent_failures_trace_id_idx')
      .on(t.traceId)
      .where(sql`${t.traceId} is not null`),
    /** Rate limits and outages per vendor: the SLA claim's query. */
    index('ai_agent_failures_error_class_idx').on(t.errorClass, t.occurredAt),
    formatCheck(t.externalEventId, EXTERNAL_ID),
    formatCheck(t.providerRequestId, EXTERNAL_ID),
    requiredWith(t.provider, t.providerRequestId, { name: 'ai_agent_failures_provider_request_check', message: 'is required when providerRequestId is given' }),
    formatCheck(t.traceId, AI_AGENT_TRACE_ID),
    positive(t.attemptNumber),
    formatCheck(t.providerErrorCode, EXTERNAL_ID),
    between(t.httpStatus, 100, 599),
    nonNegative(t.retryAfterMs),
  ],
);
