import { prepareTemplate } from '@db/core/testing';
import type { TestProject } from 'vitest/node';
import { databases } from './databases.ts';

/** Migrates every database once per run; each test worker then gets a copy of the one it asks for (setupTestDatabase). */
export default async function setup(project: TestProject) {
  const prepared = await Promise.all(
    Object.entries(databases).map(async ([name, { migrationsFolder }]) => [name, await prepareTemplate(name, migrationsFolder, process.env.DATABASE_URL)] as const),
  );
  project.provide('templateDatabases', Object.fromEntries(prepared.map(([name, { template }]) => [name, template])));
  return async () => {
    for (const [, { teardown }] of prepared) await teardown();
  };
}
