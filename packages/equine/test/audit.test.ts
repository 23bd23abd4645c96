import { auditDatabase, auditDeclaredTables, handWrittenChecks, type AuditFinding } from '@db/core/audit';
import { setupTestDatabase } from '@db/core/testing';
import { TransactionRollbackError, sql } from 'drizzle-orm';
import { check, date, integer, text } from 'drizzle-orm/pg-core';
import { describe, expect, test } from 'vitest';
import { customCheck, domainTable, id, nonNegative } from '@db/core';
import { equineDatabaseObjects, EXPECTED_TABLES, migrationsFolder, schema } from '../src/index.ts';

const t = setupTestDatabase();
const options = { expectedTables: EXPECTED_TABLES, migrationsFolder, schema, databaseObjects: equineDatabaseObjects };

/** Audits the database with `ddl` applied inside a transaction that is rolled back, so nothing leaks. */
async function auditBrokenBy(...ddl: string[]): Promise<AuditFinding[]> {
  let findings: AuditFinding[] = [];
  try {
    await t.db.transaction(async (tx) => {
      for (const statement of ddl) await tx.execute(sql.raw(statement));
      findings = await auditDatabase(tx as never, options);
      tx.rollback();
    });
  } catch (error) {
    if (!(error instanceof TransactionRollbackError)) throw error;
  }
  return findings;
}

const probe = 'audit_probe';
const uuidKey = 'id uuid primary key default gen_random_uuid()';

test('the migrated equine database passes every rule', async () => {
  expect(await auditDatabase(t.db, options)).toEqual([]);
});

describe('a database that breaks a rule on purpose is reported', () => {
  test.each([
    ['uuid_primary_keys', `create table ${probe} (id serial primary key)`],
    ['uuid_primary_keys', `create table ${probe} (id uuid primary key)`],
    ['timestamptz', `create table ${probe} (${uuidKey}, seen_at timestamp not null)`],
    ['jsonb_defaults', `create table ${probe} (${uuidKey}, data jsonb)`],
    ['jsonb_defaults', `create table ${probe} (${uuidKey}, data jsonb not null default '{"a":1}')`],
    ['fk_indexes', `create table ${probe} (${uuidKey}, horse_id uuid not null references horses (id))`],
    ['id_columns', `create table ${probe} (${uuidKey}, horse_id uuid not null)`],
    ['id_columns', `create table ${probe} (${uuidKey}, vaccination_id uuid not null)`],
  ])('%s: %s', async (rule, ddl) => {
    const findings = await auditBrokenBy(ddl);
    expect(findings).toContainEqual(expect.objectContaining({ rule, object: probe }));
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'expected_tables', object: probe }));
  });

  test('a foreign key that was never validated', async () => {
    const findings = await auditBrokenBy(
      `create table ${probe} (${uuidKey}, horse_id uuid)`,
      `create index ${probe}_horse_id_idx on ${probe} (horse_id)`,
      `alter table ${probe} add constraint ${probe}_horse_id_fk foreign key (horse_id) references horses (id) not valid`,
    );
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'foreign_keys', object: probe }));
  });

  test('a missing table', async () => {
    const findings = await auditBrokenBy('drop table horse_ai_insights');
    expect(findings).toEqual([expect.objectContaining({ rule: 'expected_tables', object: 'horse_ai_insights' })]);
  });

  test('a migration that was not applied', async () => {
    const findings = await auditBrokenBy('delete from drizzle.__drizzle_migrations');
    expect(findings.map((finding) => finding.rule)).toContain('migrations');
  });

  test('a truncated identifier', async () => {
    const long = `${probe}_${'x'.repeat(80)}`;
    const findings = await auditBrokenBy(`create table ${long} (${uuidKey})`);
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'identifier_length', object: long.slice(0, 63) }));
  });

  test('a declared trigger missing from the database', async () => {
    const trigger = equineDatabaseObjects.find((object) => object.kind === 'trigger')!;
    const findings = await auditBrokenBy(`drop trigger ${trigger.name} on ${trigger.table}`);
    expect(findings).toEqual([expect.objectContaining({ rule: 'database_objects', object: trigger.table })]);
  });

  test('an append-only table whose foreign key would delete or update its rows', async () => {
    const findings = await auditBrokenBy(
      `create table ${probe} (${uuidKey}, horse_id uuid references horses (id) on delete set null)`,
      `create index ${probe}_horse_id_idx on ${probe} (horse_id)`,
      `create trigger ${probe}_append_only before update or delete on ${probe} for each row execute function refuse_append_only_change()`,
    );
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'database_objects', object: probe }));
  });

  test('a table listed twice', async () => {
    const findings = await auditDatabase(t.db, { ...options, expectedTables: [...EXPECTED_TABLES, 'horses'] });
    expect(findings).toEqual([expect.objectContaining({ rule: 'duplicate_tables', object: 'horses' })]);
  });
});

describe('declared tables', () => {
  test('two tables with one SQL name and an identifier over 63 characters', () => {
    const first = domainTable('stables', { id: id() });
    const second = domainTable('stables', { id: id(), [`n${'o'.repeat(70)}`]: text() });
    const findings = auditDeclaredTables([first, second]);
    expect(findings.map((finding) => finding.rule).sort()).toEqual(['duplicate_tables', 'identifier_length']);
  });

  test('the CHECKs whose Zod twin is hand-written: raw check() and customCheck, not the rule helpers', () => {
    const stables = domainTable('stables', { id: id(), stalls: integer(), openedOn: date(), closedOn: date() }, (t) => [
      nonNegative(t.stalls),
      check('stables_closed_on_check', sql`${t.closedOn} > ${t.openedOn}`),
      customCheck('stables_stalls_even_check', sql`${t.stalls} % 2 = 0`, {
        columns: [t.stalls],
        column: t.stalls,
        message: 'must be even',
        holds: (row) => row.stalls === null || Number(row.stalls) % 2 === 0,
        violations: [{ stalls: 3 }],
      }),
    ]);
    expect(handWrittenChecks([stables])).toEqual([{ table: 'stables', checks: ['stables_closed_on_check', 'stables_stalls_even_check'] }]);
  });
});
