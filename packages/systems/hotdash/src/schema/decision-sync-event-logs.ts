import { oneOf } from '@db/core';
import { sql } from 'drizzle-orm';
import { bigserial, index, integer, jsonb, pgPolicy, pgTable, pgView, text, timestamp } from 'drizzle-orm/pg-core';
import { authenticatedRole, currentScope, noDelete, noUpdate, operatorReadonlyRole, qaTeamRole, readAll, serviceRoleAll } from '../access.ts';
import { DECISION_SYNC_STATUSES } from '../constants.ts';


/**
 * Telemetry of every attempt to sync an operator decision (the app's DecisionLog) to its target system, by
 * scope ('ops', 'cx', 'analytics'). Append-only. RLS since 20251011144000: a user reads and logs their own
 * scope; operators and QA read every scope. The policies keep their deployed `decision_logs_` names.
 */
export const decisionSyncEventLogs = pgTable.withRLS(
  'decision_sync_event_logs',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    decisionId: text('decision_id').notNull(),
    scope: text('scope').notNull(),
    status: text('status', { enum: DECISION_SYNC_STATUSES }).notNull(),
    /** Which attempt this was, from 1. */
    attempt: integer('attempt').notNull().default(1),
    durationMs: integer('duration_ms'),
    errorCode: text('error_code'),
    errorMessage: text('error_message'),
    payload: jsonb('payload').notNull().default(sql`'{}'::jsonb`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('decision_sync_event_logs_decision_id_idx').on(t.decisionId),
    index('decision_sync_event_logs_scope_idx').on(t.scope),
    index('decision_sync_event_logs_created_at_idx').on(t.createdAt.desc().nullsFirst()),
    oneOf(t.status, DECISION_SYNC_STATUSES),
    serviceRoleAll('decision_logs'),
    pgPolicy('decision_logs_read_by_scope', { for: 'select', to: authenticatedRole, using: sql`${t.scope} = ${currentScope}` }),
    readAll('decision_logs_read_operators', [operatorReadonlyRole, qaTeamRole]),
    pgPolicy('decision_logs_insert_by_scope', { for: 'insert', to: authenticatedRole, withCheck: sql`${t.scope} = ${currentScope}` }),
    noUpdate('decision_logs'),
    noDelete('decision_logs'),
  ],
);

/**
 * The public API over the logs (`timestamp` is `created_at`). security_invoker: the reader's RLS applies, where
 * a plain view would read as its owner and show every scope to everyone.
 */
export const decisionSyncEvents = pgView('decision_sync_events', {
  id: bigserial('id', { mode: 'number' }),
  decisionId: text('decision_id').notNull(),
  scope: text('scope').notNull(),
  status: text('status', { enum: DECISION_SYNC_STATUSES }).notNull(),
  attempt: integer('attempt').notNull(),
  durationMs: integer('duration_ms'),
  errorCode: text('error_code'),
  errorMessage: text('error_message'),
  payload: jsonb('payload').notNull(),
  timestamp: timestamp('timestamp', { withTimezone: true }).notNull(),
})
  .with({ securityInvoker: true })
  .as(
    sql`select id, decision_id, scope, status, attempt, duration_ms, error_code, error_message, payload, created_at as "timestamp" from decision_sync_event_logs`,
  );
