import { tableCatalog, tableSchemas } from '@db/core';
import { z } from 'zod';
import { feedConsumption } from './schema/feed-consumption.ts';
import { feedInventory } from './schema/feed-inventory.ts';
import { feedSuppliers } from './schema/feed-suppliers.ts';
import { feedTypes } from './schema/feed-types.ts';
import { feedingHistory } from './schema/feeding-history.ts';
import { feedingSchedules } from './schema/feeding-schedules.ts';
import { nutritionalAnalysis } from './schema/nutritional-analysis.ts';
import { nutritionalRequirements } from './schema/nutritional-requirements.ts';
import { supplementRegimens } from './schema/supplement-regimens.ts';
import { weightTracking } from './schema/weight-tracking.ts';

/**
 * Zod schemas as strict as the tables: every CHECK's twin comes from its table (declared with core's rule
 * helpers); what is left here is what a table cannot say: the shape of its one jsonb column. The stock rule across
 * rows of `feed_inventory` is the database's (feed-stock.ts).
 */

export const feedSupplierSchemas = tableSchemas(feedSuppliers);
export type FeedSupplier = typeof feedSuppliers.$inferSelect;
export type NewFeedSupplier = typeof feedSuppliers.$inferInsert;

export const feedTypeSchemas = tableSchemas(feedTypes);
export type FeedType = typeof feedTypes.$inferSelect;
export type NewFeedType = typeof feedTypes.$inferInsert;

export const feedingScheduleSchemas = tableSchemas(feedingSchedules);
export type FeedingSchedule = typeof feedingSchedules.$inferSelect;
export type NewFeedingSchedule = typeof feedingSchedules.$inferInsert;

export const feedConsumptionSchemas = tableSchemas(feedConsumption);
export type FeedConsumption = typeof feedConsumption.$inferSelect;
export type NewFeedConsumption = typeof feedConsumption.$inferInsert;

export const feedingHistorySchemas = tableSchemas(feedingHistory);
export type FeedingHistory = typeof feedingHistory.$inferSelect;
export type NewFeedingHistory = typeof feedingHistory.$inferInsert;

export const weightTrackingSchemas = tableSchemas(weightTracking);
export type WeightTracking = typeof weightTracking.$inferSelect;
export type NewWeightTracking = typeof weightTracking.$inferInsert;

export const nutritionalRequirementSchemas = tableSchemas(nutritionalRequirements);
export type NutritionalRequirement = typeof nutritionalRequirements.$inferSelect;
export type NewNutritionalRequirement = typeof nutritionalRequirements.$inferInsert;

export const supplementRegimenSchemas = tableSchemas(supplementRegimens);
export type SupplementRegimen = typeof supplementRegimens.$inferSelect;
export type NewSupplementRegimen = typeof supplementRegimens.$inferInsert;

export const nutritionalAnalysisSchemas = tableSchemas(nutritionalAnalysis, {
  otherAnalytes: () =>
    z.array(
      z.object({
        analyte: z.string().min(1),
        value: z.number(),
        unit: z.string().min(1),
      }),
    ),
});
export type NutritionalAnalysis = typeof nutritionalAnalysis.$inferSelect;
export type NewNutritionalAnalysis = typeof nutritionalAnalysis.$inferInsert;

export const feedInventorySchemas = tableSchemas(feedInventory);
export type FeedInventoryMovement = typeof feedInventory.$inferSelect;
export type NewFeedInventoryMovement = typeof feedInventory.$inferInsert;

/** Every table of this package with its schemas, keyed by SQL table name (for generic tests and tooling). */
export const nutritionCatalog = tableCatalog(
  feedSupplierSchemas,
  feedTypeSchemas,
  feedingScheduleSchemas,
  feedConsumptionSchemas,
  feedingHistorySchemas,
  weightTrackingSchemas,
  nutritionalRequirementSchemas,
  supplementRegimenSchemas,
  nutritionalAnalysisSchemas,
  feedInventorySchemas,
);
