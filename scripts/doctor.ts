/**
 * `pnpm db:doctor [database] [--url URL] [--out FILE]`: the health report of a live database against its
 * migrations (core's diagnose): migrations applied and pending, drift from what the migrations build, row counts,
 * unindexed foreign keys, row level security, sequential-scan hot spots. The database is --url, else DATABASE_URL,
 * else the embedded .data/<database> (not while `pnpm db:serve` or Studio holds it open). It only reads the live
 * database; the expected side is built in a scratch database on the same engine. Writes the Markdown report to
 * --out (default .data/doctor-<database>.md), prints a summary, and exits 1 on drift, 2 when it cannot run.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { connect, diagnose, renderMarkdown, renderSummary, urlTarget } from '@db/core';
import { databases } from './databases.ts';

const root = join(import.meta.dirname, '..');

async function main(args: string[]): Promise<number> {
  const {
    positionals: [name = 'equine'],
    values: options,
  } = parseArgs({ args, allowPositionals: true, options: { url: { type: 'string' }, out: { type: 'string' } } });
  const entry = databases[name];
  if (!entry) throw new Error(`no database ${name}: ${Object.keys(databases).join(', ')}`);
  const url = options.url ?? process.env.DATABASE_URL;
  const dataDir = entry.exports.localDataDir;
  const out = resolve(options.out ?? join(dirname(dataDir), `doctor-${name}.md`));
  // PGlite would create an empty cluster in a missing directory, and report every table missing.
  if (!url && !existsSync(join(dataDir, 'PG_VERSION'))) {
    throw new Error(`no embedded database at ${relative(root, dataDir)}: run pnpm db:migrate ${name} first, or give --url`);
  }

  const live = await connect(url ? { url } : { dataDir });
  try {
    const target = url ? urlTarget(url) : `embedded PGlite at ${relative(root, dataDir)}`;
    const report = await diagnose(live, { database: name, migrationsFolder: entry.migrationsFolder, url, target });
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, renderMarkdown(report));
    console.log(renderSummary(report));
    const shown = relative(process.cwd(), out);
    console.log(`  report        ${shown.startsWith('..') ? out : shown}`);
    return report.drift ? 1 : 0;
  } finally {
    await live.close();
  }
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // drizzle's error names the query; its cause says what went wrong.
  const cause = (error as Error).cause;
  console.error(`db:doctor: ${(error as Error).message}${cause instanceof Error ? `\n  ${cause.message}` : ''}`);
  process.exitCode = 2;
}
