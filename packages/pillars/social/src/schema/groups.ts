import {
  COUNTRY_CODE,
  domainTable,
  formatCheck,
  id,
  nonNegative,
  requiredWhen,
  requiredWith,
  SLUG,
  textEnum,
  textLength,
  timestamps,
  timestamptz,
  together,
} from '@db/core';
import { vetPractices } from '@db/providers/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { boolean, char, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  SOCIAL_EXTERNAL_ID,
  SOCIAL_GROUP_JOIN_POLICIES,
  SOCIAL_GROUP_PRIVACIES,
  SOCIAL_GROUP_SOURCES,
  SOCIAL_GROUP_STATUSES,
  SOCIAL_GROUP_TYPES,
} from '../constants.ts';

/**
 * A community group: a discipline or breed group, a yard's liveries, a riding club or Pony Club branch, a
 * practice's clients. A group outlives its creator (set null) and its host practice (set null); it is archived,
 * not deleted, once it has a history (moderation actions restrict its deletion). Branches mirrored from a club
 * system (the Irish Pony Club's branch list) are upserted on (source, external_id).
 */
export const groups = domainTable(
  'groups',
  {
    id: id(),
    name: text().notNull(),
    /** The group's address: /groups/<slug>. */
    slug: text().notNull(),
    description: text(),
    groupType: textEnum(SOCIAL_GROUP_TYPES).notNull(),
    privacy: textEnum(SOCIAL_GROUP_PRIVACIES).notNull().default('public'),
    joinPolicy: textEnum(SOCIAL_GROUP_JOIN_POLICIES).notNull().default('open'),
    status: textEnum(SOCIAL_GROUP_STATUSES).notNull().default('active'),
    /** Members' posts wait for an admin's approval. */
    requiresPostApproval: boolean().notNull().default(false),
    /** The group's rules, shown on joining. */
    rules: text(),
    /** ISO 3166-1 alpha-2, for regional groups and clubs. */
    countryCode: char({ length: 2 }),
    region: text(),
    /** A practice that runs the group for its clients. */
    hostPracticeId: uuid().references(() => vetPractices.id, { onDelete: 'set null' }),
    /** Credit: the person who created it. */
    createdByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    memberCount: integer().notNull().default(0),
    postCount: integer().notNull().default(0),
    archivedAt: timestamptz(),
    source: textEnum(SOCIAL_GROUP_SOURCES),
    externalId: text(),
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('groups_slug_key').on(t.slug),
    uniqueIndex('groups_source_external_id_key').on(t.source, t.externalId),
    index('groups_host_practice_id_idx').on(t.hostPracticeId),
    index('groups_created_by_user_id_idx').on(t.createdByUserId),
    // Discovery: listed groups by type and region.
    index('groups_directory_idx')
      .on(t.groupType, t.countryCode, t.region)
      .where(sql`${t.status} = 'active' and ${t.privacy} <> 'secret'`),
    textLength(t.name, { min: 1, max: 100 }),
    formatCheck(t.slug, SLUG),
    formatCheck(t.countryCode, COUNTRY_CODE),
    nonNegative(t.memberCount),
    nonNegative(t.postCount),
    requiredWhen(t.archivedAt, t.status, 'archived', { name: 'groups_archived_at_check' }),
    together(t.source, t.externalId, { name: 'groups_source_pair_check' }),
    formatCheck(t.externalId, SOCIAL_EXTERNAL_ID),
    requiredWith(t.externalId, t.sourceUpdatedAt, { name: 'groups_source_updated_at_check' }),
  ],
);
