import {
  domainTable,
  everyElementMatches,
  formatCheck,
  id,
  jsonList,
  nonNegative,
  positive,
  requiredWhen,
  SLUG,
  SNAKE_CASE_KEY,
  textEnum,
  textLength,
  timestamps,
  timestamptz,
  together,
} from '@db/core';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { bigint, boolean, foreignKey, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  SYNTHETIC_FAKER_LOCALE,
  SYNTHETIC_GENERATOR_ENGINES,
  SYNTHETIC_GENERATOR_STATUSES,
  SYNTHETIC_GENERATOR_STRATEGIES,
} from '../constants.ts';

/** How a generator fills one column of a target table (typed in validation.ts). */
export interface GeneratorRule {
  /** table.column, e.g. horses.registered_name. */
  column: string;
  strategy: (typeof SYNTHETIC_GENERATOR_STRATEGIES)[number];
  /** For faker: the method, e.g. person.fullName, location.county. */
  fakerMethod?: string;
  /** For constant and choice: the values, e.g. ['mare', 'gelding', 'stallion']. */
  values?: string[];
  /** For range and sequence: the bounds. */
  min?: number;
  max?: number;
  /** For pattern: the template, e.g. 372######### for an Irish microchip (ISO 11784, country 372). */
  pattern?: string;
  /** For reference: the table.column the value is drawn from, e.g. user_profiles.id. */
  references?: string;
  /** Share of rows left null, 0-1. */
  nullRatio?: number;
}

/**
 * A synthetic data generator, versioned: the tables it fills, its engine and faker locale, a default seed (the
 * same seed gives the same data), its rules per column, and whether it guarantees PII-free output (nothing derived
 * from real people: no sampling of production rows, no real names, emails, phone numbers or microchips). That
 * guarantee is signed off by a named reviewer before a version is active: the reviewer is RESTRICT (the sign-off
 * is privacy evidence, GDPR art. 25 and 32), the author a credit (SET NULL). Generators are kept as code and synced
 * by CI: (generator_key, version) is the natural key; one version of a key is active (partial unique index).
 */
export const syntheticDataGenerators = domainTable(
  'synthetic_data_generators',
  {
    id: id(),
    /** Kebab-case, stable across versions, e.g. horse-records-ie. */
    generatorKey: text().notNull(),
    version: integer().notNull().default(1),
    name: text().notNull(),
    description: text(),
    engine: textEnum(SYNTHETIC_GENERATOR_ENGINES).notNull(),
    /** The tables it fills, by SQL name, e.g. {user_profiles,horses,horse_identifiers}; at least one. */
    targetTables: text().array().notNull(),
    /** The seed used when a run gives none. */
    defaultSeed: bigint({ mode: 'number' }),
    fakerLocale: text().notNull().default('en_IE'),
    rules: jsonList<GeneratorRule>(),
    /** The guarantee that nothing it outputs is derived from real personal data. */
    piiFree: boolean().notNull().default(true),
    piiReviewedAt: timestamptz(),
    /** Who signed the PII-free guarantee off. RESTRICT: privacy evidence, kept pointing at an anonymised profile. */
    piiReviewedByUserId: uuid(),
    /** Where its code lives, e.g. tools/synthetic-data/generators/horse-records-ie.ts. */
    repositoryPath: text(),
    ownerTeam: text().notNull(),
    /** Who wrote this version. SET NULL: a credit. */
    createdByUserId: uuid(),
    status: textEnum(SYNTHETIC_GENERATOR_STATUSES).notNull().default('draft'),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('synthetic_data_generators_key_version_key').on(t.generatorKey, t.version),
    uniqueIndex('synthetic_data_generators_active_key')
      .on(t.generatorKey)
      .where(sql`${t.status} = 'active'`),
    // Declared here with names: the generated ones would pass PostgreSQL's 63 characters.
    index('synthetic_data_generators_pii_reviewed_by_user_id_idx').on(t.piiReviewedByUserId),
    foreignKey({
      name: 'synthetic_data_generators_pii_reviewed_by_user_id_fkey',
      columns: [t.piiReviewedByUserId],
      foreignColumns: [userProfiles.id],
    }).onDelete('restrict'),
    index('synthetic_data_generators_created_by_user_id_idx').on(t.createdByUserId),
    foreignKey({
      name: 'synthetic_data_generators_created_by_user_id_fkey',
      columns: [t.createdByUserId],
      foreignColumns: [userProfiles.id],
    }).onDelete('set null'),
    formatCheck(t.generatorKey, SLUG),
    positive(t.version),
    textLength(t.name, { min: 1, max: 200 }),
    everyElementMatches(t.targetTables, SNAKE_CASE_KEY, {
      what: 'table',
      violations: [{ target_tables: [] }, { target_tables: ['horses', 'Horse Profiles'] }, { target_tables: ['horses,horse_identifiers'] }],
    }),
    nonNegative(t.defaultSeed),
    formatCheck(t.fakerLocale, SYNTHETIC_FAKER_LOCALE),
    together(t.piiReviewedAt, t.piiReviewedByUserId, { name: 'synthetic_data_generators_pii_review_check' }),
    requiredWhen(t.piiReviewedAt, t.status, 'active', { name: 'synthetic_data_generators_active_review_check' }),
    textLength(t.repositoryPath, { min: 1, max: 500 }),
    formatCheck(t.ownerTeam, SLUG),
  ],
);
