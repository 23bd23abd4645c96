/**
 * A valid sample row per table, keyed by SQL table name. `ref(table)` returns the id of a row already inserted
 * into that table, so a fixture can point its foreign keys at real rows; the harness inserts tables in foreign-key
 * order. Rows are insert-schema input: Date for timestamptz, 'YYYY-MM-DD' for date, strings for numeric.
 */
export type Fixtures = Record<string, (ref: (tableName: string) => string) => Record<string, unknown>>;

/**
 * A row that breaks exactly one rule, for the rejection tests: its insert schema must reject it with an issue
 * whose path is `field`, and the database must reject the same row sent straight through drizzle.
 */
export interface InvalidRow {
  table: string;
  field: string;
  /** What is wrong, e.g. 'wrong enum value', 'negative quantity', 'malformed uuid'. */
  why: string;
  row: (ref: (tableName: string) => string) => Record<string, unknown>;
}
