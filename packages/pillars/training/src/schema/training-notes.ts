import { domainTable, id, jsonList, textEnum, textLength, timestamps, timestamptz } from '@db/core';
import { horses } from '@db/horses/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { boolean, date, index, text, uuid } from 'drizzle-orm/pg-core';
import { TRAINING_NOTE_TYPES, TRAINING_NOTE_VISIBILITIES } from '../constants.ts';
import { trainingPrograms } from './training-programs.ts';
import { trainingSessions } from './training-sessions.ts';

/**
 * A note in a horse's training diary by a rider, trainer or groom: what was seen, felt or changed, with a
 * follow-up date when something must be checked again. Part of the horse's record: it outlives the session or
 * programme it was about, and its author's erasure (the author is a credit).
 */
export const trainingNotes = domainTable(
  'training_notes',
  {
    id: id(),
    horseId: uuid()
      .notNull()
      .references(() => horses.id, { onDelete: 'cascade' }),
    sessionId: uuid().references(() => trainingSessions.id, { onDelete: 'set null' }),
    programId: uuid().references(() => trainingPrograms.id, { onDelete: 'set null' }),
    authorUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    noteType: textEnum(TRAINING_NOTE_TYPES).notNull().default('general'),
    title: text(),
    body: text().notNull(),
    visibility: textEnum(TRAINING_NOTE_VISIBILITIES).notNull().default('horse_team'),
    isPinned: boolean().notNull().default(false),
    /** When it was observed (may be before it was written). */
    notedAt: timestamptz().notNull().defaultNow(),
    followUpOn: date(),
    /** snake_case labels, e.g. left_rein, soundness_watch. */
    tags: jsonList<string>(),
    ...timestamps(),
  },
  (t) => [
    index('training_notes_horse_id_idx').on(t.horseId, t.notedAt),
    index('training_notes_follow_up_idx').on(t.horseId, t.followUpOn).where(sql`${t.followUpOn} is not null`),
    index('training_notes_session_id_idx').on(t.sessionId),
    index('training_notes_program_id_idx').on(t.programId),
    index('training_notes_author_user_id_idx').on(t.authorUserId, t.notedAt),
    textLength(t.body, { min: 1, max: 20_000 }),
  ],
);
