import { getTableConfig, IndexedColumn, type PgColumn, type PgTable } from 'drizzle-orm/pg-core';

/**
 * Mermaid `erDiagram` text read from drizzle tables' own config (columns, keys, foreign keys), so a diagram cannot
 * drift from the schema. Pure and deterministic: tables and relationships are sorted, so regenerating an unchanged
 * schema gives the same text.
 */
export interface ErDiagramOptions {
  /** false: tables and relationships only, for a set of tables too large to draw with every column. */
  columns?: boolean;
  /** The caption of a table outside the list that a foreign key points at (which package owns it, say). */
  outsideNote?: (table: PgTable) => string;
}

/** Tables drawn as one box: a package and its tables, for a database too large to draw table by table. */
export interface DiagramGroup {
  name: string;
  tables: readonly PgTable[];
}

type TableConfig = ReturnType<typeof getTableConfig>;

/** The SQL names PostgreSQL spells in several words, as their usual short names. */
const SHORT_TYPE_NAMES: Record<string, string> = {
  'timestamp with time zone': 'timestamptz',
  'timestamp without time zone': 'timestamp',
  'time with time zone': 'timetz',
  'time without time zone': 'time',
  'double precision': 'double',
  'character varying': 'varchar',
  character: 'char',
  'bit varying': 'varbit',
};

/** `numeric(12, 2)` -> `numeric`, `timestamp with time zone` -> `timestamptz`, a text array -> `text[]`. */
export function diagramTypeName(column: PgColumn): string {
  const sqlType = column.getSQLType().toLowerCase();
  const base = sqlType.replace(/\(.*?\)/g, '').replace(/\[\]/g, '').replace(/\s+/g, ' ').trim();
  // drizzle 1.0 keeps an array's element type and counts its dimensions apart; older versions spell `[]`.
  const dimensions = Math.max((column as unknown as { dimensions?: number }).dimensions ?? 0, sqlType.split('[]').length - 1);
  return (SHORT_TYPE_NAMES[base] ?? base.replace(/ /g, '_')) + '[]'.repeat(dimensions);
}

/** A table's name as the database knows it: schema-qualified outside `public`. */
function qualifiedName(config: TableConfig): string {
  return config.schema ? `${config.schema}.${config.name}` : config.name;
}

/**
 * Every name is quoted: unquoted, Mermaid reads a name that starts with one of its keywords (`to`, `one`, `many`,
 * `class`, `style`, ...) as that keyword, and a schema's dot is a syntax error.
 */
function quoted(name: string): string {
  if (/["%\\\r\n]/.test(name)) throw new Error(`${name} cannot be written in a Mermaid diagram (it holds ", %, \\ or a newline)`);
  return `"${name}"`;
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** What the diagram says about one table's keys. */
interface KeyFacts {
  primary: Set<string>;
  foreign: Set<string>;
  /** Column sets no two rows share: primary key, unique columns and constraints, unique indexes on plain columns. */
  uniqueKeys: string[][];
}

function keyFacts(config: TableConfig): KeyFacts {
  const primary = new Set([
    ...config.columns.filter((column) => column.primary).map((column) => column.name),
    ...config.primaryKeys.flatMap((key) => key.columns.map((column) => column.name)),
  ]);
  const uniqueKeys: string[][] = primary.size ? [[...primary]] : [];
  for (const column of config.columns) if (column.isUnique) uniqueKeys.push([column.name]);
  for (const constraint of config.uniqueConstraints) uniqueKeys.push(constraint.columns.map((column) => column.name));
  for (const index of config.indexes) {
    const { unique, where, columns } = index.config;
    // A partial index is unique only among the rows it covers; an expression is not a column.
    if (!unique || where || !columns.every((column) => column instanceof IndexedColumn)) continue;
    uniqueKeys.push(columns.map((column) => (column as IndexedColumn).name!));
  }
  const foreign = new Set(config.foreignKeys.flatMap((foreignKey) => foreignKey.reference().columns.map((column) => column.name)));
  return { primary, foreign, uniqueKeys };
}

/** PK, FK, and UK for a column unique on its own (a column of a composite unique key is not marked). */
function keyMarkers(facts: KeyFacts, column: string): string[] {
  const markers: string[] = [];
  if (facts.primary.has(column)) markers.push('PK');
  if (facts.foreign.has(column)) markers.push('FK');
  if (!facts.primary.has(column) && facts.uniqueKeys.some((key) => key.length === 1 && key[0] === column)) markers.push('UK');
  return markers;
}

function attributeLine(type: string, name: string, markers: string[], note?: string): string {
  return `    ${[type, name, markers.join(', '), note === undefined ? '' : quoted(note)].filter(Boolean).join(' ')}`;
}

interface ForeignKeyLine {
  child: string;
  parent: PgTable;
  parentColumns: PgColumn[];
  /** The crow's foot: the child's end, the line, the parent's end. */
  symbol: string;
  label: string;
}

/**
 * Each foreign key read from the child's side: many children (`}o`) or, when the key's columns are unique in the
 * child, at most one (`|o`: one to one); exactly one parent (`||`) when they are NOT NULL, else zero or one (`o|`).
 */
function foreignKeyLines(config: TableConfig, facts: KeyFacts): ForeignKeyLine[] {
  return config.foreignKeys.map((foreignKey) => {
    const { columns, foreignTable, foreignColumns } = foreignKey.reference();
    const names = columns.map((column) => column.name);
    const oneToOne = facts.uniqueKeys.some((key) => key.every((name) => names.includes(name)));
    const required = columns.every((column) => column.notNull);
    return {
      child: qualifiedName(config),
      parent: foreignTable,
      parentColumns: foreignColumns,
      symbol: `${oneToOne ? '|o' : '}o'}--${required ? '||' : 'o|'}`,
      label: names.join(', '),
    };
  });
}

/**
 * The diagram of `tables`. A foreign key to a table outside the list is drawn too, to that table shown with only
 * the columns it is referenced by, captioned `outsideNote(table)` ("outside this diagram" by default): a package's
 * diagram shows where it links to the rest of its database.
 */
export function erDiagram(tables: readonly PgTable[], options: ErDiagramOptions = {}): string {
  const { columns: withColumns = true, outsideNote = () => 'outside this diagram' } = options;
  const inside = new Map<string, TableConfig>();
  for (const table of tables) {
    const config = getTableConfig(table);
    const name = qualifiedName(config);
    if (inside.has(name)) throw new Error(`table ${name} is listed twice`);
    inside.set(name, config);
  }

  const entities: string[] = [];
  const relationships: { line: string; child: string; parent: string; label: string }[] = [];
  const outside = new Map<string, { table: PgTable; columns: Set<string> }>();
  for (const name of [...inside.keys()].sort(byName)) {
    const config = inside.get(name)!;
    const facts = keyFacts(config);
    if (withColumns) {
      entities.push(`  ${quoted(name)} {`);
      for (const column of config.columns) entities.push(attributeLine(diagramTypeName(column), column.name, keyMarkers(facts, column.name)));
      entities.push('  }');
    } else {
      entities.push(`  ${quoted(name)}`);
    }
    for (const { child, parent, parentColumns, symbol, label } of foreignKeyLines(config, facts)) {
      const parentName = qualifiedName(getTableConfig(parent));
      relationships.push({ line: `  ${quoted(child)} ${symbol} ${quoted(parentName)} : ${quoted(label)}`, child, parent: parentName, label });
      if (inside.has(parentName)) continue;
      const referenced = outside.get(parentName) ?? { table: parent, columns: new Set<string>() };
      for (const column of parentColumns) referenced.columns.add(column.name);
      outside.set(parentName, referenced);
    }
  }

  for (const name of [...outside.keys()].sort(byName)) {
    const { table, columns } = outside.get(name)!;
    const config = getTableConfig(table);
    const facts = keyFacts(config);
    const note = outsideNote(table);
    entities.push(`  ${quoted(name)} {`);
    // In the table's own column order; its foreign keys are not drawn, so FK is not marked.
    for (const column of config.columns.filter((column) => columns.has(column.name))) {
      const markers = keyMarkers(facts, column.name).filter((marker) => marker !== 'FK');
      entities.push(attributeLine(diagramTypeName(column), column.name, markers, note));
    }
    entities.push('  }');
  }

  relationships.sort((a, b) => byName(a.child, b.child) || byName(a.parent, b.parent) || byName(a.label, b.label));
  return ['erDiagram', ...entities, ...relationships.map(({ line }) => line), ''].join('\n');
}

/**
 * A database drawn package by package: each group a box listing its tables, and one line from a group to each
 * group its tables' foreign keys point at, labelled with how many keys. Keys within a group are left out.
 */
export function groupDiagram(groups: readonly DiagramGroup[]): string {
  const groupOf = new Map<PgTable, string>();
  for (const group of groups) {
    for (const table of group.tables) {
      const owner = groupOf.get(table);
      if (owner !== undefined) throw new Error(`table ${qualifiedName(getTableConfig(table))} is in both ${owner} and ${group.name}`);
      groupOf.set(table, group.name);
    }
  }
  const entities: string[] = [];
  const counts = new Map<string, { child: string; parent: string; keys: number }>();
  for (const group of [...groups].sort((a, b) => byName(a.name, b.name))) {
    entities.push(`  ${quoted(group.name)} {`);
    const configs = group.tables.map((table) => getTableConfig(table));
    for (const name of configs.map(qualifiedName).sort(byName)) entities.push(attributeLine('table', name, []));
    entities.push('  }');
    for (const foreignKey of configs.flatMap((config) => config.foreignKeys)) {
      const { foreignTable } = foreignKey.reference();
      const parent = groupOf.get(foreignTable);
      if (parent === undefined) throw new Error(`${qualifiedName(getTableConfig(foreignTable))} (referenced from ${group.name}) is in no group`);
      if (parent === group.name) continue;
      const key = JSON.stringify([group.name, parent]);
      const entry = counts.get(key) ?? { child: group.name, parent, keys: 0 };
      entry.keys += 1;
      counts.set(key, entry);
    }
  }
  const lines = [...counts.values()]
    .sort((a, b) => byName(a.child, b.child) || byName(a.parent, b.parent))
    .map(({ child, parent, keys }) => `  ${quoted(child)} }o--o| ${quoted(parent)} : ${quoted(`${keys} foreign key${keys === 1 ? '' : 's'}`)}`);
  return ['erDiagram', ...entities, ...lines, ''].join('\n');
}
