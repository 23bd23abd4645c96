import { expect, test } from 'vitest';
import { EXPECTED_TABLES, equineCatalog } from '../src/index.ts';
import { fixtures, invalidRows } from './catalog.ts';

/** Each pillar runs the per-table suite on its own tables (its test/tables.test.ts); this checks the whole. */
test('every specified table has schemas and a fixture', () => {
  expect(Object.keys(equineCatalog).sort()).toEqual([...EXPECTED_TABLES].sort());
  expect(Object.keys(fixtures).sort()).toEqual([...EXPECTED_TABLES].sort());
});

test('the pillars bring invalid rows for every kind of mistake', () => {
  const reasons = invalidRows.map((row) => row.why).join(' | ');
  for (const kind of ['enum', 'negative', 'uuid', 'currency', 'missing']) expect(reasons).toContain(kind);
});
