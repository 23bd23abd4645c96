import { between, domainTable, id, inOrder, onlyWhen, requiredWhen, requiredWith, textEnum, textLength, timestamps, timestamptz } from '@db/core';
import { adminUsers } from '@db/admin/tables';
import { associationDirectories, partnerships } from '@db/partnerships/tables';
import { sql } from 'drizzle-orm';
import { date, foreignKey, index, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  DIPLOMACY_PRIORITIES,
  DIPLOMACY_RELATIONSHIP_END_REASONS,
  DIPLOMACY_RELATIONSHIP_STATUSES,
  DIPLOMACY_REVIEW_CADENCES,
  DIPLOMACY_STANCES,
} from '../constants.ts';

/**
 * The platform's relationship with one association, period by period: its status (prospect, engaged, formal,
 * strained, ended), priority, the staff owner, a health score 0..100, the association's stance, the last contact
 * and the next review. History is kept, not overwritten: a change of status closes the current row (`valid_to`)
 * and opens a new one, and one row per association is current (`valid_to` null, a partial unique index). The
 * relationship is wider than a partnership: an association the platform only talks to, or is in dispute with,
 * has a relationship and no `partnerships` row; a formal one names its partnership (`partnership_id`).
 * Our own view of the association: the rows go with its directory entry (cascade).
 */
export const associationRelationships = domainTable(
  'association_relationships',
  {
    id: id(),
    /** FK below (cascade). */
    associationId: uuid().notNull(),
    status: textEnum(DIPLOMACY_RELATIONSHIP_STATUSES).notNull().default('prospect'),
    priority: textEnum(DIPLOMACY_PRIORITIES).notNull().default('medium'),
    /** The staff member who owns the relationship: an assignment, nulled when the account goes. FK below. */
    ownerAdminUserId: uuid(),
    /** 0 (broken) to 100 (excellent), from the owner's last assessment. */
    healthScore: smallint(),
    healthAssessedAt: timestamptz(),
    associationStance: textEnum(DIPLOMACY_STANCES),
    reviewCadence: textEnum(DIPLOMACY_REVIEW_CADENCES).notNull().default('quarterly'),
    /** The last exchange with the association (a letter, a meeting), as the owner records it. */
    lastContactAt: timestamptz(),
    nextReviewOn: date(),
    /** The period this row describes; `valid_to` null: the current state. */
    validFrom: date().notNull(),
    validTo: date(),
    /** Why the relationship ended (status `ended` only). */
    endReason: textEnum(DIPLOMACY_RELATIONSHIP_END_REASONS),
    /** The partnership that makes it formal, if any (@db/partnerships): a link, nulled if it goes. FK below. */
    partnershipId: uuid(),
    /** What the platform wants from the relationship, and what the association wants from it. */
    objectives: text(),
    /** The association's side by role, e.g. "Chief Executive", "Hon. Secretary": never a person's name. */
    associationContactRole: text(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('association_relationships_current_key')
      .on(t.associationId)
      .where(sql`${t.validTo} is null`),
    uniqueIndex('association_relationships_period_key').on(t.associationId, t.validFrom),
    index('association_relationships_owner_admin_user_id_idx').on(t.ownerAdminUserId),
    index('association_relationships_partnership_id_idx').on(t.partnershipId),
    /** The review queue: current relationships by next review date. */
    index('association_relationships_review_idx')
      .on(t.nextReviewOn)
      .where(sql`${t.validTo} is null`),
    foreignKey({
      name: 'association_relationships_association_id_fkey',
      columns: [t.associationId],
      foreignColumns: [associationDirectories.id],
    }).onDelete('cascade'),
    foreignKey({
      name: 'association_relationships_owner_admin_user_id_fkey',
      columns: [t.ownerAdminUserId],
      foreignColumns: [adminUsers.id],
    }).onDelete('set null'),
    foreignKey({
      name: 'association_relationships_partnership_id_fkey',
      columns: [t.partnershipId],
      foreignColumns: [partnerships.id],
    }).onDelete('set null'),
    between(t.healthScore, 0, 100),
    requiredWith(t.healthAssessedAt, t.healthScore, { name: 'association_relationships_health_assessed_check' }),
    inOrder(t.validFrom, t.validTo, { name: 'association_relationships_valid_to_check', message: 'must not be before validFrom' }),
    requiredWhen(t.validTo, t.status, 'ended', { name: 'association_relationships_ended_check', message: 'an ended relationship has its end date (validTo)' }),
    onlyWhen(t.endReason, t.status, 'ended', { name: 'association_relationships_end_reason_ended_check' }),
    textLength(t.associationContactRole, { min: 1, max: 120 }),
  ],
);
