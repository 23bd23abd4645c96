import { fixtureKit, pointing, refusal, setupTestDatabase } from '@db/core/testing';
import { userProfiles, usersCatalog } from '@db/users';
import { anotherUserProfile, usersFixtures } from '@db/users/fixtures';
import { eq } from 'drizzle-orm';
import { describe, expect, test } from 'vitest';
import { horseLocationHistory, horseOwnershipHistory, horsePhotos, horses, horsesCatalog, horseSchemas } from '../src/index.ts';
import { horsesFixtures } from './fixtures.ts';

/** Partial unique indexes (one current X per horse) and multi-column row rules, in Zod and in the database. */
const t = setupTestDatabase();
const fixtures = { ...usersFixtures, ...horsesFixtures };
const catalog = { ...usersCatalog, ...horsesCatalog };
const { seed, seedParentsOf, insertFixture, rowCount, rowByKey } = fixtureKit(t, catalog, fixtures);

describe('one current primary owner per horse', () => {
  test('a second current primary owner is refused, by insert and by update', async () => {
    const { ref } = await seed(horseOwnershipHistory);
    const buyer = await insertFixture(userProfiles, ref, anotherUserProfile('buyer'));
    const primaryKey = { code: '23505', constraint: 'horse_ownership_history_current_primary_owner_key' };

    expect(await refusal(t.db, () => insertFixture(horseOwnershipHistory, ref, { ownerUserId: buyer.id, startedOn: '2024-01-10' }))).toEqual(primaryKey);

    const coOwner = await insertFixture(horseOwnershipHistory, ref, {
      ownerUserId: buyer.id,
      isPrimaryOwner: false,
      sharePercent: '25.00',
      startedOn: '2024-01-10',
    });
    expect(
      await refusal(t.db, () => t.db.update(horseOwnershipHistory).set({ isPrimaryOwner: true }).where(eq(horseOwnershipHistory.id, coOwner.id))),
    ).toEqual(primaryKey);
    expect(await rowByKey(horseOwnershipHistory, coOwner.id)).toMatchObject({ isPrimaryOwner: false });
  });

  test('past primary owners, current co-owners and other horses do not count; a handover closes then opens', async () => {
    const { ref } = await seed(horseOwnershipHistory);
    const breeder = await insertFixture(userProfiles, ref, anotherUserProfile('breeder'));
    const partner = await insertFixture(userProfiles, ref, anotherUserProfile('partner'));
    const buyer = await insertFixture(userProfiles, ref, anotherUserProfile('buyer'));
    const horseRef = (horseId: string) => pointing(ref, { horses: horseId });

    // A closed primary ownership before the current one, and an open non-primary share beside it.
    await insertFixture(horseOwnershipHistory, ref, {
      ownerUserId: breeder.id,
      acquisitionType: 'bred',
      startedOn: '2016-05-03',
      endedOn: '2019-06-01',
      endReason: 'sold',
    });
    await insertFixture(horseOwnershipHistory, ref, { ownerUserId: partner.id, isPrimaryOwner: false, sharePercent: '50.00', startedOn: '2020-01-01' });
    // Another horse has its own current primary owner.
    const other = await insertFixture(horses, ref, { registeredName: 'Another Horse' });
    await insertFixture(horseOwnershipHistory, horseRef(other.id));

    // Handover: close the current primary ownership, then open the buyer's.
    await t.db
      .update(horseOwnershipHistory)
      .set({ endedOn: '2024-03-01', endReason: 'sold' })
      .where(eq(horseOwnershipHistory.id, ref('horse_ownership_history')));
    const bought = await insertFixture(horseOwnershipHistory, ref, { ownerUserId: buyer.id, startedOn: '2024-03-01' });

    const current = (await t.db.select().from(horseOwnershipHistory)).filter(
      (row) => row.horseId === ref('horses') && row.endedOn === null && row.isPrimaryOwner,
    );
    expect(current.map((row) => row.id)).toEqual([bought.id]);
    expect(await rowCount(horseOwnershipHistory)).toBe(5);
  });
});

describe('one current location and one primary photo per horse', () => {
  test('a second open location is refused; a closed one is accepted', async () => {
    const { ref } = await seed(horseLocationHistory);
    const show = { facilityName: 'RDS Simmonscourt', arrivedAt: new Date('2024-08-07T08:00:00Z'), reason: 'competition' };
    expect(await refusal(t.db, () => insertFixture(horseLocationHistory, ref, show))).toEqual({ code: '23505', constraint: 'horse_location_history_current_key' });
    await insertFixture(horseLocationHistory, ref, { ...show, arrivedAt: new Date('2022-08-07T08:00:00Z'), departedAt: new Date('2022-08-11T18:00:00Z') });
    expect(await rowCount(horseLocationHistory)).toBe(2);
  });

  test('a second primary photo is refused; a non-primary one is accepted', async () => {
    const { ref } = await seed(horsePhotos);
    const photo = (key: string) => ({ storageKey: `horses/whisper/${key}.jpg` });
    expect(await refusal(t.db, () => insertFixture(horsePhotos, ref, photo('second-primary')))).toEqual({ code: '23505', constraint: 'horse_photos_horse_id_primary_key' });
    await insertFixture(horsePhotos, ref, { ...photo('gallery-1'), isPrimary: false, sortOrder: 1 });
    expect(await rowCount(horsePhotos)).toBe(2);
  });
});

/**
 * Rules over two columns. `bad` breaks exactly one rule; `field` is where Zod reports it and `other` is the second
 * column the rule reads. An update patch carrying only `field` cannot be judged by the update schema, so it passes
 * there, and the database's CHECK is what refuses it on the stored row.
 */
const rowRules = [
  { table: 'horse_ownership_history', field: 'endReason', other: 'endedOn', bad: { endReason: 'sold', endedOn: null }, check: 'horse_ownership_history_end_reason_ended_on_check' },
  { table: 'horse_ownership_history', field: 'endedOn', other: 'startedOn', bad: { endedOn: '2019-05-01' }, check: 'horse_ownership_history_ended_on_check' },
  { table: 'horse_bloodlines', field: 'generation', other: 'pedigreePosition', bad: { generation: 3 }, check: 'horse_bloodlines_generation_position_check' },
  { table: 'horse_location_history', field: 'longitude', other: 'latitude', bad: { longitude: null }, check: 'horse_location_history_coordinates_check' },
  { table: 'horse_verification_status', field: 'verifiedAt', other: 'status', bad: { verifiedAt: null }, check: 'horse_verification_status_verified_at_check' },
  { table: 'horses', field: 'deceasedOn', other: 'status', bad: { deceasedOn: '2024-01-01' }, check: 'horses_deceased_status_check' },
] as const;

describe('row rules: Zod and the database refuse the same row', () => {
  test.each(rowRules)('$table: $field (with $other)', async ({ table: name, field, other, bad, check }) => {
    const { table, insert, update } = catalog[name]!;
    const { ref } = await seedParentsOf(table);
    const row: Record<string, unknown> = { ...fixtures[name]!(ref), ...bad };

    const parsed = insert.safeParse(row);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((issue) => issue.path[0])).toEqual([field]);
    expect(await refusal(t.db, () => t.db.insert(table).values(row as never))).toEqual({ code: '23514', constraint: check });
    expect(await rowCount(table)).toBe(0);

    // The update schema still judges a patch that carries both columns.
    const both = update.safeParse({ [field]: row[field], [other]: row[other] });
    expect(both.error?.issues.map((issue) => issue.path[0])).toEqual([field]);
  });

  test.each(rowRules)('$table: a patch of $field alone passes the update schema; the CHECK refuses it', async ({ table: name, field, bad, check }) => {
    const { table, update } = catalog[name]!;
    const { ref } = await seed(table);
    const patch = { [field]: (bad as Record<string, unknown>)[field] };

    expect(update.safeParse(patch).success).toBe(true);
    const id = ref(name);
    expect(await refusal(t.db, () => t.db.update(table).set(patch as never).where(eq((table as unknown as { id: never }).id, id)))).toEqual({
      code: '23514',
      constraint: check,
    });
    expect(await rowByKey(table, id)).toMatchObject({ [field]: fixtures[name]!(ref)[field] ?? null });
  });
});

describe('unknown keys are refused, naming them, never dropped', () => {
  const createdByUserId = '5aad9a35-b07f-4a06-a192-cdb22af74140';

  test('an insert with a misspelt registered name', () => {
    const result = horseSchemas.insert.safeParse({ barnName: 'W', registredName: "Galileo's Whisper", sex: 'mare', createdByUserId });
    expect(result.error?.issues).toEqual([expect.objectContaining({ code: 'unrecognized_keys', message: 'unknown field `registredName`' })]);
    // Without the misspelling the same row is valid: the key is the only fault.
    expect(horseSchemas.insert.safeParse({ barnName: 'W', registeredName: "Galileo's Whisper", sex: 'mare', createdByUserId }).success).toBe(true);
  });

  test('an update patch whose only key is misspelt does not pass as an empty update', () => {
    const result = horseSchemas.update.safeParse({ staus: 'retired' });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['unknown field `staus`']);
    expect(horseSchemas.update.parse({ status: 'retired' })).toEqual({ status: 'retired' });
  });

  test('an API that must accept extra keys strips them explicitly, keeping every rule', () => {
    const lenient = horseSchemas.insert.strip();
    expect(lenient.parse({ barnName: 'W', sex: 'mare', createdByUserId, csrfToken: 'x' })).toEqual({ barnName: 'W', sex: 'mare', createdByUserId });
    expect(lenient.safeParse({ sex: 'mare', createdByUserId, csrfToken: 'x' }).error?.issues[0]?.message).toBe('a horse needs a registered name or a barn name');
  });
});
