import {
  between,
  differ,
  domainTable,
  exactlyOneOf,
  id,
  inOrder,
  jsonList,
  nonNegative,
  range,
  textEnum,
  timestamps,
  timestamptz,
  together,
} from '@db/core';
import { horses } from '@db/horses/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { foreignKey, index, integer, numeric, smallint, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { BREEDING_INBREEDING_METHODS } from '../constants.ts';

/** An ancestor that appears on both sides of a pedigree, and how much of the inbreeding it accounts for. */
export type BreedingCommonAncestor = {
  name: string;
  /** Its `horses` row, when it has one. */
  horseId?: string | undefined;
  /** Generations back on the sire's and the dam's side, as breeders write it: "3x4". */
  crosses: string;
  /** Share of the coefficient this ancestor accounts for, 0-100. */
  contributionPercent: number;
};

/**
 * The inbreeding of a horse, or of the foal a prospective mating would give (mare x stallion), over N generations:
 * Wright's coefficient of inbreeding (0..1), ancestor loss, pedigree completeness, the common ancestors. History
 * is kept: a recomputation supersedes the current row (`superseded_at`), and one row per subject, depth and method
 * is current (a partial unique index on (coalesce(horse, mare), coalesce(stallion, horse), depth, method), so a
 * horse and a mating are each keyed). Computed from the
 * subjects' pedigrees, it goes with them (cascade).
 */
export const geneticLineageAnalysis = domainTable(
  'genetic_lineage_analysis',
  {
    id: id(),
    /** The horse analysed; or, for a prospective mating, the mare and the stallion. */
    horseId: uuid().references(() => horses.id, { onDelete: 'cascade' }),
    mareId: uuid().references(() => horses.id, { onDelete: 'cascade' }),
    stallionId: uuid().references(() => horses.id, { onDelete: 'cascade' }),
    generationsConsidered: smallint().notNull(),
    method: textEnum(BREEDING_INBREEDING_METHODS).notNull().default('path_coefficient'),
    /** Wright's F: 0.25 for a full-sibling mating's foal, 0.125 half-siblings, 0.0625 first cousins. */
    coefficientOfInbreeding: numeric({ precision: 7, scale: 6 }).notNull(),
    /** Ancestor loss coefficient (AVK): distinct ancestors over possible ancestors, 0..1 (1 = no ancestor repeats). */
    ancestorLossCoefficient: numeric({ precision: 7, scale: 6 }),
    /** Known ancestors over possible ancestors in the generations considered. */
    pedigreeCompletenessPercent: numeric({ precision: 5, scale: 2 }),
    commonAncestorCount: integer().notNull().default(0),
    topCommonAncestors: jsonList<BreedingCommonAncestor>(),
    computedAt: timestamptz().notNull(),
    supersededAt: timestamptz(),
    /** Provenance: nulled on the requester's erasure. FK declared below: the generated name is too long. */
    requestedByUserId: uuid(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('genetic_lineage_analysis_current_key')
      .on(sql`coalesce(${t.horseId}, ${t.mareId})`, sql`coalesce(${t.stallionId}, ${t.horseId})`, t.generationsConsidered, t.method)
      .where(sql`${t.supersededAt} is null`),
    index('genetic_lineage_analysis_horse_id_idx').on(t.horseId, t.computedAt),
    index('genetic_lineage_analysis_mare_id_idx').on(t.mareId, t.stallionId),
    index('genetic_lineage_analysis_stallion_id_idx').on(t.stallionId),
    index('genetic_lineage_analysis_requested_by_user_id_idx').on(t.requestedByUserId),
    foreignKey({
      name: 'genetic_lineage_analysis_requested_by_user_id_fkey',
      columns: [t.requestedByUserId],
      foreignColumns: [userProfiles.id],
    }).onDelete('set null'),
    exactlyOneOf([t.horseId, t.mareId], { name: 'genetic_lineage_analysis_subject_check', message: 'give either horseId or a mating (mareId and stallionId)' }),
    together(t.mareId, t.stallionId, { name: 'genetic_lineage_analysis_mating_check' }),
    differ(t.mareId, t.stallionId, { name: 'genetic_lineage_analysis_stallion_id_check', message: 'the stallion must be another horse than the mare' }),
    between(t.generationsConsidered, 1, 50),
    range(t.coefficientOfInbreeding, { min: 0, max: 1 }),
    range(t.ancestorLossCoefficient, { min: 0, max: 1 }),
    range(t.pedigreeCompletenessPercent, { min: 0, max: 100 }),
    nonNegative(t.commonAncestorCount),
    inOrder(t.computedAt, t.supersededAt, { name: 'genetic_lineage_analysis_superseded_at_check', message: 'must not be before computedAt' }),
  ],
);
