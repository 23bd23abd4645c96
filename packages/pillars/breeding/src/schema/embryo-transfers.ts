import {
  between,
  differ,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  positive,
  requiredWhen,
  SNAKE_CASE_KEY,
  textEnum,
  timestamps,
  timestamptz,
  together,
} from '@db/core';
import { horses } from '@db/horses/tables';
import { vetPractices, veterinarians } from '@db/providers/tables';
import { sql } from 'drizzle-orm';
import { date, foreignKey, index, integer, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { BREEDING_EMBRYO_DISPOSITIONS, BREEDING_EMBRYO_STAGES, BREEDING_EMBRYO_TRANSFER_OUTCOMES } from '../constants.ts';
import { breedingRecords } from './breeding-records.ts';

/**
 * An embryo flushed from a donor mare and transferred to a recipient (or vitrified): flush day, stage, grade
 * 1 (excellent) to 4 (poor/degenerate, the McKinnon-Squires scale), transfer, outcome. The donor's data
 * (cascade); a recipient mare, often known only by the ET centre's recipient number, is linked when she has a
 * `horses` row (set null). ET centres' systems are upserted on (source system, external id).
 */
export const embryoTransfers = domainTable(
  'embryo_transfers',
  {
    id: id(),
    donorMareId: uuid()
      .notNull()
      .references(() => horses.id, { onDelete: 'cascade' }),
    recipientMareId: uuid().references(() => horses.id, { onDelete: 'set null' }),
    /** The ET centre's recipient number or freeze brand, e.g. "R-114". */
    recipientIdentifier: text(),
    /** The insemination the embryo came from. FK declared below: the generated name is too long. */
    breedingRecordId: uuid(),
    veterinarianId: uuid().references(() => veterinarians.id, { onDelete: 'set null' }),
    /** The ET centre, when a provider on the platform. */
    practiceId: uuid().references(() => vetPractices.id, { onDelete: 'set null' }),
    flushedOn: date().notNull(),
    /** Days after ovulation at the flush (usually 7-9). */
    embryoAgeDays: smallint(),
    embryoStage: textEnum(BREEDING_EMBRYO_STAGES),
    embryoGrade: smallint(),
    embryoDiameterMicrometres: integer(),
    disposition: textEnum(BREEDING_EMBRYO_DISPOSITIONS).notNull().default('pending'),
    transferredOn: date(),
    outcome: textEnum(BREEDING_EMBRYO_TRANSFER_OUTCOMES).notNull().default('pending'),
    /** Stable machine name of the ET centre's system. */
    sourceSystem: text(),
    externalId: text(),
    sourceUpdatedAt: timestamptz(),
    notes: text(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('embryo_transfers_source_system_external_id_key').on(t.sourceSystem, t.externalId),
    index('embryo_transfers_donor_mare_id_idx').on(t.donorMareId, t.flushedOn),
    index('embryo_transfers_recipient_mare_id_idx').on(t.recipientMareId),
    index('embryo_transfers_breeding_record_id_idx').on(t.breedingRecordId),
    index('embryo_transfers_veterinarian_id_idx').on(t.veterinarianId),
    index('embryo_transfers_practice_id_idx').on(t.practiceId),
    /** Recipients awaiting their pregnancy check. */
    index('embryo_transfers_pending_idx').on(t.transferredOn).where(sql`${t.outcome} = 'pending' and ${t.transferredOn} is not null`),
    foreignKey({
      name: 'embryo_transfers_breeding_record_id_fkey',
      columns: [t.breedingRecordId],
      foreignColumns: [breedingRecords.id],
    }).onDelete('set null'),
    differ(t.donorMareId, t.recipientMareId, { name: 'embryo_transfers_recipient_mare_id_check', message: 'the recipient must be another mare than the donor' }),
    between(t.embryoAgeDays, 5, 14),
    between(t.embryoGrade, 1, 4),
    positive(t.embryoDiameterMicrometres),
    inOrder(t.flushedOn, t.transferredOn, { name: 'embryo_transfers_transferred_on_check', message: 'must not be before the flush' }),
    requiredWhen(t.transferredOn, t.disposition, 'fresh_transfer', { name: 'embryo_transfers_fresh_transfer_check' }),
    together(t.sourceSystem, t.externalId, { name: 'embryo_transfers_source_check' }),
    formatCheck(t.sourceSystem, SNAKE_CASE_KEY),
    formatCheck(t.externalId, EXTERNAL_ID),
  ],
);
