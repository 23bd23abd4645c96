import { between, COUNTRY_CODE, customCheck, domainTable, formatCheck, id, isAbsent, timestamps } from '@db/core';
import { sql } from 'drizzle-orm';
import { char, index, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { HORSE_PEDIGREE_POSITION, HORSE_REGISTRY_CODE } from '../constants.ts';
import { horses } from './horses.ts';

/**
 * One ancestor in a horse's pedigree. `pedigreePosition` walks out from the horse, one letter per generation:
 * S = sire, D = dam, SD = sire's dam, DSS = dam's sire's sire. Ancestors often have no row in `horses`, so the
 * name and registration are stored here and `ancestorHorseId` links one when it exists.
 */
export const horseBloodlines = domainTable(
  'horse_bloodlines',
  {
    id: id(),
    horseId: uuid()
      .notNull()
      .references(() => horses.id, { onDelete: 'cascade' }),
    /** 1 = parents, 2 = grandparents, ...; always the length of pedigreePosition. */
    generation: smallint().notNull(),
    pedigreePosition: text().notNull(),
    ancestorName: text().notNull(),
    ancestorRegistryCode: text(),
    ancestorRegistrationNumber: text(),
    ancestorHorseId: uuid().references(() => horses.id, { onDelete: 'set null' }),
    ancestorBreed: text(),
    ancestorColour: text(),
    ancestorFoalingYear: smallint(),
    /** ISO 3166-1 alpha-2. */
    ancestorCountryOfBirth: char({ length: 2 }),
    notes: text(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('horse_bloodlines_horse_id_pedigree_position_key').on(t.horseId, t.pedigreePosition),
    index('horse_bloodlines_ancestor_horse_id_idx').on(t.ancestorHorseId),
    between(t.generation, 1, 8),
    formatCheck(t.pedigreePosition, HORSE_PEDIGREE_POSITION),
    customCheck('horse_bloodlines_generation_position_check', sql`${t.generation} = char_length(${t.pedigreePosition})`, {
      columns: [t.generation, t.pedigreePosition],
      column: t.generation,
      message: 'must equal the number of letters in pedigreePosition',
      holds: (row) => isAbsent(row.generation) || isAbsent(row.pedigree_position) || row.generation === String(row.pedigree_position).length,
      violations: [{ generation: 3, pedigree_position: 'SD' }],
    }),
    formatCheck(t.ancestorRegistryCode, HORSE_REGISTRY_CODE),
    between(t.ancestorFoalingYear, 1600, 2100),
    formatCheck(t.ancestorCountryOfBirth, COUNTRY_CODE),
  ],
);
