import {
  allOneOf,
  between,
  currency,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  money,
  nonNegative,
  positive,
  postalAddress,
  postalAddressChecks,
  SNAKE_CASE_KEY,
  textEnum,
  timestamps,
  timestamptz,
  together,
} from '@db/core';
import { horses } from '@db/horses/tables';
import { vetPractices } from '@db/providers/tables';
import { sql } from 'drizzle-orm';
import { boolean, index, integer, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  BREEDING_FEE_TERMS,
  BREEDING_HEMISPHERES,
  BREEDING_METHODS,
  BREEDING_STUD_SERVICE_STATUSES,
  type BreedingMethod,
} from '../constants.ts';

/**
 * A stallion standing for one season: where, at what fee and on what terms, by which methods. One row per
 * stallion and season year (the natural key); stallion directories that list him are upserted on (source
 * system, external id). The stallion's seasons are his data: they go with his `horses` row (cascade), unless a
 * contract or a semen shipment still points at one (restrict).
 */
export const studServices = domainTable(
  'stud_services',
  {
    id: id(),
    stallionId: uuid()
      .notNull()
      .references(() => horses.id, { onDelete: 'cascade' }),
    /** The year the season starts (a southern-hemisphere season runs into the next year). */
    seasonYear: smallint().notNull(),
    hemisphere: textEnum(BREEDING_HEMISPHERES).notNull().default('northern'),
    /** The stud or AI centre, when it is a provider on the platform; the listing outlives it. */
    standingAtPracticeId: uuid().references(() => vetPractices.id, { onDelete: 'set null' }),
    /** The stud's name as the listing prints it, e.g. "Ballyvolane Stud". */
    standingLocationName: text(),
    ...postalAddress(),
    /** Null when the fee is private (on application). */
    studFee: money(),
    currency: currency(),
    feeIsPrivate: boolean().notNull().default(false),
    feeTerms: textEnum(BREEDING_FEE_TERMS).notNull().default('live_foal'),
    liveFoalGuarantee: boolean().notNull().default(false),
    methodsOffered: text()
      .$type<BreedingMethod>()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** The most mares the stud will book this season (Thoroughbreds: 100-200+; sport horses by AI: no limit). */
    bookLimit: integer(),
    status: textEnum(BREEDING_STUD_SERVICE_STATUSES).notNull().default('planned'),
    /** Stable machine name of the directory or stud system the listing comes from, e.g. hsi_stallion_book. */
    sourceSystem: text(),
    externalId: text(),
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('stud_services_stallion_id_season_year_key').on(t.stallionId, t.seasonYear),
    uniqueIndex('stud_services_source_system_external_id_key').on(t.sourceSystem, t.externalId),
    index('stud_services_standing_at_practice_id_idx').on(t.standingAtPracticeId),
    /** The stallion directory: open services of a season. */
    index('stud_services_season_year_idx').on(t.seasonYear, t.status).where(sql`${t.status} in ('open', 'book_full')`),
    between(t.seasonYear, 1900, 2200),
    ...postalAddressChecks(t),
    nonNegative(t.studFee),
    allOneOf(t.methodsOffered, BREEDING_METHODS),
    positive(t.bookLimit),
    together(t.sourceSystem, t.externalId, { name: 'stud_services_source_check' }),
    formatCheck(t.sourceSystem, SNAKE_CASE_KEY),
    formatCheck(t.externalId, EXTERNAL_ID),
  ],
);
