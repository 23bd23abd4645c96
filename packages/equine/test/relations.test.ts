import { insertFixtures, setupTestDatabase, withAncestors } from '@db/core/testing';
import { expect, expectTypeOf, test } from 'vitest';
import { horseOwnershipHistory, horses, providerStaff, relations, userProfiles, type Horse, type UserProfile } from '../src/index.ts';
import { fixtures, insertSchemaOf } from './catalog.ts';

const t = setupTestDatabase({ relations });

/** A second person, distinct on every natural key of the fixture user. */
async function anotherUser(ref: (table: string) => string, name: string) {
  const values = insertSchemaOf('user_profiles').parse({
    ...fixtures.user_profiles!(ref),
    authSubject: `test|${name}`,
    email: `${name}@example.ie`,
    displayName: name,
  });
  const [user] = await t.db.insert(userProfiles).values(values as never).returning();
  return user!;
}

test("a user's horses through ownership history, and a horse's current owner", async () => {
  const base = await insertFixtures(t.db, withAncestors(horses), fixtures, insertSchemaOf);
  const horse = base.get('horses')! as unknown as Horse;
  const ref = (table: string) => base.get(table)!.id;
  const seller = await anotherUser(ref, 'seller');
  const buyer = await anotherUser(ref, 'buyer');
  await t.db.insert(horseOwnershipHistory).values([
    { horseId: horse.id, ownerUserId: seller.id, isPrimaryOwner: true, acquisitionType: 'bred', startedOn: '2015-04-02', endedOn: '2021-09-30' },
    { horseId: horse.id, ownerUserId: buyer.id, isPrimaryOwner: true, acquisitionType: 'purchase', startedOn: '2021-09-30' },
  ]);

  const found = await t.db.query.horses.findFirst({
    where: { id: horse.id },
    with: { currentOwnership: { with: { owner: true } }, owners: { orderBy: { displayName: 'asc' } } },
  });
  expectTypeOf(found!.currentOwnership).toBeNullable(); // a horse may have no current owner
  expectTypeOf(found!.currentOwnership!.owner).toEqualTypeOf<UserProfile>();
  expect(found?.currentOwnership?.owner.id).toBe(buyer.id);
  expect(found?.owners.map((owner) => owner.displayName)).toEqual(['buyer', 'seller']);

  const sellerView = await t.db.query.userProfiles.findFirst({
    where: { id: seller.id },
    with: { ownedHorses: true, horseOwnerships: { with: { horse: true } } },
  });
  expectTypeOf(sellerView!.ownedHorses).toEqualTypeOf<Horse[]>();
  expect(sellerView?.ownedHorses.map((owned) => owned.id)).toEqual([horse.id]);
  expect(sellerView?.horseOwnerships).toEqual([
    expect.objectContaining({ endedOn: '2021-09-30', horse: expect.objectContaining({ id: horse.id }) }),
  ]);
});

test("a provider staff member's user profile, and a user's provider roles", async () => {
  const rows = await insertFixtures(t.db, withAncestors(providerStaff), fixtures, insertSchemaOf);
  const staff = rows.get('provider_staff')!;
  const user = rows.get('user_profiles')!;

  const member = await t.db.query.providerStaff.findFirst({ where: { id: staff.id }, with: { user: true, practice: true } });
  expectTypeOf(member!.user).toEqualTypeOf<UserProfile>();
  expect(member?.user.id).toBe(user.id);
  expect(member?.practice.id).toBe(rows.get('vet_practices')!.id);

  const person = await t.db.query.userProfiles.findFirst({
    where: { id: user.id },
    with: { providerRoles: { with: { practice: true } } },
  });
  expectTypeOf(person!.providerRoles[0]!.practice.legalName).toEqualTypeOf<string>();
  expect(person?.providerRoles.map((role) => role.id)).toEqual([staff.id]);
});
