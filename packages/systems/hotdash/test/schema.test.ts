import { readFileSync } from 'node:fs';
import { queryRows } from '@db/core';
import { catalogOf, createDocumentedSchema, setupTestDatabase, tablesCreatedBy } from '@db/core/testing';
import { describe, expect, test } from 'vitest';
import { relations } from '../src/index.ts';

const t = setupTestDatabase({ database: 'hotdash', relations });
const documented = readFileSync(new URL('./documented-ddl.sql', import.meta.url), 'utf8');

/**
 * The policies the report documents, by table: the four it names (facts_read_by_project, facts_insert_by_project,
 * support_curated_replies_read_ai, support_curated_replies_insert_by_webhook) and, for the rest, its counts per
 * table (6, 6, 6, 2, 5, 6, 6: 37 in all) under the names the deployed database gives them.
 */
const DOCUMENTED_POLICIES: Record<string, string[]> = {
  facts: ['facts_service_role_all', 'facts_read_by_project', 'facts_insert_by_project', 'facts_read_ai_readonly', 'facts_no_update', 'facts_no_delete'],
  decision_sync_event_logs: [
    'decision_logs_service_role_all',
    'decision_logs_read_by_scope',
    'decision_logs_read_operators',
    'decision_logs_insert_by_scope',
    'decision_logs_no_update',
    'decision_logs_no_delete',
  ],
  observability_logs: [
    'observability_logs_service_role_all',
    'observability_logs_read_info_warn',
    'observability_logs_read_own_requests',
    'observability_logs_read_monitoring',
    'observability_logs_no_update',
    'observability_logs_no_delete',
  ],
  support_curated_replies: ['support_curated_replies_read_ai', 'support_curated_replies_insert_by_webhook'],
  agent_approvals: ['agent_approvals_service_role_all', 'agent_approvals_read_own', 'agent_approvals_insert_service', 'agent_approvals_update_service', 'agent_approvals_no_delete'],
  agent_feedback: [
    'agent_feedback_service_role_all',
    'agent_feedback_read_own',
    'agent_feedback_read_reviewers',
    'agent_feedback_update_annotators',
    'agent_feedback_insert_service',
    'agent_feedback_no_delete',
  ],
  agent_queries: [
    'agent_queries_service_role_all',
    'agent_queries_read_own',
    'agent_queries_read_operators',
    'agent_queries_update_by_operator',
    'agent_queries_insert_service',
    'agent_queries_no_delete',
  ],
};

describe('the migrations reproduce the documented schema', () => {
  test('the three Agent SDK tables: every column, type, default, nullability, CHECK and index as documented', async () => {
    const tables = tablesCreatedBy(documented);
    await createDocumentedSchema(t.db, documented);
    expect(tables).toEqual(['agent_approvals', 'agent_feedback', 'agent_queries']);
    expect(await catalogOf(t.db, 'public', tables)).toEqual(await catalogOf(t.db, 'documented', tables));
  });

  test('every table has row-level security enabled', async () => {
    const tables = await queryRows<{ name: string; rls: boolean }>(
      t.db,
      `select relname as name, relrowsecurity as rls from pg_class where relnamespace = 'public'::regnamespace and relkind = 'r' order by 1`,
    );
    expect(tables.map((table) => table.name)).toEqual([...Object.keys(DOCUMENTED_POLICIES), 'agent_run', 'agent_qc'].sort());
    expect(tables.filter((table) => !table.rls)).toEqual([]);
  });

  test('every documented policy exists under its name, and the documented tables have exactly the documented count (37)', async () => {
    const policies = await queryRows<{ table: string; name: string }>(t.db, `select tablename as table, policyname as name from pg_policies where schemaname = 'public'`);
    for (const [table, names] of Object.entries(DOCUMENTED_POLICIES)) {
      expect(policies.filter((policy) => policy.table === table).map((policy) => policy.name).sort(), table).toEqual([...names].sort());
    }
    expect(Object.values(DOCUMENTED_POLICIES).flat()).toHaveLength(37);
  });

  test('the views read with the reader’s privileges (security_invoker), so RLS applies through them', async () => {
    const views = await queryRows<{ name: string; options: string[] | null }>(
      t.db,
      `select relname as name, reloptions as options from pg_class where relnamespace = 'public'::regnamespace and relkind = 'v' order by 1`,
    );
    expect(views.map((view) => view.name)).toEqual([
      'decision_sync_events',
      'v_agent_kpis',
      'v_agent_performance_snapshot',
      'v_agent_response_accuracy',
      'v_annotation_progress',
      'v_approval_queue_depth',
      'v_approval_queue_status',
      'v_training_data_quality',
    ]);
    expect(views.filter((view) => !view.options?.includes('security_invoker=true'))).toEqual([]);
  });
});
