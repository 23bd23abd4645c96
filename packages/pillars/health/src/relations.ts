import { horses } from '@db/horses/tables';
import { veterinarians, vetPractices } from '@db/providers/tables';
import { userProfiles } from '@db/users/tables';
import { defineRelationsPart } from 'drizzle-orm';
import * as schema from './tables.ts';

/**
 * This package's relations part: `r.one` edges from its tables, their reverse `r.many`, and the reverse edges
 * onto horses, user_profiles, vet_practices and veterinarians (keys named so they cannot meet other pillars').
 */
export const healthRelations = defineRelationsPart({ ...schema, horses, userProfiles, vetPractices, veterinarians }, (r) => ({
  healthRecords: {
    horse: r.one.horses({ from: r.healthRecords.horseId, to: r.horses.id, optional: false }),
    practice: r.one.vetPractices({ from: r.healthRecords.practiceId, to: r.vetPractices.id }),
    veterinarian: r.one.veterinarians({ from: r.healthRecords.veterinarianId, to: r.veterinarians.id }),
    recordedBy: r.one.userProfiles({ from: r.healthRecords.recordedByUserId, to: r.userProfiles.id }),
    vetVisits: r.many.vetVisits({ from: r.healthRecords.id, to: r.vetVisits.healthRecordId }),
    surgeries: r.many.surgeries({ from: r.healthRecords.id, to: r.surgeries.healthRecordId }),
    lamenessExams: r.many.lamenessExams({ from: r.healthRecords.id, to: r.lamenessExams.healthRecordId }),
    labResults: r.many.labResults({ from: r.healthRecords.id, to: r.labResults.healthRecordId }),
    injuries: r.many.injuries({ from: r.healthRecords.id, to: r.injuries.healthRecordId }),
    protocolAssignments: r.many.healthProtocolAssignments({
      from: r.healthRecords.id,
      to: r.healthProtocolAssignments.healthRecordId,
    }),
  },
  vetVisits: {
    horse: r.one.horses({ from: r.vetVisits.horseId, to: r.horses.id, optional: false }),
    practice: r.one.vetPractices({ from: r.vetVisits.practiceId, to: r.vetPractices.id, optional: false }),
    veterinarian: r.one.veterinarians({ from: r.vetVisits.veterinarianId, to: r.veterinarians.id }),
    healthRecord: r.one.healthRecords({ from: r.vetVisits.healthRecordId, to: r.healthRecords.id }),
    requestedBy: r.one.userProfiles({ from: r.vetVisits.requestedByUserId, to: r.userProfiles.id }),
    vaccinations: r.many.vaccinations({ from: r.vetVisits.id, to: r.vaccinations.vetVisitId }),
    medications: r.many.medications({ from: r.vetVisits.id, to: r.medications.vetVisitId }),
    dentalRecords: r.many.dentalRecords({ from: r.vetVisits.id, to: r.dentalRecords.vetVisitId }),
    lamenessExams: r.many.lamenessExams({ from: r.vetVisits.id, to: r.lamenessExams.vetVisitId }),
    labResults: r.many.labResults({ from: r.vetVisits.id, to: r.labResults.vetVisitId }),
    injuries: r.many.injuries({ from: r.vetVisits.id, to: r.injuries.vetVisitId }),
    vitalSigns: r.many.vitalSigns({ from: r.vetVisits.id, to: r.vitalSigns.vetVisitId }),
  },
  vaccinations: {
    horse: r.one.horses({ from: r.vaccinations.horseId, to: r.horses.id, optional: false }),
    vetVisit: r.one.vetVisits({ from: r.vaccinations.vetVisitId, to: r.vetVisits.id }),
    practice: r.one.vetPractices({ from: r.vaccinations.practiceId, to: r.vetPractices.id }),
    veterinarian: r.one.veterinarians({ from: r.vaccinations.veterinarianId, to: r.veterinarians.id }),
    reminders: r.many.healthReminders({ from: r.vaccinations.id, to: r.healthReminders.vaccinationId }),
  },
  medications: {
    horse: r.one.horses({ from: r.medications.horseId, to: r.horses.id, optional: false }),
    vetVisit: r.one.vetVisits({ from: r.medications.vetVisitId, to: r.vetVisits.id }),
    practice: r.one.vetPractices({ from: r.medications.practiceId, to: r.vetPractices.id }),
    prescribedBy: r.one.veterinarians({ from: r.medications.prescribedByVeterinarianId, to: r.veterinarians.id }),
    reminders: r.many.healthReminders({ from: r.medications.id, to: r.healthReminders.medicationId }),
  },
  surgeries: {
    horse: r.one.horses({ from: r.surgeries.horseId, to: r.horses.id, optional: false }),
    healthRecord: r.one.healthRecords({ from: r.surgeries.healthRecordId, to: r.healthRecords.id }),
    practice: r.one.vetPractices({ from: r.surgeries.practiceId, to: r.vetPractices.id }),
    surgeon: r.one.veterinarians({ from: r.surgeries.surgeonVeterinarianId, to: r.veterinarians.id }),
  },
  dentalRecords: {
    horse: r.one.horses({ from: r.dentalRecords.horseId, to: r.horses.id, optional: false }),
    vetVisit: r.one.vetVisits({ from: r.dentalRecords.vetVisitId, to: r.vetVisits.id }),
    practice: r.one.vetPractices({ from: r.dentalRecords.practiceId, to: r.vetPractices.id }),
    veterinarian: r.one.veterinarians({ from: r.dentalRecords.veterinarianId, to: r.veterinarians.id }),
  },
  lamenessExams: {
    horse: r.one.horses({ from: r.lamenessExams.horseId, to: r.horses.id, optional: false }),
    vetVisit: r.one.vetVisits({ from: r.lamenessExams.vetVisitId, to: r.vetVisits.id }),
    healthRecord: r.one.healthRecords({ from: r.lamenessExams.healthRecordId, to: r.healthRecords.id }),
    veterinarian: r.one.veterinarians({ from: r.lamenessExams.veterinarianId, to: r.veterinarians.id }),
  },
  labResults: {
    horse: r.one.horses({ from: r.labResults.horseId, to: r.horses.id, optional: false }),
    vetVisit: r.one.vetVisits({ from: r.labResults.vetVisitId, to: r.vetVisits.id }),
    healthRecord: r.one.healthRecords({ from: r.labResults.healthRecordId, to: r.healthRecords.id }),
    requestedBy: r.one.veterinarians({ from: r.labResults.requestedByVeterinarianId, to: r.veterinarians.id }),
  },
  injuries: {
    horse: r.one.horses({ from: r.injuries.horseId, to: r.horses.id, optional: false }),
    healthRecord: r.one.healthRecords({ from: r.injuries.healthRecordId, to: r.healthRecords.id }),
    vetVisit: r.one.vetVisits({ from: r.injuries.vetVisitId, to: r.vetVisits.id }),
    reportedBy: r.one.userProfiles({ from: r.injuries.reportedByUserId, to: r.userProfiles.id }),
    treatedBy: r.one.veterinarians({ from: r.injuries.treatedByVeterinarianId, to: r.veterinarians.id }),
  },
  healthAlerts: {
    horse: r.one.horses({ from: r.healthAlerts.horseId, to: r.horses.id, optional: false }),
    acknowledgedBy: r.one.userProfiles({ from: r.healthAlerts.acknowledgedByUserId, to: r.userProfiles.id }),
  },
  healthReminders: {
    horse: r.one.horses({ from: r.healthReminders.horseId, to: r.horses.id, optional: false }),
    recipient: r.one.userProfiles({ from: r.healthReminders.recipientUserId, to: r.userProfiles.id, optional: false }),
    vaccination: r.one.vaccinations({ from: r.healthReminders.vaccinationId, to: r.vaccinations.id }),
    medication: r.one.medications({ from: r.healthReminders.medicationId, to: r.medications.id }),
  },
  vitalSigns: {
    horse: r.one.horses({ from: r.vitalSigns.horseId, to: r.horses.id, optional: false }),
    vetVisit: r.one.vetVisits({ from: r.vitalSigns.vetVisitId, to: r.vetVisits.id }),
    recordedBy: r.one.userProfiles({ from: r.vitalSigns.recordedByUserId, to: r.userProfiles.id }),
  },
  healthStatistics: {
    horse: r.one.horses({ from: r.healthStatistics.horseId, to: r.horses.id, optional: false }),
  },
  healthProtocols: {
    practice: r.one.vetPractices({ from: r.healthProtocols.practiceId, to: r.vetPractices.id }),
    authoredBy: r.one.userProfiles({ from: r.healthProtocols.authoredByUserId, to: r.userProfiles.id }),
    assignments: r.many.healthProtocolAssignments({
      from: r.healthProtocols.id,
      to: r.healthProtocolAssignments.protocolId,
    }),
  },
  healthProtocolAssignments: {
    protocol: r.one.healthProtocols({
      from: r.healthProtocolAssignments.protocolId,
      to: r.healthProtocols.id,
      optional: false,
    }),
    horse: r.one.horses({ from: r.healthProtocolAssignments.horseId, to: r.horses.id, optional: false }),
    healthRecord: r.one.healthRecords({ from: r.healthProtocolAssignments.healthRecordId, to: r.healthRecords.id }),
    assignedBy: r.one.userProfiles({ from: r.healthProtocolAssignments.assignedByUserId, to: r.userProfiles.id }),
    supervisingVeterinarian: r.one.veterinarians({
      from: r.healthProtocolAssignments.supervisingVeterinarianId,
      to: r.veterinarians.id,
    }),
  },
  horses: {
    healthRecords: r.many.healthRecords({ from: r.horses.id, to: r.healthRecords.horseId }),
    openHealthRecords: r.many.healthRecords({
      from: r.horses.id,
      to: r.healthRecords.horseId,
      where: { status: { ne: 'resolved' } },
    }),
    vetVisits: r.many.vetVisits({ from: r.horses.id, to: r.vetVisits.horseId }),
    vaccinations: r.many.vaccinations({ from: r.horses.id, to: r.vaccinations.horseId }),
    medications: r.many.medications({ from: r.horses.id, to: r.medications.horseId }),
    surgeries: r.many.surgeries({ from: r.horses.id, to: r.surgeries.horseId }),
    dentalRecords: r.many.dentalRecords({ from: r.horses.id, to: r.dentalRecords.horseId }),
    lamenessExams: r.many.lamenessExams({ from: r.horses.id, to: r.lamenessExams.horseId }),
    labResults: r.many.labResults({ from: r.horses.id, to: r.labResults.horseId }),
    injuries: r.many.injuries({ from: r.horses.id, to: r.injuries.horseId }),
    healthAlerts: r.many.healthAlerts({ from: r.horses.id, to: r.healthAlerts.horseId }),
    healthReminders: r.many.healthReminders({ from: r.horses.id, to: r.healthReminders.horseId }),
    vitalSigns: r.many.vitalSigns({ from: r.horses.id, to: r.vitalSigns.horseId }),
    healthStatistics: r.many.healthStatistics({ from: r.horses.id, to: r.healthStatistics.horseId }),
    healthProtocolAssignments: r.many.healthProtocolAssignments({
      from: r.horses.id,
      to: r.healthProtocolAssignments.horseId,
    }),
  },
  userProfiles: {
    healthRecordsRecorded: r.many.healthRecords({ from: r.userProfiles.id, to: r.healthRecords.recordedByUserId }),
    vetVisitsRequested: r.many.vetVisits({ from: r.userProfiles.id, to: r.vetVisits.requestedByUserId }),
    injuriesReported: r.many.injuries({ from: r.userProfiles.id, to: r.injuries.reportedByUserId }),
    healthAlertsAcknowledged: r.many.healthAlerts({ from: r.userProfiles.id, to: r.healthAlerts.acknowledgedByUserId }),
    healthReminders: r.many.healthReminders({ from: r.userProfiles.id, to: r.healthReminders.recipientUserId }),
    vitalSignsRecorded: r.many.vitalSigns({ from: r.userProfiles.id, to: r.vitalSigns.recordedByUserId }),
    healthProtocolsAuthored: r.many.healthProtocols({ from: r.userProfiles.id, to: r.healthProtocols.authoredByUserId }),
    healthProtocolsAssigned: r.many.healthProtocolAssignments({
      from: r.userProfiles.id,
      to: r.healthProtocolAssignments.assignedByUserId,
    }),
  },
  vetPractices: {
    healthRecords: r.many.healthRecords({ from: r.vetPractices.id, to: r.healthRecords.practiceId }),
    vetVisits: r.many.vetVisits({ from: r.vetPractices.id, to: r.vetVisits.practiceId }),
    vaccinations: r.many.vaccinations({ from: r.vetPractices.id, to: r.vaccinations.practiceId }),
    medications: r.many.medications({ from: r.vetPractices.id, to: r.medications.practiceId }),
    surgeries: r.many.surgeries({ from: r.vetPractices.id, to: r.surgeries.practiceId }),
    dentalRecords: r.many.dentalRecords({ from: r.vetPractices.id, to: r.dentalRecords.practiceId }),
    healthProtocols: r.many.healthProtocols({ from: r.vetPractices.id, to: r.healthProtocols.practiceId }),
  },
  veterinarians: {
    healthRecords: r.many.healthRecords({ from: r.veterinarians.id, to: r.healthRecords.veterinarianId }),
    vetVisits: r.many.vetVisits({ from: r.veterinarians.id, to: r.vetVisits.veterinarianId }),
    vaccinationsAdministered: r.many.vaccinations({ from: r.veterinarians.id, to: r.vaccinations.veterinarianId }),
    medicationsPrescribed: r.many.medications({
      from: r.veterinarians.id,
      to: r.medications.prescribedByVeterinarianId,
    }),
    surgeriesPerformed: r.many.surgeries({ from: r.veterinarians.id, to: r.surgeries.surgeonVeterinarianId }),
    dentalRecords: r.many.dentalRecords({ from: r.veterinarians.id, to: r.dentalRecords.veterinarianId }),
    lamenessExams: r.many.lamenessExams({ from: r.veterinarians.id, to: r.lamenessExams.veterinarianId }),
    labResultsRequested: r.many.labResults({ from: r.veterinarians.id, to: r.labResults.requestedByVeterinarianId }),
    injuriesTreated: r.many.injuries({ from: r.veterinarians.id, to: r.injuries.treatedByVeterinarianId }),
    protocolAssignmentsSupervised: r.many.healthProtocolAssignments({
      from: r.veterinarians.id,
      to: r.healthProtocolAssignments.supervisingVeterinarianId,
    }),
  },
}));
