import {
  between,
  currency,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  jsonList,
  money,
  nonNegative,
  onlyWhen,
  positive,
  requiredWhen,
  textEnum,
  timestamps,
  timestamptz,
  together,
} from '@db/core';
import { competitionResults } from '@db/training/tables';
import { sql } from 'drizzle-orm';
import { index, numeric, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { COMPETITION_JUDGE_POSITIONS, COMPETITION_RESULT_OUTCOMES, COMPETITION_RESULT_SOURCES, COMPETITION_RESULT_STATUSES } from '../constants.ts';
import { competitionRegistrations } from './competition-registrations.ts';

export type CompetitionJudgePosition = (typeof COMPETITION_JUDGE_POSITIONS)[number];

/** One dressage judge's mark of a test, e.g. { position: 'C', scorePercent: 72.5, rank: 2 }. */
export interface CompetitionJudgeScore {
  position: CompetitionJudgePosition;
  scorePercent: number;
  /** The rank this judge alone gave. */
  rank?: number | undefined;
}

/**
 * The official result of an entry: its rank, faults or penalties, time, percentage or points, or how it ended
 * (eliminated, retired, withdrawn, disqualified, did not start). One per entry; imported from the federation or
 * the organiser's scoring system again and again, so (source, the source's result id) is the upsert key too. A
 * result is corrected in place (status `amended`); the horse's own record of the start is @db/training's
 * `competition_results` row it was filed as (one each way).
 */
export const eventResults = domainTable(
  'event_results',
  {
    id: id(),
    /** A result keeps its entry: an entry with a result cannot be deleted. */
    registrationId: uuid()
      .notNull()
      .references(() => competitionRegistrations.id, { onDelete: 'restrict' }),
    /** The horse's record of this start (@db/training); it goes with its horse, unlinking the result. */
    competitionResultId: uuid().references(() => competitionResults.id, { onDelete: 'set null' }),
    resultSource: textEnum(COMPETITION_RESULT_SOURCES),
    sourceResultId: text(),
    sourceUpdatedAt: timestamptz(),
    status: textEnum(COMPETITION_RESULT_STATUSES).notNull().default('provisional'),
    outcome: textEnum(COMPETITION_RESULT_OUTCOMES).notNull().default('completed'),
    /** The placing; equal ranks are ties. */
    rank: smallint(),
    /** Jumping faults or eventing penalties of the (first) round, e.g. 4 or 28.3. */
    penalties: numeric({ precision: 7, scale: 2 }),
    timePenalties: numeric({ precision: 6, scale: 2 }),
    /** Round time, or ride time of an endurance ride, in seconds. */
    timeSeconds: numeric({ precision: 8, scale: 2 }),
    jumpOffPenalties: numeric({ precision: 6, scale: 2 }),
    jumpOffTimeSeconds: numeric({ precision: 8, scale: 2 }),
    /** Dressage and para-dressage: the average of the judges, to three decimals as the FEI publishes it. */
    scorePercent: numeric({ precision: 6, scale: 3 }),
    /** Reining, vaulting, driving and other points-scored classes. */
    points: numeric({ precision: 8, scale: 3 }),
    judgeScores: jsonList<CompetitionJudgeScore>(),
    /** As the results list gives it: "EL: second refusal at 7", "RT", "fall of rider". */
    outcomeReason: text(),
    prizeMoney: money(),
    currency: currency(),
    /** When the ground jury made it official. */
    publishedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('event_results_registration_id_key').on(t.registrationId),
    uniqueIndex('event_results_competition_result_id_key').on(t.competitionResultId),
    uniqueIndex('event_results_result_source_source_result_id_key').on(t.resultSource, t.sourceResultId),
    /** Results still to be made official, oldest first. */
    index('event_results_provisional_idx').on(t.createdAt).where(sql`${t.status} = 'provisional'`),
    together(t.resultSource, t.sourceResultId, { name: 'event_results_source_pair_check' }),
    formatCheck(t.sourceResultId, EXTERNAL_ID),
    positive(t.rank),
    onlyWhen(t.rank, t.outcome, 'completed', { name: 'event_results_rank_outcome_check' }),
    nonNegative(t.penalties),
    nonNegative(t.timePenalties),
    positive(t.timeSeconds),
    nonNegative(t.jumpOffPenalties),
    positive(t.jumpOffTimeSeconds),
    between(t.scorePercent, 0, 100),
    nonNegative(t.points),
    nonNegative(t.prizeMoney),
    requiredWhen(t.publishedAt, t.status, 'official', { name: 'event_results_published_at_check' }),
  ],
);
