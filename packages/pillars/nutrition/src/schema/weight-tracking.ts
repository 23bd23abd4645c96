import {
  atLeastOneOf,
  between,
  customCheck,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  isAbsent,
  isDecimal,
  requiredWhen,
  SNAKE_CASE_KEY,
  textEnum,
  timestamps,
  timestamptz,
  together,
  units,
} from '@db/core';
import { vitalSigns } from '@db/health/tables';
import { horses } from '@db/horses/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { date, index, numeric, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { BODY_WEIGHT_KG_MAX, BODY_WEIGHT_KG_MIN, WEIGHT_METHODS } from '../constants.ts';

/**
 * A horse's weight and condition over time, the series nutrition plans and weight-loss programmes read: weight
 * (how it was taken), Henneke body condition score and cresty neck score. This table owns body weight: a vet's
 * `vital_signs` reading that carries a weight is one observation of the clinical record, and it is mirrored here
 * with `vitalSignId` (unique), so the series is complete and counts it once. Smart scales and stable systems
 * upsert on (source, external id).
 */
export const weightTracking = domainTable(
  'weight_tracking',
  {
    id: id(),
    horseId: uuid()
      .notNull()
      .references(() => horses.id, { onDelete: 'cascade' }),
    /** The clinical reading this weight was taken in; set null if that reading goes (the weight stays). */
    vitalSignId: uuid().references(() => vitalSigns.id, { onDelete: 'set null' }),
    measuredOn: date().notNull(),
    /** The instant, when a scale or app recorded one. */
    measuredAt: timestamptz(),
    /** A miniature foal to a heavy draught. */
    weightKg: numeric({ precision: 5, scale: 1 }),
    method: textEnum(WEIGHT_METHODS),
    /** Heart girth, read for a weight tape or a formula. */
    heartGirthCm: numeric({ precision: 4, scale: 1 }),
    /** Point of shoulder to point of buttock, for the girth² × length formula. */
    bodyLengthCm: numeric({ precision: 4, scale: 1 }),
    /** Henneke, 1 (poor) to 9 (extremely fat), in half points. */
    bodyConditionScore: numeric({ precision: 2, scale: 1 }),
    /** Carter's cresty neck score, 0 (no crest) to 5 (crest so large it droops). */
    crestyNeckScore: smallint(),
    /** Stable machine name of the scale, app or system, e.g. stableweigh, ezyvet. */
    source: text(),
    externalId: text(),
    sourceUpdatedAt: timestamptz(),
    /** Who weighed or scored (a credit: nulled on erasure). */
    recordedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    notes: text(),
    ...timestamps(),
  },
  (t) => [
    index('weight_tracking_horse_id_idx').on(t.horseId, t.measuredOn),
    uniqueIndex('weight_tracking_vital_sign_id_key').on(t.vitalSignId),
    uniqueIndex('weight_tracking_source_external_id_key').on(t.source, t.externalId),
    index('weight_tracking_recorded_by_user_id_idx').on(t.recordedByUserId),
    between(t.weightKg, BODY_WEIGHT_KG_MIN, BODY_WEIGHT_KG_MAX),
    together(t.weightKg, t.method, { name: 'weight_tracking_weight_method_check', message: 'a weight is given with the method it was taken by' }),
    between(t.heartGirthCm, 30, 300),
    between(t.bodyLengthCm, 30, 300),
    requiredWhen(t.heartGirthCm, t.method, 'formula', { name: 'weight_tracking_formula_girth_check' }),
    requiredWhen(t.bodyLengthCm, t.method, 'formula', { name: 'weight_tracking_formula_length_check' }),
    between(t.bodyConditionScore, 1, 9),
    customCheck('weight_tracking_body_condition_score_halves_check', sql`${t.bodyConditionScore} * 2 = trunc(${t.bodyConditionScore} * 2)`, {
      columns: [t.bodyConditionScore],
      column: t.bodyConditionScore,
      message: 'must be in half points, e.g. 5 or 5.5',
      holds: (row) => isAbsent(row.body_condition_score) || isHalfPoint(row.body_condition_score),
      violations: [{ body_condition_score: '5.3' }],
    }),
    between(t.crestyNeckScore, 0, 5),
    atLeastOneOf([t.weightKg, t.bodyConditionScore, t.crestyNeckScore], {
      name: 'weight_tracking_measurement_check',
      message: 'give a weight, a body condition score or a cresty neck score',
    }),
    formatCheck(t.source, SNAKE_CASE_KEY),
    formatCheck(t.externalId, EXTERNAL_ID),
    together(t.source, t.externalId, { name: 'weight_tracking_source_check' }),
  ],
);

/** The CHECK's twin: twice the score is a whole number (tenths read from the digits, not by float arithmetic). */
const isHalfPoint = (value: unknown) => {
  if (!isDecimal(value)) return true;
  return units(value, 1) % 5n === 0n;
};
