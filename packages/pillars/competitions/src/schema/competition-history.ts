import { createdAt, differ, domainTable, id, inOrder, requiredWhen, textEnum, timestamptz } from '@db/core';
import { userProfiles } from '@db/users/tables';
import { date, index, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { COMPETITION_CHANGE_SOURCES, COMPETITION_CHANGE_TYPES, COMPETITION_STATUSES } from '../constants.ts';
import { competitions } from './competitions.ts';

/**
 * The change log of a competition, append-only (the database refuses UPDATE and DELETE:
 * `competitionsDatabaseObjects`): announced, postponed, dates or venue changed, cancelled, abandoned, reinstated,
 * with the previous and new values of the competition's own facts (status, dates, venue; no personal data) and
 * who reported it. The calendar import writes a row when a re-import changes one of them; (competition, change
 * type, the source's updated_at) makes a replay of the same import add nothing (insert ... on conflict do
 * nothing). Every foreign key is RESTRICT, as the trigger requires: a competition with a history is kept.
 */
export const competitionHistory = domainTable(
  'competition_history',
  {
    id: id(),
    competitionId: uuid()
      .notNull()
      .references(() => competitions.id, { onDelete: 'restrict' }),
    changeType: textEnum(COMPETITION_CHANGE_TYPES).notNull(),
    changeSource: textEnum(COMPETITION_CHANGE_SOURCES).notNull(),
    previousStatus: textEnum(COMPETITION_STATUSES),
    newStatus: textEnum(COMPETITION_STATUSES),
    previousStartsOn: date(),
    previousEndsOn: date(),
    newStartsOn: date(),
    newEndsOn: date(),
    previousVenueName: text(),
    newVenueName: text(),
    /** As announced, e.g. "Waterlogged arenas after Storm Kathleen; new dates to be confirmed". */
    reason: text(),
    /** The staff member or organiser who recorded it (audit: kept, pointing at an erased profile). */
    recordedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'restrict' }),
    /** The competition's source_updated_at in the import that saw the change; null for changes made here. */
    sourceUpdatedAt: timestamptz(),
    /** When the change was announced. */
    occurredAt: timestamptz().notNull().defaultNow(),
    ...createdAt(),
  },
  (t) => [
    uniqueIndex('competition_history_import_key').on(t.competitionId, t.changeType, t.sourceUpdatedAt),
    index('competition_history_competition_id_idx').on(t.competitionId, t.occurredAt),
    index('competition_history_recorded_by_user_id_idx').on(t.recordedByUserId),
    inOrder(t.previousStartsOn, t.previousEndsOn, { name: 'competition_history_previous_dates_check', message: 'must not be before previousStartsOn' }),
    inOrder(t.newStartsOn, t.newEndsOn, { name: 'competition_history_new_dates_check', message: 'must not be before newStartsOn' }),
    // A postponement may come without new dates ("to be confirmed"); a venue change always names the new venue.
    requiredWhen(t.newVenueName, t.changeType, 'venue_changed', { name: 'competition_history_venue_changed_check', message: 'a venue change gives the new venue' }),
    differ(t.previousStatus, t.newStatus, { name: 'competition_history_status_check', message: 'must differ from previousStatus' }),
  ],
);
