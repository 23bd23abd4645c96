import { COUNTRY_CODE, domainTable, formatCheck, id, timestamps } from '@db/core';
import { sql } from 'drizzle-orm';
import { char, check, index, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
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
    check('horse_bloodlines_generation_check', sql`${t.generation} between 1 and 8`),
    formatCheck(t.pedigreePosition, HORSE_PEDIGREE_POSITION),
    check(
      'horse_bloodlines_generation_position_check',
      sql`${t.generation} = char_length(${t.pedigreePosition})`,
    ),
    formatCheck(t.ancestorRegistryCode, HORSE_REGISTRY_CODE),
    check('horse_bloodlines_ancestor_foaling_year_check', sql`${t.ancestorFoalingYear} between 1600 and 2100`),
    formatCheck(t.ancestorCountryOfBirth, COUNTRY_CODE),
  ],
);
