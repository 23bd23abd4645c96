import { customCheck, domainTable, formatCheck, id, inOrder, isAbsent, SNAKE_CASE_KEY, textEnum, timestamps } from '@db/core';
import { horses } from '@db/horses/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { date, index, numeric, text, uuid } from 'drizzle-orm/pg-core';
import { TRAINING_ASSESSOR_ROLES, TRAINING_SKILL_CATEGORIES } from '../constants.ts';
import { trainingPrograms } from './training-programs.ts';
import { trainingSessions } from './training-sessions.ts';

/**
 * An assessor's score of one skill of a horse on a day, on the scale the assessor declares with it: dressage marks
 * 0-10 in halves, a coach's 1-5, a percentage. A re-assessment is a new row, so a skill's progress is the series.
 */
export const skillAssessments = domainTable(
  'skill_assessments',
  {
    id: id(),
    horseId: uuid()
      .notNull()
      .references(() => horses.id, { onDelete: 'cascade' }),
    /** A credit: nulled on the assessor's erasure, the score stays in the horse's record. */
    assessorUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    programId: uuid().references(() => trainingPrograms.id, { onDelete: 'set null' }),
    sessionId: uuid().references(() => trainingSessions.id, { onDelete: 'set null' }),
    assessorRole: textEnum(TRAINING_ASSESSOR_ROLES).notNull(),
    skillCategory: textEnum(TRAINING_SKILL_CATEGORIES).notNull(),
    /** snake_case, e.g. flying_changes, shoulder_in, related_distances, water_entry, loading. */
    skill: text().notNull(),
    scaleMin: numeric({ precision: 5, scale: 2 }).notNull().default('0.00'),
    scaleMax: numeric({ precision: 5, scale: 2 }).notNull().default('10.00'),
    score: numeric({ precision: 5, scale: 2 }).notNull(),
    assessedOn: date().notNull(),
    comments: text(),
    recommendedNextStep: text(),
    ...timestamps(),
  },
  (t) => [
    index('skill_assessments_horse_id_idx').on(t.horseId, t.skill, t.assessedOn),
    index('skill_assessments_assessor_user_id_idx').on(t.assessorUserId),
    index('skill_assessments_program_id_idx').on(t.programId),
    index('skill_assessments_session_id_idx').on(t.sessionId),
    formatCheck(t.skill, SNAKE_CASE_KEY),
    inOrder(t.scaleMin, t.scaleMax, { strict: true, name: 'skill_assessments_scale_check', message: 'must be above scaleMin' }),
    // A bound on both sides reported on the score, the value at fault: inOrder would report a score above the
    // scale on scaleMax.
    customCheck('skill_assessments_score_check', sql`${t.score} between ${t.scaleMin} and ${t.scaleMax}`, {
      columns: [t.score, t.scaleMin, t.scaleMax],
      column: t.score,
      message: 'must be within the declared scale (scaleMin to scaleMax)',
      holds: (row) =>
        isAbsent(row.score) ||
        isAbsent(row.scale_min) ||
        isAbsent(row.scale_max) ||
        (Number(row.score) >= Number(row.scale_min) && Number(row.score) <= Number(row.scale_max)),
      violations: [
        { score: '10.50', scale_min: '0.00', scale_max: '10.00' },
        { score: '0.00', scale_min: '1.00', scale_max: '5.00' },
      ],
    }),
  ],
);
