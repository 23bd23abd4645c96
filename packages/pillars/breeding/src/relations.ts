import { labResults, vetVisits } from '@db/health/tables';
import { horseBloodlines, horses } from '@db/horses/tables';
import { vetPractices, veterinarians } from '@db/providers/tables';
import { invoices } from '@db/purchases/tables';
import { aiModels } from '@db/recommendations/tables';
import { userProfiles } from '@db/users/tables';
import { defineRelationsPart } from 'drizzle-orm';
import * as schema from './tables.ts';

/**
 * This package's relations part: `r.one` edges from its tables, their reverse `r.many`, and the reverse edges onto
 * the parents it references (horses, horse_bloodlines, user_profiles, vet_practices, veterinarians, vet_visits,
 * lab_results, invoices, ai_models), under keys prefixed `breeding` so they cannot meet other pillars'.
 */
export const breedingRelations = defineRelationsPart(
  { ...schema, horses, horseBloodlines, userProfiles, vetPractices, veterinarians, vetVisits, labResults, invoices, aiModels },
  (r) => ({
    studServices: {
      stallion: r.one.horses({ from: r.studServices.stallionId, to: r.horses.id, optional: false }),
      standingAt: r.one.vetPractices({ from: r.studServices.standingAtPracticeId, to: r.vetPractices.id }),
      contracts: r.many.breedingContracts({ from: r.studServices.id, to: r.breedingContracts.studServiceId }),
      semenShipments: r.many.semenShipments({ from: r.studServices.id, to: r.semenShipments.studServiceId }),
      covers: r.many.breedingRecords({ from: r.studServices.id, to: r.breedingRecords.studServiceId }),
      recommendations: r.many.breedingRecommendations({ from: r.studServices.id, to: r.breedingRecommendations.studServiceId }),
    },
    breedingPrograms: {
      owner: r.one.userProfiles({ from: r.breedingPrograms.ownerUserId, to: r.userProfiles.id, optional: false }),
      managingPractice: r.one.vetPractices({ from: r.breedingPrograms.managingPracticeId, to: r.vetPractices.id }),
      covers: r.many.breedingRecords({ from: r.breedingPrograms.id, to: r.breedingRecords.breedingProgramId }),
      recommendations: r.many.breedingRecommendations({ from: r.breedingPrograms.id, to: r.breedingRecommendations.breedingProgramId }),
    },
    breedingContracts: {
      studService: r.one.studServices({ from: r.breedingContracts.studServiceId, to: r.studServices.id, optional: false }),
      mare: r.one.horses({ from: r.breedingContracts.mareId, to: r.horses.id, optional: false }),
      mareOwner: r.one.userProfiles({
        from: r.breedingContracts.mareOwnerUserId,
        to: r.userProfiles.id,
        optional: false,
        alias: 'breeding_contract_mare_owner',
      }),
      stallionOwner: r.one.userProfiles({
        from: r.breedingContracts.stallionOwnerUserId,
        to: r.userProfiles.id,
        alias: 'breeding_contract_stallion_owner',
      }),
      invoice: r.one.invoices({ from: r.breedingContracts.invoiceId, to: r.invoices.id }),
      semenShipments: r.many.semenShipments({ from: r.breedingContracts.id, to: r.semenShipments.breedingContractId }),
      covers: r.many.breedingRecords({ from: r.breedingContracts.id, to: r.breedingRecords.breedingContractId }),
    },
    semenShipments: {
      studService: r.one.studServices({ from: r.semenShipments.studServiceId, to: r.studServices.id, optional: false }),
      breedingContract: r.one.breedingContracts({ from: r.semenShipments.breedingContractId, to: r.breedingContracts.id }),
      mare: r.one.horses({ from: r.semenShipments.mareId, to: r.horses.id }),
      destinationPractice: r.one.vetPractices({ from: r.semenShipments.destinationPracticeId, to: r.vetPractices.id }),
      covers: r.many.breedingRecords({ from: r.semenShipments.id, to: r.breedingRecords.semenShipmentId }),
    },
    breedingRecords: {
      mare: r.one.horses({ from: r.breedingRecords.mareId, to: r.horses.id, optional: false, alias: 'breeding_record_mare' }),
      stallion: r.one.horses({ from: r.breedingRecords.stallionId, to: r.horses.id, alias: 'breeding_record_stallion' }),
      studService: r.one.studServices({ from: r.breedingRecords.studServiceId, to: r.studServices.id }),
      breedingContract: r.one.breedingContracts({ from: r.breedingRecords.breedingContractId, to: r.breedingContracts.id }),
      semenShipment: r.one.semenShipments({ from: r.breedingRecords.semenShipmentId, to: r.semenShipments.id }),
      breedingProgram: r.one.breedingPrograms({ from: r.breedingRecords.breedingProgramId, to: r.breedingPrograms.id }),
      inseminatingVeterinarian: r.one.veterinarians({ from: r.breedingRecords.inseminatingVeterinarianId, to: r.veterinarians.id }),
      recordedBy: r.one.userProfiles({ from: r.breedingRecords.recordedByUserId, to: r.userProfiles.id }),
      pregnancyChecks: r.many.pregnancyChecks({ from: r.breedingRecords.id, to: r.pregnancyChecks.breedingRecordId }),
      embryoTransfers: r.many.embryoTransfers({ from: r.breedingRecords.id, to: r.embryoTransfers.breedingRecordId }),
      foalings: r.many.offspringRecords({ from: r.breedingRecords.id, to: r.offspringRecords.breedingRecordId }),
    },
    mareCycleObservations: {
      mare: r.one.horses({ from: r.mareCycleObservations.mareId, to: r.horses.id, optional: false }),
      veterinarian: r.one.veterinarians({ from: r.mareCycleObservations.veterinarianId, to: r.veterinarians.id }),
      vetVisit: r.one.vetVisits({ from: r.mareCycleObservations.vetVisitId, to: r.vetVisits.id }),
    },
    pregnancyChecks: {
      mare: r.one.horses({ from: r.pregnancyChecks.mareId, to: r.horses.id, optional: false }),
      breedingRecord: r.one.breedingRecords({ from: r.pregnancyChecks.breedingRecordId, to: r.breedingRecords.id }),
      veterinarian: r.one.veterinarians({ from: r.pregnancyChecks.veterinarianId, to: r.veterinarians.id }),
      vetVisit: r.one.vetVisits({ from: r.pregnancyChecks.vetVisitId, to: r.vetVisits.id }),
      supersedes: r.one.pregnancyChecks({
        from: r.pregnancyChecks.supersedesCheckId,
        to: r.pregnancyChecks.id,
        alias: 'pregnancy_check_supersedes',
      }),
      supersededBy: r.many.pregnancyChecks({
        from: r.pregnancyChecks.id,
        to: r.pregnancyChecks.supersedesCheckId,
        alias: 'pregnancy_check_supersedes',
      }),
    },
    embryoTransfers: {
      donorMare: r.one.horses({ from: r.embryoTransfers.donorMareId, to: r.horses.id, optional: false, alias: 'embryo_transfer_donor' }),
      recipientMare: r.one.horses({ from: r.embryoTransfers.recipientMareId, to: r.horses.id, alias: 'embryo_transfer_recipient' }),
      breedingRecord: r.one.breedingRecords({ from: r.embryoTransfers.breedingRecordId, to: r.breedingRecords.id }),
      veterinarian: r.one.veterinarians({ from: r.embryoTransfers.veterinarianId, to: r.veterinarians.id }),
      practice: r.one.vetPractices({ from: r.embryoTransfers.practiceId, to: r.vetPractices.id }),
      foalings: r.many.offspringRecords({ from: r.embryoTransfers.id, to: r.offspringRecords.embryoTransferId }),
    },
    offspringRecords: {
      dam: r.one.horses({ from: r.offspringRecords.damId, to: r.horses.id, alias: 'offspring_record_dam' }),
      sire: r.one.horses({ from: r.offspringRecords.sireId, to: r.horses.id, alias: 'offspring_record_sire' }),
      foal: r.one.horses({ from: r.offspringRecords.foalHorseId, to: r.horses.id, alias: 'offspring_record_foal' }),
      breedingRecord: r.one.breedingRecords({ from: r.offspringRecords.breedingRecordId, to: r.breedingRecords.id }),
      embryoTransfer: r.one.embryoTransfers({ from: r.offspringRecords.embryoTransferId, to: r.embryoTransfers.id }),
      attendingVeterinarian: r.one.veterinarians({ from: r.offspringRecords.attendingVeterinarianId, to: r.veterinarians.id }),
      recordedBy: r.one.userProfiles({ from: r.offspringRecords.recordedByUserId, to: r.userProfiles.id }),
    },
    geneticTests: {
      horse: r.one.horses({ from: r.geneticTests.horseId, to: r.horses.id, optional: false }),
      orderedBy: r.one.userProfiles({ from: r.geneticTests.orderedByUserId, to: r.userProfiles.id }),
      labResult: r.one.labResults({ from: r.geneticTests.labResultId, to: r.labResults.id }),
      results: r.many.geneticTestResults({ from: r.geneticTests.id, to: r.geneticTestResults.geneticTestId }),
    },
    geneticTestResults: {
      geneticTest: r.one.geneticTests({ from: r.geneticTestResults.geneticTestId, to: r.geneticTests.id, optional: false }),
    },
    pedigreeRecords: {
      horse: r.one.horses({ from: r.pedigreeRecords.horseId, to: r.horses.id, optional: false, alias: 'pedigree_record_horse' }),
      ancestorHorse: r.one.horses({ from: r.pedigreeRecords.ancestorHorseId, to: r.horses.id, alias: 'pedigree_record_ancestor' }),
      horseBloodline: r.one.horseBloodlines({ from: r.pedigreeRecords.horseBloodlineId, to: r.horseBloodlines.id }),
    },
    geneticLineageAnalysis: {
      horse: r.one.horses({ from: r.geneticLineageAnalysis.horseId, to: r.horses.id, alias: 'lineage_analysis_horse' }),
      mare: r.one.horses({ from: r.geneticLineageAnalysis.mareId, to: r.horses.id, alias: 'lineage_analysis_mare' }),
      stallion: r.one.horses({ from: r.geneticLineageAnalysis.stallionId, to: r.horses.id, alias: 'lineage_analysis_stallion' }),
      requestedBy: r.one.userProfiles({ from: r.geneticLineageAnalysis.requestedByUserId, to: r.userProfiles.id }),
    },
    breedingRecommendations: {
      mare: r.one.horses({ from: r.breedingRecommendations.mareId, to: r.horses.id, optional: false, alias: 'breeding_recommendation_mare' }),
      stallion: r.one.horses({ from: r.breedingRecommendations.stallionId, to: r.horses.id, alias: 'breeding_recommendation_stallion' }),
      studService: r.one.studServices({ from: r.breedingRecommendations.studServiceId, to: r.studServices.id }),
      user: r.one.userProfiles({ from: r.breedingRecommendations.userId, to: r.userProfiles.id, optional: false }),
      model: r.one.aiModels({ from: r.breedingRecommendations.modelId, to: r.aiModels.id, optional: false }),
      breedingProgram: r.one.breedingPrograms({ from: r.breedingRecommendations.breedingProgramId, to: r.breedingPrograms.id }),
    },
    horses: {
      breedingStudServices: r.many.studServices({ from: r.horses.id, to: r.studServices.stallionId }),
      breedingCoversAsMare: r.many.breedingRecords({ from: r.horses.id, to: r.breedingRecords.mareId, alias: 'breeding_record_mare' }),
      breedingCoversAsStallion: r.many.breedingRecords({ from: r.horses.id, to: r.breedingRecords.stallionId, alias: 'breeding_record_stallion' }),
      breedingContractsAsMare: r.many.breedingContracts({ from: r.horses.id, to: r.breedingContracts.mareId }),
      breedingSemenShipments: r.many.semenShipments({ from: r.horses.id, to: r.semenShipments.mareId }),
      breedingCycleObservations: r.many.mareCycleObservations({ from: r.horses.id, to: r.mareCycleObservations.mareId }),
      breedingPregnancyChecks: r.many.pregnancyChecks({ from: r.horses.id, to: r.pregnancyChecks.mareId }),
      breedingEmbryosDonated: r.many.embryoTransfers({ from: r.horses.id, to: r.embryoTransfers.donorMareId, alias: 'embryo_transfer_donor' }),
      breedingEmbryosCarried: r.many.embryoTransfers({ from: r.horses.id, to: r.embryoTransfers.recipientMareId, alias: 'embryo_transfer_recipient' }),
      breedingFoalingsAsDam: r.many.offspringRecords({ from: r.horses.id, to: r.offspringRecords.damId, alias: 'offspring_record_dam' }),
      breedingFoalingsAsSire: r.many.offspringRecords({ from: r.horses.id, to: r.offspringRecords.sireId, alias: 'offspring_record_sire' }),
      breedingBirthRecord: r.one.offspringRecords({ from: r.horses.id, to: r.offspringRecords.foalHorseId, alias: 'offspring_record_foal' }),
      breedingGeneticTests: r.many.geneticTests({ from: r.horses.id, to: r.geneticTests.horseId }),
      breedingPedigreeRecords: r.many.pedigreeRecords({ from: r.horses.id, to: r.pedigreeRecords.horseId, alias: 'pedigree_record_horse' }),
      breedingPedigreeAppearances: r.many.pedigreeRecords({ from: r.horses.id, to: r.pedigreeRecords.ancestorHorseId, alias: 'pedigree_record_ancestor' }),
      breedingLineageAnalyses: r.many.geneticLineageAnalysis({ from: r.horses.id, to: r.geneticLineageAnalysis.horseId, alias: 'lineage_analysis_horse' }),
      breedingMatingAnalysesAsMare: r.many.geneticLineageAnalysis({ from: r.horses.id, to: r.geneticLineageAnalysis.mareId, alias: 'lineage_analysis_mare' }),
      breedingMatingAnalysesAsStallion: r.many.geneticLineageAnalysis({
        from: r.horses.id,
        to: r.geneticLineageAnalysis.stallionId,
        alias: 'lineage_analysis_stallion',
      }),
      breedingRecommendationsAsMare: r.many.breedingRecommendations({
        from: r.horses.id,
        to: r.breedingRecommendations.mareId,
        alias: 'breeding_recommendation_mare',
      }),
      breedingRecommendationsAsStallion: r.many.breedingRecommendations({
        from: r.horses.id,
        to: r.breedingRecommendations.stallionId,
        alias: 'breeding_recommendation_stallion',
      }),
    },
    horseBloodlines: {
      breedingPedigreeRecords: r.many.pedigreeRecords({ from: r.horseBloodlines.id, to: r.pedigreeRecords.horseBloodlineId }),
    },
    userProfiles: {
      breedingPrograms: r.many.breedingPrograms({ from: r.userProfiles.id, to: r.breedingPrograms.ownerUserId }),
      breedingContractsAsMareOwner: r.many.breedingContracts({
        from: r.userProfiles.id,
        to: r.breedingContracts.mareOwnerUserId,
        alias: 'breeding_contract_mare_owner',
      }),
      breedingContractsAsStallionOwner: r.many.breedingContracts({
        from: r.userProfiles.id,
        to: r.breedingContracts.stallionOwnerUserId,
        alias: 'breeding_contract_stallion_owner',
      }),
      breedingRecordsRecorded: r.many.breedingRecords({ from: r.userProfiles.id, to: r.breedingRecords.recordedByUserId }),
      breedingFoalingsRecorded: r.many.offspringRecords({ from: r.userProfiles.id, to: r.offspringRecords.recordedByUserId }),
      breedingGeneticTestsOrdered: r.many.geneticTests({ from: r.userProfiles.id, to: r.geneticTests.orderedByUserId }),
      breedingLineageAnalysesRequested: r.many.geneticLineageAnalysis({ from: r.userProfiles.id, to: r.geneticLineageAnalysis.requestedByUserId }),
      breedingRecommendations: r.many.breedingRecommendations({ from: r.userProfiles.id, to: r.breedingRecommendations.userId }),
    },
    vetPractices: {
      breedingStudServicesStanding: r.many.studServices({ from: r.vetPractices.id, to: r.studServices.standingAtPracticeId }),
      breedingProgramsManaged: r.many.breedingPrograms({ from: r.vetPractices.id, to: r.breedingPrograms.managingPracticeId }),
      breedingSemenShipmentsReceived: r.many.semenShipments({ from: r.vetPractices.id, to: r.semenShipments.destinationPracticeId }),
      breedingEmbryoTransfers: r.many.embryoTransfers({ from: r.vetPractices.id, to: r.embryoTransfers.practiceId }),
    },
    veterinarians: {
      breedingInseminations: r.many.breedingRecords({ from: r.veterinarians.id, to: r.breedingRecords.inseminatingVeterinarianId }),
      breedingCycleObservations: r.many.mareCycleObservations({ from: r.veterinarians.id, to: r.mareCycleObservations.veterinarianId }),
      breedingPregnancyChecks: r.many.pregnancyChecks({ from: r.veterinarians.id, to: r.pregnancyChecks.veterinarianId }),
      breedingEmbryoTransfers: r.many.embryoTransfers({ from: r.veterinarians.id, to: r.embryoTransfers.veterinarianId }),
      breedingFoalingsAttended: r.many.offspringRecords({ from: r.veterinarians.id, to: r.offspringRecords.attendingVeterinarianId }),
    },
    vetVisits: {
      breedingCycleObservations: r.many.mareCycleObservations({ from: r.vetVisits.id, to: r.mareCycleObservations.vetVisitId }),
      breedingPregnancyChecks: r.many.pregnancyChecks({ from: r.vetVisits.id, to: r.pregnancyChecks.vetVisitId }),
    },
    labResults: {
      breedingGeneticTests: r.many.geneticTests({ from: r.labResults.id, to: r.geneticTests.labResultId }),
    },
    invoices: {
      breedingContracts: r.many.breedingContracts({ from: r.invoices.id, to: r.breedingContracts.invoiceId }),
    },
    aiModels: {
      breedingRecommendations: r.many.breedingRecommendations({ from: r.aiModels.id, to: r.breedingRecommendations.modelId }),
    },
  }),
);
