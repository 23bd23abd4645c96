import { between, domainTable, formatCheck, id, range, textEnum, timestamps, timestamptz } from '@db/core';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { boolean, date, index, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { FEED_CATEGORIES, FEED_CODE, FEED_GTIN, NUTRIENT_BASES } from '../constants.ts';
import { feedSuppliers } from './feed-suppliers.ts';

/**
 * A feed as a product (a supplier's cube, balancer or chaff) or as a forage (this season's meadow hay): its
 * nutrient analysis per kg, as the label or a lab states it, on the basis `nutrientBasis` says. Catalogue imports
 * upsert on (supplier, supplier product code), or on the GTIN of the bag's barcode.
 */
export const feedTypes = domainTable(
  'feed_types',
  {
    id: id(),
    /** Null for home-grown forage. Set null if the supplier is removed: the feed stays described. */
    feedSupplierId: uuid().references(() => feedSuppliers.id, { onDelete: 'set null' }),
    /** The supplier's own product code, as on its price list. */
    supplierProductCode: text(),
    gtin: text(),
    name: text().notNull(),
    category: textEnum(FEED_CATEGORIES).notNull(),
    nutrientBasis: textEnum(NUTRIENT_BASES).notNull().default('as_fed'),
    dryMatterPercent: numeric({ precision: 5, scale: 2 }),
    /** Digestible energy, MJ per kg. */
    digestibleEnergyMjPerKg: numeric({ precision: 4, scale: 1 }),
    crudeProteinGPerKg: numeric({ precision: 5, scale: 1 }),
    lysineGPerKg: numeric({ precision: 5, scale: 1 }),
    starchPercent: numeric({ precision: 5, scale: 2 }),
    /** Sugar as the label gives it (water-soluble carbohydrate for most compound feeds). */
    sugarPercent: numeric({ precision: 5, scale: 2 }),
    /** Oil (crude fat / acid ether extract). */
    oilPercent: numeric({ precision: 5, scale: 2 }),
    /** Crude fibre, as labels declare it. */
    fibrePercent: numeric({ precision: 5, scale: 2 }),
    /** Non-structural carbohydrate (starch + sugar), what laminitis advice caps at 10-12 %. */
    nscPercent: numeric({ precision: 5, scale: 2 }),
    calciumGPerKg: numeric({ precision: 5, scale: 1 }),
    phosphorusGPerKg: numeric({ precision: 5, scale: 1 }),
    /** Contains a substance on the FEI Equine Prohibited Substances List (e.g. some herbal calmers): not for competition. */
    containsFeiProhibitedSubstance: boolean().notNull().default(false),
    /** Made under BETA's NOPS code (tested for naturally occurring prohibited substances). */
    isBetaNopsApproved: boolean().notNull().default(false),
    discontinuedOn: date(),
    /** When the supplier's catalogue last changed the row. */
    sourceUpdatedAt: timestamptz(),
    /** Who described the feed (a credit: nulled on erasure). */
    createdByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('feed_types_feed_supplier_id_supplier_product_code_key').on(t.feedSupplierId, t.supplierProductCode),
    uniqueIndex('feed_types_gtin_key').on(t.gtin),
    index('feed_types_name_idx').on(sql`lower(${t.name})`),
    index('feed_types_category_idx').on(t.category).where(sql`${t.discontinuedOn} is null`),
    index('feed_types_created_by_user_id_idx').on(t.createdByUserId),
    formatCheck(t.supplierProductCode, FEED_CODE),
    formatCheck(t.gtin, FEED_GTIN),
    range(t.dryMatterPercent, { min: 0, max: 100, exclusiveMin: true }),
    between(t.digestibleEnergyMjPerKg, 0, 45),
    between(t.crudeProteinGPerKg, 0, 1000),
    between(t.lysineGPerKg, 0, 1000),
    between(t.starchPercent, 0, 100),
    between(t.sugarPercent, 0, 100),
    between(t.oilPercent, 0, 100),
    between(t.fibrePercent, 0, 100),
    between(t.nscPercent, 0, 100),
    between(t.calciumGPerKg, 0, 1000),
    between(t.phosphorusGPerKg, 0, 1000),
  ],
);
