import { between, domainTable, formatCheck, id, textEnum, textLength, timestamps, timestamptz } from '@db/core';
import { sql } from 'drizzle-orm';
import { index, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  BREEDING_GENOTYPE_INTERPRETATIONS,
  BREEDING_INHERITANCE_MODES,
  BREEDING_MARKER_CATEGORIES,
  BREEDING_MARKER_CODE,
} from '../constants.ts';
import { geneticTests } from './genetic-tests.ts';

/**
 * One marker of a genetic test as the laboratory reports it: the marker (HYPP, GBED, HERDA, LWO, PSSM1,
 * Extension, Agouti), the genotype (N/N, N/H, H/H, E/e, A/a), what it means. Part of the test's report (cascade).
 * (test, marker code) is the key an amended report upserts on. A horse's genotype for a marker is read through its
 * tests, newest report first.
 */
export const geneticTestResults = domainTable(
  'genetic_test_results',
  {
    id: id(),
    geneticTestId: uuid()
      .notNull()
      .references(() => geneticTests.id, { onDelete: 'cascade' }),
    /** As the laboratory names the marker (case kept: Extension, nd1, PSSM1). */
    markerCode: text().notNull(),
    /** The condition or trait, e.g. "Hyperkalaemic periodic paralysis", "Red factor (MC1R)". */
    markerName: text(),
    category: textEnum(BREEDING_MARKER_CATEGORIES).notNull(),
    inheritance: textEnum(BREEDING_INHERITANCE_MODES),
    /** As reported: N/N, N/H, H/H, E/e, ee, nd1/nd2. Notations differ between laboratories, so only the length is checked. */
    genotype: text().notNull(),
    /** Copies of the variant allele (0, 1, 2), where the laboratory states it. */
    variantAlleleCount: smallint(),
    interpretation: textEnum(BREEDING_GENOTYPE_INTERPRETATIONS).notNull(),
    /** The laboratory's comment on this marker. */
    comment: text(),
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('genetic_test_results_genetic_test_id_marker_code_key').on(t.geneticTestId, t.markerCode),
    /** Carriers and affected horses of a marker, for mating checks. */
    index('genetic_test_results_marker_code_idx')
      .on(t.markerCode, t.interpretation)
      .where(sql`${t.interpretation} in ('carrier', 'affected', 'at_risk')`),
    formatCheck(t.markerCode, BREEDING_MARKER_CODE),
    textLength(t.genotype, { min: 1, max: 40 }),
    between(t.variantAlleleCount, 0, 2),
  ],
);
