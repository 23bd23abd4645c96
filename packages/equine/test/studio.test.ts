import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StudioRelation } from '@db/core';
import { describeStudioRelations } from '@db/core/testing';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as exports from '../src/index.ts';

describeStudioRelations(exports);

const root = fileURLToPath(new URL('../../../', import.meta.url));
const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** `pnpm db:studio`'s server, as the Studio web app talks to it: POST / with `{ type: 'init' }` lists the relations. */
describe('a running Drizzle Studio (pnpm db:studio equine)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'studio-'));
  let studio: ReturnType<typeof spawn>;
  let url: string;
  const output: string[] = [];

  beforeAll(async () => {
    const port = await freePort();
    url = `http://127.0.0.1:${port}/`;
    studio = spawn(join(root, 'node_modules/.bin/tsx'), ['scripts/studio.ts', 'equine', '--port', String(port), '--data-dir', join(dataDir, 'equine')], { cwd: root });
    studio.stdout!.on('data', (chunk) => output.push(String(chunk)));
    studio.stderr!.on('data', (chunk) => output.push(String(chunk)));
    for (const started = Date.now(); Date.now() - started < 110_000; await new Promise((resolve) => setTimeout(resolve, 500))) {
      if (studio.exitCode !== null) break;
      if (await fetch(url, { method: 'POST' }).then(() => true, () => false)) return;
    }
    throw new Error(`Studio did not start:\n${output.join('')}`);
  }, 120_000);

  afterAll(() => {
    studio?.kill();
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('its init answer lists the relations: a horse’s ownership records and their owner, a vet’s practice', async () => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: 'init' }) });
    const { relations } = (await response.json()) as { relations: StudioRelation[] };
    const pick = ({ table, name, type, columns, refTable, refColumns }: StudioRelation) => ({ table, name, type, columns, refTable, refColumns });
    expect(relations.map(pick)).toEqual(
      expect.arrayContaining([
        { table: 'horses', name: 'ownershipHistory', type: 'many', columns: ['id'], refTable: 'horse_ownership_history', refColumns: ['horse_id'] },
        { table: 'horse_ownership_history', name: 'owner', type: 'one', columns: ['owner_user_id'], refTable: 'user_profiles', refColumns: ['id'] },
        { table: 'veterinarians', name: 'practice', type: 'one', columns: ['practice_id'], refTable: 'vet_practices', refColumns: ['id'] },
      ]),
    );
    expect(relations.length).toBeGreaterThan(1000);
  });
});
