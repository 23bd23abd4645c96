import { between, currency, domainTable, id, inOrder, money, nonNegative, positive, textEnum, textLength, timestamps, timestamptz } from '@db/core';
import { boolean, integer, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  COMPETITION_CLASS_STATUSES,
  COMPETITION_HEIGHT_CM_MAX,
  COMPETITION_HEIGHT_CM_MIN,
  COMPETITION_PARA_GRADES,
  COMPETITION_SCORING_METHODS,
} from '../constants.ts';
import { competitions } from './competitions.ts';

/**
 * A class of a competition (SJI's "1.20m Grand Prix", the CDI's Grand Prix Freestyle, the CCI4*-L): what entries
 * are made to and results are ranked in. The class code is unique per competition, the upsert key of the schedule
 * import. Part of its competition (cascade); a class with entries cannot be deleted (cancelled instead).
 */
export const competitionClasses = domainTable(
  'competition_classes',
  {
    id: id(),
    competitionId: uuid()
      .notNull()
      .references(() => competitions.id, { onDelete: 'cascade' }),
    /** The schedule's number or code of the class, e.g. 12, 12A, GP. */
    classCode: text().notNull(),
    name: text().notNull(),
    scoringMethod: textEnum(COMPETITION_SCORING_METHODS).notNull(),
    /** As the federation grades it: 1.20m, CSI3*, Intermediate I, Prix St Georges, CCI4*-L. */
    level: text(),
    /** Maximum fence height of the first round, cm. */
    heightCm: smallint(),
    paraGrade: textEnum(COMPETITION_PARA_GRADES),
    /** Age limits of young-horse classes (the 5-year-old championship), in years. */
    minHorseAgeYears: smallint(),
    maxHorseAgeYears: smallint(),
    entryFee: money(),
    prizeFund: money(),
    currency: currency(),
    /** Null: no limit. */
    maxEntries: integer(),
    /** The rules article the class runs under, e.g. "FEI Art. 238.2.1" (Table A against the clock). */
    rulesArticle: text(),
    isQualifier: boolean().notNull().default(false),
    status: textEnum(COMPETITION_CLASS_STATUSES).notNull().default('scheduled'),
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('competition_classes_competition_id_class_code_key').on(t.competitionId, t.classCode),
    textLength(t.classCode, { min: 1, max: 20 }),
    textLength(t.name, { min: 1, max: 200 }),
    between(t.heightCm, COMPETITION_HEIGHT_CM_MIN, COMPETITION_HEIGHT_CM_MAX),
    between(t.minHorseAgeYears, 2, 40),
    between(t.maxHorseAgeYears, 2, 40),
    inOrder(t.minHorseAgeYears, t.maxHorseAgeYears, { name: 'competition_classes_horse_age_check', message: 'must not be below minHorseAgeYears' }),
    nonNegative(t.entryFee),
    nonNegative(t.prizeFund),
    positive(t.maxEntries),
  ],
);
