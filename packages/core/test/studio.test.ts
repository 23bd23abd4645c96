import { defineRelations } from 'drizzle-orm';
import { integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { describe, expect, test } from 'vitest';
import { declaredStudioRelations, legacyRelationsFor, studioRelationsOf } from '../src/studio.ts';

const people = pgTable('people', { id: uuid().primaryKey(), name: text().notNull(), mentorId: uuid('mentor_id') });
const stables = pgTable('stables', { id: uuid().primaryKey(), ownerId: uuid('owner_id').notNull() });
const horses = pgTable('horses', { id: uuid().primaryKey(), stableId: uuid('stable_id'), age: integer() });
const leases = pgTable('leases', { id: uuid().primaryKey(), horseId: uuid('horse_id').notNull(), personId: uuid('person_id').notNull() });
const tables = [people, stables, horses, leases];

const relations = defineRelations({ people, stables, horses, leases }, (r) => ({
  people: {
    mentor: r.one.people({ from: r.people.mentorId, to: r.people.id, alias: 'mentor' }),
    mentees: r.many.people({ from: r.people.id, to: r.people.mentorId, alias: 'mentor' }),
    stables: r.many.stables({ from: r.people.id, to: r.stables.ownerId }),
    leasedHorses: r.many.horses({ from: r.people.id.through(r.leases.personId), to: r.horses.id.through(r.leases.horseId) }),
  },
  stables: {
    owner: r.one.people({ from: r.stables.ownerId, to: r.people.id, optional: false }),
    // No `one` on horses points back: Studio needs one, so an inverse is derived.
    horses: r.many.horses({ from: r.stables.id, to: r.horses.stableId }),
  },
  leases: {
    horse: r.one.horses({ from: r.leases.horseId, to: r.horses.id }),
  },
}));

describe('what Drizzle Studio is given for our relations', () => {
  test('every declared relation but the junction one is listed with its columns, self-references included', () => {
    const listed = studioRelationsOf(tables, legacyRelationsFor(relations));
    expect(listed).toEqual(expect.arrayContaining(declaredStudioRelations(relations)));
    expect(listed).toContainEqual({ table: 'people', name: 'mentees', type: 'many', columns: ['id'], refTable: 'people', refColumns: ['mentor_id'] });
    expect(listed.map((relation) => relation.name)).not.toContain('leasedHorses');
  });

  test('a many without a one pointing back gets an inverse, named after it, for Studio only', () => {
    const listed = studioRelationsOf(tables, legacyRelationsFor(relations));
    expect(listed).toContainEqual({ table: 'horses', name: 'horsesOfStables', type: 'one', columns: ['stable_id'], refTable: 'stables', refColumns: ['id'] });
    expect(declaredStudioRelations(relations).map((relation) => relation.name)).not.toContain('horsesOfStables');
  });

  test('without the one that pairs with it, Studio could not resolve a many: the same reading throws', () => {
    const { stablesRelations: _ownerAndHorses, ...withoutStables } = legacyRelationsFor(relations);
    expect(() => studioRelationsOf(tables, withoutStables)).toThrow(/not enough information/);
  });
});
