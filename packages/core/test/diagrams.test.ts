import { getTableName, sql } from 'drizzle-orm';
import { type AnyPgColumn, getTableConfig, integer, jsonb, numeric, pgSchema, pgTable, serial, text, timestamp, uniqueIndex, uuid, varchar } from 'drizzle-orm/pg-core';
import { describe, expect, test } from 'vitest';
import { erDiagram, groupDiagram } from '../src/diagrams.ts';

// A small schema with one foreign key of each kind: required, optional, one to one (by a unique column, a unique
// index, the primary key), a partial unique index (not one to one), a self reference, and a table outside the list.
const auth = pgSchema('auth');
const accounts = auth.table('accounts', { id: uuid('id').primaryKey(), email: text('email').notNull() });
const people = pgTable('people', {
  id: uuid('id').primaryKey(),
  accountId: uuid('account_id').references(() => accounts.id),
  email: varchar('email', { length: 255 }).notNull().unique(),
  nicknames: text('nicknames').array(),
  joinedAt: timestamp('joined_at', { withTimezone: true }).notNull(),
  lastSeenAt: timestamp('last_seen_at'),
});
const pets = pgTable('pets', {
  id: serial('id').primaryKey(),
  ownerId: uuid('owner_id')
    .notNull()
    .references(() => people.id),
  sitterId: uuid('sitter_id').references(() => people.id),
  motherId: integer('mother_id').references((): AnyPgColumn => pets.id),
  weightKg: numeric('weight_kg', { precision: 5, scale: 2 }),
  traits: jsonb('traits'),
});
const passports = pgTable('passports', {
  id: serial('id').primaryKey(),
  petId: integer('pet_id')
    .notNull()
    .unique()
    .references(() => pets.id),
  vetId: uuid('vet_id').references(() => people.id),
}, (table) => [uniqueIndex('passports_vet_idx').on(table.vetId)]);
const profiles = pgTable('profiles', {
  personId: uuid('person_id')
    .primaryKey()
    .references(() => people.id),
  bio: text('bio'),
});
const walks = pgTable('walks', {
  id: serial('id').primaryKey(),
  petId: integer('pet_id')
    .notNull()
    .references(() => pets.id),
  status: text('status').notNull(),
}, (table) => [uniqueIndex('walks_one_open_per_pet').on(table.petId).where(sql`status = 'open'`)]);

const schema = [people, pets, passports, profiles, walks];

/** The crow's foot of the relationship drawn for `child`'s foreign key `label` (undefined when none is). */
function symbolOf(diagram: string, child: string, label: string): string | undefined {
  const line = diagram.split('\n').find((candidate) => candidate.trim().startsWith(`"${child}" `) && candidate.endsWith(`: "${label}"`));
  return line?.trim().split(' ')[1];
}

/** The attribute lines of `table`'s box, trimmed. */
function attributesOf(diagram: string, table: string): string[] {
  const lines = diagram.split('\n');
  const start = lines.findIndex((line) => line.trim() === `"${table}" {`);
  if (start === -1) return [];
  const end = lines.indexOf('  }', start);
  return lines.slice(start + 1, end).map((line) => line.trim());
}

describe('erDiagram', () => {
  const diagram = erDiagram(schema);

  test('draws a NOT NULL foreign key as many to exactly one and a nullable one as many to zero or one', () => {
    expect(symbolOf(diagram, 'pets', 'owner_id')).toBe('}o--||');
    expect(symbolOf(diagram, 'pets', 'sitter_id')).toBe('}o--o|');
    expect(symbolOf(diagram, 'pets', 'mother_id')).toBe('}o--o|');
  });

  test('draws a foreign key whose columns are unique as one to one, whether by column, index or primary key', () => {
    expect(symbolOf(diagram, 'passports', 'pet_id')).toBe('|o--||');
    expect(symbolOf(diagram, 'passports', 'vet_id')).toBe('|o--o|');
    expect(symbolOf(diagram, 'profiles', 'person_id')).toBe('|o--||');
  });

  test('does not take a partial unique index for one to one', () => {
    expect(symbolOf(diagram, 'walks', 'pet_id')).toBe('}o--||');
  });

  test('points each relationship at the referenced table', () => {
    const line = diagram.split('\n').find((candidate) => candidate.includes(': "mother_id"'));
    expect(line?.trim()).toBe(`"pets" ${symbolOf(diagram, 'pets', 'mother_id')} "pets" : "mother_id"`);
  });

  test('lists every column with its simplified type and its PK, FK and UK markers', () => {
    expect(attributesOf(diagram, 'people')).toEqual([
      'uuid id PK',
      'uuid account_id FK',
      'varchar email UK',
      'text[] nicknames',
      'timestamptz joined_at',
      'timestamp last_seen_at',
    ]);
    expect(attributesOf(diagram, 'pets')).toEqual(['serial id PK', 'uuid owner_id FK', 'uuid sitter_id FK', 'integer mother_id FK', 'numeric weight_kg', 'jsonb traits']);
    expect(attributesOf(diagram, 'profiles')).toEqual(['uuid person_id PK, FK', 'text bio']);
    expect(attributesOf(diagram, 'passports')).toContain('uuid vet_id FK, UK');
  });

  test('gives the same text whatever the order of the tables, with tables and relationships sorted', () => {
    expect(erDiagram([...schema].reverse())).toBe(diagram);
    const boxes = diagram.split('\n').filter((line) => line.endsWith(' {')).map((line) => line.trim());
    const inside = boxes.filter((box) => !box.startsWith('"auth.'));
    expect(inside).toEqual([...inside].sort());
    // By child, then parent, then label: the symbol between them does not decide the order.
    const relationships = diagram
      .split('\n')
      .filter((line) => line.includes('--'))
      .map((line) => { const [child, , parent, , label] = line.trim().split(' '); return [child, parent, label].join(' '); });
    expect(relationships).toEqual([...relationships].sort());
    expect(relationships).toHaveLength(schema.reduce((count, table) => count + getTableConfig(table).foreignKeys.length, 0));
  });

  test('draws a table outside the list with only the key referenced, captioned, after the tables of the list', () => {
    expect(symbolOf(diagram, 'people', 'account_id')).toBe('}o--o|');
    expect(attributesOf(diagram, 'auth.accounts')).toEqual(['uuid id PK "outside this diagram"']);
    const captioned = erDiagram(schema, { outsideNote: () => 'in @db/accounts' });
    expect(attributesOf(captioned, 'auth.accounts')).toEqual(['uuid id PK "in @db/accounts"']);
    const lines = diagram.split('\n');
    expect(lines.indexOf('  "auth.accounts" {')).toBeGreaterThan(lines.indexOf('  "walks" {'));
  });

  test('draws no box for a table of the list when columns are left out, but keeps every relationship', () => {
    const bare = erDiagram(schema, { columns: false });
    for (const table of schema) expect(attributesOf(bare, getTableName(table))).toEqual([]);
    expect(bare.split('\n')).toContain('  "pets"');
    expect(bare.split('\n').filter((line) => line.includes('--'))).toEqual(diagram.split('\n').filter((line) => line.includes('--')));
    expect(attributesOf(bare, 'auth.accounts')).toEqual(['uuid id PK "outside this diagram"']);
  });

  test('quotes every name, so a table named like a Mermaid keyword is still a table', () => {
    const tokens = pgTable('tokens', { id: serial('id').primaryKey(), ownerId: uuid('owner_id').references(() => people.id) });
    const text = erDiagram([tokens, people]);
    expect(text).toContain('  "tokens" {');
    expect(symbolOf(text, 'tokens', 'owner_id')).toBe('}o--o|');
  });

  test('refuses a table listed twice', () => {
    expect(() => erDiagram([people, pets, people])).toThrow('table people is listed twice');
  });
});

describe('groupDiagram', () => {
  const groups = [
    { name: '@db/pets', tables: [pets, passports, walks] },
    { name: '@db/people', tables: [people, profiles, accounts] },
  ];

  test('draws each group with its tables and counts the foreign keys from one group to another', () => {
    const diagram = groupDiagram(groups);
    expect(attributesOf(diagram, '@db/pets')).toEqual(['table passports', 'table pets', 'table walks']);
    // pets.owner_id, pets.sitter_id and passports.vet_id point at people; keys within a group are not counted.
    const lines = diagram.split('\n').filter((line) => line.includes('--'));
    expect(lines).toEqual(['  "@db/pets" }o--o| "@db/people" : "3 foreign keys"']);
  });

  test('refuses a foreign key to a table in no group, and a table in two groups', () => {
    expect(() => groupDiagram([{ name: '@db/pets', tables: [pets] }])).toThrow('people (referenced from @db/pets) is in no group');
    expect(() => groupDiagram([...groups, { name: '@db/again', tables: [pets] }])).toThrow('table pets is in both @db/pets and @db/again');
  });
});
