import { atLeastOneOf, between, createdAt, domainTable, id, textEnum, timestamptz, together } from '@db/core';
import { horses } from '@db/horses/tables';
import { userProfiles } from '@db/users/tables';
import { index, numeric, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { HEALTH_DIGITAL_PULSES, HEALTH_GUT_SOUNDS, HEALTH_MUCOUS_MEMBRANE_COLOURS, HEALTH_VITAL_SIGN_SOURCES } from '../constants.ts';
import { vetVisits } from './vet-visits.ts';

/**
 * One set of vital signs taken at one moment (TPR and the rest), by an owner, a vet or a device. Append-only: a
 * wrong reading is superseded by a new one, never edited. Device feeds upsert on (device system, external
 * reading id). Each reading carries at least one measurement; the ranges are what a living horse can show, wide
 * enough for a foal and a horse in crisis.
 */
export const vitalSigns = domainTable(
  'vital_signs',
  {
    id: id(),
    horseId: uuid()
      .notNull()
      .references(() => horses.id, { onDelete: 'cascade' }),
    vetVisitId: uuid().references(() => vetVisits.id, { onDelete: 'set null' }),
    recordedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    recordedAt: timestamptz().notNull(),
    source: textEnum(HEALTH_VITAL_SIGN_SOURCES).notNull().default('owner_manual'),
    /** Stable machine name of the device platform, e.g. equisense, arioneo, nightwatch. */
    deviceSystem: text(),
    externalReadingId: text(),
    /** Rectal temperature; normal adult 37.2-38.3 °C. */
    temperatureC: numeric({ precision: 3, scale: 1 }),
    /** Normal adult at rest 28-44 beats per minute. */
    heartRateBpm: smallint(),
    /** Normal adult at rest 8-16 breaths per minute. */
    respiratoryRatePerMin: smallint(),
    capillaryRefillSeconds: numeric({ precision: 3, scale: 1 }),
    mucousMembraneColour: textEnum(HEALTH_MUCOUS_MEMBRANE_COLOURS),
    gutSounds: textEnum(HEALTH_GUT_SOUNDS),
    digitalPulse: textEnum(HEALTH_DIGITAL_PULSES),
    weightKg: numeric({ precision: 5, scale: 1 }),
    /** Henneke body condition score, 1 (poor) to 9 (extremely fat), in half points. */
    bodyConditionScore: numeric({ precision: 2, scale: 1 }),
    notes: text(),
    ...createdAt(),
  },
  (t) => [
    index('vital_signs_horse_id_idx').on(t.horseId, t.recordedAt),
    index('vital_signs_vet_visit_id_idx').on(t.vetVisitId),
    index('vital_signs_recorded_by_user_id_idx').on(t.recordedByUserId),
    uniqueIndex('vital_signs_device_system_external_reading_id_key').on(t.deviceSystem, t.externalReadingId),
    together(t.deviceSystem, t.externalReadingId, { name: 'vital_signs_device_check' }),
    between(t.temperatureC, 30, 45),
    between(t.heartRateBpm, 10, 250),
    between(t.respiratoryRatePerMin, 2, 150),
    between(t.capillaryRefillSeconds, 0, 10),
    between(t.weightKg, 10, 1500),
    between(t.bodyConditionScore, 1, 9),
    atLeastOneOf(
      [t.temperatureC, t.heartRateBpm, t.respiratoryRatePerMin, t.capillaryRefillSeconds, t.mucousMembraneColour, t.gutSounds, t.digitalPulse, t.weightKg, t.bodyConditionScore],
      { name: 'vital_signs_measurement_check', message: 'a reading needs at least one measurement' },
    ),
  ],
);
