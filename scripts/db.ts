/**
 * `pnpm db:generate [--name x]`: regenerates the migrations of every database (CI fails on any diff).
 * `pnpm db:migrate [database]`, `pnpm db:seed [database]`, `pnpm db:studio [database]`: one database, equine by
 * default; each has its embedded PGlite data directory under .data/<database>, or uses DATABASE_URL when set.
 */
import { execFileSync } from 'node:child_process';
import { databases } from './databases.ts';

const [command, ...rest] = process.argv.slice(2);
const named = rest.find((arg) => !arg.startsWith('-'));
const flags = rest.filter((arg) => arg !== named);
const run = (program: string, args: string[]) => execFileSync(program, args, { stdio: 'inherit' });

function entry(name = 'equine') {
  const found = databases[name];
  if (!found) throw new Error(`no database ${name}: ${Object.keys(databases).join(', ')}`);
  return found;
}

switch (command) {
  case 'generate':
    for (const [name, database] of Object.entries(databases)) {
      console.log(`== ${name}`);
      if (name === 'equine') run('tsx', ['packages/equine/scripts/generate.ts', ...rest]);
      else run('drizzle-kit', ['generate', '--config', database.config, ...rest]);
    }
    break;
  case 'migrate':
  case 'seed':
    run('tsx', [entry(named).scripts[command], ...flags]);
    break;
  case 'studio':
    run('drizzle-kit', ['studio', '--config', entry(named).config, ...flags]);
    break;
  default:
    throw new Error(`usage: scripts/db.ts generate|migrate|seed|studio [database]`);
}
