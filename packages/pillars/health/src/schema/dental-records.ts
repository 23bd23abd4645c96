import { allOneOf, currency, domainTable, id, inOrder, jsonList, money, nonNegative, requiredWith, textEnum, timestamps } from '@db/core';
import { horses } from '@db/horses/tables';
import { veterinarians, vetPractices } from '@db/providers/tables';
import { sql } from 'drizzle-orm';
import { date, index, text, uuid } from 'drizzle-orm/pg-core';
import { HEALTH_DENTAL_CONDITIONS, HEALTH_DENTAL_PROCEDURES, type HealthDentalProcedure } from '../constants.ts';
import { vetVisits } from './vet-visits.ts';

/** One tooth's finding, by modified Triadan number, e.g. { tooth: '209', finding: 'sharp enamel points', treatment: 'rasped' }. */
export interface HealthDentalFinding {
  tooth: string;
  finding: string;
  treatment?: string | undefined;
}

/**
 * A dental examination and what was done, by a vet or an equine dental technician (EDT). Sedation is a veterinary
 * act in Ireland and the UK, so a sedated horse's record names the vet, and that vet cannot be deleted while it
 * stands (restrict). Findings are per tooth, in the modified Triadan numbering.
 */
export const dentalRecords = domainTable(
  'dental_records',
  {
    id: id(),
    horseId: uuid()
      .notNull()
      .references(() => horses.id, { onDelete: 'cascade' }),
    vetVisitId: uuid().references(() => vetVisits.id, { onDelete: 'set null' }),
    /** The practice or dental business (vet_practices with provider type equine_dentist). */
    practiceId: uuid().references(() => vetPractices.id, { onDelete: 'set null' }),
    veterinarianId: uuid().references(() => veterinarians.id, { onDelete: 'restrict' }),
    /** An EDT who is not a vet on the platform, as named on the record. */
    practitionerName: text(),
    examinedOn: date().notNull(),
    procedures: text()
      .$type<HealthDentalProcedure>()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    findings: jsonList<HealthDentalFinding>(),
    /** The sedative given, e.g. detomidine with butorphanol; null when none. */
    sedativeUsed: text(),
    overallCondition: textEnum(HEALTH_DENTAL_CONDITIONS),
    nextDueOn: date(),
    totalCost: money(),
    currency: currency(),
    notes: text(),
    ...timestamps(),
  },
  (t) => [
    index('dental_records_horse_id_idx').on(t.horseId, t.examinedOn),
    index('dental_records_vet_visit_id_idx').on(t.vetVisitId),
    index('dental_records_practice_id_idx').on(t.practiceId),
    index('dental_records_veterinarian_id_idx').on(t.veterinarianId),
    allOneOf(t.procedures, HEALTH_DENTAL_PROCEDURES),
    requiredWith(t.veterinarianId, t.sedativeUsed, { name: 'dental_records_sedation_vet_check', message: 'sedation is given by a vet: name the veterinarian' }),
    inOrder(t.examinedOn, t.nextDueOn, { strict: true, name: 'dental_records_next_due_on_check', message: 'must be after the examination' }),
    nonNegative(t.totalCost),
  ],
);
