/**
 * `pnpm bench:scale [--n 1,10] [--skip-tests]`: how type-check and test costs grow with the number of tables.
 *
 * For each N it builds a scratch copy of the repository in the temp dir, adds N-1 replicas of the three model
 * pillar packages (users, horses, providers: 35 tables; N=10 adds 315 to today's pillars), aggregates them in
 * `@db/equine` as real pillars would be, regenerates the migrations (`pnpm db:generate`, functions and triggers
 * included), then measures `tsc --extendedDiagnostics` (1 and 2 checkers) and the vitest suite on
 * PGlite. A benchmark, not a test: it prints figures and fails only when a step fails (typecheck errors, failing
 * tests, a replica that collides with an existing name).
 *
 * Replica k renames by stem: the first snake_case word of every table name (`user`, `horse`, `vet`, `provider`)
 * gets its tail overwritten by `x` + k in letters (k=2: `horse` -> `horxb`, `user` -> `usxb`), case-preserving,
 * in every file and file name of the replica, and `@db/users` becomes `@db/users-r2`. Same length, so every SQL
 * identifier stays within PostgreSQL's 63 characters; letters only, as some CHECK patterns allow no digits.
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

const repoRoot = join(import.meta.dirname, '..');
const pillarsDir = 'packages/pillars';
const equineDir = 'packages/equine';
const migrationsDir = `${equineDir}/migrations`;
const textExtensions = /\.(ts|mts|cts|js|mjs|json|md|sql|ya?ml|txt)$/;

/** A failed step: the benchmark reports it and exits 1. */
class StepError extends Error {}

const fail = (step: string, message: string): never => {
  throw new StepError(`${step}: ${message}`);
};

// ---------------------------------------------------------------------------------------------------------------
// command line and child processes

interface Options {
  ns: number[];
  skipTests: boolean;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { ns: [1, 10], skipTests: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--skip-tests') options.skipTests = true;
    else if (arg === '--n' || arg === '-n') options.ns = parseNs(argv[++i]);
    else if (arg.startsWith('--n=')) options.ns = parseNs(arg.slice('--n='.length));
    else if (arg !== '--') fail('arguments', `unknown argument ${arg} (use --n 1,10 and --skip-tests)`);
  }
  return options;
}

function parseNs(list: string | undefined): number[] {
  const ns = (list ?? '').split(',').map((value) => Number(value.trim()));
  if (!ns.length || ns.some((n) => !Number.isInteger(n) || n < 1)) fail('arguments', `--n takes positive integers: ${list}`);
  return [...new Set(ns)].sort((a, b) => a - b);
}

/** Children measure PGlite, never a server the caller's DATABASE_URL points at; no colours in parsed output. */
const childEnv: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
delete childEnv.DATABASE_URL;
delete childEnv.FORCE_COLOR;

interface Run {
  status: number;
  output: string;
  seconds: number;
}

function run(command: string, args: string[], cwd: string): Run {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd, env: childEnv, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  if (result.error) fail(`${command} ${args.join(' ')}`, result.error.message);
  const output = `${result.stdout}${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
  return { status: result.status ?? 1, output, seconds: (performance.now() - started) / 1000 };
}

/** Runs a step that must succeed; on failure shows the end of its output (the whole of it is in the log). */
function runStep(step: string, command: string, args: string[], cwd: string, log: string): Run {
  const result = run(command, args, cwd);
  writeFileSync(log, result.output);
  if (result.status !== 0) fail(step, `exit ${result.status}; last lines (full output: ${log}):\n${tail(result.output, 30)}`);
  return result;
}

const tail = (text: string, lines: number) => text.trimEnd().split('\n').slice(-lines).join('\n');
const indent = (text: string) => text.trimEnd().replace(/^/gm, '    ');

// ---------------------------------------------------------------------------------------------------------------
// the scratch copy

/** Tracked files as they are in the working tree, plus untracked files git does not ignore. */
function repositoryFiles(): string[] {
  const listed = run('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], repoRoot);
  if (listed.status !== 0) fail('git ls-files', listed.output);
  return listed.output
    .split('\0')
    .filter((file) => file && !/^(node_modules|\.git|\.data)\//.test(file) && !file.includes('/node_modules/'))
    .filter((file) => existsSync(join(repoRoot, file))); // a tracked file deleted in the working tree
}

function copyRepository(copy: string) {
  rmSync(copy, { recursive: true, force: true });
  for (const file of repositoryFiles()) copyEntry(join(repoRoot, file), join(copy, file));
}

function copyEntry(from: string, to: string) {
  mkdirSync(dirname(to), { recursive: true });
  if (lstatSync(from).isSymbolicLink()) symlinkSync(readlinkSync(from), to);
  else copyFileSync(from, to);
}

/** Every file under `dir`, relative to it, node_modules excluded. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !join(entry.parentPath, entry.name).includes('node_modules'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

/**
 * The packages replicated: the model pillars, whose table names start with long, distinct stems (`user`, `horse`,
 * `vet`, `provider`). Later pillars' prefixes (`ai`, `re`, `data`, `system`) are too short or too common to rename
 * safely; they stay in the copy once, so the figures are for today's schema plus N-1 x 35 tables.
 */
const REPLICATED_PILLARS = ['horses', 'providers', 'users'];

const pillarsOf = (root: string) =>
  readdirSync(join(root, pillarsDir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, pillarsDir, entry.name, 'package.json')))
    .map((entry) => entry.name)
    .sort();

// ---------------------------------------------------------------------------------------------------------------
// renaming: stems, replica names, collisions

const replicaName = (pillar: string, k: number) => `${pillar}-r${k}`;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** SQL names of the tables a pillar declares (one table per file under src/schema). */
function tableNamesOf(pillarRoot: string): string[] {
  const schemaDir = join(pillarRoot, 'src/schema');
  if (!existsSync(schemaDir)) return [];
  const declared = /\b(?:domainTable|pgTable)\(\s*['"]([a-z0-9_]+)['"]/g;
  return filesUnder(schemaDir).flatMap((file) =>
    [...readFileSync(join(schemaDir, file), 'utf8').matchAll(declared)].map((match) => match[1]!),
  );
}

/** The first snake_case word of every table name, keeping the shortest of `horse`/`horses`, `vet`/`veterinarians`. */
function domainStems(tableNames: string[]): string[] {
  const words = [...new Set(tableNames.map((name) => name.split('_')[0]!))].sort((a, b) => a.length - b.length);
  const stems: string[] = [];
  for (const word of words) if (!stems.some((stem) => word.startsWith(stem))) stems.push(word);
  const short = stems.filter((stem) => stem.length < 3);
  if (short.length) fail('stems', `table prefixes too short to rename safely: ${short.join(', ')}`);
  return stems;
}

/** k in bijective base 26, letters only: 2 = b, 10 = j, 26 = z, 27 = aa. */
function letters(k: number): string {
  let code = '';
  for (let n = k; n > 0; n = Math.floor((n - 1) / 26)) code = String.fromCharCode(97 + ((n - 1) % 26)) + code;
  return code;
}

/** `horse` -> `horxb` for k=2: same length, so no SQL identifier grows past 63 characters. */
function stemToken(stem: string, k: number): string {
  const code = `x${letters(k)}`;
  if (code.length > stem.length) fail('stems', `stem ${stem} is too short for replica ${k}`);
  const token = stem.slice(0, stem.length - code.length) + code;
  if (token === stem) fail('stems', `replica ${k} would leave stem ${stem} unchanged`);
  return token;
}

/** Spells `token` the way `match` is spelled: HORSE -> HORXB, Horse -> Horxb, horse -> horxb. */
function matchCase(match: string, token: string): string {
  if (match === match.toUpperCase()) return token.toUpperCase();
  if (match[0] === match[0]!.toUpperCase()) return token[0]!.toUpperCase() + token.slice(1);
  return token;
}

type Rename = (text: string) => string;

/** The text of replica k: pillar package names first (`@db/users` -> `@db/users-r2`), then every stem. */
function renamer(k: number, pillars: string[], stems: string[]): Rename {
  const tokens = new Map(stems.map((stem) => [stem, stemToken(stem, k)]));
  // Each stem as lower case, Capitalised or UPPER case only: `vet` must not match the `veT` of `effectiveTo`.
  const spellings = stems.flatMap((stem) => [stem, stem[0]!.toUpperCase() + stem.slice(1), stem.toUpperCase()]);
  const pattern = new RegExp(`@db/(${pillars.map(escapeRegExp).join('|')})(?![\\w-])|${spellings.map(escapeRegExp).join('|')}`, 'g');
  return (text) =>
    text.replace(pattern, (match, pillar?: string) =>
      pillar ? `@db/${replicaName(pillar, k)}` : matchCase(match, tokens.get(match.toLowerCase())!),
    );
}

/** A stem inside a name imported from outside the pillars (drizzle, zod, @db/core) would be renamed too. */
function checkStemsSpareImports(root: string, pillars: string[], stems: string[]) {
  const stem = new RegExp(stems.map(escapeRegExp).join('|'), 'i');
  const imports = /^import\s+(?:type\s+)?([^;]*?)\s+from\s+'([^']+)'/gm;
  for (const pillar of pillars) {
    const dir = join(root, pillarsDir, pillar);
    for (const file of filesUnder(dir).filter((name) => name.endsWith('.ts'))) {
      for (const [, clause, module] of readFileSync(join(dir, file), 'utf8').matchAll(imports)) {
        if (module!.startsWith('.') || pillars.some((p) => module === `@db/${p}` || module!.startsWith(`@db/${p}/`))) continue;
        const hit = stem.exec(`${clause} ${module}`);
        if (hit) fail('stems', `${pillar}/${file} imports "${clause}" from ${module}, which contains stem ${hit[0]}`);
      }
    }
  }
}

/** Writes replica k of a pillar: every file renamed, its name too (imports name the files). */
function replicatePillar(root: string, pillar: string, k: number, rename: Rename) {
  const from = join(root, pillarsDir, pillar);
  const to = join(root, pillarsDir, replicaName(pillar, k));
  for (const file of filesUnder(from)) {
    const target = join(to, rename(file));
    mkdirSync(dirname(target), { recursive: true });
    if (textExtensions.test(file)) writeFileSync(target, rename(readFileSync(join(from, file), 'utf8')));
    else copyFileSync(join(from, file), target);
  }
}

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(values.filter((value) => seen.has(value) || !seen.add(value)))];
}

/** Fails when two pillar packages declare one table name or export one identifier (`export *` would clash). */
function checkCollisions(root: string) {
  const pillars = pillarsOf(root);
  const tables = duplicates(pillars.flatMap((pillar) => tableNamesOf(join(root, pillarsDir, pillar))));
  if (tables.length) fail('collisions', `table names declared twice: ${tables.slice(0, 10).join(', ')}`);

  const exported = /^export\s+(?:declare\s+)?(?:async\s+)?(?:const|let|var|function\*?|class|interface|type|enum)\s+(\w+)/gm;
  const names = pillars.flatMap((pillar) => {
    const dir = join(root, pillarsDir, pillar);
    const files = filesUnder(dir).filter((file) => file.endsWith('.ts'));
    return [...new Set(files.flatMap((file) => [...readFileSync(join(dir, file), 'utf8').matchAll(exported)].map((m) => m[1]!)))];
  });
  const clashes = duplicates(names);
  if (clashes.length) fail('collisions', `identifiers exported by two pillar packages: ${clashes.slice(0, 10).join(', ')}`);
}

// ---------------------------------------------------------------------------------------------------------------
// aggregating the replicas in @db/equine

/** How many places of each kind were patched, per pillar. */
interface PatchCounts {
  exportStars: Map<string, number>;
  srcLists: Map<string, number>;
  otherLists: Map<string, number>;
  specLists: Map<string, number>;
}

const bump = (counts: Map<string, number>, pillar: string, by = 1) => counts.set(pillar, (counts.get(pillar) ?? 0) + by);

interface Edit {
  at: number;
  remove: number;
  insert: string;
}

function applyEdits(text: string, edits: Edit[]): string {
  for (const edit of [...edits].sort((a, b) => b.at - a.at)) {
    text = text.slice(0, edit.at) + edit.insert + text.slice(edit.at + edit.remove);
  }
  return text;
}

/** `"@db/users": "workspace:*"` gains `"@db/users-r2": "workspace:*"` and so on, in every dependency field. */
function patchPackageJson(root: string, pillars: string[], ks: number[]) {
  const file = join(root, equineDir, 'package.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const found = new Set<string>();
  for (const field of ['dependencies', 'devDependencies', 'peerDependencies']) {
    const deps = manifest[field] as Record<string, string> | undefined;
    if (!deps) continue;
    const entries = Object.entries(deps).flatMap(([name, version]) => {
      const pillar = pillars.find((p) => name === `@db/${p}`);
      if (!pillar) return [[name, version]];
      found.add(pillar);
      return [[name, version], ...ks.map((k) => [`@db/${replicaName(pillar, k)}`, version])];
    });
    manifest[field] = Object.fromEntries(entries);
  }
  const missing = pillars.filter((pillar) => !found.has(pillar));
  if (missing.length) fail('aggregate', `${equineDir}/package.json does not depend on @db/${missing.join(', @db/')}`);
  writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
}

const pillarModule = (pillars: string[]) => `@db/(${pillars.map(escapeRegExp).join('|')})(/[\\w./-]*)?`;

/** `export * from '@db/users';` gains `export * from '@db/users-r2';` after it. */
function exportStarEdits(text: string, pillars: string[], renames: Rename[], counts: PatchCounts): Edit[] {
  const line = new RegExp(`^export\\s+\\*\\s+from\\s+'${pillarModule(pillars)}';?[ \\t]*$`, 'gm');
  return [...text.matchAll(line)].map((match) => {
    bump(counts.exportStars, match[1]!);
    return { at: match.index + match[0].length, remove: 0, insert: renames.map((rename) => `\n${rename(match[0])}`).join('') };
  });
}

interface PillarImport {
  start: number;
  end: number;
  pillar: string;
  module: string;
  typeOnly: boolean;
  namespace: boolean;
  /** local name -> how it is imported (`type X`, `X as Y`, `X`) */
  names: Map<string, string>;
}

function pillarImports(text: string, pillars: string[]): PillarImport[] {
  const statement = new RegExp(`^import\\s+(type\\s+)?([^;]*?)\\s+from\\s+'(${pillarModule(pillars)})';?`, 'gm');
  return [...text.matchAll(statement)].map((match) => {
    const clause = match[2]!.trim();
    const namespace = /^\*\s+as\s+(\w+)$/.exec(clause);
    const names = new Map<string, string>();
    if (namespace) names.set(namespace[1]!, namespace[1]!);
    for (const spec of /\{([^}]*)\}/.exec(clause)?.[1]?.split(',') ?? []) {
      const local = /(\w+)\s*$/.exec(spec.trim())?.[1];
      if (local) names.set(local, spec.trim());
    }
    return {
      start: match.index,
      end: match.index + match[0].length,
      pillar: match[4]!,
      module: match[3]!,
      typeOnly: Boolean(match[1]),
      namespace: Boolean(namespace),
      names,
    };
  });
}

interface ListElement {
  start: number;
  end: number;
  prefix: string;
  name: string;
  pillar: string;
}

/**
 * Names imported from pillars where they are elements of one list (array, arguments, tuple type, object
 * spread) together with names of another pillar: `[usersFixtureSet, horsesFixtureSet]`,
 * `mergeRelationParts(everyTable, usersRelations, horsesRelations)`, `{ ...usersTables, ...horsesTables }`.
 * A call like `fixtureKit(t, usersCatalog, usersFixtures)` names one pillar only and is left alone.
 */
function aggregatedElements(text: string, imports: PillarImport[]): ListElement[] {
  const pillarOf = new Map(imports.flatMap((imp) => [...imp.names.keys()].map((name) => [name, imp.pillar] as const)));
  if (!pillarOf.size) return [];
  const names = [...pillarOf.keys()].map(escapeRegExp).join('|');
  const element = new RegExp(`(?<=[\\[(,{]\\s*)(\\.\\.\\.\\s*|typeof\\s+)?\\b(${names})\\b(?=\\s*[,\\])}])`, 'g');
  const inImport = (at: number) => imports.some((imp) => at >= imp.start && at < imp.end);
  const elements = [...text.matchAll(element)]
    .filter((match) => !inImport(match.index))
    .map((match) => ({
      start: match.index,
      end: match.index + match[0].length,
      prefix: match[1] ?? '',
      name: match[2]!,
      pillar: pillarOf.get(match[2]!)!,
    }))
    // a bare name between braces is a shorthand property, not a spread
    .filter((el) => el.prefix.startsWith('...') || !/\{\s*$/.test(text.slice(0, el.start)));

  // Runs of elements separated only by commas; a run that names two pillars is an aggregate.
  const runs: ListElement[][] = [];
  for (const el of elements) {
    const last = runs.at(-1)?.at(-1);
    if (last && /^\s*,\s*$/.test(text.slice(last.end, el.start))) runs.at(-1)!.push(el);
    else runs.push([el]);
  }
  return runs.filter((run) => new Set(run.map((el) => el.pillar)).size > 1).flat();
}

/** Each aggregated element gains its replicas after it; each import gains the replica imports those need. */
function aggregateEdits(text: string, pillars: string[], renames: Rename[], where: string, counts: Map<string, number>): Edit[] {
  const imports = pillarImports(text, pillars);
  const elements = aggregatedElements(text, imports);
  const used = new Set(elements.map((el) => el.name));
  const edits: Edit[] = elements.map((el) => {
    bump(counts, el.pillar);
    const copies = renames.map((rename) => `, ${el.prefix}${renameDistinct(rename, el.name, where)}`).join('');
    return { at: el.end, remove: 0, insert: copies };
  });
  for (const imp of imports) {
    const needed = [...imp.names].filter(([local]) => used.has(local));
    if (!needed.length) continue;
    const lines = renames.map((rename) => {
      const module = rename(imp.module);
      if (imp.namespace) return `import * as ${renameDistinct(rename, needed[0]![0], where)} from '${module}';`;
      for (const [local] of needed) renameDistinct(rename, local, where);
      const specs = needed.map(([, spec]) => rename(spec));
      return `import ${imp.typeOnly ? 'type ' : ''}{ ${specs.join(', ')} } from '${module}';`;
    });
    edits.push({ at: imp.end, remove: 0, insert: lines.map((line) => `\n${line}`).join('') });
  }
  return edits;
}

function renameDistinct(rename: Rename, name: string, where: string): string {
  const renamed = rename(name);
  if (renamed === name) fail('aggregate', `${where}: ${name} names no stem, so its replicas would have the same name`);
  return renamed;
}

/**
 * The per-pillar table lists of the specification (`users: ['user_profiles', ...]`) gain one list per replica,
 * before the original so no trailing comma is needed.
 */
function specEdits(text: string, pillars: string[], ks: number[], renames: Rename[], counts: PatchCounts): Edit[] {
  const list = new RegExp(`^([ \\t]*)(['"]?)(${pillars.map(escapeRegExp).join('|')})\\2:\\s*(\\[[^\\]]*\\])`, 'gm');
  return [...text.matchAll(list)]
    .filter((match) => /['"][a-z0-9_]+['"]/.test(match[4]!))
    .map((match) => {
      const [, indentation, , pillar, tables] = match;
      bump(counts.specLists, pillar!);
      const copies = ks.map((k, i) => `${indentation}'${replicaName(pillar!, k)}': ${renames[i]!(tables!)},\n`);
      return { at: match.index, remove: 0, insert: copies.join('') };
    });
}

/** Adds replicas 2..N to every place `@db/equine` lists the pillars; fails when a place it needs is missing. */
function aggregateReplicas(root: string, pillars: string[], ks: number[], renames: Rename[]): string[] {
  patchPackageJson(root, pillars, ks);
  const counts: PatchCounts = { exportStars: new Map(), srcLists: new Map(), otherLists: new Map(), specLists: new Map() };
  const patched: string[] = [];
  const equine = join(root, equineDir);
  for (const file of filesUnder(equine).filter((name) => name.endsWith('.ts') && !name.startsWith('migrations/'))) {
    const text = readFileSync(join(equine, file), 'utf8');
    const inSrc = file.startsWith('src/');
    const lists = inSrc ? counts.srcLists : counts.otherLists;
    const edits = [
      ...exportStarEdits(text, pillars, renames, counts),
      ...aggregateEdits(text, pillars, renames, `${equineDir}/${file}`, lists),
      ...(inSrc ? specEdits(text, pillars, ks, renames, counts) : []),
    ];
    if (!edits.length) continue;
    writeFileSync(join(equine, file), applyEdits(text, edits));
    patched.push(`${file} (${edits.length})`);
  }
  requireEach(pillars, counts.exportStars, `an \`export * from '@db/<pillar>'\` line in ${equineDir}/src`);
  requireEach(pillars, counts.specLists, `a per-pillar table list (\`<pillar>: ['table', ...]\`) in ${equineDir}/src`);
  requireEach(pillars, counts.srcLists, `a list of every pillar's exports (\`{ ...usersTables, ...horsesTables }\`) in ${equineDir}/src`);
  return patched;
}

function requireEach(pillars: string[], counts: Map<string, number>, what: string) {
  const missing = pillars.filter((pillar) => !counts.get(pillar));
  if (missing.length) fail('aggregate', `expected ${what} for ${missing.join(', ')}; update scripts/bench-scale.ts`);
}

// ---------------------------------------------------------------------------------------------------------------
// building one scratch repository

interface Build {
  copy: string;
  tables: number;
  pillarPackages: number;
  stems: string[];
  seconds: { copy: number; install: number; generate: number };
  notes: string[];
}

function build(n: number, logs: (name: string) => string): Build {
  const copy = join(tmpdir(), `bench-scale-${n}`);
  const notes: string[] = [];
  let started = performance.now();
  copyRepository(copy);
  mkdirSync(logs(''), { recursive: true });

  const pillars = REPLICATED_PILLARS;
  const stems = domainStems(pillars.flatMap((pillar) => tableNamesOf(join(copy, pillarsDir, pillar))));
  const ks = Array.from({ length: n - 1 }, (_, i) => i + 2);
  if (n > 1) {
    checkStemsSpareImports(copy, pillars, stems);
    const renames = ks.map((k) => renamer(k, pillars, stems));
    ks.forEach((k, i) => pillars.forEach((pillar) => replicatePillar(copy, pillar, k, renames[i]!)));
    notes.push(`patched ${equineDir}: ${aggregateReplicas(copy, pillars, ks, renames).join(', ')}`);
    checkCollisions(copy);
  }
  const copySeconds = (performance.now() - started) / 1000;

  const installed = install(copy, pillars, ks, logs('install.log'));
  started = performance.now();
  rmSync(join(copy, migrationsDir), { recursive: true, force: true });
  mkdirSync(join(copy, migrationsDir), { recursive: true });
  runStep('db:generate', 'pnpm', ['db:generate', '--name', 'bench'], copy, logs('generate.log'));
  const generateSeconds = (performance.now() - started) / 1000;

  const sql = migrationSql(copy);
  notes.push(...checkSqlNames(sql));
  return {
    copy,
    tables: (sql.match(/\bCREATE TABLE\b/g) ?? []).length,
    pillarPackages: pillarsOf(copy).length,
    stems,
    seconds: { copy: copySeconds, install: installed.seconds, generate: generateSeconds },
    notes,
  };
}

/**
 * The copy installs from the store the repository already uses, without the network. pnpm resolves a new
 * workspace package's registry dependencies from cached metadata it may not have, so the lockfile first gets
 * an importer per replica, copied from its original (same specifiers and versions, links renamed): then
 * nothing needs resolving. `--prefer-offline` is the fallback when that is not enough.
 */
function install(copy: string, pillars: string[], ks: number[], log: string): Run {
  const store = run('pnpm', ['store', 'path'], repoRoot);
  const storeDir = store.status === 0 ? store.output.trim().replace(/[\\/]v\d+$/, '') : undefined;
  const args = ['install', '--no-frozen-lockfile', ...(storeDir ? ['--store-dir', storeDir] : [])];
  if (ks.length) addReplicaImporters(join(copy, 'pnpm-lock.yaml'), pillars, ks);
  const offline = run('pnpm', [...args, '--offline'], copy);
  writeFileSync(log, offline.output);
  if (offline.status === 0) return offline;
  console.log(`  pnpm install --offline failed (${log}); retrying with --prefer-offline`);
  const online = runStep('pnpm install', 'pnpm', [...args, '--prefer-offline'], copy, log);
  return { ...online, seconds: offline.seconds + online.seconds };
}

/** Lockfile importers: `packages/pillars/users-r2` copied from `packages/pillars/users`, and @db/equine's links. */
function addReplicaImporters(lockfile: string, pillars: string[], ks: number[]) {
  if (!existsSync(lockfile)) return;
  const blocks = readFileSync(lockfile, 'utf8').split(/\n(?=\n)/);
  const names = pillars.map(escapeRegExp).join('|');
  const links = (k: number) => (text: string) =>
    text
      .replace(new RegExp(`'@db/(${names})'`, 'g'), (_, pillar: string) => `'@db/${replicaName(pillar, k)}'`)
      .replace(new RegExp(`(link:(?:\\.\\./)+(?:pillars/)?)(${names})$`, 'gm'), (_, link: string, pillar: string) => link + replicaName(pillar, k))
      .replace(new RegExp(`^(  ${pillarsDir}/)(${names}):$`, 'm'), (_, dir: string, pillar: string) => `${dir}${replicaName(pillar, k)}:`);
  const patched = blocks.flatMap((block) => {
    if (new RegExp(`^\\n  ${pillarsDir}/(${names}):\\n`).test(block)) return [block, ...ks.map((k) => links(k)(block))];
    if (block.startsWith(`\n  ${equineDir}:\n`)) return [equineLinks(block, names, ks, links)];
    return [block];
  });
  writeFileSync(lockfile, patched.join('\n'));
}

/** In @db/equine's importer, each `'@db/users':` entry (three lines) is followed by its replicas' entries. */
function equineLinks(block: string, names: string, ks: number[], links: (k: number) => Rename): string {
  const entry = new RegExp(`^( +)'@db/(${names})':\\n(?:\\1 +.*\\n?)+`, 'gm');
  return block.replace(entry, (match) => {
    const text = match.endsWith('\n') ? match : `${match}\n`;
    const copies = ks.map((k) => links(k)(text)).join('');
    return match.endsWith('\n') ? text + copies : (text + copies).slice(0, -1);
  });
}

function migrationSql(copy: string): string {
  const dir = join(copy, migrationsDir);
  const files = filesUnder(dir).filter((file) => file.endsWith('.sql'));
  if (!files.length) fail('drizzle-kit generate', `no .sql file under ${dir}`);
  return files.map((file) => readFileSync(join(dir, file), 'utf8')).join('\n');
}

/** Index and constraint names must be unique (indexes per schema) and fit PostgreSQL's 63 characters. */
function checkSqlNames(sql: string): string[] {
  const names = [...sql.matchAll(/\b(?:CONSTRAINT|INDEX|TABLE) "([^"]+)"/g)].map((match) => match[1]!);
  const created = [...sql.matchAll(/\b(?:CONSTRAINT|CREATE (?:UNIQUE )?INDEX) "([^"]+)"/g)].map((match) => match[1]!);
  const twice = duplicates(created);
  if (twice.length) fail('collisions', `constraint or index names generated twice: ${twice.slice(0, 10).join(', ')}`);
  const long = [...new Set(names.filter((name) => name.length > 63))];
  const longest = Math.max(...names.map((name) => name.length));
  return [`longest SQL identifier: ${longest} characters${long.length ? `; over 63: ${long.join(', ')}` : ''}`];
}

// ---------------------------------------------------------------------------------------------------------------
// measurements

interface Typecheck {
  seconds: number;
  instantiations: number;
  checkSeconds: number;
  memoryMb: number;
}

/** Figures are kept even when the step fails (`problem`), so the summary still shows them. */
interface Measured<T> {
  figures: T;
  problem?: string;
}

function typecheck(copy: string, checkers: number, log: string): Measured<Typecheck> {
  const args = ['-p', 'tsconfig.json', '--extendedDiagnostics', '--checkers', String(checkers)];
  const result = run(join(copy, 'node_modules/.bin/tsc'), args, copy);
  writeFileSync(log, result.output);
  const figure = (label: string) => Number(new RegExp(`^${label}:\\s+([\\d.]+)`, 'm').exec(result.output)?.[1] ?? NaN);
  const figures = {
    seconds: result.seconds,
    instantiations: figure('Instantiations'),
    checkSeconds: figure('Check time'),
    memoryMb: figure('Memory used') / 1024,
  };
  if (result.status === 0) return { figures };
  const errors = result.output.split('\n').filter((line) => /error TS\d+/.test(line));
  return { figures, problem: `exit ${result.status}, ${errors.length} errors (full output: ${log}):\n${errors.slice(0, 20).join('\n')}` };
}

interface Tests {
  seconds: number;
  passed: number;
  failed: number;
  skipped: number;
  files: number;
  failedFiles: number;
}

/** The suite on PGlite; figures from vitest's summary lines (`Test Files  …`, `Tests  …`). */
function tests(copy: string, log: string): Measured<Tests> {
  const result = run('pnpm', ['exec', 'vitest', 'run'], copy);
  writeFileSync(log, result.output);
  const summary = (label: string) => new RegExp(`^\\s*${label}\\s+(.*)$`, 'm').exec(result.output)?.[1] ?? '';
  const count = (line: string, word: string) => Number(new RegExp(`(\\d+) ${word}`).exec(line)?.[1] ?? 0);
  const testLine = summary('Tests');
  const fileLine = summary('Test Files');
  if (!testLine) fail('vitest', `exit ${result.status}, no summary line (full output: ${log}):\n${tail(result.output, 30)}`);
  const figures: Tests = {
    seconds: result.seconds,
    passed: count(testLine, 'passed'),
    failed: count(testLine, 'failed'),
    skipped: count(testLine, 'skipped'),
    files: Number(/\((\d+)\)/.exec(fileLine)?.[1] ?? 0),
    failedFiles: count(fileLine, 'failed'),
  };
  if (result.status === 0 && !figures.failed) return { figures };
  const failures = result.output.split('\n').filter((line) => /^\s*(FAIL|×|✗)\s/.test(line));
  return { figures, problem: `exit ${result.status}, ${figures.failed} tests failed (full output: ${log}):\n${failures.slice(0, 30).join('\n')}` };
}

/** The developer's per-test isolation benchmark, when the repository has one. */
function isolation(copy: string, log: string) {
  const script = 'scripts/bench-isolation.ts';
  if (!existsSync(join(copy, script))) return;
  const result = run(join(copy, 'node_modules/.bin/tsx'), [script], copy);
  writeFileSync(log, result.output);
  console.log(`  ${script} (${result.seconds.toFixed(1)} s):\n${indent(result.output)}`);
  if (result.status !== 0) fail(script, `exit ${result.status} (full output: ${log})`);
}

// ---------------------------------------------------------------------------------------------------------------
// report

interface Result {
  n: number;
  build?: Build;
  tsc: Map<number, Typecheck>;
  tests?: Tests;
}

const s = (seconds: number) => seconds.toFixed(2);
const perTable = (value: number, tables: number) => (tables ? value / tables : NaN);

function printTypecheck(checkers: number, figures: Typecheck) {
  console.log(
    `  typecheck --checkers ${checkers}: ${s(figures.seconds)} s wall, check ${s(figures.checkSeconds)} s, ` +
      `${figures.instantiations.toLocaleString('en')} instantiations, ${figures.memoryMb.toFixed(0)} MB`,
  );
}

function printTests(figures: Tests, tables?: number) {
  const total = figures.passed + figures.failed;
  console.log(
    `  tests (PGlite): ${s(figures.seconds)} s wall, ${figures.passed} passed, ${figures.failed} failed, ` +
      `${figures.skipped} skipped, ${figures.files} files` +
      (tables ? `; ${perTable(figures.seconds, tables).toFixed(3)} s per table, ${(total / figures.seconds).toFixed(1)} tests/s` : ''),
  );
}

function printSummary(results: Result[]) {
  const rows = results.filter((result) => result.build);
  if (!rows.length) return;
  const cell = (value: number | undefined, digits = 2) => (value === undefined || Number.isNaN(value) ? '-' : value.toFixed(digits));
  const count = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? '-' : value.toLocaleString('en'));
  console.log('\n| N | tables | pillar pkgs | tsc c1 wall s | c1 check s | c1 instantiations | c1 MB | tsc c2 wall s | c2 check s | c2 instantiations | c2 MB | test wall s | tests pass/fail | test files | test s/table | tests/s |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const { n, build, tsc, tests: t } of rows) {
    const [c1, c2] = [tsc.get(1), tsc.get(2)];
    const total = t ? t.passed + t.failed : 0;
    console.log(
      `| ${n} | ${build!.tables} | ${build!.pillarPackages} | ${cell(c1?.seconds)} | ${cell(c1?.checkSeconds)} | ${count(c1?.instantiations)} | ${cell(c1?.memoryMb, 0)} | ` +
        `${cell(c2?.seconds)} | ${cell(c2?.checkSeconds)} | ${count(c2?.instantiations)} | ${cell(c2?.memoryMb, 0)} | ` +
        `${cell(t?.seconds)} | ${t ? `${t.passed}/${t.failed}` : '-'} | ${t?.files ?? '-'} | ${cell(t && perTable(t.seconds, build!.tables), 3)} | ${cell(t && total / t.seconds, 1)} |`,
    );
  }
  printDeltas(rows[0]!, rows.at(-1)!);
}

/** What each extra table costs, from the smallest to the largest N measured. */
function printDeltas(small: Result, large: Result) {
  const tables = large.build!.tables - small.build!.tables;
  if (tables <= 0) return;
  const delta = (pick: (result: Result) => number | undefined) => {
    const [a, b] = [pick(small), pick(large)];
    return a === undefined || b === undefined ? undefined : (b - a) / tables;
  };
  const line = (label: string, value: number | undefined, digits: number) =>
    value !== undefined && console.log(`- ${label}: ${value.toFixed(digits)}`);
  console.log(`\nPer extra table, N=${small.n} -> N=${large.n} (${tables} tables more):`);
  line('instantiations per table, --checkers 1', delta((r) => r.tsc.get(1)?.instantiations), 0);
  line('instantiations per table, --checkers 2', delta((r) => r.tsc.get(2)?.instantiations), 0);
  line('typecheck wall s per table, --checkers 1', delta((r) => r.tsc.get(1)?.seconds), 4);
  line('typecheck wall s per table, --checkers 2', delta((r) => r.tsc.get(2)?.seconds), 4);
  line('check time s per table, --checkers 1', delta((r) => r.tsc.get(1)?.checkSeconds), 4);
  line('memory MB per table, --checkers 1', delta((r) => r.tsc.get(1)?.memoryMb), 2);
  line('test wall s per table', delta((r) => r.tests?.seconds), 4);
  line('tests per table', delta((r) => r.tests && r.tests.passed + r.tests.failed), 2);
}

// ---------------------------------------------------------------------------------------------------------------
// main

/** Runs `measure` and records a failure instead of stopping the other measurements. */
function attempt(failures: string[], n: number, measure: () => void) {
  try {
    measure();
  } catch (error) {
    if (!(error instanceof StepError)) throw error;
    failures.push(`N=${n}: ${error.message.split('\n')[0]}`);
    console.log(`  FAILED ${error.message}`);
  }
}

function benchmark(n: number, options: Options, failures: string[]): Result {
  const result: Result = { n, tsc: new Map() };
  const logs = (name: string) => join(tmpdir(), `bench-scale-${n}`, 'bench-logs', name);
  console.log(`\n## N=${n}`);
  attempt(failures, n, () => {
    const built = build(n, logs);
    result.build = built;
    console.log(`  copy: ${built.copy} (copy + replicate ${s(built.seconds.copy)} s, install ${s(built.seconds.install)} s, generate ${s(built.seconds.generate)} s)`);
    if (n > 1) console.log(`  replica 2 renames ${built.stems.map((stem) => `${stem} -> ${stemToken(stem, 2)}`).join(', ')}`);
    for (const note of built.notes) console.log(`  ${note}`);
    console.log(`  tables: ${built.tables} (CREATE TABLE in the generated migration), pillar packages: ${built.pillarPackages}`);
  });
  if (!result.build) return result;
  for (const checkers of [1, 2]) {
    attempt(failures, n, () => {
      const { figures, problem } = typecheck(result.build!.copy, checkers, logs(`tsc-checkers-${checkers}.log`));
      result.tsc.set(checkers, figures);
      printTypecheck(checkers, figures);
      if (problem) fail(`typecheck --checkers ${checkers}`, problem);
    });
  }
  if (options.skipTests) return result;
  attempt(failures, n, () => {
    const { figures, problem } = tests(result.build!.copy, logs('vitest.log'));
    result.tests = figures;
    printTests(figures, result.build!.tables);
    if (problem) fail('tests', problem);
  });
  attempt(failures, n, () => isolation(result.build!.copy, logs('bench-isolation.log')));
  return result;
}

const failures: string[] = [];
try {
  const options = parseOptions(process.argv.slice(2));
  if (process.env.DATABASE_URL) console.log('DATABASE_URL is ignored: the benchmark measures PGlite');
  const results = options.ns.map((n) => benchmark(n, options, failures));
  printSummary(results);
} catch (error) {
  if (!(error instanceof StepError)) throw error;
  failures.push(error.message);
}
if (failures.length) {
  console.log(`\nFailed steps:\n${failures.map((failure) => `- ${failure}`).join('\n')}`);
  process.exitCode = 1;
}
