import {
  between,
  COUNTRY_CODE,
  currency,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  HTTP_URL,
  id,
  inOrder,
  money,
  nonNegative,
  onlyWhen,
  positive,
  textEnum,
  timestamps,
  timestamptz,
} from '@db/core';
import { horses } from '@db/horses/tables';
import { userProfiles } from '@db/users/tables';
import { char, date, index, numeric, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { TRAINING_DISCIPLINES, TRAINING_FEDERATIONS, TRAINING_RESULT_STATUSES } from '../constants.ts';

/**
 * A horse's competition record as a federation publishes it (FEI, Horse Sport Ireland, Show Jumping Ireland,
 * British Showjumping, British Eventing, ...): one start in one class, imported again and again, so (federation,
 * federation's result id) is the upsert key and `source_updated_at` says when the federation last changed it
 * (results are corrected: a disqualification after a medication control, an appeal). Self-contained: the
 * competitions catalogue (pillar 18) links its results to these rows.
 */
export const competitionResults = domainTable(
  'competition_results',
  {
    id: id(),
    horseId: uuid()
      .notNull()
      .references(() => horses.id, { onDelete: 'cascade' }),
    /** The rider on the platform, when known: a credit, nulled on erasure. */
    riderUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    /** The rider as the federation published the result (public record). */
    riderName: text().notNull(),
    federation: textEnum(TRAINING_FEDERATIONS).notNull(),
    federationResultId: text().notNull(),
    sourceUpdatedAt: timestamptz(),
    discipline: textEnum(TRAINING_DISCIPLINES).notNull(),
    eventName: text().notNull(),
    /** The day the class was run. */
    competedOn: date().notNull(),
    className: text().notNull(),
    /** As the federation grades it: CSI2*, 1.20m, Intermediate, CCI3*-L, Prix St Georges. */
    level: text(),
    venueName: text(),
    venueCountryCode: char({ length: 2 }),
    resultStatus: textEnum(TRAINING_RESULT_STATUSES).notNull().default('completed'),
    placing: smallint(),
    /** Horses that started the class. */
    starters: smallint(),
    /** Jumping faults or eventing penalties, e.g. 4 or 28.3. */
    penalties: numeric({ precision: 6, scale: 2 }),
    /** Dressage score, percent. */
    scorePercent: numeric({ precision: 5, scale: 2 }),
    /** Round or ride time, seconds (an endurance ride: hours of it). */
    timeSeconds: numeric({ precision: 8, scale: 2 }),
    prizeMoney: money(),
    currency: currency(),
    resultUrl: text(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('competition_results_federation_result_id_key').on(t.federation, t.federationResultId),
    index('competition_results_horse_id_idx').on(t.horseId, t.competedOn),
    index('competition_results_rider_user_id_idx').on(t.riderUserId, t.competedOn),
    formatCheck(t.federationResultId, EXTERNAL_ID),
    formatCheck(t.venueCountryCode, COUNTRY_CODE),
    formatCheck(t.resultUrl, HTTP_URL),
    positive(t.placing),
    positive(t.starters),
    inOrder(t.placing, t.starters, { name: 'competition_results_placing_starters_check', message: 'must not be fewer than the placing' }),
    onlyWhen(t.placing, t.resultStatus, 'completed', { name: 'competition_results_placing_status_check' }),
    nonNegative(t.penalties),
    between(t.scorePercent, 0, 100),
    positive(t.timeSeconds),
    nonNegative(t.prizeMoney),
  ],
);
