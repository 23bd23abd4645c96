import { adminUsers } from '@db/admin/tables';
import { allOneOf, differ, domainTable, formatCheck, id, nonNegative, SLUG, textEnum, textLength, timestamps, timestamptz } from '@db/core';
import { sql } from 'drizzle-orm';
import { index, integer, text, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { FEEDBACK_KINDS, FEEDBACK_PRIORITIES, FEEDBACK_TEAMS, FEEDBACK_TRACKER_PROJECT_KEY } from '../constants.ts';

/**
 * The taxonomy in-app feedback is filed under (Health records > Vaccination reminders), with the team that owns
 * its triage and the tracker project its issues go to. Identified by `slug` (the upsert key of the taxonomy's
 * seed file). A category in use is archived (`archived_at`), never deleted: submissions and sub-categories
 * refer to it with RESTRICT.
 */
export const feedbackCategories = domainTable(
  'feedback_categories',
  {
    id: id(),
    slug: text().notNull(),
    name: text().notNull(),
    /** Shown under the category in the feedback form. */
    description: text(),
    parentCategoryId: uuid().references((): AnyPgColumn => feedbackCategories.id, {
      onDelete: 'restrict',
      name: 'feedback_categories_parent_category_id_fkey',
    }),
    owningTeam: textEnum(FEEDBACK_TEAMS).notNull(),
    /** The kinds of feedback the form offers this category for; empty: every kind. */
    appliesToKinds: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    defaultPriority: textEnum(FEEDBACK_PRIORITIES).notNull().default('normal'),
    /** The Jira project or Linear team its issues are filed in, e.g. MOB. */
    trackerProjectKey: text(),
    /** Who triages new submissions of the category. SET NULL: an assignment; the team stays. */
    triageAdminUserId: uuid().references(() => adminUsers.id, { onDelete: 'set null' }),
    sortOrder: integer().notNull().default(0),
    archivedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('feedback_categories_slug_key').on(t.slug),
    index('feedback_categories_parent_category_id_idx').on(t.parentCategoryId, t.sortOrder),
    index('feedback_categories_triage_admin_user_id_idx').on(t.triageAdminUserId),
    /** The form's list: live categories by team. */
    index('feedback_categories_active_idx').on(t.owningTeam, t.sortOrder).where(sql`${t.archivedAt} is null`),
    formatCheck(t.slug, SLUG),
    textLength(t.name, { min: 1, max: 120 }),
    allOneOf(t.appliesToKinds, FEEDBACK_KINDS),
    formatCheck(t.trackerProjectKey, FEEDBACK_TRACKER_PROJECT_KEY),
    nonNegative(t.sortOrder),
    differ(t.id, t.parentCategoryId, { name: 'feedback_categories_parent_check', message: 'a category cannot be its own parent' }),
  ],
);
