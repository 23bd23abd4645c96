import { calendarDate, decimalString, formatted, SNAKE_CASE_KEY, tableCatalog, tableSchemas } from '@db/core';
import { z } from 'zod';
import { breedingContracts } from './schema/breeding-contracts.ts';
import { breedingPrograms } from './schema/breeding-programs.ts';
import { breedingRecommendations } from './schema/breeding-recommendations.ts';
import { breedingRecords } from './schema/breeding-records.ts';
import { embryoTransfers } from './schema/embryo-transfers.ts';
import { geneticLineageAnalysis } from './schema/genetic-lineage-analysis.ts';
import { geneticTestResults } from './schema/genetic-test-results.ts';
import { geneticTests } from './schema/genetic-tests.ts';
import { mareCycleObservations } from './schema/mare-cycle-observations.ts';
import { offspringRecords } from './schema/offspring-records.ts';
import { pedigreeRecords } from './schema/pedigree-records.ts';
import { pregnancyChecks } from './schema/pregnancy-checks.ts';
import { semenShipments } from './schema/semen-shipments.ts';
import { studServices } from './schema/stud-services.ts';

/**
 * Zod schemas as strict as the tables: every CHECK's twin comes from its table (declared with core's rule
 * helpers); what is left here is what a table cannot say: the shapes of its jsonb columns.
 */

export const studServiceSchemas = tableSchemas(studServices);
export type StudService = typeof studServices.$inferSelect;
export type NewStudService = typeof studServices.$inferInsert;

export const breedingProgramSchemas = tableSchemas(breedingPrograms);
export type BreedingProgram = typeof breedingPrograms.$inferSelect;
export type NewBreedingProgram = typeof breedingPrograms.$inferInsert;

export const breedingContractSchemas = tableSchemas(breedingContracts, {
  terms: () =>
    z.strictObject({
      returnPrivilege: z.boolean().optional(),
      returnPrivilegeDeadline: calendarDate.optional(),
      mareCarePerDay: decimalString(14, 2).optional(),
      requiredTests: z.array(z.string().min(1)).optional(),
      clauses: z.array(z.object({ title: z.string().min(1), text: z.string().min(1) })).optional(),
    }),
});
export type BreedingContract = typeof breedingContracts.$inferSelect;
export type NewBreedingContract = typeof breedingContracts.$inferInsert;

export const semenShipmentSchemas = tableSchemas(semenShipments);
export type SemenShipment = typeof semenShipments.$inferSelect;
export type NewSemenShipment = typeof semenShipments.$inferInsert;

export const breedingRecordSchemas = tableSchemas(breedingRecords);
export type BreedingRecord = typeof breedingRecords.$inferSelect;
export type NewBreedingRecord = typeof breedingRecords.$inferInsert;

export const mareCycleObservationSchemas = tableSchemas(mareCycleObservations);
export type MareCycleObservation = typeof mareCycleObservations.$inferSelect;
export type NewMareCycleObservation = typeof mareCycleObservations.$inferInsert;

export const pregnancyCheckSchemas = tableSchemas(pregnancyChecks);
export type PregnancyCheck = typeof pregnancyChecks.$inferSelect;
export type NewPregnancyCheck = typeof pregnancyChecks.$inferInsert;

export const embryoTransferSchemas = tableSchemas(embryoTransfers);
export type EmbryoTransfer = typeof embryoTransfers.$inferSelect;
export type NewEmbryoTransfer = typeof embryoTransfers.$inferInsert;

export const offspringRecordSchemas = tableSchemas(offspringRecords);
export type OffspringRecord = typeof offspringRecords.$inferSelect;
export type NewOffspringRecord = typeof offspringRecords.$inferInsert;

export const geneticTestSchemas = tableSchemas(geneticTests);
export type GeneticTest = typeof geneticTests.$inferSelect;
export type NewGeneticTest = typeof geneticTests.$inferInsert;

export const geneticTestResultSchemas = tableSchemas(geneticTestResults);
export type GeneticTestResult = typeof geneticTestResults.$inferSelect;
export type NewGeneticTestResult = typeof geneticTestResults.$inferInsert;

export const pedigreeRecordSchemas = tableSchemas(pedigreeRecords);
export type PedigreeRecord = typeof pedigreeRecords.$inferSelect;
export type NewPedigreeRecord = typeof pedigreeRecords.$inferInsert;

export const geneticLineageAnalysisSchemas = tableSchemas(geneticLineageAnalysis, {
  topCommonAncestors: () =>
    z.array(
      z.strictObject({
        name: z.string().min(1),
        horseId: z.uuid().optional(),
        crosses: z.string().regex(/^\d{1,2}(,\d{1,2})*x\d{1,2}(,\d{1,2})*$/, "must be generations on each side, e.g. '3x4' or '3,4x5'"),
        contributionPercent: z.number().min(0).max(100),
      }),
    ),
});
export type GeneticLineageAnalysis = typeof geneticLineageAnalysis.$inferSelect;
export type NewGeneticLineageAnalysis = typeof geneticLineageAnalysis.$inferInsert;

export const breedingRecommendationSchemas = tableSchemas(breedingRecommendations, {
  factors: () => z.record(formatted(SNAKE_CASE_KEY)(z.string()), z.number()),
});
export type BreedingRecommendation = typeof breedingRecommendations.$inferSelect;
export type NewBreedingRecommendation = typeof breedingRecommendations.$inferInsert;

/** Every table of this package with its schemas, keyed by SQL table name (for generic tests and tooling). */
export const breedingCatalog = tableCatalog(
  studServiceSchemas,
  breedingProgramSchemas,
  breedingContractSchemas,
  semenShipmentSchemas,
  breedingRecordSchemas,
  mareCycleObservationSchemas,
  pregnancyCheckSchemas,
  embryoTransferSchemas,
  offspringRecordSchemas,
  geneticTestSchemas,
  geneticTestResultSchemas,
  pedigreeRecordSchemas,
  geneticLineageAnalysisSchemas,
  breedingRecommendationSchemas,
);
