import {
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  HTTP_URL,
  id,
  inOrder,
  LANGUAGE_TAG,
  nonNegative,
  requiredWhen,
  requiredWith,
  textEnum,
  textLength,
  timestamps,
  timestamptz,
} from '@db/core';
import { adminUsers } from '@db/admin/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { foreignKey, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  PARTNERSHIP_CONTENT_APPROVAL_STATUSES,
  PARTNERSHIP_CONTENT_KINDS,
  PARTNERSHIP_DISCLOSURE_LABELS,
} from '../constants.ts';
import { partnerships } from './partnerships.ts';

/**
 * Co-branded content made with a partner: an article, a guide, a video, a webinar, a newsletter feature, an offer
 * page. It carries the disclosure label consumer-protection rules require, goes through the platform's approval,
 * and is published over a period. It goes with its partnership (cascade); its author and approver are credits
 * (set null). Items fed from a partner's CMS upsert on (`partnership_id`, `external_id`).
 */
export const partnershipContent = domainTable(
  'partnership_content',
  {
    id: id(),
    partnershipId: uuid()
      .notNull()
      .references(() => partnerships.id, { onDelete: 'cascade' }),
    contentKind: textEnum(PARTNERSHIP_CONTENT_KINDS).notNull(),
    title: text().notNull(),
    summary: text(),
    /** Where it is read or watched. */
    url: text(),
    /** BCP 47, e.g. en-IE. */
    locale: text().notNull().default('en'),
    disclosureLabel: textEnum(PARTNERSHIP_DISCLOSURE_LABELS).notNull().default('in_partnership_with'),
    approvalStatus: textEnum(PARTNERSHIP_CONTENT_APPROVAL_STATUSES).notNull().default('draft'),
    submittedAt: timestamptz(),
    approvedAt: timestamptz(),
    /** The staff member who approved it: a credit, nulled when the account goes. FK below. */
    approvedByAdminUserId: uuid(),
    rejectionReason: text(),
    /** The published period; `published_to` null: still online. */
    publishedFrom: timestamptz(),
    publishedTo: timestamptz(),
    /** The platform user who wrote or presented it (a vet, a rider): a credit, nulled on their erasure. */
    authorUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    viewCount: integer().notNull().default(0),
    clickCount: integer().notNull().default(0),
    /** The item's id in the partner's CMS or feed. */
    externalId: text(),
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('partnership_content_external_key').on(t.partnershipId, t.externalId),
    index('partnership_content_approved_by_admin_user_id_idx').on(t.approvedByAdminUserId),
    index('partnership_content_author_user_id_idx').on(t.authorUserId),
    /** The approval queue, oldest first. */
    index('partnership_content_review_queue_idx')
      .on(t.submittedAt)
      .where(sql`${t.approvalStatus} = 'submitted'`),
    /** What is online: approved content by publication. */
    index('partnership_content_published_idx')
      .on(t.publishedFrom)
      .where(sql`${t.approvalStatus} = 'approved'`),
    foreignKey({
      name: 'partnership_content_approved_by_admin_user_id_fkey',
      columns: [t.approvedByAdminUserId],
      foreignColumns: [adminUsers.id],
    }).onDelete('set null'),
    textLength(t.title, { min: 1, max: 300 }),
    formatCheck(t.url, HTTP_URL),
    formatCheck(t.locale, LANGUAGE_TAG),
    requiredWhen(t.approvedAt, t.approvalStatus, 'approved', { name: 'partnership_content_approved_at_check' }),
    requiredWhen(t.rejectionReason, t.approvalStatus, 'rejected', { name: 'partnership_content_rejection_reason_check' }),
    inOrder(t.submittedAt, t.approvedAt, { name: 'partnership_content_approved_after_check', message: 'must not be before submittedAt' }),
    inOrder(t.publishedFrom, t.publishedTo, { name: 'partnership_content_published_to_check', message: 'must not be before publishedFrom' }),
    requiredWhen(t.url, t.approvalStatus, 'approved', { name: 'partnership_content_url_check', message: 'approved content needs its url' }),
    nonNegative(t.viewCount),
    nonNegative(t.clickCount),
    formatCheck(t.externalId, EXTERNAL_ID),
    requiredWith(t.externalId, t.sourceUpdatedAt, { name: 'partnership_content_source_updated_at_check' }),
  ],
);
