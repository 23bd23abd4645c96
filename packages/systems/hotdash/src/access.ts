import { sql, type SQL } from 'drizzle-orm';
import { pgPolicy, pgRole, type PgRole } from 'drizzle-orm/pg-core';
import { anonRole, authenticatedRole, serviceRole } from 'drizzle-orm/supabase';

/**
 * Who may do what (README: the access matrix). Supabase's own roles come from drizzle-orm/supabase; the roles of
 * the documented access model are ours. All are `.existing()`: the auth_compat migration creates each one only
 * where it is missing, so the same migrations run on Supabase, on plain PostgreSQL and on PGlite.
 */
export { anonRole, authenticatedRole, serviceRole };
/** The AI and analytics services: read facts across projects and the curated replies, write nothing. */
export const aiReadonlyRole = pgRole('ai_readonly').existing();
/** Shadow operators and auditors: read every scope's decision logs and the agent queries. */
export const operatorReadonlyRole = pgRole('operator_readonly').existing();
/** QA: reads the decision logs, the logs, the agent tables; scores runs (agent_qc). */
export const qaTeamRole = pgRole('qa_team').existing();
/** Monitoring: reads every observability log, the agent queries and runs. */
export const monitoringTeamRole = pgRole('monitoring_team').existing();
/** Annotators: read all feedback and write its annotations; score runs (agent_qc). */
export const annotatorRole = pgRole('annotator').existing();
/** The Chatwoot webhook: inserts curated replies. */
export const supportWebhookRole = pgRole('support_webhook').existing();

/** Every role the migrations create where missing, in the order they are created. */
export const ACCESS_ROLES = ['anon', 'authenticated', 'service_role', 'ai_readonly', 'operator_readonly', 'qa_team', 'monitoring_team', 'annotator', 'support_webhook'] as const;

/**
 * The request's value of a tenant key: the JWT claim (`auth.jwt() ->> claim`), else the transaction setting
 * server code sets on a pooled connection (`set_config('app.current_project', ..., true)`). A scalar subquery,
 * so PostgreSQL evaluates it once per statement (an InitPlan) instead of once per row. No claim and no setting
 * is NULL, which matches no row: a request without a tenant sees nothing.
 */
export function requestClaim(claim: string, setting: string): SQL {
  return sql.raw(`(select coalesce(auth.jwt() ->> '${claim}', nullif(current_setting('${setting}', true), '')))`);
}

/** The request's project, scope, conversation and request id, as the policies compare them. */
export const currentProject = requestClaim('project', 'app.current_project');
export const currentScope = requestClaim('scope', 'app.current_scope');
export const currentConversation = requestClaim('conversation_id', 'app.conversation_id');
export const currentRequest = requestClaim('request_id', 'app.request_id');

/** `<prefix>_service_role_all`: the backend's full access (service_role also bypasses RLS on Supabase). */
export const serviceRoleAll = (prefix: string) => pgPolicy(`${prefix}_service_role_all`, { for: 'all', to: serviceRole, using: sql`true`, withCheck: sql`true` });

/** A read of every row for `roles`. */
export const readAll = (name: string, roles: PgRole | PgRole[]) => pgPolicy(name, { for: 'select', to: roles, using: sql`true` });

/**
 * `<prefix>_no_update` / `<prefix>_no_delete`: restrictive, so no permissive policy added later can open the
 * audit record again. Only roles that bypass RLS (service_role, for retention) change it; the grants refuse the
 * statement outright for everyone else (README).
 */
export const noUpdate = (prefix: string) => pgPolicy(`${prefix}_no_update`, { as: 'restrictive', for: 'update', to: 'public', using: sql`false` });
export const noDelete = (prefix: string) => pgPolicy(`${prefix}_no_delete`, { as: 'restrictive', for: 'delete', to: 'public', using: sql`false` });
