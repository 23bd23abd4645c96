import type { TableSchemaCatalog } from '@db/core';
import {
  appendOnlyRefusal,
  fixtureKit,
  type Fixtures,
  type NaturalKeyCase,
  naturalKeyTests,
  pointing,
  refusal,
  restrictViolation,
  setupTestDatabase,
} from '@db/core/testing';
import { healthFixtureSet } from '@db/health/fixtures';
import { horses } from '@db/horses/tables';
import { horsesFixtureSet } from '@db/horses/fixtures';
import { veterinarians } from '@db/providers/tables';
import { providersFixtureSet } from '@db/providers/fixtures';
import { purchasesFixtureSet } from '@db/purchases/fixtures';
import { recommendationsFixtureSet } from '@db/recommendations/fixtures';
import { userProfiles } from '@db/users/tables';
import { anotherUserProfile, usersFixtureSet } from '@db/users/fixtures';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import {
  breedingContracts,
  breedingPrograms,
  breedingRecommendations,
  breedingRecords,
  embryoTransfers,
  geneticLineageAnalysis,
  geneticTestResults,
  geneticTests,
  mareCycleObservations,
  offspringRecords,
  pedigreeRecords,
  pregnancyChecks,
  recordFoaling,
  semenShipments,
  studServices,
  type RecordFoalingInput,
} from '../src/index.ts';
import { breedingFixtures, breedingFixtureSet } from './fixtures.ts';

/** Natural keys (ingestion upserts), the append-only pregnancy checks, ON DELETE, the current analysis, row rules, foalings. */
const t = setupTestDatabase();
const sets = [usersFixtureSet, horsesFixtureSet, providersFixtureSet, healthFixtureSet, recommendationsFixtureSet, purchasesFixtureSet, breedingFixtureSet];
const catalog: TableSchemaCatalog = Object.assign({}, ...sets.map((set) => set.catalog));
const fixtures: Fixtures = Object.assign({}, ...sets.map((set) => set.fixtures));
const { seed, seedParentsOf, insertFixture, rowByKey, allRows, rowCount } = fixtureKit(t, catalog, fixtures);

/** A stallion of our own: the fixture set's one horse is a mare. */
const aStallion = { registeredName: 'Kilbrack Diamond', barnName: 'Diamond', sex: 'stallion', foalingDate: '2012-04-20', colour: 'grey', heightHands: '16.3' };

describe('natural keys: ingestion upserts', () => {
  const later = new Date('2024-06-20T08:00:00Z');
  const keys: NaturalKeyCase[] = [
    {
      name: 'stud_services',
      table: studServices,
      key: [studServices.stallionId, studServices.seasonYear],
      set: { studFee: '1750.00', status: 'book_full', sourceUpdatedAt: later },
      // Another directory's listing of the same season: only (stallion, season) can refuse it.
      distinct: { sourceSystem: 'aes_stallion_guide', externalId: 'AES-2024-KD' },
      index: 'stud_services_stallion_id_season_year_key',
    },
    {
      name: 'breeding_records',
      table: breedingRecords,
      key: [breedingRecords.sourceSystem, breedingRecords.externalId],
      set: { outcome: 'foaled', sourceUpdatedAt: later },
      index: 'breeding_records_source_system_external_id_key',
    },
    {
      name: 'breeding_contracts',
      table: breedingContracts,
      key: [breedingContracts.signatureProvider, breedingContracts.signatureEnvelopeId],
      set: { status: 'fulfilled', sourceUpdatedAt: later },
      distinct: { contractNumber: 'CEV-AI-2024-032' },
      index: 'breeding_contracts_signature_key',
    },
    {
      name: 'semen_shipments',
      table: semenShipments,
      key: [semenShipments.courier, semenShipments.trackingNumber],
      set: { status: 'used', sourceUpdatedAt: later },
      index: 'semen_shipments_courier_tracking_number_key',
    },
    {
      name: 'mare_cycle_observations',
      table: mareCycleObservations,
      key: [mareCycleObservations.sourceSystem, mareCycleObservations.externalId],
      set: { ovulatedOvary: 'left', sourceUpdatedAt: later },
      index: 'mare_cycle_observations_source_system_external_id_key',
    },
    {
      name: 'embryo_transfers',
      table: embryoTransfers,
      key: [embryoTransfers.sourceSystem, embryoTransfers.externalId],
      set: { outcome: 'foaled', sourceUpdatedAt: later },
      index: 'embryo_transfers_source_system_external_id_key',
    },
    {
      name: 'offspring_records',
      table: offspringRecords,
      key: [offspringRecords.sourceSystem, offspringRecords.externalId],
      set: { birthWeightKg: '53.5', sourceUpdatedAt: later },
      // The same notification without the foal linked: only the source key can refuse it.
      distinct: { foalHorseId: null },
      index: 'offspring_records_source_system_external_id_key',
    },
    {
      name: 'genetic_tests',
      table: geneticTests,
      key: [geneticTests.laboratoryCode, geneticTests.accessionNumber],
      set: { status: 'amended', sourceUpdatedAt: later },
      index: 'genetic_tests_laboratory_code_accession_number_key',
    },
    {
      name: 'genetic_test_results',
      table: geneticTestResults,
      key: [geneticTestResults.geneticTestId, geneticTestResults.markerCode],
      set: { genotype: 'N/WFFS', variantAlleleCount: 1, interpretation: 'carrier', sourceUpdatedAt: later },
      index: 'genetic_test_results_genetic_test_id_marker_code_key',
    },
    {
      name: 'pedigree_records',
      table: pedigreeRecords,
      key: [pedigreeRecords.horseId, pedigreeRecords.studbookCode, pedigreeRecords.pedigreePosition],
      set: { ancestorName: 'Cruising Lady II', matchStatus: 'conflict', sourceUpdatedAt: later },
      index: 'pedigree_records_horse_id_studbook_code_position_key',
    },
    {
      name: 'breeding_recommendations',
      table: breedingRecommendations,
      key: [breedingRecommendations.sourceSystem, breedingRecommendations.externalId],
      set: { score: '0.910', status: 'accepted', sourceUpdatedAt: later },
      index: 'breeding_recommendations_source_system_external_id_key',
    },
  ];

  naturalKeyTests(t, catalog, fixtures, keys);
});

describe('pregnancy checks are append-only evidence', () => {
  test('a check cannot be edited or removed; a re-import adds nothing; a correction supersedes it', async () => {
    const { ref } = await seed(pregnancyChecks);
    const id = ref('pregnancy_checks');

    expect(await refusal(t.db, (tx) => tx.execute(sql`update pregnancy_checks set result = 'not_pregnant' where id = ${id}`))).toEqual(appendOnlyRefusal);
    expect(await refusal(t.db, (tx) => tx.execute(sql`delete from pregnancy_checks where id = ${id}`))).toEqual(appendOnlyRefusal);

    // The practice system sends the same check again: nothing is added, nothing is changed.
    const again = catalog.pregnancy_checks!.insert.parse(breedingFixtures.pregnancy_checks!(ref));
    await t.db
      .insert(pregnancyChecks)
      .values(again as never)
      .onConflictDoNothing({ target: [pregnancyChecks.sourceSystem, pregnancyChecks.externalId] });
    expect(await rowCount(pregnancyChecks)).toBe(1);

    // The vet mistyped the vesicle: the correction is a new row pointing at the check it replaces.
    const correction = await insertFixture(pregnancyChecks, ref, {
      supersedesCheckId: id,
      vesicleDiameterMm: '15.5',
      externalId: 'CEV-PREG-2024-05-26-1010-A1',
    });
    expect(correction).toMatchObject({ supersedesCheckId: id, vesicleDiameterMm: '15.5' });
    expect(await rowByKey(pregnancyChecks, id)).toMatchObject({ vesicleDiameterMm: '17.5' });
  });

  test('the vet who made a check cannot be deleted (23503/23001): the check keeps its author', async () => {
    const { ref } = await seed(pregnancyChecks);
    expect(await refusal(t.db, (tx) => tx.delete(veterinarians).where(eq(veterinarians.id, ref('veterinarians'))))).toEqual({
      code: restrictViolation,
      constraint: 'pregnancy_checks_veterinarian_id_veterinarians_id_fkey',
      column: undefined,
    });
    expect(await rowByKey(pregnancyChecks, ref('pregnancy_checks'))).toMatchObject({ veterinarianId: ref('veterinarians') });
  });
});

describe('ON DELETE follows erasure', () => {
  test("a breeding contract is a legal record: the mare owner's profile cannot be deleted (23503/23001)", async () => {
    const { ref } = await seed(breedingContracts);
    const owner = await insertFixture(userProfiles, ref, anotherUserProfile('mare-owner'));
    const contract = await insertFixture(breedingContracts, ref, {
      mareOwnerUserId: owner.id,
      contractNumber: 'CEV-AI-2024-047',
      signatureEnvelopeId: '0c9e1f7a-2b3d-4e5f-8a6b-7c8d9e0f1a2b',
    });

    expect(await refusal(t.db, (tx) => tx.delete(userProfiles).where(eq(userProfiles.id, owner.id)))).toEqual({
      code: restrictViolation,
      constraint: 'breeding_contracts_mare_owner_user_id_user_profiles_id_fkey',
      column: undefined,
    });
    expect(await rowByKey(breedingContracts, contract.id)).toMatchObject({ mareOwnerUserId: owner.id, status: 'signed' });
  });

  test("a breeder's erasure deletes their own programme and unsets them as recorder; the covers stay", async () => {
    const { ref } = await seed(breedingRecords);
    const breeder = await insertFixture(userProfiles, ref, anotherUserProfile('breeder'));
    const programme = await insertFixture(breedingPrograms, pointing(ref, { user_profiles: breeder.id }), { slug: 'connemara-greys' });
    const cover = await insertFixture(breedingRecords, ref, {
      breedingProgramId: programme.id,
      recordedByUserId: breeder.id,
      externalId: 'EBM-COVER-2024-0113',
    });

    await t.db.delete(userProfiles).where(eq(userProfiles.id, breeder.id));

    expect(await rowByKey(breedingPrograms, programme.id)).toBeUndefined();
    expect(await rowByKey(breedingRecords, cover.id)).toMatchObject({ breedingProgramId: null, recordedByUserId: null, stallionName: 'Kilbrack Diamond' });
    // The first breeder's programme and cover are untouched.
    expect(await rowByKey(breedingPrograms, ref('breeding_programs'))).toMatchObject({ ownerUserId: ref('user_profiles') });
    expect(await rowByKey(breedingRecords, ref('breeding_records'))).toMatchObject({ breedingProgramId: ref('breeding_programs') });
  });

  test("deleting a stallion's horse row unsets the link of a cover, which keeps his name as certified", async () => {
    const { ref } = await seed(breedingRecords);
    const stallion = await insertFixture(horses, ref, aStallion);
    const cover = await insertFixture(breedingRecords, ref, { stallionId: stallion.id, externalId: 'EBM-COVER-2024-0114' });

    await t.db.delete(horses).where(eq(horses.id, stallion.id));

    expect(await rowByKey(breedingRecords, cover.id)).toMatchObject({ stallionId: null, stallionName: 'Kilbrack Diamond', mareId: ref('horses') });
  });
});

describe('one current inbreeding analysis per subject, depth and method (partial unique index)', () => {
  test('a second current analysis is refused; a superseded one is kept beside the new one; a mating has its own', async () => {
    const { ref } = await seed(geneticLineageAnalysis);
    const recomputed = { computedAt: new Date('2024-09-01T08:00:00Z'), coefficientOfInbreeding: '0.009766' };

    expect(await refusal(t.db, () => insertFixture(geneticLineageAnalysis, ref, recomputed))).toMatchObject({
      code: '23505',
      constraint: 'genetic_lineage_analysis_current_key',
    });

    await t.db
      .update(geneticLineageAnalysis)
      .set({ supersededAt: recomputed.computedAt })
      .where(eq(geneticLineageAnalysis.id, ref('genetic_lineage_analysis')));
    const current = await insertFixture(geneticLineageAnalysis, ref, recomputed);
    // Ten generations is another depth, so another current row.
    await insertFixture(geneticLineageAnalysis, ref, { ...recomputed, generationsConsidered: 10 });
    expect(await rowCount(geneticLineageAnalysis)).toBe(3);

    // A prospective mating of the same mare is keyed by (mare, stallion): one current row per pair too.
    const stallion = await insertFixture(horses, ref, aStallion);
    const mating = { horseId: null, mareId: ref('horses'), stallionId: stallion.id };
    await insertFixture(geneticLineageAnalysis, ref, { ...recomputed, ...mating });
    expect(await refusal(t.db, () => insertFixture(geneticLineageAnalysis, ref, { ...recomputed, ...mating }))).toMatchObject({
      code: '23505',
      constraint: 'genetic_lineage_analysis_current_key',
    });
    expect((await allRows(geneticLineageAnalysis)).filter((row) => row.supersededAt === null).map((row) => row.id)).toContain(current.id);
  });
});

describe('row rules: Zod and PostgreSQL refuse the same rows', () => {
  test('a mare is not covered by herself', async () => {
    const { ref } = await seedParentsOf(breedingRecords);
    const row = { ...breedingFixtures.breeding_records!(ref), stallionId: ref('horses') };

    const zod = catalog.breeding_records!.insert.safeParse(row);
    expect(zod.error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([['stallionId', 'the stallion must be another horse than the mare']]);
    expect(await refusal(t.db, (tx) => tx.insert(breedingRecords).values(row as never))).toMatchObject({
      code: '23514',
      constraint: 'breeding_records_stallion_id_check',
    });
  });

  test('real records pass: an estimated cover date, a 401-day gestation, a 9 kg miniature foal', async () => {
    const { ref } = await seed(breedingRecords);
    await insertFixture(breedingRecords, ref, { coveredOn: '2009-06-01', coveredOnIsEstimated: true, seasonYear: 2009, externalId: 'EBM-IMPORT-2009-1' });
    await insertFixture(offspringRecords, ref, {
      foalHorseId: null,
      gestationDays: 401,
      birthWeightKg: '9.0',
      externalId: 'HSI-FN-2019-MINI-1',
    });
    expect(await rowCount(breedingRecords)).toBe(2);
    expect(await rowCount(offspringRecords)).toBe(1);
  });
});

describe('recordFoaling: the foal and its foaling in one transaction', () => {
  const foalingOf = (ref: (table: string) => string, stallionId: string): RecordFoalingInput => ({
    foaling: {
      damId: ref('horses'),
      damName: "Galileo's Whisper",
      sireId: stallionId,
      sireName: 'Kilbrack Diamond',
      breedingRecordId: ref('breeding_records'),
      foaledOn: '2025-04-14',
      foalSex: 'colt',
      gestationDays: 338,
      birthWeightKg: '54.5',
      placentaWeightKg: '5.6',
      placentaPassedMinutes: 40,
      attendingVeterinarianId: ref('veterinarians'),
      recordedByUserId: ref('user_profiles'),
      sourceSystem: 'equine_breeding_manager',
      externalId: 'EBM-FOAL-2025-0031',
    },
    foal: {
      barnName: 'Whisper 2025 colt',
      breed: 'Irish Sport Horse',
      colour: 'bay',
      countryOfBirth: 'IE',
      breederUserId: ref('user_profiles'),
      createdByUserId: ref('user_profiles'),
    },
  });

  test("creates the foal's horses row with its sire and dam, and the offspring record pointing at it", async () => {
    const { ref } = await seed(breedingRecords);
    const stallion = await insertFixture(horses, ref, aStallion);

    const { foalHorseId, offspringRecord } = await recordFoaling(t.db, foalingOf(ref, stallion.id));

    expect(await rowByKey(horses, foalHorseId)).toMatchObject({
      barnName: 'Whisper 2025 colt',
      sex: 'colt',
      sireId: stallion.id,
      damId: ref('horses'),
      foalingDate: '2025-04-14',
      foalingDateIsEstimated: false,
      createdByUserId: ref('user_profiles'),
    });
    expect(offspringRecord).toMatchObject({ foalHorseId, outcome: 'live_foal', foalSex: 'colt', damId: ref('horses'), sireId: stallion.id });
    expect(await rowByKey(offspringRecords, offspringRecord.id)).toMatchObject({ breedingRecordId: ref('breeding_records') });
  });

  test('when the foaling cannot be recorded, no foal is left behind', async () => {
    const { ref } = await seed(breedingRecords);
    const stallion = await insertFixture(horses, ref, aStallion);
    await recordFoaling(t.db, foalingOf(ref, stallion.id));
    const horsesBefore = await rowCount(horses);

    // The same foal notification again: the offspring record is refused, so the second foal's row goes too.
    expect(await refusal(t.db, (tx) => recordFoaling(tx, foalingOf(ref, stallion.id)))).toMatchObject({
      code: '23505',
      constraint: 'offspring_records_source_system_external_id_key',
    });
    expect(await rowCount(horses)).toBe(horsesBefore);
    expect(await rowCount(offspringRecords)).toBe(1);
  });
});
