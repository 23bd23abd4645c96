import { domainTable, id, inOrder, range, requiredWhen, textEnum, timestamps } from '@db/core';
import { injuries } from '@db/health/tables';
import { horses } from '@db/horses/tables';
import { veterinarians } from '@db/providers/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { date, foreignKey, index, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { TRAINING_DISCIPLINES, TRAINING_PROGRAM_GOALS, TRAINING_PROGRAM_STATUSES } from '../constants.ts';

/**
 * A horse's training programme: a goal in a discipline over a period, with its coach. Its planned exercises are
 * `exercise_plans`; the sessions ridden under it point at it. A rehabilitation or return-to-work programme names
 * the injury it follows and the vet who prescribed the controlled exercise. One active programme per horse and
 * discipline; a finished one is kept (completed, abandoned), never overwritten.
 */
export const trainingPrograms = domainTable(
  'training_programs',
  {
    id: id(),
    horseId: uuid()
      .notNull()
      .references(() => horses.id, { onDelete: 'cascade' }),
    /** The coach or trainer who runs it: a credit, nulled on the coach's erasure. */
    coachUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    createdByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    /** The injury a rehabilitation programme follows (health's clinical record): the programme outlives it. */
    injuryId: uuid().references(() => injuries.id, { onDelete: 'set null' }),
    /** The vet who prescribed controlled exercise. FK declared below: the generated name exceeds 63 characters. */
    prescribedByVeterinarianId: uuid(),
    name: text().notNull(),
    goalType: textEnum(TRAINING_PROGRAM_GOALS).notNull(),
    /** The goal in the coach's words, e.g. "Back to 1.20m classes by the Dublin Horse Show". */
    goal: text(),
    discipline: textEnum(TRAINING_DISCIPLINES).notNull(),
    /** The level aimed at, as the discipline writes it: 1.20m, Elementary, CCI2*-L, 80 km. */
    targetLevel: text(),
    status: textEnum(TRAINING_PROGRAM_STATUSES).notNull().default('draft'),
    startsOn: date().notNull(),
    /** Planned end, then the day it ended; required once completed. */
    endsOn: date(),
    /** Ridden or worked sessions planned per week (two a day at most). */
    sessionsPerWeek: smallint(),
    ...timestamps(),
  },
  (t) => [
    index('training_programs_horse_id_idx').on(t.horseId, t.startsOn),
    uniqueIndex('training_programs_active_key').on(t.horseId, t.discipline).where(sql`${t.status} = 'active'`),
    index('training_programs_coach_user_id_idx').on(t.coachUserId),
    index('training_programs_created_by_user_id_idx').on(t.createdByUserId),
    index('training_programs_injury_id_idx').on(t.injuryId),
    index('training_programs_prescribed_by_veterinarian_id_idx').on(t.prescribedByVeterinarianId),
    foreignKey({
      name: 'training_programs_prescribed_by_veterinarian_id_fkey',
      columns: [t.prescribedByVeterinarianId],
      foreignColumns: [veterinarians.id],
    }).onDelete('set null'),
    inOrder(t.startsOn, t.endsOn, { name: 'training_programs_ends_on_check', message: 'must not be before the start date' }),
    requiredWhen(t.endsOn, t.status, 'completed', { name: 'training_programs_completed_ends_on_check' }),
    range(t.sessionsPerWeek, { min: 1, max: 14 }),
  ],
);
