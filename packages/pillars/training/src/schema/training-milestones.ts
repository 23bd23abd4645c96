import { domainTable, formatCheck, HTTP_URL, id, onlyWhen, requiredWhen, textEnum, timestamps } from '@db/core';
import { horses } from '@db/horses/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { date, foreignKey, index, text, uuid } from 'drizzle-orm/pg-core';
import { TRAINING_MILESTONE_STATUSES, TRAINING_MILESTONE_TYPES } from '../constants.ts';
import { competitionResults } from './competition-results.ts';
import { trainingPrograms } from './training-programs.ts';
import { trainingSessions } from './training-sessions.ts';

/**
 * A step in a horse's education or career, planned for a date and then achieved on a date (first canter, first
 * clear round, an upgrade, a qualification, back in full work). The session or the competition result where it
 * happened is kept as a link; the milestone outlives both.
 */
export const trainingMilestones = domainTable(
  'training_milestones',
  {
    id: id(),
    horseId: uuid()
      .notNull()
      .references(() => horses.id, { onDelete: 'cascade' }),
    programId: uuid().references(() => trainingPrograms.id, { onDelete: 'set null' }),
    sessionId: uuid().references(() => trainingSessions.id, { onDelete: 'set null' }),
    /** FK declared below: the generated name would exceed 63 characters. */
    competitionResultId: uuid(),
    recordedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    milestoneType: textEnum(TRAINING_MILESTONE_TYPES).notNull(),
    title: text().notNull(),
    description: text(),
    /** The level it is at, e.g. 1.20m, Elementary, Novice. */
    level: text(),
    status: textEnum(TRAINING_MILESTONE_STATUSES).notNull().default('planned'),
    targetOn: date(),
    achievedOn: date(),
    /** A result page, a video, a certificate. */
    evidenceUrl: text(),
    ...timestamps(),
  },
  (t) => [
    index('training_milestones_horse_id_idx').on(t.horseId, t.achievedOn),
    // What is still ahead, by target date.
    index('training_milestones_planned_idx').on(t.horseId, t.targetOn).where(sql`${t.status} = 'planned'`),
    index('training_milestones_program_id_idx').on(t.programId),
    index('training_milestones_session_id_idx').on(t.sessionId),
    index('training_milestones_competition_result_id_idx').on(t.competitionResultId),
    foreignKey({
      name: 'training_milestones_competition_result_id_fkey',
      columns: [t.competitionResultId],
      foreignColumns: [competitionResults.id],
    }).onDelete('set null'),
    index('training_milestones_recorded_by_user_id_idx').on(t.recordedByUserId),
    requiredWhen(t.achievedOn, t.status, 'achieved', { name: 'training_milestones_achieved_on_required_check' }),
    onlyWhen(t.achievedOn, t.status, 'achieved', { name: 'training_milestones_achieved_on_status_check' }),
    formatCheck(t.evidenceUrl, HTTP_URL),
  ],
);
