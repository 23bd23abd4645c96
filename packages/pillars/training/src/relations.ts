import { injuries } from '@db/health/tables';
import { horses } from '@db/horses/tables';
import { veterinarians } from '@db/providers/tables';
import { invoiceLineItems } from '@db/purchases/tables';
import { userProfiles } from '@db/users/tables';
import { defineRelationsPart } from 'drizzle-orm';
import * as schema from './tables.ts';

/**
 * This package's relations part: `r.one` edges from its tables, their reverse `r.many`, and the reverse edges onto
 * horses, user_profiles, injuries, veterinarians and invoice_line_items (keys named after this pillar's tables,
 * so they cannot meet other pillars').
 */
export const trainingRelations = defineRelationsPart(
  { ...schema, horses, userProfiles, injuries, veterinarians, invoiceLineItems },
  (r) => ({
    trainingPrograms: {
      horse: r.one.horses({ from: r.trainingPrograms.horseId, to: r.horses.id, optional: false }),
      coach: r.one.userProfiles({ from: r.trainingPrograms.coachUserId, to: r.userProfiles.id }),
      createdBy: r.one.userProfiles({ from: r.trainingPrograms.createdByUserId, to: r.userProfiles.id }),
      injury: r.one.injuries({ from: r.trainingPrograms.injuryId, to: r.injuries.id }),
      prescribedBy: r.one.veterinarians({ from: r.trainingPrograms.prescribedByVeterinarianId, to: r.veterinarians.id }),
      exercisePlans: r.many.exercisePlans({ from: r.trainingPrograms.id, to: r.exercisePlans.programId }),
      sessions: r.many.trainingSessions({ from: r.trainingPrograms.id, to: r.trainingSessions.programId }),
      milestones: r.many.trainingMilestones({ from: r.trainingPrograms.id, to: r.trainingMilestones.programId }),
      skillAssessments: r.many.skillAssessments({ from: r.trainingPrograms.id, to: r.skillAssessments.programId }),
      notes: r.many.trainingNotes({ from: r.trainingPrograms.id, to: r.trainingNotes.programId }),
    },
    exercisePlans: {
      program: r.one.trainingPrograms({ from: r.exercisePlans.programId, to: r.trainingPrograms.id, optional: false }),
      sessions: r.many.trainingSessions({ from: r.exercisePlans.id, to: r.trainingSessions.exercisePlanId }),
    },
    trainingSessions: {
      horse: r.one.horses({ from: r.trainingSessions.horseId, to: r.horses.id, optional: false }),
      program: r.one.trainingPrograms({ from: r.trainingSessions.programId, to: r.trainingPrograms.id }),
      exercisePlan: r.one.exercisePlans({ from: r.trainingSessions.exercisePlanId, to: r.exercisePlans.id }),
      rider: r.one.userProfiles({ from: r.trainingSessions.riderUserId, to: r.userProfiles.id }),
      trainer: r.one.userProfiles({ from: r.trainingSessions.trainerUserId, to: r.userProfiles.id }),
      invoiceLine: r.one.invoiceLineItems({ from: r.trainingSessions.invoiceLineItemId, to: r.invoiceLineItems.id }),
      metrics: r.many.performanceMetrics({ from: r.trainingSessions.id, to: r.performanceMetrics.sessionId }),
      videos: r.many.trainingVideos({ from: r.trainingSessions.id, to: r.trainingVideos.sessionId }),
      notes: r.many.trainingNotes({ from: r.trainingSessions.id, to: r.trainingNotes.sessionId }),
      milestones: r.many.trainingMilestones({ from: r.trainingSessions.id, to: r.trainingMilestones.sessionId }),
      skillAssessments: r.many.skillAssessments({ from: r.trainingSessions.id, to: r.skillAssessments.sessionId }),
    },
    performanceMetrics: {
      horse: r.one.horses({ from: r.performanceMetrics.horseId, to: r.horses.id, optional: false }),
      session: r.one.trainingSessions({ from: r.performanceMetrics.sessionId, to: r.trainingSessions.id }),
      recordedBy: r.one.userProfiles({ from: r.performanceMetrics.recordedByUserId, to: r.userProfiles.id }),
    },
    competitionResults: {
      horse: r.one.horses({ from: r.competitionResults.horseId, to: r.horses.id, optional: false }),
      rider: r.one.userProfiles({ from: r.competitionResults.riderUserId, to: r.userProfiles.id }),
      videos: r.many.trainingVideos({ from: r.competitionResults.id, to: r.trainingVideos.competitionResultId }),
      milestones: r.many.trainingMilestones({ from: r.competitionResults.id, to: r.trainingMilestones.competitionResultId }),
    },
    trainingMilestones: {
      horse: r.one.horses({ from: r.trainingMilestones.horseId, to: r.horses.id, optional: false }),
      program: r.one.trainingPrograms({ from: r.trainingMilestones.programId, to: r.trainingPrograms.id }),
      session: r.one.trainingSessions({ from: r.trainingMilestones.sessionId, to: r.trainingSessions.id }),
      competitionResult: r.one.competitionResults({ from: r.trainingMilestones.competitionResultId, to: r.competitionResults.id }),
      recordedBy: r.one.userProfiles({ from: r.trainingMilestones.recordedByUserId, to: r.userProfiles.id }),
    },
    skillAssessments: {
      horse: r.one.horses({ from: r.skillAssessments.horseId, to: r.horses.id, optional: false }),
      assessor: r.one.userProfiles({ from: r.skillAssessments.assessorUserId, to: r.userProfiles.id }),
      program: r.one.trainingPrograms({ from: r.skillAssessments.programId, to: r.trainingPrograms.id }),
      session: r.one.trainingSessions({ from: r.skillAssessments.sessionId, to: r.trainingSessions.id }),
    },
    trainingVideos: {
      session: r.one.trainingSessions({ from: r.trainingVideos.sessionId, to: r.trainingSessions.id }),
      competitionResult: r.one.competitionResults({ from: r.trainingVideos.competitionResultId, to: r.competitionResults.id }),
      uploadedBy: r.one.userProfiles({ from: r.trainingVideos.uploadedByUserId, to: r.userProfiles.id }),
    },
    trainingNotes: {
      horse: r.one.horses({ from: r.trainingNotes.horseId, to: r.horses.id, optional: false }),
      session: r.one.trainingSessions({ from: r.trainingNotes.sessionId, to: r.trainingSessions.id }),
      program: r.one.trainingPrograms({ from: r.trainingNotes.programId, to: r.trainingPrograms.id }),
      author: r.one.userProfiles({ from: r.trainingNotes.authorUserId, to: r.userProfiles.id }),
    },
    performanceTrends: {
      horse: r.one.horses({ from: r.performanceTrends.horseId, to: r.horses.id, optional: false }),
    },
    horses: {
      trainingPrograms: r.many.trainingPrograms({ from: r.horses.id, to: r.trainingPrograms.horseId }),
      trainingSessions: r.many.trainingSessions({ from: r.horses.id, to: r.trainingSessions.horseId }),
      performanceMetrics: r.many.performanceMetrics({ from: r.horses.id, to: r.performanceMetrics.horseId }),
      competitionResults: r.many.competitionResults({ from: r.horses.id, to: r.competitionResults.horseId }),
      trainingMilestones: r.many.trainingMilestones({ from: r.horses.id, to: r.trainingMilestones.horseId }),
      skillAssessments: r.many.skillAssessments({ from: r.horses.id, to: r.skillAssessments.horseId }),
      trainingNotes: r.many.trainingNotes({ from: r.horses.id, to: r.trainingNotes.horseId }),
      performanceTrends: r.many.performanceTrends({ from: r.horses.id, to: r.performanceTrends.horseId }),
    },
    userProfiles: {
      trainingProgramsCoached: r.many.trainingPrograms({ from: r.userProfiles.id, to: r.trainingPrograms.coachUserId }),
      trainingProgramsCreated: r.many.trainingPrograms({ from: r.userProfiles.id, to: r.trainingPrograms.createdByUserId }),
      trainingSessionsRidden: r.many.trainingSessions({ from: r.userProfiles.id, to: r.trainingSessions.riderUserId }),
      trainingSessionsGiven: r.many.trainingSessions({ from: r.userProfiles.id, to: r.trainingSessions.trainerUserId }),
      performanceMetricsRecorded: r.many.performanceMetrics({ from: r.userProfiles.id, to: r.performanceMetrics.recordedByUserId }),
      competitionResultsRidden: r.many.competitionResults({ from: r.userProfiles.id, to: r.competitionResults.riderUserId }),
      trainingMilestonesRecorded: r.many.trainingMilestones({ from: r.userProfiles.id, to: r.trainingMilestones.recordedByUserId }),
      skillAssessmentsGiven: r.many.skillAssessments({ from: r.userProfiles.id, to: r.skillAssessments.assessorUserId }),
      trainingVideosUploaded: r.many.trainingVideos({ from: r.userProfiles.id, to: r.trainingVideos.uploadedByUserId }),
      trainingNotesWritten: r.many.trainingNotes({ from: r.userProfiles.id, to: r.trainingNotes.authorUserId }),
    },
    injuries: {
      trainingPrograms: r.many.trainingPrograms({ from: r.injuries.id, to: r.trainingPrograms.injuryId }),
    },
    veterinarians: {
      trainingProgramsPrescribed: r.many.trainingPrograms({
        from: r.veterinarians.id,
        to: r.trainingPrograms.prescribedByVeterinarianId,
      }),
    },
    invoiceLineItems: {
      trainingSessions: r.many.trainingSessions({ from: r.invoiceLineItems.id, to: r.trainingSessions.invoiceLineItemId }),
    },
  }),
);
