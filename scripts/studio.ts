/**
 * `pnpm db:studio [database] [--port 4983] [--data-dir dir]`: Drizzle Studio on one database (equine by default):
 * DATABASE_URL when set, else its embedded PGlite in .data/<database> (or `--data-dir`: a copy, so that an app can
 * keep the original open; one data directory opened by two processes is corrupted).
 *
 * Studio is started through drizzle-kit's `startStudioServer` rather than `drizzle-kit studio`, because the CLI
 * reads relations only from `relations()` exports of schema files, and our packages declare them with
 * `defineRelations`: core's `legacyRelationsFor` derives the form Studio reads, here and nowhere else.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { legacyRelationsFor } from '@db/core';
import { PGlite } from '@electric-sql/pglite';
import { startStudioServer } from 'drizzle-kit/api-postgres';
import { databases } from './databases.ts';

const {
  positionals: [name = 'equine'],
  values: options,
} = parseArgs({ allowPositionals: true, options: { port: { type: 'string', default: '4983' }, 'data-dir': { type: 'string' } } });
const entry = databases[name];
if (!entry) throw new Error(`no database ${name}: ${Object.keys(databases).join(', ')}`);

const url = process.env.DATABASE_URL;
const dataDir = resolve(options['data-dir'] ?? entry.exports.localDataDir);
if (!url) mkdirSync(dirname(dataDir), { recursive: true });

await startStudioServer(
  { ...entry.exports, ...legacyRelationsFor(entry.exports.relations) },
  url ? { url } : { driver: 'pglite', client: await PGlite.create(dataDir) },
  { port: Number(options.port) },
);
console.log(`${name}: ${url ? new URL(url).host : dataDir}`);
