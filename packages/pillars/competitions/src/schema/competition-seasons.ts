import { between, currency, domainTable, formatCheck, HTTP_URL, id, inOrder, money, nonNegative, textEnum, textLength, timestamps, timestamptz } from '@db/core';
import { date, smallint, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { COMPETITION_FEDERATIONS, COMPETITION_SEASON_STATUSES } from '../constants.ts';

/**
 * A federation's competition season (Show Jumping Ireland 2024, the FEI 2024 season): its dates, the rules edition
 * in force, the date up to which results count for its rankings and championship qualifiers, and the annual fees
 * a horse and a member pay to compete in it. One per federation and year: the upsert key of the calendar import.
 */
export const competitionSeasons = domainTable(
  'competition_seasons',
  {
    id: id(),
    federation: textEnum(COMPETITION_FEDERATIONS).notNull(),
    seasonYear: smallint().notNull(),
    name: text().notNull(),
    startsOn: date().notNull(),
    endsOn: date().notNull(),
    status: textEnum(COMPETITION_SEASON_STATUSES).notNull().default('planned'),
    /** Results up to this day count for the season's rankings and championship qualification. */
    qualificationCutoffOn: date(),
    /** e.g. "FEI Jumping Rules, 27th edition, effective 1 January 2024". */
    rulesEdition: text(),
    rulesUrl: text(),
    /** The annual horse registration with the federation for this season. */
    horseRegistrationFee: money(),
    /** The annual membership a rider or owner needs to compete. */
    membershipFee: money(),
    currency: currency(),
    /** When the federation's calendar last changed the season. */
    sourceUpdatedAt: timestamptz(),
    notes: text(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('competition_seasons_federation_season_year_key').on(t.federation, t.seasonYear),
    between(t.seasonYear, 1900, 2100),
    textLength(t.name, { min: 1, max: 200 }),
    // A season can run across the new year (winter leagues, southern-hemisphere seasons).
    inOrder(t.startsOn, t.endsOn, { name: 'competition_seasons_ends_on_check', message: 'must not be before startsOn' }),
    inOrder(t.startsOn, t.qualificationCutoffOn, { name: 'competition_seasons_qualification_cutoff_on_check', message: 'must not be before startsOn' }),
    formatCheck(t.rulesUrl, HTTP_URL),
    nonNegative(t.horseRegistrationFee),
    nonNegative(t.membershipFee),
  ],
);
