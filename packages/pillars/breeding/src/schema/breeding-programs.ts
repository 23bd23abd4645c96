import {
  allOneOf,
  domainTable,
  formatCheck,
  id,
  inOrder,
  nonNegative,
  range,
  requiredWhen,
  SLUG,
  textEnum,
  textLength,
  timestamps,
} from '@db/core';
import { vetPractices } from '@db/providers/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { date, index, numeric, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { BREEDING_PROGRAM_STATUSES, BREEDING_PROGRAM_TYPES, BREEDING_STUDBOOK_CODE, BREEDING_TRAITS, type BreedingTrait } from '../constants.ts';

/**
 * A breeder's programme: what they breed (breed, studbook), for which traits, within which inbreeding limit, over
 * which period. It belongs to its owner alone, so it is deleted on the owner's erasure (cascade); the covers and
 * recommendations filed under it keep their rows (set null). (owner, slug) names it.
 */
export const breedingPrograms = domainTable(
  'breeding_programs',
  {
    id: id(),
    ownerUserId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'cascade' }),
    /** The stud or repro practice that runs it for the owner, when on the platform. */
    managingPracticeId: uuid().references(() => vetPractices.id, { onDelete: 'set null' }),
    name: text().notNull(),
    slug: text().notNull(),
    programType: textEnum(BREEDING_PROGRAM_TYPES).notNull(),
    breed: text().notNull(),
    /** The studbook the foals are registered with: HSI, AES, KWPN, WEATHERBYS. */
    studbookCode: text(),
    goals: text(),
    targetTraits: text()
      .$type<BreedingTrait>()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** The highest coefficient of inbreeding the programme accepts for a mating, e.g. 0.0625 (half-siblings' foal: 0.125). */
    maxCoefficientOfInbreeding: numeric({ precision: 7, scale: 6 }),
    targetFoalsPerYear: smallint(),
    startedOn: date().notNull(),
    endedOn: date(),
    status: textEnum(BREEDING_PROGRAM_STATUSES).notNull().default('planning'),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('breeding_programs_owner_user_id_slug_key').on(t.ownerUserId, t.slug),
    index('breeding_programs_managing_practice_id_idx').on(t.managingPracticeId),
    index('breeding_programs_status_idx').on(t.status).where(sql`${t.status} in ('planning', 'active')`),
    textLength(t.name, { min: 1, max: 200 }),
    formatCheck(t.slug, SLUG),
    formatCheck(t.studbookCode, BREEDING_STUDBOOK_CODE),
    allOneOf(t.targetTraits, BREEDING_TRAITS),
    range(t.maxCoefficientOfInbreeding, { min: 0, max: 1 }),
    nonNegative(t.targetFoalsPerYear),
    inOrder(t.startedOn, t.endedOn, { name: 'breeding_programs_ended_on_check', message: 'must not be before the start' }),
    requiredWhen(t.endedOn, t.status, 'completed', { name: 'breeding_programs_completed_check' }),
  ],
);
