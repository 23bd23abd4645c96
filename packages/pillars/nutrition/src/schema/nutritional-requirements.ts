import {
  between,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  onlyWhen,
  positive,
  nonNegative,
  SNAKE_CASE_KEY,
  textEnum,
  timestamps,
  timestamptz,
  together,
} from '@db/core';
import { horses } from '@db/horses/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { date, index, numeric, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { BODY_WEIGHT_KG_MAX, BODY_WEIGHT_KG_MIN, NRC_WORKLOADS, NUTRITION_STANDARDS } from '../constants.ts';
import { weightTracking } from './weight-tracking.ts';

/**
 * A horse's daily requirements for one period, worked out from its body weight and its class (NRC 2007 workload,
 * gestation, lactation, growth): digestible energy, crude protein, lysine, calcium, phosphorus and the dry matter
 * it can eat. A new calculation closes the current one (`validTo`), so past plans stay; one current row per horse.
 * Ration software upserts on (source, external id).
 */
export const nutritionalRequirements = domainTable(
  'nutritional_requirements',
  {
    id: id(),
    horseId: uuid()
      .notNull()
      .references(() => horses.id, { onDelete: 'cascade' }),
    /** The weighing the calculation was based on; set null if it is removed (`bodyWeightKg` keeps the figure used). */
    weightTrackingId: uuid().references(() => weightTracking.id, { onDelete: 'set null' }),
    /** The body weight basis of the calculation (current or target weight). */
    bodyWeightKg: numeric({ precision: 5, scale: 1 }).notNull(),
    workload: textEnum(NRC_WORKLOADS).notNull(),
    /** Month of pregnancy (1-12: some mares carry past 11 months), for gestation: NRC raises requirements from month 5. */
    gestationMonth: smallint(),
    standard: textEnum(NUTRITION_STANDARDS).notNull().default('nrc_2007'),
    digestibleEnergyMjPerDay: numeric({ precision: 5, scale: 1 }).notNull(),
    crudeProteinGPerDay: numeric({ precision: 6, scale: 1 }).notNull(),
    lysineGPerDay: numeric({ precision: 5, scale: 1 }),
    calciumGPerDay: numeric({ precision: 5, scale: 1 }),
    phosphorusGPerDay: numeric({ precision: 5, scale: 1 }),
    /** Expected dry matter intake, typically 1.5-2.5 % of body weight. */
    dryMatterIntakeKgPerDay: numeric({ precision: 4, scale: 1 }),
    validFrom: date().notNull(),
    validTo: date(),
    /** The nutritionist, vet or owner who ran the calculation (a credit: nulled on erasure); null for software. */
    computedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    computedAt: timestamptz().notNull().defaultNow(),
    /** Stable machine name of the ration software, e.g. feedxl. */
    source: text(),
    externalId: text(),
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    index('nutritional_requirements_horse_id_idx').on(t.horseId, t.validFrom),
    uniqueIndex('nutritional_requirements_current_key').on(t.horseId).where(sql`${t.validTo} is null`),
    index('nutritional_requirements_weight_tracking_id_idx').on(t.weightTrackingId),
    index('nutritional_requirements_computed_by_user_id_idx').on(t.computedByUserId),
    uniqueIndex('nutritional_requirements_source_external_id_key').on(t.source, t.externalId),
    between(t.bodyWeightKg, BODY_WEIGHT_KG_MIN, BODY_WEIGHT_KG_MAX),
    between(t.gestationMonth, 1, 12),
    onlyWhen(t.gestationMonth, t.workload, 'gestation', { name: 'nutritional_requirements_gestation_only_check' }),
    positive(t.digestibleEnergyMjPerDay),
    positive(t.crudeProteinGPerDay),
    nonNegative(t.lysineGPerDay),
    nonNegative(t.calciumGPerDay),
    nonNegative(t.phosphorusGPerDay),
    positive(t.dryMatterIntakeKgPerDay),
    inOrder(t.validFrom, t.validTo, { name: 'nutritional_requirements_valid_to_check', message: 'must not be before validFrom' }),
    formatCheck(t.source, SNAKE_CASE_KEY),
    formatCheck(t.externalId, EXTERNAL_ID),
    together(t.source, t.externalId, { name: 'nutritional_requirements_source_check' }),
  ],
);
