/**
 * `pnpm docs:diagrams`: the Mermaid ER diagrams, generated from the schema. Writes docs/diagrams/<database>.md for
 * every database of scripts/databases.ts, docs/diagrams/<package directory>.md for every pillar and system
 * package, and each package's diagram into its README between the er-diagram markers (adding a `## Diagram`
 * section at the end when they are missing). Removes the files of docs/diagrams/ that no database or package
 * produces any more.
 * `pnpm docs:diagrams --check`: writes nothing; exits 1 naming every file that is missing or differs (CI).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { erDiagram, groupDiagram } from '@db/core';
import { is } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { databases } from './databases.ts';

const root = join(import.meta.dirname, '..');
const diagramsDir = 'docs/diagrams';
const check = process.argv.includes('--check');

/** GitHub renders Mermaid with its default `maxTextSize`: a longer diagram shows an error instead. */
const MERMAID_MAX_CHARACTERS = 50_000;
const START = '<!-- er-diagram:start -->';
const END = '<!-- er-diagram:end -->';

interface SchemaPackage {
  name: string;
  /** From the repository root, e.g. packages/pillars/horses. */
  dir: string;
  tables: PgTable[];
}

const tablesOf = (exports: Record<string, unknown>): PgTable[] => [...new Set(Object.values(exports).filter((value): value is PgTable => is(value, PgTable)))];

/** A package's tables: the exported tables of its `./tables` entry point (its index when it has none). */
async function loadPackage(dir: string): Promise<SchemaPackage> {
  const manifest = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) as { name: string; exports: Record<string, string> };
  const entry = manifest.exports['./tables'] ?? manifest.exports['.'];
  if (!entry) throw new Error(`${dir}/package.json exports neither ./tables nor .`);
  const tables = tablesOf(await import(pathToFileURL(join(root, dir, entry)).href));
  if (!tables.length) throw new Error(`${dir}: ${entry} exports no table`);
  return { name: manifest.name, dir, tables };
}

const packageDirs = (parent: string) =>
  readdirSync(join(root, parent), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, parent, entry.name, 'package.json')))
    .map((entry) => `${parent}/${entry.name}`)
    .sort();

const packages = await Promise.all([...packageDirs('packages/pillars'), ...packageDirs('packages/systems')].map(loadPackage));
const packageOfTable = new Map(packages.flatMap((pkg) => pkg.tables.map((table) => [table, pkg] as const)));
const outsideNote = (table: PgTable) => {
  const owner = packageOfTable.get(table);
  const schema = getTableConfig(table).schema;
  return owner ? `in ${owner.name}` : schema ? `in schema ${schema}` : 'in no package of this repository';
};
const dirName = (pkg: SchemaPackage) => pkg.dir.split('/').pop()!;
const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** With every column when that fits GitHub's limit, else tables and relationships only; undefined if neither fits. */
function fittingDiagram(tables: readonly PgTable[]): { text: string; columns: boolean } | undefined {
  const full = erDiagram(tables, { outsideNote });
  if (full.length <= MERMAID_MAX_CHARACTERS) return { text: full, columns: true };
  const bare = erDiagram(tables, { columns: false, outsideNote });
  return bare.length <= MERMAID_MAX_CHARACTERS ? { text: bare, columns: false } : undefined;
}

interface Diagram {
  title: string;
  sentence: string;
  mermaid: string;
}

const GENERATED = 'generated from the schema by `pnpm docs:diagrams` (edit the tables, not the diagram)';

const qualifiedName = (table: PgTable) => {
  const { schema, name } = getTableConfig(table);
  return schema ? `${schema}.${name}` : name;
};

/** The tables outside `tables` that their foreign keys point at, by name. */
function referencedOutside(tables: readonly PgTable[]): string[] {
  const inside = new Set(tables);
  const parents = tables.flatMap((table) => getTableConfig(table).foreignKeys.map((foreignKey) => foreignKey.reference().foreignTable));
  return [...new Set(parents.filter((table) => !inside.has(table)).map(qualifiedName))].sort();
}

/** A database as drawn: the packages whose tables it exports, and their tables. */
interface DrawnDatabase {
  name: string;
  packages: SchemaPackage[];
  tables: PgTable[];
}

function databaseDiagram({ name, packages: members, tables }: DrawnDatabase): Diagram {
  const title = `The ${name} database`;
  const fitting = fittingDiagram(tables);
  if (fitting) {
    const shown = fitting.columns ? 'with their columns and the foreign keys between them' : 'and the foreign keys between them (their columns are in each package’s diagram)';
    const outside = referencedOutside(tables).map((table) => `\`${table}\``);
    const others = outside.length ? `; ${outside.join(', ')}, which no package of this repository declares, ${outside.length === 1 ? 'is' : 'are'} shown with only the key referenced` : '';
    return { title, sentence: `The ${plural(tables.length, 'table')} of the ${name} database, ${shown}${others}; ${GENERATED}.`, mermaid: fitting.text };
  }
  const example = dirName(members[0]!);
  return {
    title,
    sentence:
      `The ${plural(tables.length, 'table')} of the ${name} database by package, because a diagram of every table passes GitHub’s ` +
      `${MERMAID_MAX_CHARACTERS.toLocaleString('en-US')}-character Mermaid limit: a line from one package to another counts the foreign keys ` +
      `from its tables to the other’s, and each package’s own diagram is the file of this folder named after its directory ` +
      `(for example [${example}.md](${example}.md)); ${GENERATED}.`,
    mermaid: groupDiagram(members.map((pkg) => ({ name: pkg.name, tables: pkg.tables }))),
  };
}

function packageDiagram(pkg: SchemaPackage, database: string): Diagram {
  const fitting = fittingDiagram(pkg.tables);
  if (!fitting) throw new Error(`${pkg.name}: its diagram passes GitHub’s Mermaid limit even without columns`);
  const shown = fitting.columns ? 'with their columns and foreign keys' : 'and their foreign keys (too many columns to draw)';
  const others = referencedOutside(pkg.tables).length ? '; the tables of other packages they reference are shown with only that key and the package that declares them' : '';
  return {
    title: pkg.name,
    sentence: `The ${plural(pkg.tables.length, 'table')} of \`${pkg.name}\` (${pkg.dir}, in the ${database} database), ${shown}${others}; ${GENERATED}.`,
    mermaid: fitting.text,
  };
}

const mermaidBlock = (diagram: Diagram) => `\`\`\`mermaid\n${diagram.mermaid}\`\`\`\n`;
const document = (diagram: Diagram) => `# ${diagram.title}\n\n${diagram.sentence}\n\n${mermaidBlock(diagram)}`;

/** The README with its marked section holding `diagram` (added at its end under `## Diagram` the first time). */
function readmeWith(path: string, current: string, diagram: Diagram): string {
  const section = `${START}\n${diagram.sentence}\n\n${mermaidBlock(diagram)}${END}`;
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  if (start === -1 && end === -1) {
    return `${current.trimEnd()}\n\n## Diagram\n\n${section}\n`;
  }
  if (start === -1 || end < start) throw new Error(`${path}: needs both ${START} and ${END}, in that order`);
  return current.slice(0, start) + section + current.slice(end + END.length);
}

// Every file this run produces, by path from the repository root.
const outputs = new Map<string, string>();
const produce = (path: string, text: string) => {
  if (outputs.has(path) && outputs.get(path) !== text) throw new Error(`${path} would be written twice with different content`);
  outputs.set(path, text);
};
const packagesWithoutReadme: string[] = [];

// A table a database exports that no package declares (Supabase's auth.users, from drizzle-orm/supabase) is not
// drawn as its own: the tables that reference it show it with only their key.
const drawnDatabases: DrawnDatabase[] = Object.entries(databases).map(([name, entry]) => {
  const exported = tablesOf(entry.exports);
  const members = packages.filter((pkg) => pkg.tables.every((table) => exported.includes(table)));
  return { name, packages: members, tables: members.flatMap((pkg) => pkg.tables) };
});
const unplaced = packages.filter((pkg) => !drawnDatabases.some((database) => database.packages.includes(pkg)));
if (unplaced.length) throw new Error(`no database of scripts/databases.ts exports every table of ${unplaced.map((pkg) => pkg.name).join(', ')}`);

for (const database of drawnDatabases) {
  produce(`${diagramsDir}/${database.name}.md`, document(databaseDiagram(database)));
  for (const pkg of database.packages) {
    // A system package is its whole database: the database's diagram is its own (one file when the names match).
    const diagram = database.packages.length === 1 ? databaseDiagram(database) : packageDiagram(pkg, database.name);
    produce(`${diagramsDir}/${dirName(pkg)}.md`, document(diagram));
    const readme = `${pkg.dir}/README.md`;
    if (!existsSync(join(root, readme))) {
      packagesWithoutReadme.push(pkg.dir);
      continue;
    }
    const updated = readmeWith(readme, readFileSync(join(root, readme), 'utf8'), diagram);
    if (updated !== undefined) produce(readme, updated);
  }
}

const orphans = existsSync(join(root, diagramsDir))
  ? readdirSync(join(root, diagramsDir)).map((file) => `${diagramsDir}/${file}`).filter((path) => !outputs.has(path))
  : [];
const differing = [...outputs].filter(([path, text]) => !existsSync(join(root, path)) || readFileSync(join(root, path), 'utf8') !== text);

if (check) {
  for (const [path] of differing) console.error(`${existsSync(join(root, path)) ? 'stale' : 'missing'}: ${path}`);
  for (const path of orphans) console.error(`no longer generated: ${path}`);
  if (differing.length || orphans.length) {
    console.error(`${plural(differing.length + orphans.length, 'diagram file')} out of date: run \`pnpm docs:diagrams\``);
    process.exit(1);
  }
  console.log(`diagrams up to date (${plural(outputs.size, 'file')})`);
} else {
  mkdirSync(join(root, diagramsDir), { recursive: true });
  for (const [path, text] of differing) writeFileSync(join(root, path), text);
  for (const path of orphans) rmSync(join(root, path));
  for (const [path] of differing) console.log(`wrote ${path}`);
  for (const path of orphans) console.log(`removed ${path}`);
  console.log(`${plural(outputs.size, 'file')}, ${differing.length} changed, ${orphans.length} removed`);
}
if (packagesWithoutReadme.length) console.log(`no README.md to hold the diagram: ${packagesWithoutReadme.join(', ')}`);
