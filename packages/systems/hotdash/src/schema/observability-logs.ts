import { oneOf } from '@db/core';
import { sql } from 'drizzle-orm';
import { bigserial, index, jsonb, pgPolicy, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { authenticatedRole, currentRequest, monitoringTeamRole, noDelete, noUpdate, qaTeamRole, readAll, serviceRoleAll } from '../access.ts';
import { LOG_LEVELS, PUBLIC_LOG_LEVELS } from '../constants.ts';

/**
 * What the edge functions log (the `occ-log` function inserts with the service key). Append-only. RLS since
 * 20251011144030: monitoring and QA read everything; a user reads INFO and WARN lines and the lines of their own
 * requests.
 */
export const observabilityLogs = pgTable.withRLS(
  'observability_logs',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    level: text('level', { enum: LOG_LEVELS }).notNull(),
    message: text('message').notNull(),
    /** The edge function that logged it. */
    source: text('source').notNull().default('occ-log'),
    /** The request the line belongs to (the JWT's `request_id` claim for the user who made it). */
    requestId: text('request_id'),
    metadata: jsonb('metadata').notNull().default(sql`'{}'::jsonb`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('observability_logs_created_at_idx').on(t.createdAt.desc().nullsFirst()),
    index('observability_logs_level_created_idx').on(t.level, t.createdAt.desc().nullsFirst()),
    index('observability_logs_request_id_idx').on(t.requestId),
    oneOf(t.level, LOG_LEVELS),
    serviceRoleAll('observability_logs'),
    pgPolicy('observability_logs_read_info_warn', {
      for: 'select',
      to: authenticatedRole,
      using: sql.raw(`level in (${PUBLIC_LOG_LEVELS.map((level) => `'${level}'`).join(', ')})`),
    }),
    pgPolicy('observability_logs_read_own_requests', { for: 'select', to: authenticatedRole, using: sql`${t.requestId} = ${currentRequest}` }),
    readAll('observability_logs_read_monitoring', [monitoringTeamRole, qaTeamRole]),
    noUpdate('observability_logs'),
    noDelete('observability_logs'),
  ],
);
