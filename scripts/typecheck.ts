/**
 * `pnpm typecheck`: one TypeScript program over the whole repo, then a guard on its cost. The instantiation
 * count of `--extendedDiagnostics` is deterministic (wall time is not), so it has a budget: a fixed base plus a
 * fixed amount per table. A change that makes every table cost more (a generic type relating Zod objects
 * structurally, say) fails here long before 500 tables make the check slow.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Measured with `--checkers 1`: 35 tables at 0.67M, the 350-table replica of `pnpm bench:scale` at 2.65M. */
export const BUDGET_BASE = 1_000_000;
export const BUDGET_PER_TABLE = 5_000;
/**
 * On two cores: 2.2 s vs 2.4 s with 2 checkers at 35 tables, 6.8 s vs 6.0 s at 350 (medians), with 40% less
 * memory; and a single checker's count is the one the budget is measured in (more checkers repeat work).
 */
export const CHECKERS = 1;

const root = join(import.meta.dirname, '..');

const subfolders = (folder: string): string[] => {
  try {
    return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? [join(folder, entry.name)] : []));
  } catch {
    return [];
  }
};

/** Every migrations folder of the repo: the equine aggregate's and each system's. */
const migrationFolders = (): string[] =>
  [join(root, 'packages/equine'), ...subfolders(join(root, 'packages/systems'))]
    .map((pkg) => join(pkg, 'migrations'))
    .filter((folder) => subfolders(folder).length > 0);

/**
 * Tables a migrations folder creates, less those it drops. (drizzle-kit keeps the whole schema only in the first
 * snapshot; later ones hold deltas, so the SQL is the simpler record.)
 */
function tablesIn(folder: string): number {
  const statements = (pattern: RegExp) =>
    subfolders(folder).reduce((sum, migration) => sum + (readFileSync(join(migration, 'migration.sql'), 'utf8').match(pattern)?.length ?? 0), 0);
  return statements(/^\s*CREATE TABLE\b/gim) - statements(/^\s*DROP TABLE\b/gim);
}

const figure = (output: string, label: string) => output.match(new RegExp(`^${label}:\\s+(.+)$`, 'm'))?.[1]?.trim();

const started = performance.now();
const tsc = spawnSync(
  join(root, 'node_modules/.bin/tsc'),
  ['-p', 'tsconfig.json', '--checkers', String(CHECKERS), '--extendedDiagnostics'],
  { cwd: root, encoding: 'utf8' },
);
const wall = (performance.now() - started) / 1000;
const diagnostics = tsc.stdout.slice(0, tsc.stdout.search(/^Files:/m));
if (tsc.status !== 0) {
  process.stdout.write(diagnostics || tsc.stdout);
  process.stderr.write(tsc.stderr);
  console.error(`type-check failed (tsc exit ${tsc.status})`);
  process.exit(1);
}

const tables = migrationFolders().reduce((sum, folder) => sum + tablesIn(folder), 0);
const instantiations = Number(figure(tsc.stdout, 'Instantiations'));
const budget = BUDGET_BASE + BUDGET_PER_TABLE * tables;
const n = (value: number) => value.toLocaleString('en-US');
console.log(
  `type-check: ${figure(tsc.stdout, 'Files')} files, ${tables} tables, ${wall.toFixed(1)} s wall ` +
    `(check ${figure(tsc.stdout, 'Check time')}, memory ${figure(tsc.stdout, 'Memory used')}, --checkers ${CHECKERS})`,
);
console.log(
  `instantiations: ${n(instantiations)} (${n(Math.round(instantiations / Math.max(tables, 1)))} per table); ` +
    `budget ${n(budget)} = ${n(BUDGET_BASE)} + ${n(BUDGET_PER_TABLE)} x ${tables} tables`,
);
if (!(instantiations <= budget)) {
  console.error('over budget: find the type that grew (tsc --generateTrace) before adding tables');
  process.exit(1);
}
