import { formatted, jsonRecord, SNAKE_CASE_KEY, tableCatalog, tableSchemas } from '@db/core';
import { z } from 'zod';
import { HORSE_DISCIPLINES } from './constants.ts';
import { horseAiInsights } from './schema/horse-ai-insights.ts';
import { horseBloodlines } from './schema/horse-bloodlines.ts';
import { horseDataSources } from './schema/horse-data-sources.ts';
import { horseIdentifiers } from './schema/horse-identifiers.ts';
import { horseLocationHistory } from './schema/horse-location-history.ts';
import { horseMarkings } from './schema/horse-markings.ts';
import { horseOwnershipHistory } from './schema/horse-ownership-history.ts';
import { horsePhotos } from './schema/horse-photos.ts';
import { horseProfiles } from './schema/horse-profiles.ts';
import { horseRegistryRecords } from './schema/horse-registry-records.ts';
import { horseRelatedEntities } from './schema/horse-related-entities.ts';
import { horseSocialProfiles } from './schema/horse-social-profiles.ts';
import { horseVerificationStatus } from './schema/horse-verification-status.ts';
import { horses } from './schema/horses.ts';

/**
 * Zod schemas as strict as the tables: every CHECK's twin comes from its table (declared with core's rule
 * helpers); what is left here is what a table cannot say: the shapes of its jsonb columns.
 */

export const horseSchemas = tableSchemas(horses);
export type Horse = typeof horses.$inferSelect;
export type NewHorse = typeof horses.$inferInsert;

export const horseProfileSchemas = tableSchemas(horseProfiles, {
  secondaryDisciplines: () => z.array(z.enum(HORSE_DISCIPLINES)),
  vices: () => z.array(z.string().min(1)),
  achievements: () =>
    z.array(
      z.object({
        title: z.string().min(1),
        year: z.int().min(1600).max(2100).optional(),
        event: z.string().optional(),
        url: z.url().optional(),
      }),
    ),
});
export type HorseProfile = typeof horseProfiles.$inferSelect;
export type NewHorseProfile = typeof horseProfiles.$inferInsert;

export const horseRegistryRecordSchemas = tableSchemas(horseRegistryRecords);
export type HorseRegistryRecord = typeof horseRegistryRecords.$inferSelect;
export type NewHorseRegistryRecord = typeof horseRegistryRecords.$inferInsert;

export const horseBloodlineSchemas = tableSchemas(horseBloodlines);
export type HorseBloodline = typeof horseBloodlines.$inferSelect;
export type NewHorseBloodline = typeof horseBloodlines.$inferInsert;

export const horsePhotoSchemas = tableSchemas(horsePhotos);
export type HorsePhoto = typeof horsePhotos.$inferSelect;
export type NewHorsePhoto = typeof horsePhotos.$inferInsert;

export const horseMarkingSchemas = tableSchemas(horseMarkings);
export type HorseMarking = typeof horseMarkings.$inferSelect;
export type NewHorseMarking = typeof horseMarkings.$inferInsert;

export const horseIdentifierSchemas = tableSchemas(horseIdentifiers);
export type HorseIdentifier = typeof horseIdentifiers.$inferSelect;
export type NewHorseIdentifier = typeof horseIdentifiers.$inferInsert;

export const horseOwnershipHistorySchemas = tableSchemas(horseOwnershipHistory);
export type HorseOwnershipHistory = typeof horseOwnershipHistory.$inferSelect;
export type NewHorseOwnershipHistory = typeof horseOwnershipHistory.$inferInsert;

export const horseLocationHistorySchemas = tableSchemas(horseLocationHistory);
export type HorseLocationHistory = typeof horseLocationHistory.$inferSelect;
export type NewHorseLocationHistory = typeof horseLocationHistory.$inferInsert;

export const horseSocialProfileSchemas = tableSchemas(horseSocialProfiles);
export type HorseSocialProfile = typeof horseSocialProfiles.$inferSelect;
export type NewHorseSocialProfile = typeof horseSocialProfiles.$inferInsert;

export const horseAiInsightSchemas = tableSchemas(horseAiInsights, {
  payload: () => jsonRecord(),
  inputs: () => z.array(z.object({ entityType: formatted(SNAKE_CASE_KEY)(z.string()), entityId: z.uuid() })),
});
export type HorseAiInsight = typeof horseAiInsights.$inferSelect;
export type NewHorseAiInsight = typeof horseAiInsights.$inferInsert;

export const horseDataSourceSchemas = tableSchemas(horseDataSources, {
  fieldsProvided: () => z.array(z.string().min(1)),
  rawPayload: () => jsonRecord(),
});
export type HorseDataSource = typeof horseDataSources.$inferSelect;
export type NewHorseDataSource = typeof horseDataSources.$inferInsert;

export const horseVerificationStatusSchemas = tableSchemas(horseVerificationStatus, {
  evidence: () =>
    z.array(
      z.object({
        kind: z.string().min(1),
        storageKey: z.string().optional(),
        url: z.url().optional(),
        note: z.string().optional(),
      }),
    ),
});
export type HorseVerificationStatus = typeof horseVerificationStatus.$inferSelect;
export type NewHorseVerificationStatus = typeof horseVerificationStatus.$inferInsert;

export const horseRelatedEntitySchemas = tableSchemas(horseRelatedEntities, { metadata: () => jsonRecord() });
export type HorseRelatedEntity = typeof horseRelatedEntities.$inferSelect;
export type NewHorseRelatedEntity = typeof horseRelatedEntities.$inferInsert;

/** Every table of this package with its schemas, keyed by SQL table name (for generic tests and tooling). */
export const horsesCatalog = tableCatalog(
  horseSchemas,
  horseProfileSchemas,
  horseRegistryRecordSchemas,
  horseBloodlineSchemas,
  horsePhotoSchemas,
  horseMarkingSchemas,
  horseIdentifierSchemas,
  horseOwnershipHistorySchemas,
  horseLocationHistorySchemas,
  horseSocialProfileSchemas,
  horseAiInsightSchemas,
  horseDataSourceSchemas,
  horseVerificationStatusSchemas,
  horseRelatedEntitySchemas,
);
