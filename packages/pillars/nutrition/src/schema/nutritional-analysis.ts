import { between, domainTable, formatCheck, HTTP_URL, id, inOrder, jsonList, range, requiredWhen, textEnum, timestamps, timestamptz } from '@db/core';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { date, index, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ANALYSIS_METHODS, ANALYSIS_STATUSES, FEED_LABORATORY_CODE, NUTRIENT_BASES } from '../constants.ts';
import { feedTypes } from './feed-types.ts';

/**
 * One more analyte of a report, beyond the columns: minerals, trace elements, ash, mycotoxins, nitrate, e.g.
 * { analyte: 'calcium', value: 0.45, unit: '%' } or { analyte: 'selenium', value: 0.08, unit: 'mg/kg' }.
 */
export interface FeedAnalyte {
  analyte: string;
  value: number;
  unit: string;
}

/**
 * A laboratory analysis of a sample of a feed (usually a forage: this year's hay or haylage): the fibre
 * fractions and sugars that decide whether it suits a laminitic or a competition horse. As the laboratory
 * reports it; report feeds upsert on (laboratory, accession number). A lab report is a record: its feed type
 * cannot be deleted while it stands (restrict).
 */
export const nutritionalAnalysis = domainTable(
  'nutritional_analysis',
  {
    id: id(),
    feedTypeId: uuid()
      .notNull()
      .references(() => feedTypes.id, { onDelete: 'restrict' }),
    laboratoryCode: text().notNull(),
    /** The laboratory's sample number on the report. */
    accessionNumber: text().notNull(),
    /** Who sent the sample (a credit: nulled on erasure). */
    requestedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    /** Which cut, field or delivery was sampled, e.g. "First cut 2024, Long Meadow, bales 1-40". */
    sampleDescription: text(),
    sampledOn: date().notNull(),
    reportedOn: date(),
    status: textEnum(ANALYSIS_STATUSES).notNull().default('submitted'),
    method: textEnum(ANALYSIS_METHODS).notNull().default('nir'),
    nutrientBasis: textEnum(NUTRIENT_BASES).notNull().default('dry_matter'),
    dryMatterPercent: numeric({ precision: 5, scale: 2 }),
    digestibleEnergyMjPerKg: numeric({ precision: 4, scale: 1 }),
    crudeProteinPercent: numeric({ precision: 5, scale: 2 }),
    /** Neutral detergent fibre (cell wall). */
    ndfPercent: numeric({ precision: 5, scale: 2 }),
    /** Acid detergent fibre, the part of NDF that is cellulose and lignin: never more than NDF. */
    adfPercent: numeric({ precision: 5, scale: 2 }),
    /** Water-soluble carbohydrate (sugars and fructans). */
    wscPercent: numeric({ precision: 5, scale: 2 }),
    /** Ethanol-soluble carbohydrate (simple sugars). */
    escPercent: numeric({ precision: 5, scale: 2 }),
    starchPercent: numeric({ precision: 5, scale: 2 }),
    crudeFatPercent: numeric({ precision: 5, scale: 2 }),
    otherAnalytes: jsonList<FeedAnalyte>(),
    reportUrl: text(),
    /** When the laboratory last issued or amended the report. */
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('nutritional_analysis_laboratory_code_accession_number_key').on(t.laboratoryCode, t.accessionNumber),
    index('nutritional_analysis_feed_type_id_idx').on(t.feedTypeId, t.sampledOn),
    index('nutritional_analysis_requested_by_user_id_idx').on(t.requestedByUserId),
    // The laboratory queue: samples not reported yet.
    index('nutritional_analysis_pending_idx').on(t.sampledOn).where(sql`${t.status} in ('submitted', 'in_progress')`),
    formatCheck(t.laboratoryCode, FEED_LABORATORY_CODE),
    inOrder(t.sampledOn, t.reportedOn, { name: 'nutritional_analysis_reported_on_check', message: 'must not be before sampledOn' }),
    requiredWhen(t.reportedOn, t.status, 'reported', { name: 'nutritional_analysis_reported_on_required_check' }),
    range(t.dryMatterPercent, { min: 0, max: 100, exclusiveMin: true }),
    between(t.digestibleEnergyMjPerKg, 0, 45),
    between(t.crudeProteinPercent, 0, 100),
    between(t.ndfPercent, 0, 100),
    between(t.adfPercent, 0, 100),
    inOrder(t.adfPercent, t.ndfPercent, { name: 'nutritional_analysis_fibre_check', message: 'must be at least adfPercent (ADF is part of NDF)' }),
    between(t.wscPercent, 0, 100),
    between(t.escPercent, 0, 100),
    between(t.starchPercent, 0, 100),
    between(t.crudeFatPercent, 0, 100),
    formatCheck(t.reportUrl, HTTP_URL),
  ],
);
