import { fixtureKit, setupTestDatabase } from '@db/core/testing';
import { anotherUserProfile } from '@db/users/fixtures';
import { expect, expectTypeOf, test } from 'vitest';
import {
  equineCatalog,
  horseOwnershipHistory,
  horses,
  providerStaff,
  relations,
  userProfiles,
  type Horse,
  type UserProfile,
} from '../src/index.ts';
import { fixtures } from './catalog.ts';

const t = setupTestDatabase({ relations });
const { seed, insertFixture } = fixtureKit(t, equineCatalog, fixtures);

test("a user's horses through ownership history, and a horse's current owner", async () => {
  const { rows, ref } = await seed(horses);
  const horse = rows.get('horses')! as unknown as Horse;
  const seller = await insertFixture(userProfiles, ref, anotherUserProfile('seller'));
  const buyer = await insertFixture(userProfiles, ref, anotherUserProfile('buyer'));
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
  const { rows } = await seed(providerStaff);
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
