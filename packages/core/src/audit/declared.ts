import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import { ruleOf } from '../rules.ts';
import { type AuditFinding, MAX_IDENTIFIER_LENGTH } from './rules.ts';

/**
 * Every identifier a drizzle table declares by name: the table, its columns, and the indexes and constraints
 * named explicitly. Unnamed ones are named by drizzle-kit, which keeps them within 63 characters itself.
 */
export function declaredIdentifiers(table: PgTable): string[] {
  const config = getTableConfig(table);
  return [
    config.name,
    ...config.columns.map((column) => column.name),
    ...config.indexes.flatMap((index) => index.config.name ?? []),
    ...config.foreignKeys.flatMap((foreignKey) => (foreignKey.isNameExplicit() ? foreignKey.getName() : [])),
    ...config.checks.map((check) => check.name),
    ...config.uniqueConstraints.flatMap((unique) => (unique.isNameExplicit && unique.name ? unique.name : [])),
  ];
}

/**
 * What the audit can only see before PostgreSQL does: two declared tables with one SQL name (the later CREATE
 * would fail or, across migrations, be lost) and identifiers over 63 characters (silently truncated, so two long
 * names can collide).
 */
export function auditDeclaredTables(tables: readonly PgTable[]): AuditFinding[] {
  const findings: AuditFinding[] = [];
  const seen = new Set<string>();
  for (const table of tables) {
    const name = getTableConfig(table).name;
    if (seen.has(name)) {
      findings.push({ rule: 'duplicate_tables', object: name, message: `table ${name} is declared more than once` });
    }
    seen.add(name);
    for (const identifier of declaredIdentifiers(table)) {
      if (identifier.length > MAX_IDENTIFIER_LENGTH) {
        findings.push({
          rule: 'identifier_length',
          object: name,
          message: `${identifier} has ${identifier.length} characters; PostgreSQL keeps ${MAX_IDENTIFIER_LENGTH}`,
        });
      }
    }
  }
  return findings;
}

/**
 * The CHECKs whose Zod twin is written by hand, per table: raw `check()` calls and `customCheck` rules. The
 * rule helpers cover the rest, declaring each CHECK and its twin at once; these are the ones to keep in step by
 * eye (and the agreement suite breaks a `customCheck` only through the violations it lists).
 */
export function handWrittenChecks(tables: readonly PgTable[]): { table: string; checks: string[] }[] {
  return tables.flatMap((table) => {
    const config = getTableConfig(table);
    const checks = config.checks.filter((check) => (ruleOf(check)?.shape.kind ?? 'custom') === 'custom');
    return checks.length ? [{ table: config.name, checks: checks.map((check) => check.name) }] : [];
  });
}
