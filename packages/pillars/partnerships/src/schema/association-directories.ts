import {
  allOneOf,
  differ,
  domainTable,
  E164_PHONE,
  EMAIL,
  EXTERNAL_ID,
  formatCheck,
  HTTP_URL,
  id,
  nonNegative,
  postalAddress,
  postalAddressChecks,
  range,
  requiredWith,
  SLUG,
  textEnum,
  textLength,
  timestamps,
  timestamptz,
  together,
} from '@db/core';
import { groups } from '@db/social/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { date, foreignKey, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  ASSOCIATION_DIRECTORY_SOURCES,
  ASSOCIATION_DISCIPLINES,
  ASSOCIATION_KINDS,
  ASSOCIATION_REGISTRATION_TYPES,
  ASSOCIATION_STATUSES,
  type AssociationDiscipline,
} from '../constants.ts';

/**
 * The directory of equestrian associations themselves: breed societies and studbooks, national and international
 * federations, Pony Club and riding club branches, hunts, vet and farrier associations, welfare charities. A
 * branch points at its national body (`parentAssociationId`) and a club at the federation it is affiliated to.
 * Natural keys: `slug`; (`country_code`, `registration_number`) for a registered charity or company; (`source`,
 * `external_id`) for rows fed from registers and affiliate lists. An association is dissolved or merged through
 * `status`, not deleted, once memberships, partnerships or benefits point at it (restrict there).
 */
export const associationDirectories = domainTable(
  'association_directories',
  {
    id: id(),
    /** The name in full, e.g. "Irish Draught Horse Society". */
    name: text().notNull(),
    /** The acronym or short name people use: IDHS, IPC, AIRC. */
    shortName: text(),
    /** The directory address: /associations/<slug>. */
    slug: text().notNull(),
    associationKind: textEnum(ASSOCIATION_KINDS).notNull(),
    status: textEnum(ASSOCIATION_STATUSES).notNull().default('active'),
    disciplines: text()
      .$type<AssociationDiscipline>()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    description: text(),
    /** The registered or postal address; `country_code` (ISO 3166-1 alpha-2) is the association's country. */
    ...postalAddress(),
    websiteUrl: text(),
    email: text(),
    /** E.164, e.g. +35345850200. */
    phone: text(),
    /** The public register `registration_number` is on (a charity number, a company number). */
    registrationType: textEnum(ASSOCIATION_REGISTRATION_TYPES),
    /** As the register prints it, e.g. RCN 20011532 is stored as 20011532. */
    registrationNumber: text(),
    foundedYear: integer(),
    /** Members as the association last reported them, and the day it reported. */
    memberCount: integer(),
    memberCountAsOf: date(),
    /** The national body a branch belongs to (an Irish Pony Club branch: the Irish Pony Club). FK below. */
    parentAssociationId: uuid(),
    /** The federation a club or society is affiliated to (Horse Sport Ireland, British Equestrian). FK below. */
    affiliatedFederationId: uuid(),
    /** The association's community group on the platform (social), if it runs one. */
    communityGroupId: uuid().references(() => groups.id, { onDelete: 'set null' }),
    /** The association's official who administers the listing: a credit, nulled on their erasure. */
    managedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    source: textEnum(ASSOCIATION_DIRECTORY_SOURCES),
    /** The association's id at the source: an FEI national federation code, a register's number. */
    externalId: text(),
    /** When the source last changed the row: a re-import older than this is stale. */
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('association_directories_slug_key').on(t.slug),
    uniqueIndex('association_directories_registration_key').on(t.countryCode, t.registrationNumber),
    uniqueIndex('association_directories_source_external_id_key').on(t.source, t.externalId),
    index('association_directories_name_idx').on(sql`lower(${t.name})`),
    index('association_directories_parent_association_id_idx').on(t.parentAssociationId),
    index('association_directories_affiliated_federation_id_idx').on(t.affiliatedFederationId),
    index('association_directories_community_group_id_idx').on(t.communityGroupId),
    index('association_directories_managed_by_user_id_idx').on(t.managedByUserId),
    /** The directory: active associations by kind and country. */
    index('association_directories_directory_idx')
      .on(t.associationKind, t.countryCode)
      .where(sql`${t.status} = 'active'`),
    // Declared here with names: the generated ones would pass PostgreSQL's 63 characters. A branch or club
    // outlives its national body's row (set null); the body is normally dissolved through `status` instead.
    foreignKey({
      name: 'association_directories_parent_association_id_fkey',
      columns: [t.parentAssociationId],
      foreignColumns: [t.id],
    }).onDelete('set null'),
    foreignKey({
      name: 'association_directories_affiliated_federation_id_fkey',
      columns: [t.affiliatedFederationId],
      foreignColumns: [t.id],
    }).onDelete('set null'),
    textLength(t.name, { min: 1, max: 200 }),
    formatCheck(t.slug, SLUG),
    allOneOf(t.disciplines, ASSOCIATION_DISCIPLINES),
    ...postalAddressChecks(t),
    formatCheck(t.websiteUrl, HTTP_URL),
    formatCheck(t.email, EMAIL),
    formatCheck(t.phone, E164_PHONE),
    together(t.registrationType, t.registrationNumber, { name: 'association_directories_registration_check' }),
    // Registers are national: a registration number is unique within its country, so it needs the country.
    requiredWith(t.countryCode, t.registrationNumber, { name: 'association_directories_registration_country_check' }),
    formatCheck(t.registrationNumber, EXTERNAL_ID),
    // The oldest hunts and racing bodies date from the 17th and 18th centuries.
    range(t.foundedYear, { min: 1500, max: 2100 }),
    nonNegative(t.memberCount),
    requiredWith(t.memberCountAsOf, t.memberCount, { name: 'association_directories_member_count_as_of_check' }),
    differ(t.id, t.parentAssociationId, { name: 'association_directories_parent_check', message: 'an association cannot be its own parent' }),
    differ(t.id, t.affiliatedFederationId, {
      name: 'association_directories_federation_check',
      message: 'an association cannot be affiliated to itself',
    }),
    together(t.source, t.externalId, { name: 'association_directories_source_pair_check' }),
    formatCheck(t.externalId, EXTERNAL_ID),
    requiredWith(t.externalId, t.sourceUpdatedAt, { name: 'association_directories_source_updated_at_check' }),
  ],
);
