import {
  allOneOf,
  differ,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  nonNegative,
  range,
  SNAKE_CASE_KEY,
  textEnum,
  textLength,
  timestamps,
  timestamptz,
  together,
} from '@db/core';
import { horses } from '@db/horses/tables';
import { veterinarians } from '@db/providers/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { boolean, date, foreignKey, index, numeric, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  BREEDING_FOAL_SEXES,
  BREEDING_FOALING_ASSISTANCE,
  BREEDING_FOALING_COMPLICATIONS,
  BREEDING_FOALING_OUTCOMES,
  type BreedingFoalingComplication,
} from '../constants.ts';
import { breedingRecords } from './breeding-records.ts';
import { embryoTransfers } from './embryo-transfers.ts';

/**
 * A foaling: the end of a pregnancy, with the foal it produced. A live foal gets its own `horses` row (sire and
 * dam set there, where pedigrees are queried), created with this record in one transaction by `recordFoaling`;
 * one foaling per foal. Dam, sire and foal are named as registered and linked when they have `horses` rows, so a
 * mare's produce record and a horse's birth record can be imported from a studbook before every horse is on the
 * platform, and survive the deletion of any one of them (set null). Studbook foal notifications are upserted on
 * (source system, external id).
 */
export const offspringRecords = domainTable(
  'offspring_records',
  {
    id: id(),
    damId: uuid().references(() => horses.id, { onDelete: 'set null' }),
    damName: text().notNull(),
    sireId: uuid().references(() => horses.id, { onDelete: 'set null' }),
    sireName: text(),
    foalHorseId: uuid().references(() => horses.id, { onDelete: 'set null' }),
    /** The name given or intended, e.g. "Whisper 2025 colt" before registration. */
    foalName: text(),
    /** The cover that produced the pregnancy. FK declared below, as the next one: the generated names are too long. */
    breedingRecordId: uuid(),
    /** When the foal was carried by a recipient mare. */
    embryoTransferId: uuid(),
    foaledOn: date().notNull(),
    foaledOnIsEstimated: boolean().notNull().default(false),
    outcome: textEnum(BREEDING_FOALING_OUTCOMES).notNull(),
    /** Null when the sex is not known (an early abortion). */
    foalSex: textEnum(BREEDING_FOAL_SEXES),
    /** Normal 320-370 days; shorter for premature births and abortions, longer for some mares. */
    gestationDays: smallint(),
    birthWeightKg: numeric({ precision: 5, scale: 1 }),
    /** About 10 % of the foal's weight; a heavy placenta suggests placentitis. */
    placentaWeightKg: numeric({ precision: 4, scale: 1 }),
    /** Minutes from birth to the placenta's passing (retained when over about 180). */
    placentaPassedMinutes: smallint(),
    assistance: textEnum(BREEDING_FOALING_ASSISTANCE).notNull().default('unassisted'),
    complications: text()
      .$type<BreedingFoalingComplication>()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** FK declared below: the generated name is too long. */
    attendingVeterinarianId: uuid(),
    /** A credit: nulled on the recorder's erasure. */
    recordedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    /** Stable machine name of the studbook's or stud's system, e.g. hsi_foal_notifications. */
    sourceSystem: text(),
    externalId: text(),
    sourceUpdatedAt: timestamptz(),
    notes: text(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('offspring_records_foal_horse_id_key').on(t.foalHorseId),
    uniqueIndex('offspring_records_source_system_external_id_key').on(t.sourceSystem, t.externalId),
    index('offspring_records_dam_id_idx').on(t.damId, t.foaledOn),
    index('offspring_records_sire_id_idx').on(t.sireId, t.foaledOn),
    index('offspring_records_breeding_record_id_idx').on(t.breedingRecordId),
    index('offspring_records_embryo_transfer_id_idx').on(t.embryoTransferId),
    index('offspring_records_attending_veterinarian_id_idx').on(t.attendingVeterinarianId),
    index('offspring_records_recorded_by_user_id_idx').on(t.recordedByUserId),
    foreignKey({
      name: 'offspring_records_attending_veterinarian_id_fkey',
      columns: [t.attendingVeterinarianId],
      foreignColumns: [veterinarians.id],
    }).onDelete('set null'),
    foreignKey({
      name: 'offspring_records_breeding_record_id_fkey',
      columns: [t.breedingRecordId],
      foreignColumns: [breedingRecords.id],
    }).onDelete('set null'),
    foreignKey({
      name: 'offspring_records_embryo_transfer_id_fkey',
      columns: [t.embryoTransferId],
      foreignColumns: [embryoTransfers.id],
    }).onDelete('set null'),
    differ(t.damId, t.sireId, { name: 'offspring_records_parents_check', message: 'sire and dam must be different horses' }),
    differ(t.damId, t.foalHorseId, { name: 'offspring_records_foal_dam_check', message: 'a foal cannot be its own dam' }),
    differ(t.sireId, t.foalHorseId, { name: 'offspring_records_foal_sire_check', message: 'a foal cannot be its own sire' }),
    textLength(t.damName, { min: 1, max: 200 }),
    range(t.gestationDays, { min: 0, max: 480, exclusiveMin: true }),
    range(t.birthWeightKg, { min: 0, max: 150, exclusiveMin: true }),
    range(t.placentaWeightKg, { min: 0, max: 30, exclusiveMin: true }),
    nonNegative(t.placentaPassedMinutes),
    allOneOf(t.complications, BREEDING_FOALING_COMPLICATIONS),
    together(t.sourceSystem, t.externalId, { name: 'offspring_records_source_check' }),
    formatCheck(t.sourceSystem, SNAKE_CASE_KEY),
    formatCheck(t.externalId, EXTERNAL_ID),
  ],
);
