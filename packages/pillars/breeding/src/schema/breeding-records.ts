import {
  between,
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
import { BREEDING_COVER_OUTCOMES, BREEDING_MARE_STATUSES, BREEDING_METHODS } from '../constants.ts';
import { breedingContracts } from './breeding-contracts.ts';
import { breedingPrograms } from './breeding-programs.ts';
import { semenShipments } from './semen-shipments.ts';
import { studServices } from './stud-services.ts';

/**
 * A cover or an insemination of a mare: by which stallion, how, on which day of which season, by which vet, under
 * which stud service and contract, with which shipment's semen. The covering certificate a studbook asks for
 * when the foal is registered. The stallion is named as on the certificate (`stallionName`), and linked when he
 * has a `horses` row; pedigrees themselves stay on `horses` (sire/dam). The mare's reproductive history is her
 * data (cascade), except that pregnancy checks keep their cover (restrict). Stud-management systems are upserted
 * on (source system, external id).
 */
export const breedingRecords = domainTable(
  'breeding_records',
  {
    id: id(),
    mareId: uuid()
      .notNull()
      .references(() => horses.id, { onDelete: 'cascade' }),
    stallionId: uuid().references(() => horses.id, { onDelete: 'set null' }),
    stallionName: text().notNull(),
    studServiceId: uuid().references(() => studServices.id, { onDelete: 'set null' }),
    /** FK declared below, as the next two and the vet's: the generated names are too long. */
    breedingContractId: uuid(),
    semenShipmentId: uuid(),
    breedingProgramId: uuid(),
    method: textEnum(BREEDING_METHODS).notNull(),
    coveredOn: date().notNull(),
    /** True for imported records that give only the month or the season. */
    coveredOnIsEstimated: boolean().notNull().default(false),
    seasonYear: smallint().notNull(),
    mareStatus: textEnum(BREEDING_MARE_STATUSES),
    /** AI doses (straws for frozen semen) used for this insemination. */
    dosesUsed: smallint(),
    /** Progressive motility at insemination (after thawing for frozen semen). */
    progressiveMotilityPercent: numeric({ precision: 5, scale: 2 }),
    inseminatingVeterinarianId: uuid(),
    outcome: textEnum(BREEDING_COVER_OUTCOMES).notNull().default('pending'),
    /** A credit: nulled on the recorder's erasure. */
    recordedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    /** Stable machine name of the stud-management system, e.g. equine_breeding_manager. */
    sourceSystem: text(),
    externalId: text(),
    sourceUpdatedAt: timestamptz(),
    notes: text(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('breeding_records_source_system_external_id_key').on(t.sourceSystem, t.externalId),
    index('breeding_records_mare_id_idx').on(t.mareId, t.coveredOn),
    index('breeding_records_stallion_id_idx').on(t.stallionId, t.coveredOn),
    index('breeding_records_stud_service_id_idx').on(t.studServiceId),
    index('breeding_records_breeding_contract_id_idx').on(t.breedingContractId),
    index('breeding_records_semen_shipment_id_idx').on(t.semenShipmentId),
    index('breeding_records_breeding_program_id_idx').on(t.breedingProgramId),
    index('breeding_records_inseminating_veterinarian_id_idx').on(t.inseminatingVeterinarianId),
    index('breeding_records_recorded_by_user_id_idx').on(t.recordedByUserId),
    /** The scan list: covers awaiting a pregnancy check, oldest first. */
    index('breeding_records_pending_idx').on(t.coveredOn).where(sql`${t.outcome} = 'pending'`),
    foreignKey({
      name: 'breeding_records_inseminating_veterinarian_id_fkey',
      columns: [t.inseminatingVeterinarianId],
      foreignColumns: [veterinarians.id],
    }).onDelete('set null'),
    foreignKey({
      name: 'breeding_records_breeding_contract_id_fkey',
      columns: [t.breedingContractId],
      foreignColumns: [breedingContracts.id],
    }).onDelete('set null'),
    foreignKey({
      name: 'breeding_records_semen_shipment_id_fkey',
      columns: [t.semenShipmentId],
      foreignColumns: [semenShipments.id],
    }).onDelete('set null'),
    foreignKey({
      name: 'breeding_records_breeding_program_id_fkey',
      columns: [t.breedingProgramId],
      foreignColumns: [breedingPrograms.id],
    }).onDelete('set null'),
    differ(t.mareId, t.stallionId, { name: 'breeding_records_stallion_id_check', message: 'the stallion must be another horse than the mare' }),
    textLength(t.stallionName, { min: 1, max: 200 }),
    between(t.seasonYear, 1900, 2200),
    nonNegative(t.dosesUsed),
    range(t.progressiveMotilityPercent, { min: 0, max: 100 }),
    together(t.sourceSystem, t.externalId, { name: 'breeding_records_source_check' }),
    formatCheck(t.sourceSystem, SNAKE_CASE_KEY),
    formatCheck(t.externalId, EXTERNAL_ID),
  ],
);
