import {
  differ,
  domainTable,
  formatCheck,
  id,
  nonNegative,
  onlyWhen,
  requiredWhen,
  SNAKE_CASE_KEY,
  textEnum,
  textLength,
  timestamps,
  timestamptz,
} from '@db/core';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { index, integer, text, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { EMOTION_CONTEXT_CATEGORIES, EMOTION_CONTEXT_SENSITIVITIES, EMOTION_TAG_STATUSES } from '../constants.ts';

/**
 * The taxonomy of contexts an emotional response happens in ("vet bill", "horse put down", "first affiliated
 * show", "sale fell through"), a tree by `parent_tag_id`. Observations, triggers, personalised content and
 * marketing decisions name a tag; its `sensitivity` decides what the platform may do there (crisis contexts are
 * never marketed to). A tag is deprecated, with its replacement, not deleted: a parent with children cannot be
 * deleted (RESTRICT); the replacement link is provenance (SET NULL). `key` is the stable upsert key.
 */
export const emotionalContextTags = domainTable(
  'emotional_context_tags',
  {
    id: id(),
    /** Stable snake_case key, e.g. horse_euthanasia, first_affiliated_show. */
    key: text().notNull(),
    label: text().notNull(),
    description: text(),
    category: textEnum(EMOTION_CONTEXT_CATEGORIES).notNull(),
    sensitivity: textEnum(EMOTION_CONTEXT_SENSITIVITIES).notNull().default('standard'),
    parentTagId: uuid().references((): AnyPgColumn => emotionalContextTags.id, { onDelete: 'restrict', name: 'emotional_context_tags_parent_tag_id_fkey' }),
    /** Words and phrases the tagger matches, lower case ("put down", "pts", "colic surgery"). */
    keywords: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    status: textEnum(EMOTION_TAG_STATUSES).notNull().default('active'),
    deprecatedAt: timestamptz(),
    replacedByTagId: uuid().references((): AnyPgColumn => emotionalContextTags.id, { onDelete: 'set null', name: 'emotional_context_tags_replaced_by_tag_id_fkey' }),
    sortOrder: integer().notNull().default(0),
    /** Who added it: a credit, nulled on erasure. */
    createdByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('emotional_context_tags_key_key').on(t.key),
    index('emotional_context_tags_parent_tag_id_idx').on(t.parentTagId, t.sortOrder),
    index('emotional_context_tags_replaced_by_tag_id_idx').on(t.replacedByTagId),
    index('emotional_context_tags_created_by_user_id_idx').on(t.createdByUserId),
    index('emotional_context_tags_category_idx').on(t.category).where(sql`${t.status} = 'active'`),
    formatCheck(t.key, SNAKE_CASE_KEY),
    textLength(t.label, { min: 1, max: 120 }),
    differ(t.id, t.parentTagId, { name: 'emotional_context_tags_parent_check', message: 'a tag cannot be its own parent' }),
    differ(t.id, t.replacedByTagId, { name: 'emotional_context_tags_replaced_by_check', message: 'a tag cannot replace itself' }),
    requiredWhen(t.deprecatedAt, t.status, 'deprecated', { name: 'emotional_context_tags_deprecated_at_check' }),
    onlyWhen(t.replacedByTagId, t.status, 'deprecated', { name: 'emotional_context_tags_replaced_status_check' }),
    nonNegative(t.sortOrder),
  ],
);
