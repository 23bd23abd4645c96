import { between, domainTable, EXTERNAL_ID, formatCheck, id, range, SNAKE_CASE_KEY, textEnum, timestamps, timestamptz, together } from '@db/core';
import { vetVisits } from '@db/health/tables';
import { horses } from '@db/horses/tables';
import { veterinarians } from '@db/providers/tables';
import { index, numeric, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  BREEDING_CERVIX_TONES,
  BREEDING_CYCLE_EXAM_METHODS,
  BREEDING_INDUCTION_AGENTS,
  BREEDING_OVARIES,
  BREEDING_TEASING_RESPONSES,
} from '../constants.ts';

/**
 * One examination of a mare during her oestrous cycle, to time the cover: teasing response, the largest follicle
 * on each ovary, uterine oedema, cervix, ovulation, induction (hCG, deslorelin), fluid after breeding. The mare's
 * data (cascade); the vet and the visit are credits (set null). Practice systems are upserted on (source system,
 * external id).
 */
export const mareCycleObservations = domainTable(
  'mare_cycle_observations',
  {
    id: id(),
    mareId: uuid()
      .notNull()
      .references(() => horses.id, { onDelete: 'cascade' }),
    veterinarianId: uuid().references(() => veterinarians.id, { onDelete: 'set null' }),
    vetVisitId: uuid().references(() => vetVisits.id, { onDelete: 'set null' }),
    observedAt: timestamptz().notNull(),
    method: textEnum(BREEDING_CYCLE_EXAM_METHODS).notNull().default('ultrasound'),
    teasingResponse: textEnum(BREEDING_TEASING_RESPONSES),
    /** Diameter of the largest follicle on the left ovary (pre-ovulatory: 35-50 mm; anovulatory follicles grow larger). */
    largestFollicleLeftMm: numeric({ precision: 4, scale: 1 }),
    largestFollicleRightMm: numeric({ precision: 4, scale: 1 }),
    /** Endometrial oedema, 0 (none) to 5 (marked, the cartwheel pattern at its peak). */
    uterineOedemaGrade: smallint(),
    cervixTone: textEnum(BREEDING_CERVIX_TONES),
    /** Null until ovulation is seen. */
    ovulatedOvary: textEnum(BREEDING_OVARIES),
    inductionAgent: textEnum(BREEDING_INDUCTION_AGENTS),
    inductionAdministeredAt: timestamptz(),
    /** Depth of free intrauterine fluid (post-breeding endometritis when more than about 20 mm). */
    intrauterineFluidDepthMm: numeric({ precision: 4, scale: 1 }),
    findings: text(),
    /** Stable machine name of the practice system, e.g. ezyvet. */
    sourceSystem: text(),
    externalId: text(),
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('mare_cycle_observations_source_system_external_id_key').on(t.sourceSystem, t.externalId),
    index('mare_cycle_observations_mare_id_idx').on(t.mareId, t.observedAt),
    index('mare_cycle_observations_veterinarian_id_idx').on(t.veterinarianId),
    index('mare_cycle_observations_vet_visit_id_idx').on(t.vetVisitId),
    range(t.largestFollicleLeftMm, { min: 0, max: 150 }),
    range(t.largestFollicleRightMm, { min: 0, max: 150 }),
    between(t.uterineOedemaGrade, 0, 5),
    range(t.intrauterineFluidDepthMm, { min: 0, max: 200 }),
    together(t.inductionAgent, t.inductionAdministeredAt, { name: 'mare_cycle_observations_induction_check' }),
    together(t.sourceSystem, t.externalId, { name: 'mare_cycle_observations_source_check' }),
    formatCheck(t.sourceSystem, SNAKE_CASE_KEY),
    formatCheck(t.externalId, EXTERNAL_ID),
  ],
);
