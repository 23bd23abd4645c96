import { domainTable, id, inOrder, nonNegative, positive, requiredWhen, textEnum, timestamps } from '@db/core';
import { horses } from '@db/horses/tables';
import { veterinarians, vetPractices } from '@db/providers/tables';
import { sql } from 'drizzle-orm';
import { boolean, date, foreignKey, index, integer, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  HEALTH_ADMINISTRATION_ROUTES,
  HEALTH_DOSE_UNITS,
  HEALTH_FEI_LIST_STATUSES,
  HEALTH_MEDICATION_CLASSES,
  HEALTH_MEDICATION_STATUSES,
} from '../constants.ts';
import { vetVisits } from './vet-visits.ts';

/**
 * A course of a medicine given to a horse: substance, dose, route, frequency, dates, and what competition and
 * food-chain rules need: the FEI list status, the withdrawal period and the date the vet clears the horse to
 * compete. The prescribing vet cannot be deleted while their prescriptions stand (restrict). (practice,
 * prescription reference) is the key practice-system ingestion upserts on.
 */
export const medications = domainTable(
  'medications',
  {
    id: id(),
    horseId: uuid()
      .notNull()
      .references(() => horses.id, { onDelete: 'cascade' }),
    vetVisitId: uuid().references(() => vetVisits.id, { onDelete: 'set null' }),
    practiceId: uuid().references(() => vetPractices.id, { onDelete: 'set null' }),
    /** Null for over-the-counter products an owner gives (wormers). FK declared below: the generated name is too long. */
    prescribedByVeterinarianId: uuid(),
    /** The practice system's prescription number. */
    prescriptionReference: text(),
    /** International non-proprietary name, e.g. phenylbutazone. */
    activeSubstance: text().notNull(),
    /** Brand name, e.g. Equipalazone. */
    productName: text(),
    medicationClass: textEnum(HEALTH_MEDICATION_CLASSES).notNull(),
    feiListStatus: textEnum(HEALTH_FEI_LIST_STATUSES).notNull().default('not_listed'),
    doseQuantity: numeric({ precision: 10, scale: 3 }).notNull(),
    doseUnit: textEnum(HEALTH_DOSE_UNITS).notNull(),
    route: textEnum(HEALTH_ADMINISTRATION_ROUTES).notNull(),
    /** Hours between doses (12 = twice daily); null for a single dose or as needed. */
    doseIntervalHours: integer(),
    startedOn: date().notNull(),
    endedOn: date(),
    status: textEnum(HEALTH_MEDICATION_STATUSES).notNull().default('active'),
    /** The product's published withdrawal period or FEI detection time, in days. */
    withdrawalPeriodDays: integer(),
    /** The first day the vet clears the horse to compete (or enter the food chain) again. */
    withdrawalEndsOn: date(),
    /** Only for horses signed out of the food chain in their passport (Section IX), e.g. phenylbutazone. */
    requiresFoodChainExclusion: boolean().notNull().default(false),
    instructions: text(),
    ...timestamps(),
  },
  (t) => [
    index('medications_horse_id_idx').on(t.horseId, t.startedOn),
    index('medications_vet_visit_id_idx').on(t.vetVisitId),
    uniqueIndex('medications_practice_id_prescription_reference_key').on(t.practiceId, t.prescriptionReference),
    index('medications_prescribed_by_veterinarian_id_idx').on(t.prescribedByVeterinarianId),
    foreignKey({
      name: 'medications_prescribed_by_veterinarian_id_fkey',
      columns: [t.prescribedByVeterinarianId],
      foreignColumns: [veterinarians.id],
    }).onDelete('restrict'),
    // Competition eligibility: which horses are still inside a withdrawal period.
    index('medications_withdrawal_idx').on(t.horseId, t.withdrawalEndsOn).where(sql`${t.withdrawalEndsOn} is not null`),
    positive(t.doseQuantity),
    positive(t.doseIntervalHours),
    nonNegative(t.withdrawalPeriodDays),
    inOrder(t.startedOn, t.endedOn, { name: 'medications_ended_on_check', message: 'must not be before the start' }),
    inOrder(t.startedOn, t.withdrawalEndsOn, { name: 'medications_withdrawal_ends_on_check', message: 'must not be before the start' }),
    requiredWhen(t.endedOn, t.status, 'completed', { name: 'medications_completed_ended_on_check' }),
  ],
);
