import { readFileSync } from 'node:fs';
import { queryRows } from '@db/core';
import { catalogOf, createDocumentedSchema, setupTestDatabase, tablesCreatedBy } from '@db/core/testing';
import { sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { relations, users } from '../src/index.ts';
import { member } from './helpers.ts';

const t = setupTestDatabase({ database: 'yachtparty', relations });
const documented = readFileSync(new URL('./documented-ddl.sql', import.meta.url), 'utf8');
const TABLES = tablesCreatedBy(documented);
/** What the forward migrations added beyond the documented schema (the fix's column is checked apart). */
const ADDED_CHECKS = [
  'agent_tasks_priority_check',
  'conversations_phone_number_format_check',
  'message_queue_priority_check',
  'messages_direction_check',
  'messages_role_check',
  'users_phone_number_format_check',
  'users_poc_agent_type_check',
];
const ADDED_INDEXES = ['idx_log_agent_instance', 'idx_queue_conversation_context', 'idx_queue_delivered_message', 'idx_queue_superseded_by'];
const named = (names: string[]) => (entry: string) => names.some((name) => entry.includes(` ${name} `) || entry.startsWith(`${name} `));

describe('the migrations reproduce the documented schema', () => {
  test('every documented table, column, type, length, default, nullability, constraint and index, plus the fix', async () => {
    await createDocumentedSchema(t.db, documented);
    const ours = await catalogOf(t.db, 'public', TABLES);
    const theirs = await catalogOf(t.db, 'documented', TABLES);

    expect(TABLES).toHaveLength(12);
    expect(ours.columns.filter((entry) => !entry.startsWith('users.phone_number_history '))).toEqual(theirs.columns);
    expect(ours.columns).toContain(`users.phone_number_history jsonb default '[]'::jsonb`);
    expect(ours.constraints.filter((entry) => !named(ADDED_CHECKS)(entry))).toEqual(theirs.constraints);
    expect(ours.constraints.filter(named(ADDED_CHECKS))).toHaveLength(ADDED_CHECKS.length);
    expect(ours.indexes.filter((entry) => !named(ADDED_INDEXES)(entry))).toEqual(theirs.indexes);
    expect(ours.indexes.filter(named(ADDED_INDEXES))).toHaveLength(ADDED_INDEXES.length);
    const unvalidated = await queryRows(t.db, `select conname from pg_constraint where not convalidated and connamespace = 'public'::regnamespace`);
    expect(unvalidated).toEqual([]);
  });

  test("UPDATE users SET phone_number = ... succeeds and archives the old number (the documented defect, fixed)", async () => {
    const { user } = await member(t.db, '+14155550133');
    await t.db.execute(sql`update users set phone_number = '+14155550144' where id = ${user.id}`);
    const [row] = await t.db.select({ history: users.phoneNumberHistory }).from(users);
    expect(row!.history).toEqual([expect.objectContaining({ phone_number: '+14155550133' })]);
  });
});
