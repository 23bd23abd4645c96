import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { getColumns, getTableName, is, SQL, TransactionRollbackError, type AnyRelations, type Column } from 'drizzle-orm';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import fc from 'fast-check';
import type { z } from 'zod';
import { queryRows, type Database } from '../database.ts';
import { handWrittenChecks } from '../audit/declared.ts';
import { ruleOf, sqlLiteral, type Rule, type SqlRow } from '../rules.ts';
import { fieldOf, insertDefaults, primaryKeyOf, type TableSchemaEntry } from '../validation.ts';
import { arbitraryOf } from './arbitraries.ts';
import { refusalOf, type Refusal } from './refusal.ts';
import { violationsOf } from './violations.ts';

/**
 * The agreement suite: for one table, Zod and PostgreSQL must agree. Rows generated from the insert schema
 * (starting from the fixture, each field kept or regenerated) insert; and every constraint, broken on purpose by
 * generated values (a CHECK declared with a rule helper, NOT NULL, a unique key), is refused by Zod on that field
 * and by the database naming that constraint, with nothing written. Seeded: a failure prints the seed to replay.
 */

export const AGREEMENT_SEED = Number(process.env.AGREEMENT_SEED ?? 20261123);
export const VALID_ROWS = Number(process.env.AGREEMENT_VALID_ROWS ?? 50);
/** Generated candidates per constraint before giving up on breaking it alone. */
const CANDIDATES = 40;

export interface AgreementReport {
  table: string;
  validRows: number;
  violations: number;
  /** Constraints broken, by name (CHECK, `<column> not null`, unique index). */
  constraints: string[];
  /** CHECKs whose Zod twins are hand-written (raw `check()`, broken by nothing here; `customCheck`, by its own violations). */
  handWritten: string[];
}

/** Runs `work` in a savepoint that is always rolled back: the database's verdict, and nothing written. */
async function attempt(db: Database<AnyRelations>, work: (tx: Database<AnyRelations>) => Promise<unknown>): Promise<Refusal | undefined> {
  let refused: Refusal | undefined;
  try {
    await db.transaction(async (tx) => {
      try {
        await work(tx as Database<AnyRelations>);
      } catch (error) {
        refused = refusalOf(error);
      }
      tx.rollback();
    });
  } catch (error) {
    if (!(error instanceof TransactionRollbackError)) throw error;
  }
  return refused;
}

const issuesOf = (schema: z.ZodType, row: unknown) =>
  schema.safeParse(row).error?.issues.map((issue) => `${issue.path.join('.') || '(row)'}: ${issue.message}`) ?? [];

/** The SQL names of the columns an index or its predicate reads (plain columns and those inside expressions). */
function columnsIn(parts: readonly unknown[]): string[] {
  return parts.flatMap((part) => {
    if (is(part, SQL)) return columnsIn(part.queryChunks);
    const name = (part as { name?: unknown } | null)?.name;
    return typeof name === 'string' ? [name] : [];
  });
}

export class TableAgreement {
  readonly table: PgTable;
  readonly name: string;
  readonly rules: Rule[];
  readonly handWritten: string[];
  /** The property name of an SQL column. */
  readonly field: (column: string) => string;
  private readonly columns: Record<string, Column>;
  /** What the database fills in for a column left out, so rules are judged on the stored row. */
  private readonly defaults: Record<string, () => unknown>;

  constructor(readonly entry: TableSchemaEntry) {
    this.table = entry.table;
    this.name = getTableName(entry.table);
    this.columns = getColumns(entry.table) as Record<string, Column>;
    this.field = fieldOf(entry.table);
    this.defaults = insertDefaults(entry.table);
    const checks = getTableConfig(entry.table).checks;
    this.rules = checks.flatMap((check) => ruleOf(check) ?? []);
    this.handWritten = handWrittenChecks([entry.table]).flatMap((table) => table.checks);
  }

  /** A row with the defaults the database fills in for the columns it leaves out. */
  stored = (row: SqlRow): SqlRow => ({ ...Object.fromEntries(Object.entries(this.defaults).map(([column, value]) => [column, value()])), ...row });

  /** A row by property name as one by SQL column name, and back. */
  toSql = (row: Record<string, unknown>): SqlRow => Object.fromEntries(Object.entries(row).map(([key, value]) => [this.columns[key]?.name ?? key, value]));
  fromSql = (row: SqlRow): Record<string, unknown> => Object.fromEntries(Object.entries(row).map(([column, value]) => [this.field(column), value]));

  /** Valid rows: the fixture with each field kept or regenerated from its schema; foreign keys keep the fixture's parents. */
  validRows(fixture: Record<string, unknown>): fc.Arbitrary<Record<string, unknown>> {
    const shape = (this.entry.insert as unknown as z.ZodObject).shape;
    const references = new Set(getTableConfig(this.table).foreignKeys.flatMap((fk) => fk.reference().columns.map((column) => column.name)));
    const fields: Record<string, fc.Arbitrary<unknown>> = {};
    for (const [key, schema] of Object.entries(shape)) {
      const column = this.columns[key];
      // A key the database generates is left to it; one without a default is generated like any field.
      if (!column || (column.primary && column.hasDefault)) continue;
      const kept = key in fixture ? fc.constant(fixture[key]) : fc.constant(undefined);
      fields[key] = references.has(column.name)
        ? column.notNull
          ? kept
          : fc.oneof(kept, fc.constant(null))
        : fc.oneof(kept, arbitraryOf(schema as z.ZodType));
    }
    return fc
      .record(fields)
      .map((row) => Object.fromEntries(Object.entries(row).filter(([, value]) => value !== undefined)))
      .filter((row) => this.entry.insert.safeParse(row).success);
  }

  /**
   * Every row must insert. All of them in one statement first: a savepoint per row costs three round trips per
   * row, most of the suite's time. ON CONFLICT skips a row sharing a unique key with an earlier one after its
   * BEFORE triggers, NOT NULLs and CHECKs, so only AFTER triggers never saw it (its foreign keys are the
   * fixture's parents or null): on a table with AFTER INSERT row triggers, skipped rows insert alone. When the
   * statement is refused, every row inserts alone, so that the failure names the row.
   */
  async checkValid(db: Database<AnyRelations>, rows: readonly Record<string, unknown>[], fail: (message: string) => never) {
    // Each row carries its primary key, to tell which ones ON CONFLICT skipped: a uuid key is assigned here, a
    // serial one is the database's (then a statement that skipped rows cannot say which, and none inserts alone).
    const key = primaryKeyOf(this.table);
    const assigned = key.column.columnType === 'PgUUID';
    const withKeys = rows.map((row) => ({ row, key: assigned ? ((row[key.field] as string | undefined) ?? randomUUID()) : undefined }));
    let alone = withKeys;
    await attempt(db, async (tx) => {
      const values = withKeys.map(({ row, key: value }) => ({ ...(this.entry.insert.parse(row) as Record<string, unknown>), ...(assigned && { [key.field]: value }) }));
      const written = await tx.insert(this.table).values(values as never).onConflictDoNothing().returning({ key: key.column as never });
      const inserted = new Set(written.map((row) => (row as { key: unknown }).key));
      alone = assigned && (await this.hasAfterInsertTriggers(tx)) ? withKeys.filter(({ key: value }) => !inserted.has(value)) : [];
    });
    for (const { row } of alone) {
      const refused = await attempt(db, (tx) => tx.insert(this.table).values(this.entry.insert.parse(row) as never));
      if (refused) fail(`${this.name}: Zod accepted a row the database refused (${refused.code} ${refused.constraint ?? refused.column ?? ''}): ${show(row)}`);
    }
  }

  /** Whether user-defined AFTER INSERT row triggers (constraint triggers included; foreign keys not) watch the table. */
  private async hasAfterInsertTriggers(db: Database<AnyRelations>): Promise<boolean> {
    // tgtype bits: 1 row-level, 2 BEFORE, 4 INSERT, 64 INSTEAD OF.
    const triggers = await queryRows(
      db,
      `select 1 from pg_trigger where tgrelid = ${sqlLiteral(this.name)}::regclass and not tgisinternal and tgtype & (1 | 2 | 4 | 64) = (1 | 4)`,
    );
    return triggers.length > 0;
  }

  /**
   * Breaks each constraint alone: a valid row patched so that this constraint, and no other rule, fails. Zod must
   * report it on the constraint's field, and the database must refuse it naming the constraint.
   */
  async checkViolations(db: Database<AnyRelations>, valid: readonly Record<string, unknown>[], seed: number, fail: (message: string) => never) {
    const broken: string[] = [];
    const targets: { name: string; column: string; expected: (refused: Refusal) => boolean; patches: fc.Arbitrary<SqlRow>; rule?: Rule }[] = [
      ...this.rules.map((rule) => ({
        name: rule.name,
        column: rule.column,
        rule,
        expected: (refused: Refusal) => refused.code === '23514' && refused.constraint === rule.name,
        patches: violationsOf(rule, this.table),
      })),
      ...Object.values(this.columns)
        .filter((column) => column.notNull)
        .map((column) => ({
          name: `${column.name} not null`,
          column: column.name,
          expected: (refused: Refusal) => refused.code === '23502' && refused.column === column.name,
          patches: fc.constant<SqlRow>({ [column.name]: null }),
        })),
    ];
    for (const target of targets) {
      const others = this.rules.filter((rule) => rule !== target.rule);
      const candidates = fc.sample(
        fc.tuple(fc.constantFrom(...valid), target.patches).map(([row, patch]) => ({ ...this.stored(this.toSql(row)), ...patch })),
        { seed, numRuns: CANDIDATES },
      );
      // Alone when it can be; a rule entangled with another (a range and an equation on one column) may only
      // break with it, and then the database may name either.
      const alone = candidates.find((row) => others.every((rule) => rule.holds(row)));
      const chosen = alone ?? candidates[0];
      if (!chosen) fail(`${this.name}: no generated row breaks ${target.name} (seed ${seed})`);
      const alsoBroken = others.filter((rule) => !rule.holds(chosen!)).map((rule) => rule.name);
      const row = this.fromSql(chosen!);
      // A custom CHECK's conditions are reported each on its own field.
      const fields = (target.rule?.parts?.map((part) => part.column) ?? [target.column]).map(this.field);
      const field = fields.join(' or ');
      const onField = (issue: string) => fields.some((name) => issue.startsWith(`${name}:`) || issue.startsWith(`${name}.`));
      const zod = issuesOf(this.entry.insert, row);
      if (!zod.some(onField) || (alone && !zod.every(onField))) {
        fail(`${this.name}: ${target.name} broken by ${show(row)}: Zod should refuse it on ${field}, said ${zod.length ? zod.join('; ') : 'nothing'} (seed ${seed})`);
      }
      const refused = await attempt(db, (tx) => tx.insert(this.table).values(row as never));
      const named = refused && (target.expected(refused) || (refused.code === '23514' && alsoBroken.includes(refused.constraint ?? '')));
      if (!named) {
        fail(`${this.name}: ${target.name} broken by ${show(row)}: the database should refuse it naming ${[target.name, ...alsoBroken].join(' or ')}, ${refused ? `refused with ${refused.code} ${refused.constraint ?? refused.column ?? ''}` : 'accepted it'} (seed ${seed})`);
      }
      broken.push(target.name);
    }
    return broken;
  }

  /** Unique keys: a second valid row with the first one's key (and the index predicate's columns) is refused. */
  async checkUniqueKeys(db: Database<AnyRelations>, valid: readonly Record<string, unknown>[], seed: number, fail: (message: string) => never) {
    const config = getTableConfig(this.table);
    const keys = [
      ...config.indexes
        .filter((index) => index.config.unique)
        .map((index) => ({ name: index.config.name!, columns: [...columnsIn(index.config.columns), ...columnsIn(index.config.where ? [index.config.where] : [])] })),
      ...config.uniqueConstraints.map((constraint) => ({ name: constraint.getName()!, columns: constraint.columns.map((column) => column.name) })),
      // `.unique()` on a column is not among getTableConfig's uniqueConstraints.
      ...config.columns.filter((column) => column.isUnique).map((column) => ({ name: column.uniqueName!, columns: [column.name] })),
    ];
    const broken: string[] = [];
    const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
    for (const key of keys) {
      const copied = key.columns.map(this.field);
      const pairs = fc.sample(fc.tuple(fc.constantFrom(...valid), fc.constantFrom(...valid)), { seed, numRuns: CANDIDATES });
      let reported: string | undefined;
      for (const [first, other] of pairs) {
        const second = { ...other, ...Object.fromEntries(copied.map((field) => [field, first[field]])) };
        if (!this.entry.insert.safeParse(second).success) continue;
        const refused = await attempt(db, async (tx) => {
          await tx.insert(this.table).values(this.entry.insert.parse(first) as never);
          await tx.insert(this.table).values(this.entry.insert.parse(second) as never);
        });
        if (!refused) continue; // a partial index whose predicate the first row does not meet
        // The rows may share another key too (one parent row for all): PostgreSQL names the first it checks.
        const shared = keys.find((other) => other.name === refused.constraint && other.columns.every((column) => same(first[this.field(column)], second[this.field(column)])));
        if (refused.code !== '23505' || !shared) {
          fail(`${this.name}: two valid rows sharing ${copied.join(', ')} were refused with ${refused.code} ${refused.constraint ?? refused.column ?? ''}, not by a unique key they share (seed ${seed})`);
        }
        reported = refused.constraint;
        break;
      }
      if (!reported) fail(`${this.name}: no two generated rows sharing ${copied.join(', ')} were refused by ${key.name} (seed ${seed})`);
      broken.push(reported === key.name ? key.name : `${key.name} (reported as ${reported}, also shared)`);
    }
    return broken;
  }
}

const show = (value: unknown) =>
  JSON.stringify(value, (_, v) => (typeof v === 'bigint' ? `${v}n` : v)) ?? String(value);

/** Appends a table's figures to the run's report file (AGREEMENT_REPORT), which CI sums per database. */
export function recordAgreement(database: string, report: AgreementReport) {
  const file = process.env.AGREEMENT_REPORT;
  if (file) appendFileSync(file, `${JSON.stringify({ database, ...report })}\n`);
}
