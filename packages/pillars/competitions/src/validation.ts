import { tableCatalog, tableSchemas } from '@db/core';
import { z } from 'zod';
import { COMPETITION_JUDGE_POSITIONS } from './constants.ts';
import { competitionClasses } from './schema/competition-classes.ts';
import { competitionHistory } from './schema/competition-history.ts';
import { competitionRegistrations } from './schema/competition-registrations.ts';
import { competitionSeasons } from './schema/competition-seasons.ts';
import { competitions } from './schema/competitions.ts';
import { eventAttendees } from './schema/event-attendees.ts';
import { eventJudges } from './schema/event-judges.ts';
import { eventMedia } from './schema/event-media.ts';
import { eventResults } from './schema/event-results.ts';
import { eventSchedules } from './schema/event-schedules.ts';

/**
 * Zod schemas as strict as the tables: every CHECK's twin comes from its table (declared with core's rule
 * helpers); what is left here is what a table cannot say: the shape of its one jsonb column.
 */

export const competitionSeasonSchemas = tableSchemas(competitionSeasons);
export type CompetitionSeason = typeof competitionSeasons.$inferSelect;
export type NewCompetitionSeason = typeof competitionSeasons.$inferInsert;

export const competitionSchemas = tableSchemas(competitions);
export type Competition = typeof competitions.$inferSelect;
export type NewCompetition = typeof competitions.$inferInsert;

export const competitionClassSchemas = tableSchemas(competitionClasses);
export type CompetitionClass = typeof competitionClasses.$inferSelect;
export type NewCompetitionClass = typeof competitionClasses.$inferInsert;

export const competitionRegistrationSchemas = tableSchemas(competitionRegistrations);
export type CompetitionRegistration = typeof competitionRegistrations.$inferSelect;
export type NewCompetitionRegistration = typeof competitionRegistrations.$inferInsert;

export const eventScheduleSchemas = tableSchemas(eventSchedules);
export type EventSchedule = typeof eventSchedules.$inferSelect;
export type NewEventSchedule = typeof eventSchedules.$inferInsert;

export const eventJudgeSchemas = tableSchemas(eventJudges);
export type EventJudge = typeof eventJudges.$inferSelect;
export type NewEventJudge = typeof eventJudges.$inferInsert;

export const eventResultSchemas = tableSchemas(eventResults, {
  judgeScores: () =>
    z.array(
      z.object({
        position: z.enum(COMPETITION_JUDGE_POSITIONS),
        scorePercent: z.number().min(0).max(100),
        rank: z.int().min(1).max(32_767).optional(),
      }),
    ),
});
export type EventResult = typeof eventResults.$inferSelect;
export type NewEventResult = typeof eventResults.$inferInsert;

export const competitionHistorySchemas = tableSchemas(competitionHistory);
export type CompetitionHistory = typeof competitionHistory.$inferSelect;
export type NewCompetitionHistory = typeof competitionHistory.$inferInsert;

export const eventMediaSchemas = tableSchemas(eventMedia);
export type EventMedia = typeof eventMedia.$inferSelect;
export type NewEventMedia = typeof eventMedia.$inferInsert;

export const eventAttendeeSchemas = tableSchemas(eventAttendees);
export type EventAttendee = typeof eventAttendees.$inferSelect;
export type NewEventAttendee = typeof eventAttendees.$inferInsert;

/** Every table of this package with its schemas, keyed by SQL table name (for generic tests and tooling). */
export const competitionsCatalog = tableCatalog(
  competitionSeasonSchemas,
  competitionSchemas,
  competitionClassSchemas,
  competitionRegistrationSchemas,
  eventScheduleSchemas,
  eventJudgeSchemas,
  eventResultSchemas,
  competitionHistorySchemas,
  eventMediaSchemas,
  eventAttendeeSchemas,
);
