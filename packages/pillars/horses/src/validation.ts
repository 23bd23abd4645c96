import {
  coordinateRefinements,
  coordinatesTogether,
  COUNTRY_CODE,
  decimalBetween,
  decimalString,
  differ,
  formatted,
  inOrder,
  isAbsent,
  jsonRecord,
  nonNegativeInt,
  nonNegativeMoney,
  positiveInt,
  requiredWhen,
  SHA256_HEX,
  SNAKE_CASE_KEY,
  tableCatalog,
  tableSchemas,
  withRowRules,
} from '@db/core';
import { z } from 'zod';
import {
  HORSE_DISCIPLINES,
  HORSE_HEIGHT_HANDS,
  HORSE_HEIGHT_HANDS_MAX,
  HORSE_HEIGHT_HANDS_MIN,
  HORSE_MICROCHIP,
  HORSE_NOT_BLANK,
  HORSE_PEDIGREE_MAX_GENERATION,
  HORSE_PEDIGREE_POSITION,
  HORSE_PROFILE_SLUG,
  HORSE_REGISTRY_CODE,
  HORSE_SOCIAL_HANDLE,
  HORSE_UELN,
} from './constants.ts';
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

/** Zod schemas as strict as the tables: what PostgreSQL would reject, these reject first. */

// ---------------------------------------------------------------------------------------------------------------
// horses

export const horseSchemas = withRowRules(
  tableSchemas(horses, {
    countryOfBirth: formatted(COUNTRY_CODE),
    heightHands: () =>
      formatted(HORSE_HEIGHT_HANDS)(z.string()).refine(
        (value) => Number(value) >= HORSE_HEIGHT_HANDS_MIN && Number(value) <= HORSE_HEIGHT_HANDS_MAX,
        `must be between ${HORSE_HEIGHT_HANDS_MIN} and ${HORSE_HEIGHT_HANDS_MAX} hands`,
      ),
  }),
  [
    {
      fields: ['registeredName', 'barnName'],
      path: 'barnName',
      message: 'a horse needs a registered name or a barn name',
      holds: (row) => !isAbsent(row.registeredName) || !isAbsent(row.barnName),
    },
    inOrder('foalingDate', 'deceasedOn', 'must not be before the foaling date'),
    {
      fields: ['deceasedOn', 'status'],
      path: 'deceasedOn',
      message: 'is only set when status is deceased',
      holds: (row) => isAbsent(row.deceasedOn) || isAbsent(row.status) || row.status === 'deceased',
    },
    differ('sireId', 'damId', 'sire and dam must be different horses'),
    differ('id', 'sireId', 'a horse cannot be its own sire'),
    differ('id', 'damId', 'a horse cannot be its own dam'),
  ],
);
export type Horse = typeof horses.$inferSelect;
export type NewHorse = typeof horses.$inferInsert;

export const horseProfileSchemas = tableSchemas(horseProfiles, {
  slug: formatted(HORSE_PROFILE_SLUG),
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

export const horseRegistryRecordSchemas = withRowRules(
  tableSchemas(horseRegistryRecords, {
    registryCode: formatted(HORSE_REGISTRY_CODE),
    registryCountry: formatted(COUNTRY_CODE),
  }),
  [inOrder('registeredOn', 'expiresOn', 'must not be before the registration date')],
);
export type HorseRegistryRecord = typeof horseRegistryRecords.$inferSelect;
export type NewHorseRegistryRecord = typeof horseRegistryRecords.$inferInsert;

export const horseBloodlineSchemas = withRowRules(
  tableSchemas(horseBloodlines, {
    generation: (s) =>
      s.min(1, 'must be at least 1').max(HORSE_PEDIGREE_MAX_GENERATION, `must be at most ${HORSE_PEDIGREE_MAX_GENERATION}`),
    pedigreePosition: formatted(HORSE_PEDIGREE_POSITION),
    ancestorRegistryCode: formatted(HORSE_REGISTRY_CODE),
    ancestorFoalingYear: (s) => s.min(1600, 'must be 1600 or later').max(2100, 'must be 2100 or earlier'),
    ancestorCountryOfBirth: formatted(COUNTRY_CODE),
  }),
  [
    {
      fields: ['generation', 'pedigreePosition'],
      path: 'generation',
      message: 'must equal the number of letters in pedigreePosition',
      holds: (row) =>
        isAbsent(row.generation) ||
        isAbsent(row.pedigreePosition) ||
        row.generation === String(row.pedigreePosition).length,
    },
  ],
);
export type HorseBloodline = typeof horseBloodlines.$inferSelect;
export type NewHorseBloodline = typeof horseBloodlines.$inferInsert;

export const horsePhotoSchemas = tableSchemas(horsePhotos, {
  fileSizeBytes: positiveInt,
  widthPx: positiveInt,
  heightPx: positiveInt,
  sortOrder: nonNegativeInt,
});
export type HorsePhoto = typeof horsePhotos.$inferSelect;
export type NewHorsePhoto = typeof horsePhotos.$inferInsert;

export const horseMarkingSchemas = tableSchemas(horseMarkings, {
  diagramX: () => decimalBetween(4, 3, 0, 1),
  diagramY: () => decimalBetween(4, 3, 0, 1),
  sortOrder: nonNegativeInt,
});
export type HorseMarking = typeof horseMarkings.$inferSelect;
export type NewHorseMarking = typeof horseMarkings.$inferInsert;

export const horseIdentifierSchemas = withRowRules(
  tableSchemas(horseIdentifiers, {
    identifierValue: formatted(HORSE_NOT_BLANK),
    issuingCountry: formatted(COUNTRY_CODE),
  }),
  [
    {
      fields: ['identifierType', 'identifierValue'],
      path: 'identifierValue',
      message: HORSE_MICROCHIP.message,
      holds: (row) => row.identifierType !== 'microchip' || HORSE_MICROCHIP.pattern.test(String(row.identifierValue ?? '')),
    },
    {
      fields: ['identifierType', 'identifierValue'],
      path: 'identifierValue',
      message: HORSE_UELN.message,
      holds: (row) => row.identifierType !== 'ueln' || HORSE_UELN.pattern.test(String(row.identifierValue ?? '')),
    },
    inOrder('issuedOn', 'expiresOn', 'must not be before the issue date'),
  ],
);
export type HorseIdentifier = typeof horseIdentifiers.$inferSelect;
export type NewHorseIdentifier = typeof horseIdentifiers.$inferInsert;

export const horseOwnershipHistorySchemas = withRowRules(
  tableSchemas(horseOwnershipHistory, {
    sharePercent: () =>
      decimalString(5, 2).refine(
        (value) => Number(value) > 0 && Number(value) <= 100,
        'must be greater than 0 and at most 100',
      ),
    purchasePrice: () => nonNegativeMoney(),
  }),
  [
    inOrder('startedOn', 'endedOn', 'must not be before the start date'),
    {
      fields: ['endReason', 'endedOn'],
      path: 'endReason',
      message: 'is only set once the ownership has ended (endedOn)',
      holds: (row) => isAbsent(row.endReason) || !isAbsent(row.endedOn),
    },
  ],
);
export type HorseOwnershipHistory = typeof horseOwnershipHistory.$inferSelect;
export type NewHorseOwnershipHistory = typeof horseOwnershipHistory.$inferInsert;

export const horseLocationHistorySchemas = withRowRules(
  tableSchemas(horseLocationHistory, {
    countryCode: formatted(COUNTRY_CODE),
    ...coordinateRefinements,
  }),
  [
    coordinatesTogether,
    inOrder('arrivedAt', 'departedAt', 'must not be before the arrival'),
  ],
);
export type HorseLocationHistory = typeof horseLocationHistory.$inferSelect;
export type NewHorseLocationHistory = typeof horseLocationHistory.$inferInsert;

export const horseSocialProfileSchemas = tableSchemas(horseSocialProfiles, {
  handle: formatted(HORSE_SOCIAL_HANDLE),
  followerCount: nonNegativeInt,
  followingCount: nonNegativeInt,
  postCount: nonNegativeInt,
});
export type HorseSocialProfile = typeof horseSocialProfiles.$inferSelect;
export type NewHorseSocialProfile = typeof horseSocialProfiles.$inferInsert;

export const horseAiInsightSchemas = withRowRules(
  tableSchemas(horseAiInsights, {
    confidence: () => decimalBetween(4, 3, 0, 1),
    payload: () => jsonRecord(),
    inputs: () => z.array(z.object({ entityType: formatted(SNAKE_CASE_KEY)(z.string()), entityId: z.uuid() })),
  }),
  [inOrder('generatedAt', 'expiresAt', 'must be after generatedAt', { strict: true })],
);
export type HorseAiInsight = typeof horseAiInsights.$inferSelect;
export type NewHorseAiInsight = typeof horseAiInsights.$inferInsert;

export const horseDataSourceSchemas = tableSchemas(horseDataSources, {
  syncAttemptCount: nonNegativeInt,
  payloadChecksum: formatted(SHA256_HEX),
  fieldsProvided: () => z.array(z.string().min(1)),
  rawPayload: () => jsonRecord(),
});
export type HorseDataSource = typeof horseDataSources.$inferSelect;
export type NewHorseDataSource = typeof horseDataSources.$inferInsert;

export const horseVerificationStatusSchemas = withRowRules(
  tableSchemas(horseVerificationStatus, {
    evidence: () =>
      z.array(
        z.object({
          kind: z.string().min(1),
          storageKey: z.string().optional(),
          url: z.url().optional(),
          note: z.string().optional(),
        }),
      ),
  }),
  [
    requiredWhen('verifiedAt', 'status', 'verified'),
    inOrder('verifiedAt', 'expiresAt', 'must be after verifiedAt', { strict: true }),
  ],
);
export type HorseVerificationStatus = typeof horseVerificationStatus.$inferSelect;
export type NewHorseVerificationStatus = typeof horseVerificationStatus.$inferInsert;

export const horseRelatedEntitySchemas = withRowRules(
  tableSchemas(horseRelatedEntities, {
    entityType: formatted(SNAKE_CASE_KEY),
    relationship: formatted(SNAKE_CASE_KEY),
    metadata: () => jsonRecord(),
  }),
  [inOrder('startedOn', 'endedOn', 'must not be before the start date')],
);
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
