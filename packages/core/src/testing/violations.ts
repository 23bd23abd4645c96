import { getColumns, type Column } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import fc from 'fast-check';
import type { Rule, SqlRow } from '../rules.ts';
import { anyText, instant } from './arbitraries.ts';

interface ColumnFacts {
  columnType: string;
  precision?: number;
  scale?: number;
  length?: number;
  enumValues?: readonly string[];
}

/** Values a column's type accepts, whatever its rules say: the raw material of violations. */
export function typeValues(column: Column): fc.Arbitrary<unknown> {
  const facts = column as unknown as ColumnFacts;
  // A text column declared with `{ enum }` holds one of its values; breaking that is the oneOf rule's job.
  if (facts.enumValues?.length) return fc.constantFrom(...facts.enumValues);
  switch (facts.columnType) {
    case 'PgSerial':
      return fc.integer({ min: 1, max: 2 ** 31 - 1 });
    case 'PgInteger':
      return fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 });
    case 'PgSmallInt':
      return fc.integer({ min: -(2 ** 15), max: 2 ** 15 - 1 });
    case 'PgBigInt53':
      return fc.maxSafeInteger();
    case 'PgReal':
    case 'PgDoublePrecision':
      return fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
    case 'PgNumeric': {
      const scale = facts.scale ?? 0;
      const limit = 10 ** (facts.precision ?? 15) - 1;
      return fc.integer({ min: -limit, max: limit }).map((units) => (units / 10 ** scale).toFixed(scale));
    }
    case 'PgDateString':
      return instant().map((date) => date.toISOString().slice(0, 10));
    case 'PgTimestamp':
      return instant();
    case 'PgTime':
      return fc.tuple(fc.nat(23), fc.nat(59), fc.nat(59)).map((parts) => parts.map((part) => String(part).padStart(2, '0')).join(':'));
    case 'PgUUID':
      return fc.uuid();
    case 'PgBoolean':
      return fc.boolean();
    case 'PgVarchar':
    case 'PgChar':
      return anyText(facts.length ?? 24);
    case 'PgArray':
      return fc.array(anyText(), { maxLength: 3 });
    default:
      return anyText();
  }
}

/** Patches (by SQL column name) that break `rule`, generated from the rule's declared shape and the column types. */
export function violationsOf(rule: Rule, table: PgTable): fc.Arbitrary<SqlRow> {
  const byName = new Map(Object.values(getColumns(table) as Record<string, Column>).map((column) => [column.name, column]));
  const values = (name: string) => typeValues(byName.get(name)!).filter((value) => value !== null && value !== undefined);
  const breaks = (patch: fc.Arbitrary<SqlRow>) => patch.filter((row) => !rule.holds(row));
  const shape = rule.shape;
  switch (shape.kind) {
    case 'range':
      return breaks(values(shape.column).map((value) => ({ [shape.column]: value })));
    case 'length': {
      const limit = (byName.get(shape.column) as unknown as ColumnFacts).length ?? Infinity;
      const tooLong = shape.max === undefined ? fc.constant('') : fc.string({ minLength: shape.max + 1, maxLength: Math.min(shape.max + 8, limit) });
      const tooShort = fc.string({ maxLength: Math.max((shape.min ?? 1) - 1, 0) });
      return breaks(fc.oneof(tooLong, tooShort).map((value) => ({ [shape.column]: value })));
    }
    case 'format': {
      const limit = (byName.get(shape.column) as unknown as ColumnFacts).length ?? 24;
      const when = shape.when ? { [shape.when.column]: shape.when.value } : {};
      return breaks(anyText(limit).map((value) => ({ ...when, [shape.column]: value })));
    }
    case 'oneOf':
      return breaks(anyText().map((value) => ({ [shape.column]: value })));
    case 'allOneOf':
      return breaks(fc.array(anyText(), { minLength: 1, maxLength: 3 }).map((value) => ({ [shape.column]: value })));
    case 'inOrder':
      return breaks(fc.tuple(values(shape.earlier), values(shape.later)).map(([earlier, later]) => ({ [shape.earlier]: earlier, [shape.later]: later })));
    case 'together': {
      const [first, second] = shape.columns as [string, string];
      return fc.oneof(
        values(first).map((value) => ({ [first]: value, [second]: null })),
        values(second).map((value) => ({ [first]: null, [second]: value })),
      );
    }
    case 'differ':
      return values(shape.first).map((value) => ({ [shape.first]: value, [shape.second]: value }));
    case 'requiredWhen':
      return fc.constant({ [shape.column]: shape.value, [shape.field]: null });
    case 'requiredWith':
      return values(shape.trigger).map((value) => ({ [shape.trigger]: value, [shape.field]: null }));
    case 'onlyWhen': {
      const others = ((byName.get(shape.column) as unknown as ColumnFacts).enumValues ?? []).filter((value) => value !== shape.value);
      return fc.tuple(values(shape.field), others.length ? fc.constantFrom(...others) : anyText()).map(([field, other]) => ({ [shape.field]: field, [shape.column]: other }));
    }
    case 'atLeastOneOf':
      return fc.constant(Object.fromEntries(shape.columns.map((column) => [column, null])));
    case 'exactlyOneOf': {
      // None set, or two set (the others left null).
      const [first, second] = shape.columns as [string, string];
      const none = Object.fromEntries(shape.columns.map((column) => [column, null]));
      return fc.oneof(fc.constant(none), fc.tuple(values(first), values(second)).map(([a, b]) => ({ ...none, [first]: a, [second]: b })));
    }
    case 'custom':
      return fc.constantFrom(...shape.violations);
  }
}
