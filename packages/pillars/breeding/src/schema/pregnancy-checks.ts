import { between, createdAt, differ, domainTable, EXTERNAL_ID, formatCheck, id, range, SNAKE_CASE_KEY, textEnum, together } from '@db/core';
import { vetVisits } from '@db/health/tables';
import { horses } from '@db/horses/tables';
import { veterinarians } from '@db/providers/tables';
import { sql } from 'drizzle-orm';
import { boolean, date, index, numeric, smallint, text, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { BREEDING_PREGNANCY_CHECK_METHODS, BREEDING_PREGNANCY_CHECK_STAGES, BREEDING_PREGNANCY_RESULTS } from '../constants.ts';
import { breedingRecords } from './breeding-records.ts';

/**
 * A pregnancy check of a mare by a vet: the early scan (day 14-16: vesicle, twins), the heartbeat scan (day 25-30),
 * the confirmation scan (day 42-45), later checks. Append-only: fees fall due and live-foal guarantees are claimed
 * on these findings, so a check is evidence. A mistaken entry is corrected by a new row that `supersedes` it; the
 * database refuses UPDATE and DELETE (breedingDatabaseObjects). Its foreign keys are therefore RESTRICT: the mare,
 * her cover, the vet and the visit stay while a check points at them. Practice systems are imported on (source
 * system, external id), once (a re-import adds nothing).
 */
export const pregnancyChecks = domainTable(
  'pregnancy_checks',
  {
    id: id(),
    mareId: uuid()
      .notNull()
      .references(() => horses.id, { onDelete: 'restrict' }),
    /** The cover the check follows; null for a mare that arrived in foal without one on record. */
    breedingRecordId: uuid().references(() => breedingRecords.id, { onDelete: 'restrict' }),
    veterinarianId: uuid().references(() => veterinarians.id, { onDelete: 'restrict' }),
    vetVisitId: uuid().references(() => vetVisits.id, { onDelete: 'restrict' }),
    /** The check this row corrects. */
    supersedesCheckId: uuid().references((): AnyPgColumn => pregnancyChecks.id, { onDelete: 'restrict' }),
    checkedOn: date().notNull(),
    /** Days since the (last) cover or ovulation, as the vet counts them. */
    daysPostCover: smallint(),
    stage: textEnum(BREEDING_PREGNANCY_CHECK_STAGES).notNull(),
    method: textEnum(BREEDING_PREGNANCY_CHECK_METHODS).notNull().default('ultrasound'),
    result: textEnum(BREEDING_PREGNANCY_RESULTS).notNull(),
    /** Vesicles or embryos seen: 2 = twins. */
    embryoCount: smallint(),
    /** Diameter of the embryonic vesicle (about 13-20 mm at day 14). */
    vesicleDiameterMm: numeric({ precision: 4, scale: 1 }),
    /** Null before a heartbeat can be seen (about day 25). */
    heartbeatDetected: boolean(),
    twinReductionPerformed: boolean().notNull().default(false),
    findings: text(),
    /** Stable machine name of the practice system, e.g. ezyvet, vetlink. */
    sourceSystem: text(),
    externalId: text(),
    ...createdAt(),
  },
  (t) => [
    uniqueIndex('pregnancy_checks_source_system_external_id_key').on(t.sourceSystem, t.externalId),
    index('pregnancy_checks_mare_id_idx').on(t.mareId, t.checkedOn),
    index('pregnancy_checks_breeding_record_id_idx').on(t.breedingRecordId),
    index('pregnancy_checks_veterinarian_id_idx').on(t.veterinarianId),
    index('pregnancy_checks_vet_visit_id_idx').on(t.vetVisitId),
    index('pregnancy_checks_supersedes_check_id_idx').on(t.supersedesCheckId),
    /** Twins found: the mares to re-check after a reduction. */
    index('pregnancy_checks_twins_idx').on(t.checkedOn).where(sql`${t.embryoCount} > 1`),
    differ(t.id, t.supersedesCheckId, { name: 'pregnancy_checks_supersedes_check_id_check', message: 'a check cannot supersede itself' }),
    between(t.daysPostCover, 0, 400),
    between(t.embryoCount, 0, 5),
    range(t.vesicleDiameterMm, { min: 0, max: 300 }),
    together(t.sourceSystem, t.externalId, { name: 'pregnancy_checks_source_check' }),
    formatCheck(t.sourceSystem, SNAKE_CASE_KEY),
    formatCheck(t.externalId, EXTERNAL_ID),
  ],
);
