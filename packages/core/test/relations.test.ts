import { defineRelationsPart } from 'drizzle-orm';
import { text, uuid } from 'drizzle-orm/pg-core';
import { describe, expect, test } from 'vitest';
import { domainTable, id, mergeRelationParts } from '../src/index.ts';

const people = domainTable('people', { id: id(), name: text().notNull() });
const pets = domainTable('pets', { id: id(), ownerId: uuid().notNull().references(() => people.id) });
const schema = { people, pets };

const petsPart = defineRelationsPart(schema, (r) => ({
  pets: { owner: r.one.people({ from: r.pets.ownerId, to: r.people.id }) },
  people: { pets: r.many.pets({ from: r.people.id, to: r.pets.ownerId }) },
}));
const namesPart = defineRelationsPart(schema, (r) => ({
  people: { firstPet: r.one.pets({ from: r.people.id, to: r.pets.ownerId }) },
}));

describe('mergeRelationParts', () => {
  test('keeps every relation of a table that several parts mention', () => {
    // Object spread keeps only the later part's `people` entry; the merge keeps both relations.
    expect(Object.keys({ ...petsPart, ...namesPart }.people.relations)).toEqual(['firstPet']);
    const merged = mergeRelationParts(defineRelationsPart(schema), petsPart, namesPart);
    expect(Object.keys(merged.people.relations).sort()).toEqual(['firstPet', 'pets']);
    expect(Object.keys(merged.pets.relations)).toEqual(['owner']);
  });

  test('throws on a relation key defined in two parts', () => {
    const clash = defineRelationsPart(schema, (r) => ({
      people: { pets: r.many.pets({ from: r.people.id, to: r.pets.ownerId }) },
    }));
    expect(() => mergeRelationParts(petsPart, clash)).toThrow('relation people.pets is defined in more than one part');
  });

  test('throws when two parts bind one key to different tables', () => {
    const otherPeople = domainTable('other_people', { id: id() });
    const other = defineRelationsPart({ people: otherPeople });
    expect(() => mergeRelationParts(defineRelationsPart(schema), other)).toThrow('two different tables');
  });

  test('does not mutate the parts it merges', () => {
    mergeRelationParts(petsPart, namesPart);
    expect(Object.keys(petsPart.people.relations)).toEqual(['pets']);
  });
});
