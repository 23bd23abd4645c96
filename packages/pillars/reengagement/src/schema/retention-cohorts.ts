import {
  domainTable,
  formatCheck,
  id,
  inOrder,
  nonNegative,
  onlyWhen,
  positive,
  requiredWhen,
  SNAKE_CASE_KEY,
  textEnum,
  timestamps,
  timestamptz,
} from '@db/core';
import { userSegments } from '@db/retention/tables';
import { userProfiles } from '@db/users/tables';
import { date, index, integer, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  REENGAGEMENT_ACQUISITION_CHANNELS,
  REENGAGEMENT_COHORT_KINDS,
  REENGAGEMENT_COHORT_STATUSES,
  REENGAGEMENT_PERIOD_UNITS,
} from '../constants.ts';

/**
 * A cohort's definition: the users who signed up, or first paid, within a span of days (a calendar month, as a
 * rule), or who came through one acquisition channel in that span; followed for `trackedPeriods` periods of
 * `periodUnit`. Its size once computed, and the static segment (@db/retention's `user_segments`) that holds its
 * members. The figures per period stay in @db/retention's `retention_metrics`, whose `cohort_key` is this `key`.
 */
export const retentionCohorts = domainTable(
  'retention_cohorts',
  {
    id: id(),
    /** Stable snake_case key, e.g. signup_2025_03; retention_metrics.cohort_key. */
    key: text().notNull(),
    name: text().notNull(),
    description: text(),
    kind: textEnum(REENGAGEMENT_COHORT_KINDS).notNull(),
    /** First and last day (included) of the signup, first purchase or acquisition span. */
    cohortStartOn: date().notNull(),
    cohortEndOn: date().notNull(),
    /** For acquisition-channel cohorts: the channel. */
    acquisitionChannel: textEnum(REENGAGEMENT_ACQUISITION_CHANNELS),
    periodUnit: textEnum(REENGAGEMENT_PERIOD_UNITS).notNull().default('month'),
    /** How many periods the cohort is followed for (period 0 included). */
    trackedPeriods: smallint().notNull().default(12),
    /** Users in the cohort at its last computation: the denominator of its rates. */
    cohortSize: integer().notNull().default(0),
    sizeComputedAt: timestamptz(),
    status: textEnum(REENGAGEMENT_COHORT_STATUSES).notNull().default('open'),
    /** The static segment holding its members: a link, unset if the segment is deleted. */
    segmentId: uuid().references(() => userSegments.id, { onDelete: 'set null' }),
    /** Who defined it: a credit, unset when that user is erased. */
    createdByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('retention_cohorts_key_key').on(t.key),
    // The cohort table's rows, in calendar order per kind.
    index('retention_cohorts_kind_start_idx').on(t.kind, t.cohortStartOn),
    index('retention_cohorts_segment_id_idx').on(t.segmentId),
    index('retention_cohorts_created_by_user_id_idx').on(t.createdByUserId),
    formatCheck(t.key, SNAKE_CASE_KEY),
    inOrder(t.cohortStartOn, t.cohortEndOn, { name: 'retention_cohorts_span_check', message: 'must not be before cohortStartOn' }),
    requiredWhen(t.acquisitionChannel, t.kind, 'acquisition_channel', { name: 'retention_cohorts_channel_required_check' }),
    onlyWhen(t.acquisitionChannel, t.kind, 'acquisition_channel', { name: 'retention_cohorts_channel_only_check' }),
    positive(t.trackedPeriods),
    nonNegative(t.cohortSize),
  ],
);
