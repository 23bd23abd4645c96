import {
  between,
  COUNTRY_CODE,
  customCheck,
  domainTable,
  formatCheck,
  id,
  isAbsent,
  textEnum,
  timestamps,
  timestamptz,
} from '@db/core';
import { horseBloodlines, horses } from '@db/horses/tables';
import { sql } from 'drizzle-orm';
import { char, foreignKey, index, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  BREEDING_PEDIGREE_MATCH_STATUSES,
  BREEDING_PEDIGREE_MAX_GENERATION,
  BREEDING_PEDIGREE_POSITION,
  BREEDING_STUDBOOK_CODE,
} from '../constants.ts';

/**
 * One ancestor of a horse as a studbook's pedigree gives it, imported as is: the source's claim, one row per
 * (horse, studbook, position), the key the import upserts on. The accepted pedigree stays where @db/horses keeps
 * it (`horses.sire_id`/`dam_id`, `horse_bloodlines`): an imported ancestor is matched to the bloodline entry at the
 * same position (`horseBloodlineId`, `matchStatus`), and a studbook that disagrees shows as a conflict instead
 * of overwriting it. The horse's data (cascade); links to other rows are set null.
 */
export const pedigreeRecords = domainTable(
  'pedigree_records',
  {
    id: id(),
    horseId: uuid()
      .notNull()
      .references(() => horses.id, { onDelete: 'cascade' }),
    /** The studbook the pedigree comes from: HSI, WEATHERBYS, KWPN, AES. */
    studbookCode: text().notNull(),
    /** The horse's own number in that studbook. */
    registrationNumber: text(),
    /** 1 = parents, 2 = grandparents, ...; always the length of pedigreePosition. */
    generation: smallint().notNull(),
    pedigreePosition: text().notNull(),
    ancestorName: text().notNull(),
    ancestorRegistrationNumber: text(),
    ancestorBreed: text(),
    ancestorColour: text(),
    ancestorFoalingYear: smallint(),
    /** ISO 3166-1 alpha-2. */
    ancestorCountryOfBirth: char({ length: 2 }),
    ancestorHorseId: uuid().references(() => horses.id, { onDelete: 'set null' }),
    /** The accepted entry at this position. FK declared below: the generated name is too long. */
    horseBloodlineId: uuid(),
    matchStatus: textEnum(BREEDING_PEDIGREE_MATCH_STATUSES).notNull().default('unmatched'),
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('pedigree_records_horse_id_studbook_code_position_key').on(t.horseId, t.studbookCode, t.pedigreePosition),
    index('pedigree_records_ancestor_horse_id_idx').on(t.ancestorHorseId),
    index('pedigree_records_horse_bloodline_id_idx').on(t.horseBloodlineId),
    /** The reconciliation queue: ancestors a studbook gives differently. */
    index('pedigree_records_conflict_idx').on(t.horseId).where(sql`${t.matchStatus} = 'conflict'`),
    foreignKey({
      name: 'pedigree_records_horse_bloodline_id_fkey',
      columns: [t.horseBloodlineId],
      foreignColumns: [horseBloodlines.id],
    }).onDelete('set null'),
    formatCheck(t.studbookCode, BREEDING_STUDBOOK_CODE),
    between(t.generation, 1, BREEDING_PEDIGREE_MAX_GENERATION),
    formatCheck(t.pedigreePosition, BREEDING_PEDIGREE_POSITION),
    customCheck('pedigree_records_generation_position_check', sql`${t.generation} = char_length(${t.pedigreePosition})`, {
      columns: [t.generation, t.pedigreePosition],
      column: t.generation,
      message: 'must equal the number of letters in pedigreePosition',
      holds: (row) => isAbsent(row.generation) || isAbsent(row.pedigree_position) || row.generation === String(row.pedigree_position).length,
      violations: [{ generation: 3, pedigree_position: 'SD' }],
    }),
    between(t.ancestorFoalingYear, 1600, 2100),
    formatCheck(t.ancestorCountryOfBirth, COUNTRY_CODE),
  ],
);
