import { vaccinations } from '@db/health/tables';
import { horses } from '@db/horses/tables';
import { veterinarians } from '@db/providers/tables';
import { invoiceLineItems, transactions } from '@db/purchases/tables';
import { communityEvents } from '@db/social/tables';
import { competitionResults } from '@db/training/tables';
import { userProfiles } from '@db/users/tables';
import { defineRelationsPart } from 'drizzle-orm';
import * as schema from './tables.ts';

/**
 * This package's relations part: `r.one` edges from its tables, their reverse `r.many`, and the reverse edges onto
 * the tables of other packages it points at (keys prefixed with `competition`, so they cannot meet other pillars').
 */
export const competitionsRelations = defineRelationsPart(
  { ...schema, horses, userProfiles, veterinarians, vaccinations, invoiceLineItems, transactions, communityEvents, competitionResults },
  (r) => ({
    competitionSeasons: {
      competitions: r.many.competitions({ from: r.competitionSeasons.id, to: r.competitions.seasonId }),
    },
    competitions: {
      season: r.one.competitionSeasons({ from: r.competitions.seasonId, to: r.competitionSeasons.id }),
      organiser: r.one.userProfiles({ from: r.competitions.organiserUserId, to: r.userProfiles.id }),
      communityEvent: r.one.communityEvents({ from: r.competitions.communityEventId, to: r.communityEvents.id }),
      classes: r.many.competitionClasses({ from: r.competitions.id, to: r.competitionClasses.competitionId }),
      schedule: r.many.eventSchedules({ from: r.competitions.id, to: r.eventSchedules.competitionId }),
      officials: r.many.eventJudges({ from: r.competitions.id, to: r.eventJudges.competitionId }),
      history: r.many.competitionHistory({ from: r.competitions.id, to: r.competitionHistory.competitionId }),
      media: r.many.eventMedia({ from: r.competitions.id, to: r.eventMedia.competitionId }),
      attendees: r.many.eventAttendees({ from: r.competitions.id, to: r.eventAttendees.competitionId }),
    },
    competitionClasses: {
      competition: r.one.competitions({ from: r.competitionClasses.competitionId, to: r.competitions.id, optional: false }),
      registrations: r.many.competitionRegistrations({ from: r.competitionClasses.id, to: r.competitionRegistrations.classId }),
      schedule: r.many.eventSchedules({ from: r.competitionClasses.id, to: r.eventSchedules.classId }),
      officials: r.many.eventJudges({ from: r.competitionClasses.id, to: r.eventJudges.classId }),
      media: r.many.eventMedia({ from: r.competitionClasses.id, to: r.eventMedia.classId }),
    },
    competitionRegistrations: {
      class: r.one.competitionClasses({ from: r.competitionRegistrations.classId, to: r.competitionClasses.id, optional: false }),
      horse: r.one.horses({ from: r.competitionRegistrations.horseId, to: r.horses.id }),
      rider: r.one.userProfiles({ from: r.competitionRegistrations.riderUserId, to: r.userProfiles.id }),
      owner: r.one.userProfiles({ from: r.competitionRegistrations.ownerUserId, to: r.userProfiles.id }),
      enteredBy: r.one.userProfiles({ from: r.competitionRegistrations.enteredByUserId, to: r.userProfiles.id }),
      invoiceLine: r.one.invoiceLineItems({ from: r.competitionRegistrations.invoiceLineItemId, to: r.invoiceLineItems.id }),
      transaction: r.one.transactions({ from: r.competitionRegistrations.transactionId, to: r.transactions.id }),
      eligibilityVaccination: r.one.vaccinations({ from: r.competitionRegistrations.eligibilityVaccinationId, to: r.vaccinations.id }),
      result: r.one.eventResults({ from: r.competitionRegistrations.id, to: r.eventResults.registrationId }),
      scheduleSlots: r.many.eventSchedules({ from: r.competitionRegistrations.id, to: r.eventSchedules.registrationId }),
      media: r.many.eventMedia({ from: r.competitionRegistrations.id, to: r.eventMedia.registrationId }),
    },
    eventSchedules: {
      competition: r.one.competitions({ from: r.eventSchedules.competitionId, to: r.competitions.id, optional: false }),
      class: r.one.competitionClasses({ from: r.eventSchedules.classId, to: r.competitionClasses.id }),
      registration: r.one.competitionRegistrations({ from: r.eventSchedules.registrationId, to: r.competitionRegistrations.id }),
    },
    eventJudges: {
      competition: r.one.competitions({ from: r.eventJudges.competitionId, to: r.competitions.id, optional: false }),
      class: r.one.competitionClasses({ from: r.eventJudges.classId, to: r.competitionClasses.id }),
      judge: r.one.userProfiles({ from: r.eventJudges.judgeUserId, to: r.userProfiles.id }),
      veterinarian: r.one.veterinarians({ from: r.eventJudges.veterinarianId, to: r.veterinarians.id }),
    },
    eventResults: {
      registration: r.one.competitionRegistrations({ from: r.eventResults.registrationId, to: r.competitionRegistrations.id, optional: false }),
      competitionResult: r.one.competitionResults({ from: r.eventResults.competitionResultId, to: r.competitionResults.id }),
    },
    competitionHistory: {
      competition: r.one.competitions({ from: r.competitionHistory.competitionId, to: r.competitions.id, optional: false }),
      recordedBy: r.one.userProfiles({ from: r.competitionHistory.recordedByUserId, to: r.userProfiles.id }),
    },
    eventMedia: {
      competition: r.one.competitions({ from: r.eventMedia.competitionId, to: r.competitions.id, optional: false }),
      class: r.one.competitionClasses({ from: r.eventMedia.classId, to: r.competitionClasses.id }),
      registration: r.one.competitionRegistrations({ from: r.eventMedia.registrationId, to: r.competitionRegistrations.id }),
      horse: r.one.horses({ from: r.eventMedia.horseId, to: r.horses.id }),
      photographer: r.one.userProfiles({ from: r.eventMedia.photographerUserId, to: r.userProfiles.id }),
    },
    eventAttendees: {
      competition: r.one.competitions({ from: r.eventAttendees.competitionId, to: r.competitions.id, optional: false }),
      user: r.one.userProfiles({ from: r.eventAttendees.userId, to: r.userProfiles.id }),
      transaction: r.one.transactions({ from: r.eventAttendees.transactionId, to: r.transactions.id }),
    },
    horses: {
      competitionEntries: r.many.competitionRegistrations({ from: r.horses.id, to: r.competitionRegistrations.horseId }),
      competitionMedia: r.many.eventMedia({ from: r.horses.id, to: r.eventMedia.horseId }),
    },
    userProfiles: {
      competitionsOrganised: r.many.competitions({ from: r.userProfiles.id, to: r.competitions.organiserUserId }),
      competitionEntriesRidden: r.many.competitionRegistrations({ from: r.userProfiles.id, to: r.competitionRegistrations.riderUserId }),
      competitionEntriesOwned: r.many.competitionRegistrations({ from: r.userProfiles.id, to: r.competitionRegistrations.ownerUserId }),
      competitionEntriesMade: r.many.competitionRegistrations({ from: r.userProfiles.id, to: r.competitionRegistrations.enteredByUserId }),
      competitionOfficialAppointments: r.many.eventJudges({ from: r.userProfiles.id, to: r.eventJudges.judgeUserId }),
      competitionChangesRecorded: r.many.competitionHistory({ from: r.userProfiles.id, to: r.competitionHistory.recordedByUserId }),
      competitionMediaTaken: r.many.eventMedia({ from: r.userProfiles.id, to: r.eventMedia.photographerUserId }),
      competitionTickets: r.many.eventAttendees({ from: r.userProfiles.id, to: r.eventAttendees.userId }),
    },
    veterinarians: {
      competitionOfficialAppointments: r.many.eventJudges({ from: r.veterinarians.id, to: r.eventJudges.veterinarianId }),
    },
    vaccinations: {
      competitionEntriesCleared: r.many.competitionRegistrations({ from: r.vaccinations.id, to: r.competitionRegistrations.eligibilityVaccinationId }),
    },
    invoiceLineItems: {
      competitionEntries: r.many.competitionRegistrations({ from: r.invoiceLineItems.id, to: r.competitionRegistrations.invoiceLineItemId }),
    },
    transactions: {
      competitionEntriesPaid: r.many.competitionRegistrations({ from: r.transactions.id, to: r.competitionRegistrations.transactionId }),
      competitionTicketsPaid: r.many.eventAttendees({ from: r.transactions.id, to: r.eventAttendees.transactionId }),
    },
    communityEvents: {
      competition: r.one.competitions({ from: r.communityEvents.id, to: r.competitions.communityEventId }),
    },
    competitionResults: {
      eventResult: r.one.eventResults({ from: r.competitionResults.id, to: r.eventResults.competitionResultId }),
    },
  }),
);
