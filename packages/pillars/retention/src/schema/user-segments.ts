import {
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  jsonObject,
  nonNegative,
  onlyWhen,
  positive,
  requiredWhen,
  SNAKE_CASE_KEY,
  textEnum,
  timestamps,
  timestamptz,
} from '@db/core';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  RETENTION_SEGMENT_OPERATORS,
  RETENTION_SEGMENT_PURPOSES,
  RETENTION_SEGMENT_SOURCES,
  RETENTION_SEGMENT_STATUSES,
  RETENTION_SEGMENT_TYPES,
} from '../constants.ts';

/** One condition of a rule-based segment, e.g. { field: 'days_since_last_seen', operator: 'gte', value: 60 }. */
export type RetentionSegmentCondition = {
  /** A snake_case attribute the segment engine knows (profile, subscription, activity or horse facts). */
  field: string;
  operator: (typeof RETENTION_SEGMENT_OPERATORS)[number];
  /** Absent for is_set / is_not_set; a list for in / not_in. */
  value?: string | number | boolean | (string | number)[];
};

/** A rule-based segment's definition: its conditions, all or any of which must hold. Empty for lists and models. */
export type RetentionSegmentDefinition = {
  match?: 'all' | 'any';
  conditions?: RetentionSegmentCondition[];
};

/**
 * A named audience of users: who a campaign targets, who it must never message (a suppression list), who is held
 * back as a control group, or a group watched in reports. Defined by rules evaluated here, by a static list, or
 * by a model; or synced from a customer-data or marketing platform, whose (source, external id) is the upsert key.
 * Who is in it, and since when: user_segment_memberships. Archived, not deleted, once campaigns have used it.
 */
export const userSegments = domainTable(
  'user_segments',
  {
    id: id(),
    /** Stable snake_case key used by code and other pillars, e.g. lapsed_barn_owners. */
    key: text().notNull(),
    name: text().notNull(),
    description: text(),
    segmentType: textEnum(RETENTION_SEGMENT_TYPES).notNull().default('rule_based'),
    purpose: textEnum(RETENTION_SEGMENT_PURPOSES).notNull().default('targeting'),
    status: textEnum(RETENTION_SEGMENT_STATUSES).notNull().default('draft'),
    definition: jsonObject<RetentionSegmentDefinition>(),
    /** How often a rule-based or model segment is recomputed; null: on demand only. */
    refreshIntervalMinutes: integer(),
    /** Members at the last computation (a cached count of the open memberships). */
    memberCount: integer().notNull().default(0),
    lastComputedAt: timestamptz(),
    /** Who defined it: a credit, unset when that user is erased. */
    createdByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    source: textEnum(RETENTION_SEGMENT_SOURCES).notNull().default('platform'),
    /** The segment's id at its source (a Braze segment id, a HubSpot list id). */
    externalSegmentId: text(),
    /** When the source last changed the segment, so a re-sync skips what it already has. */
    sourceUpdatedAt: timestamptz(),
    archivedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('user_segments_key_key').on(t.key),
    uniqueIndex('user_segments_source_external_segment_id_key').on(t.source, t.externalSegmentId),
    index('user_segments_created_by_user_id_idx').on(t.createdByUserId),
    // What the sender loads before every send: the active suppression lists and holdouts.
    index('user_segments_active_purpose_idx').on(t.purpose).where(sql`${t.status} = 'active'`),
    formatCheck(t.key, SNAKE_CASE_KEY),
    formatCheck(t.externalSegmentId, EXTERNAL_ID),
    positive(t.refreshIntervalMinutes),
    nonNegative(t.memberCount),
    requiredWhen(t.archivedAt, t.status, 'archived', { name: 'user_segments_archived_at_check' }),
    onlyWhen(t.archivedAt, t.status, 'archived', { name: 'user_segments_archived_status_check' }),
  ],
);
