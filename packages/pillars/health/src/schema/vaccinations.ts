import { domainTable, id, inOrder, positive, textEnum, timestamps } from '@db/core';
import { horses } from '@db/horses/tables';
import { veterinarians, vetPractices } from '@db/providers/tables';
import { sql } from 'drizzle-orm';
import { boolean, date, index, numeric, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { HEALTH_ADMINISTRATION_ROUTES, HEALTH_VACCINATION_COURSE_STAGES, HEALTH_VACCINE_TYPES } from '../constants.ts';
import { vetVisits } from './vet-visits.ts';

/**
 * One dose of a vaccine, as the passport's vaccination page records it (product, batch, date, vet's signature).
 * Competition eligibility (FEI, Horse Racing Ireland, British racing) is read from these rows and `nextDueOn`.
 * A horse gets one dose of a vaccine type a day: (horse, vaccine type, date) is the key passport and practice
 * imports upsert on. The certifying vet cannot be deleted while their entries stand (restrict).
 */
export const vaccinations = domainTable(
  'vaccinations',
  {
    id: id(),
    horseId: uuid()
      .notNull()
      .references(() => horses.id, { onDelete: 'cascade' }),
    vetVisitId: uuid().references(() => vetVisits.id, { onDelete: 'set null' }),
    practiceId: uuid().references(() => vetPractices.id, { onDelete: 'set null' }),
    /** The vet who administered and signed the passport entry. */
    veterinarianId: uuid().references(() => veterinarians.id, { onDelete: 'restrict' }),
    vaccineType: textEnum(HEALTH_VACCINE_TYPES).notNull(),
    /** Brand name, e.g. Equilis Prequenza Te. */
    productName: text().notNull(),
    manufacturer: text(),
    batchNumber: text(),
    batchExpiresOn: date(),
    courseStage: textEnum(HEALTH_VACCINATION_COURSE_STAGES).notNull(),
    administeredOn: date().notNull(),
    route: textEnum(HEALTH_ADMINISTRATION_ROUTES).notNull().default('intramuscular'),
    /** e.g. "left side of neck". */
    injectionSite: text(),
    doseMl: numeric({ precision: 5, scale: 2 }),
    /** When the next dose of the course or the next booster is due. */
    nextDueOn: date(),
    /** Entered, signed and stamped in the horse's passport, as competition rules require. */
    recordedInPassport: boolean().notNull().default(false),
    adverseReaction: text(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('vaccinations_horse_id_vaccine_type_administered_on_key').on(t.horseId, t.vaccineType, t.administeredOn),
    index('vaccinations_vet_visit_id_idx').on(t.vetVisitId),
    index('vaccinations_practice_id_idx').on(t.practiceId),
    index('vaccinations_veterinarian_id_idx').on(t.veterinarianId),
    // The reminder sweep: doses with a next due date, by date.
    index('vaccinations_next_due_on_idx').on(t.nextDueOn).where(sql`${t.nextDueOn} is not null`),
    inOrder(t.administeredOn, t.nextDueOn, { strict: true, name: 'vaccinations_next_due_on_check', message: 'must be after the administration date' }),
    inOrder(t.administeredOn, t.batchExpiresOn, { name: 'vaccinations_batch_expires_on_check', message: 'the batch had expired when it was given' }),
    positive(t.doseMl),
  ],
);
