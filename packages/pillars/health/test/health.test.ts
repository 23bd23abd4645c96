import {
  fixtureKit,
  type NaturalKeyCase,
  naturalKeyTests,
  refusal,
  restrictViolation,
  setupTestDatabase,
} from '@db/core/testing';
import { horses, horsesCatalog } from '@db/horses';
import { horsesFixtures } from '@db/horses/fixtures';
import { providersCatalog, veterinarians, vetPractices } from '@db/providers';
import { providersFixtures } from '@db/providers/fixtures';
import { userProfiles, usersCatalog } from '@db/users';
import { anotherUserProfile, usersFixtures } from '@db/users/fixtures';
import { eq, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { describe, expect, test } from 'vitest';
import {
  dentalRecords,
  healthAlerts,
  healthAlertSchemas,
  healthCatalog,
  healthProtocolAssignments,
  healthProtocols,
  healthRecords,
  healthReminders,
  healthStatistics,
  injuries,
  labResults,
  labResultSchemas,
  lamenessExams,
  medications,
  surgeries,
  vaccinations,
  vetVisits,
  vitalSigns,
} from '../src/index.ts';
import { healthFixtures } from './fixtures.ts';

/** ON DELETE behaviour, natural keys (ingestion upserts), partial unique indexes and row rules. */
const t = setupTestDatabase();
const fixtures = { ...usersFixtures, ...horsesFixtures, ...providersFixtures, ...healthFixtures };
const catalog = { ...usersCatalog, ...horsesCatalog, ...providersCatalog, ...healthCatalog };
const { seed, seedParentsOf, insertFixture, rowCount, rowByKey, allRows } = fixtureKit(t, catalog, fixtures);

/** Every table of the package (seeding them brings their parents in the other pillars too). */
const everyTable = Object.values(healthCatalog).map((schemas) => schemas.table);


/** A second vet, distinct from the fixture vet on every natural key. */
const anotherVet = (ref: (name: string) => string) =>
  insertFixture(veterinarians, ref, { userId: null, givenName: 'Ciarán', familyName: 'Walsh', licenceNumber: '2015-0999' });

describe('ON DELETE', () => {
  test('deleting a horse deletes its whole clinical record; protocols, practices and vets stay', async () => {
    const { ref } = await seed(...everyTable);
    const other = await insertFixture(horses, ref, { registeredName: 'Another Horse' });
    const otherVisit = await insertFixture(vetVisits, ref, { horseId: other.id, healthRecordId: null, externalVisitId: 'CEV-APPT-OTHER' });

    await t.db.delete(horses).where(eq(horses.id, ref('horses')));

    for (const table of everyTable) {
      if (table === healthProtocols || table === vetVisits) continue;
      expect(await rowCount(table)).toBe(0);
    }
    expect(await allRows(vetVisits)).toEqual([expect.objectContaining({ id: otherVisit.id })]);
    expect(await rowByKey(healthProtocols, ref('health_protocols'))).toBeDefined();
    expect(await rowCount(vetPractices)).toBe(1);
    expect(await rowCount(veterinarians)).toBe(1);
  });

  test('a practice with visits cannot be deleted (23503/23001): it keeps the clinical record', async () => {
    const { ref } = await seed(vetVisits);
    expect(await refusal(t.db, () => t.db.delete(vetPractices).where(eq(vetPractices.id, ref('vet_practices'))))).toEqual({
      code: restrictViolation,
      constraint: 'vet_visits_practice_id_vet_practices_id_fkey',
    });
    expect(await rowByKey(vetVisits, ref('vet_visits'))).toMatchObject({ practiceId: ref('vet_practices') });
  });

  test('without visits, deleting a practice deletes its protocol library and unsets it on clinical rows', async () => {
    const { ref } = await seed(healthRecords, vaccinations, medications, surgeries, dentalRecords, healthProtocols);
    await t.db.delete(vetVisits).where(eq(vetVisits.id, ref('vet_visits')));

    await t.db.delete(vetPractices).where(eq(vetPractices.id, ref('vet_practices')));

    expect(await rowCount(healthProtocols)).toBe(0);
    for (const table of [healthRecords, vaccinations, medications, surgeries, dentalRecords]) {
      const [row] = await allRows(table);
      expect(row, 'row kept').toBeDefined();
      expect(row!.practiceId).toBeNull();
      expect(row!.vetVisitId ?? null).toBeNull();
    }
  });

  test('a protocol applied to a horse cannot be deleted, nor the practice owning it', async () => {
    const { ref } = await seed(healthProtocolAssignments);
    const refused = { code: restrictViolation, constraint: 'health_protocol_assignments_protocol_id_fkey' };
    expect(await refusal(t.db, () => t.db.delete(healthProtocols).where(eq(healthProtocols.id, ref('health_protocols'))))).toEqual(refused);
    expect(await refusal(t.db, () => t.db.delete(vetPractices).where(eq(vetPractices.id, ref('vet_practices'))))).toEqual(refused);
    expect(await rowCount(healthProtocols)).toBe(1);
  });

  test('a vet who vaccinated, prescribed, operated or sedated cannot be deleted', async () => {
    const { ref } = await seed(vaccinations, medications, surgeries, dentalRecords);
    const signed = [
      'vaccinations_veterinarian_id_veterinarians_id_fkey',
      'medications_prescribed_by_veterinarian_id_fkey',
      'surgeries_surgeon_veterinarian_id_veterinarians_id_fkey',
      'dental_records_veterinarian_id_veterinarians_id_fkey',
    ];
    const deleteVet = () => t.db.delete(veterinarians).where(eq(veterinarians.id, ref('veterinarians')));
    for (const [table, column] of [
      [vaccinations, 'veterinarianId'],
      [medications, 'prescribedByVeterinarianId'],
      [surgeries, 'surgeonVeterinarianId'],
      [dentalRecords, 'veterinarianId'],
    ] as const) {
      const refused = await refusal(t.db, deleteVet);
      expect(refused?.code).toEqual(restrictViolation);
      expect(signed).toContain(refused?.constraint);
      // Each signed record alone blocks the deletion: unlink the tables one at a time.
      if (table === dentalRecords) await t.db.update(table).set({ sedativeUsed: null, [column]: null } as never);
      else await t.db.update(table).set({ [column]: null } as never);
    }
    await deleteVet();
    expect(await rowCount(veterinarians)).toBe(0);
  });

  test('deleting a vet who only attended, examined, requested or supervised unsets them and keeps the rows', async () => {
    const { ref } = await seed(...everyTable);
    const locum = await anotherVet(ref);
    const references: [PgTable, string][] = [
      [healthRecords, 'veterinarianId'],
      [vetVisits, 'veterinarianId'],
      [lamenessExams, 'veterinarianId'],
      [labResults, 'requestedByVeterinarianId'],
      [injuries, 'treatedByVeterinarianId'],
      [healthProtocolAssignments, 'supervisingVeterinarianId'],
    ];
    for (const [table, key] of references) await t.db.update(table).set({ [key]: locum.id } as never);

    await t.db.delete(veterinarians).where(eq(veterinarians.id, locum.id));

    for (const [table, key] of references) {
      const [row] = await allRows(table);
      expect(row, `${key} row kept`).toBeDefined();
      expect(row![key], key).toBeNull();
    }
  });

  test("deleting a user deletes the reminders they receive and unsets them elsewhere", async () => {
    const { ref } = await seed(...everyTable);
    const groom = await insertFixture(userProfiles, ref, anotherUserProfile('groom'));
    const references: [PgTable, string][] = [
      [healthRecords, 'recordedByUserId'],
      [vetVisits, 'requestedByUserId'],
      [injuries, 'reportedByUserId'],
      [healthAlerts, 'acknowledgedByUserId'],
      [vitalSigns, 'recordedByUserId'],
      [healthProtocols, 'authoredByUserId'],
      [healthProtocolAssignments, 'assignedByUserId'],
    ];
    // An acknowledgement names its time (acknowledgedBy requires it), which stays when the user goes.
    await t.db.update(healthAlerts).set({ status: 'acknowledged', acknowledgedAt: new Date('2024-08-29T07:00:00Z') });
    for (const [table, key] of references) await t.db.update(table).set({ [key]: groom.id } as never);
    await insertFixture(healthReminders, ref, { recipientUserId: groom.id });

    await t.db.delete(userProfiles).where(eq(userProfiles.id, groom.id));

    expect(await allRows(healthReminders)).toEqual([expect.objectContaining({ id: ref('health_reminders') })]);
    for (const [table, key] of references) {
      const [row] = await allRows(table);
      expect(row, `${key} row kept`).toBeDefined();
      expect(row![key], key).toBeNull();
    }
    expect(await rowByKey(healthAlerts, ref('health_alerts'))).toMatchObject({ acknowledgedAt: new Date('2024-08-29T07:00:00Z') });
  });

  test("deleting a vaccination deletes the reminders generated from it, and only those", async () => {
    const { ref } = await seed(healthReminders, medications);
    const worming = await insertFixture(healthReminders, ref, {
      vaccinationId: null,
      reminderType: 'deworming',
      title: 'Faecal egg count and worming',
      dueOn: '2024-09-01',
      recurrenceIntervalDays: 90,
    });
    const dose = await insertFixture(healthReminders, ref, { vaccinationId: null, medicationId: ref('medications'), reminderType: 'medication_dose', title: 'Evening bute' });

    await t.db.delete(vaccinations).where(eq(vaccinations.id, ref('vaccinations')));
    expect((await allRows(healthReminders)).map((row) => row.id).sort()).toEqual([worming.id, dose.id].sort());

    await t.db.delete(medications).where(eq(medications.id, ref('medications')));
    expect((await allRows(healthReminders)).map((row) => row.id)).toEqual([worming.id]);
  });

  test('deleting a problem-list entry unsets it on the visits, exams, results, injuries, surgeries and protocols about it', async () => {
    const { ref } = await seed(...everyTable);
    await t.db.delete(healthRecords).where(eq(healthRecords.id, ref('health_records')));
    for (const table of [vetVisits, surgeries, lamenessExams, labResults, injuries, healthProtocolAssignments]) {
      const [row] = await allRows(table);
      expect(row, 'row kept').toBeDefined();
      expect(row!.healthRecordId).toBeNull();
    }
  });
});

describe('natural keys', () => {
  test('a lab result is upserted on (laboratory_code, accession_number, test_code) as the report goes preliminary -> final', async () => {
    const { ref } = await seedParentsOf(labResults);
    const ingest = (overrides: Record<string, unknown>) => {
      const values = labResultSchemas.insert.parse({ ...healthFixtures.lab_results!(ref), ...overrides });
      return t.db
        .insert(labResults)
        .values(values)
        .onConflictDoUpdate({
          target: [labResults.laboratoryCode, labResults.accessionNumber, labResults.testCode],
          set: {
            status: values.status,
            reportedAt: values.reportedAt,
            interpretation: values.interpretation,
            results: values.results,
            comments: values.comments,
          },
        })
        .returning();
    };

    const [preliminary] = await ingest({ status: 'preliminary', reportedAt: null, interpretation: null, results: [], comments: null });
    const [final] = await ingest({});
    const [again] = await ingest({});
    expect(final!.id).toBe(preliminary!.id);
    expect(again!.id).toBe(preliminary!.id);
    expect(await allRows(labResults)).toEqual([
      expect.objectContaining({ id: preliminary!.id, status: 'final', interpretation: 'normal', reportedAt: new Date('2024-04-19T15:10:00Z') }),
    ]);

    // The key is the triple: another test on the same sample is another row.
    await ingest({ testCode: 'BIOCH', testName: 'Biochemistry panel', testCategory: 'biochemistry', sampleType: 'serum' });
    expect(await rowCount(labResults)).toBe(2);

    expect(await refusal(t.db, () => insertFixture(labResults, ref))).toEqual({
      code: '23505',
      constraint: 'lab_results_laboratory_code_accession_number_test_code_key',
    });
  });

  const otherKeys: NaturalKeyCase[] = [
    { name: 'health_records', table: healthRecords, key: [healthRecords.sourceSystem, healthRecords.externalRecordId], set: { status: 'monitoring', severity: 'mild' }, index: 'health_records_source_system_external_record_id_key' },
    { name: 'vet_visits', table: vetVisits, key: [vetVisits.practiceId, vetVisits.externalVisitId], set: { followUpOn: '2024-05-23', totalCharged: '702.50' }, index: 'vet_visits_practice_id_external_visit_id_key' },
    { name: 'vaccinations', table: vaccinations, key: [vaccinations.horseId, vaccinations.vaccineType, vaccinations.administeredOn], set: { batchNumber: 'A279B02', recordedInPassport: false }, index: 'vaccinations_horse_id_vaccine_type_administered_on_key' },
    { name: 'medications', table: medications, key: [medications.practiceId, medications.prescriptionReference], set: { status: 'discontinued', withdrawalEndsOn: '2024-05-08' }, index: 'medications_practice_id_prescription_reference_key' },
    { name: 'vital_signs', table: vitalSigns, key: [vitalSigns.deviceSystem, vitalSigns.externalReadingId], set: { heartRateBpm: 38 }, index: 'vital_signs_device_system_external_reading_id_key', given: { source: 'wearable_sensor', deviceSystem: 'equisense', externalReadingId: 'eqs-7781-0042' } },
    { name: 'health_statistics', table: healthStatistics, key: [healthStatistics.horseId, healthStatistics.periodType, healthStatistics.periodStart], set: { vetVisitCount: 3, vetSpend: '912.00' }, index: 'health_statistics_horse_id_period_type_period_start_key' },
    { name: 'health_protocols', table: healthProtocols, key: [healthProtocols.practiceId, healthProtocols.protocolCode, healthProtocols.version], set: { status: 'retired' }, index: 'health_protocols_practice_id_protocol_code_version_key' },
    { name: 'health_reminders', table: healthReminders, key: [healthReminders.vaccinationId, healthReminders.recipientUserId], set: { remindAt: new Date('2024-08-30T08:00:00Z'), channel: 'push' }, index: 'health_reminders_vaccination_id_recipient_user_id_key' },
  ];

  naturalKeyTests(t, catalog, fixtures, otherKeys);
});

describe('partial unique indexes', () => {
  test('one open alert per (horse, type, source row): the rules engine upserts it, a resolved one does not count', async () => {
    const { ref } = await seed(healthAlerts);
    const openKey = { code: '23505', constraint: 'health_alerts_open_source_key' };
    const raise = (overrides: Record<string, unknown>) =>
      t.db
        .insert(healthAlerts)
        .values(healthAlertSchemas.insert.parse({ ...healthFixtures.health_alerts!(ref), ...overrides }))
        .onConflictDoUpdate({
          target: [healthAlerts.horseId, healthAlerts.alertType, healthAlerts.sourceTable, healthAlerts.sourceId],
          targetWhere: sql`${healthAlerts.status} in ('open', 'acknowledged')`,
          set: { severity: sql`excluded.severity`, message: sql`excluded.message` },
        })
        .returning();

    expect(await refusal(t.db, () => insertFixture(healthAlerts, ref))).toEqual(openKey);
    // The nightly rule re-raises it, more urgent: same row.
    const [raised] = await raise({ severity: 'critical', message: 'Booster overdue in 5 days.' });
    expect(raised).toMatchObject({ id: ref('health_alerts'), severity: 'critical' });
    expect(await rowCount(healthAlerts)).toBe(1);

    // Resolved (the booster was given), the same source may raise a new alert.
    await t.db
      .update(healthAlerts)
      .set({ status: 'resolved', resolvedAt: new Date('2024-09-10T12:00:00Z') })
      .where(eq(healthAlerts.id, ref('health_alerts')));
    const [next] = await raise({ triggeredAt: new Date('2025-02-27T06:00:00Z'), expiresAt: null });
    expect(next!.id).not.toBe(ref('health_alerts'));
    expect(await rowCount(healthAlerts)).toBe(2);
  });

  test('a horse follows a protocol once at a time; a completed run does not count', async () => {
    const { ref } = await seed(healthProtocolAssignments);
    const current = { code: '23505', constraint: 'health_protocol_assignments_current_key' };
    expect(await refusal(t.db, () => insertFixture(healthProtocolAssignments, ref, { status: 'planned', startedOn: '2024-06-01' }))).toEqual(current);

    await t.db
      .update(healthProtocolAssignments)
      .set({ status: 'completed', endedOn: '2024-10-07' })
      .where(eq(healthProtocolAssignments.id, ref('health_protocol_assignments')));
    await insertFixture(healthProtocolAssignments, ref, { status: 'planned', startedOn: '2025-01-06', currentStepIndex: 0 });
    expect(await rowCount(healthProtocolAssignments)).toBe(2);
  });
});

/**
 * Rules over two or more columns. `bad` breaks exactly one rule; `field` is where Zod reports it. Zod refuses the
 * row on that field alone and the database refuses it naming the same CHECK, writing nothing.
 */
const rowRules = [
  { table: 'health_records', field: 'resolvedOn', bad: { status: 'resolved' }, check: 'health_records_resolved_status_check' },
  { table: 'vet_visits', field: 'startedAt', bad: { startedAt: null, endedAt: null }, check: 'vet_visits_completed_started_at_check' },
  { table: 'vaccinations', field: 'batchExpiresOn', bad: { batchExpiresOn: '2024-02-29' }, check: 'vaccinations_batch_expires_on_check' },
  { table: 'medications', field: 'endedOn', bad: { endedOn: null }, check: 'medications_completed_ended_on_check' },
  { table: 'surgeries', field: 'outcome', bad: { status: 'cancelled' }, check: 'surgeries_outcome_completed_check' },
  { table: 'dental_records', field: 'veterinarianId', bad: { veterinarianId: null }, check: 'dental_records_sedation_vet_check' },
  { table: 'lameness_exams', field: 'affectedLimb', bad: { affectedLimb: null }, check: 'lameness_exams_lame_limb_check' },
  { table: 'lameness_exams', field: 'headAsymmetryMm', bad: { headAsymmetryMm: null }, check: 'lameness_exams_sensor_check' },
  { table: 'lab_results', field: 'reportedAt', bad: { reportedAt: null }, check: 'lab_results_final_reported_at_check' },
  { table: 'injuries', field: 'healedOn', bad: { healedOn: '2024-02-28' }, check: 'injuries_healed_on_check' },
  { table: 'health_alerts', field: 'acknowledgedAt', bad: { status: 'acknowledged', acknowledgedByUserId: 'REF:user_profiles' }, check: 'health_alerts_acknowledged_by_check' },
  { table: 'health_reminders', field: 'snoozedUntil', bad: { snoozedUntil: new Date('2024-09-05T08:00:00Z') }, check: 'health_reminders_snoozed_status_check' },
  {
    table: 'vital_signs',
    field: 'bodyConditionScore',
    bad: { temperatureC: null, heartRateBpm: null, respiratoryRatePerMin: null, capillaryRefillSeconds: null, mucousMembraneColour: null, gutSounds: null, digitalPulse: null, weightKg: null, bodyConditionScore: null },
    check: 'vital_signs_measurement_check',
  },
  { table: 'health_statistics', field: 'vetVisitCount', bad: { emergencyVisitCount: 3 }, check: 'health_statistics_visit_counts_check' },
  { table: 'health_protocol_assignments', field: 'discontinuedReason', bad: { discontinuedReason: 'Owner sold the horse' }, check: 'health_protocol_assignments_reason_check' },
] as const;

describe('row rules: Zod and the database refuse the same row', () => {
  test.each(rowRules)('$table: $field ($check)', async ({ table: name, field, bad, check }) => {
    const { table, insert } = catalog[name]!;
    const { ref } = await seedParentsOf(table);
    const patch = Object.fromEntries(Object.entries(bad).map(([key, value]) => [key, typeof value === 'string' && value.startsWith('REF:') ? ref(value.slice(4)) : value]));
    const row: Record<string, unknown> = { ...fixtures[name]!(ref), ...patch };

    const parsed = insert.safeParse(row);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((issue) => issue.path[0])).toEqual([field]);
    expect(await refusal(t.db, () => t.db.insert(table).values(row as never))).toEqual({ code: '23514', constraint: check });
    expect(await rowCount(table)).toBe(0);
  });

  test('the rules engine reads the same rule on an update: resolving a problem without a date is refused', async () => {
    const { ref } = await seed(healthRecords);
    const update = catalog.health_records!.update;
    expect(update.safeParse({ status: 'resolved', resolvedOn: null }).error?.issues.map((issue) => issue.path[0])).toEqual(['resolvedOn']);
    expect(
      await refusal(t.db, () => t.db.update(healthRecords).set({ status: 'resolved' }).where(eq(healthRecords.id, ref('health_records')))),
    ).toEqual({ code: '23514', constraint: 'health_records_resolved_status_check' });
    await t.db.update(healthRecords).set({ status: 'resolved', resolvedOn: '2024-10-07' }).where(eq(healthRecords.id, ref('health_records')));
    expect(await rowByKey(healthRecords, ref('health_records'))).toMatchObject({ status: 'resolved', resolvedOn: '2024-10-07' });
  });
});
