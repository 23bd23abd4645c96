import { prepareTemplate } from '@db/core/testing';
import type { TestProject } from 'vitest/node';
import { migrationsFolder } from '../src/database.ts';

/** Migrates the equine database once per run; every test worker then gets a copy (see setupTestDatabase). */
export default async function setup(project: TestProject) {
  const { template, teardown } = await prepareTemplate('equine', migrationsFolder, process.env.DATABASE_URL);
  project.provide('templateDatabase', template);
  return teardown;
}
