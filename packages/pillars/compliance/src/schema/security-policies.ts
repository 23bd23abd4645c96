import {
  domainTable,
  formatCheck,
  HTTP_URL,
  id,
  inOrder,
  range,
  requiredWhen,
  requiredWith,
  SHA256_HEX,
  SNAKE_CASE_KEY,
  textEnum,
  timestamps,
  timestamptz,
} from '@db/core';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  COMPLIANCE_POLICY_AUDIENCES,
  COMPLIANCE_POLICY_CATEGORIES,
  COMPLIANCE_POLICY_STATUSES,
  COMPLIANCE_POLICY_VERSION,
} from '../constants.ts';

/**
 * Versioned policy documents: the information security policy and its children, and the privacy notices and
 * consent texts users agree to (gdpr_compliance points at the exact version a decision was made under). A version
 * is never edited once approved: a change is a new row with the same `policyKey` and a new `version`, and one
 * version per key is in force (approved, no end date: a partial unique index).
 */
export const securityPolicies = domainTable(
  'security_policies',
  {
    id: id(),
    /** The document's stable key, snake_case: information_security, privacy_notice, marketing_consent_text. */
    policyKey: text().notNull(),
    version: text().notNull(),
    title: text().notNull(),
    category: textEnum(COMPLIANCE_POLICY_CATEGORIES).notNull(),
    audience: textEnum(COMPLIANCE_POLICY_AUDIENCES).notNull().default('all_users'),
    status: textEnum(COMPLIANCE_POLICY_STATUSES).notNull().default('draft'),
    documentUrl: text(),
    /** SHA-256 of the published document: what exactly was in force (and what a user agreed to). */
    documentSha256: text(),
    effectiveFrom: date(),
    effectiveTo: date(),
    /**
     * Management approval (ISO 27001 5.2, A.5.1) is accountability evidence: RESTRICT, and an erased approver
     * stays as the anonymised profile.
     */
    approvedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'restrict' }),
    approvedAt: timestamptz(),
    /** The document owner: a credit, nulled on erasure. */
    ownerUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    reviewIntervalMonths: integer().notNull().default(12),
    nextReviewOn: date(),
    /** Users (or staff) must acknowledge this version before continuing. */
    requiresAcknowledgement: boolean().notNull().default(false),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('security_policies_policy_key_version_key').on(t.policyKey, t.version),
    uniqueIndex('security_policies_in_force_key')
      .on(t.policyKey)
      .where(sql`${t.status} = 'approved' and ${t.effectiveTo} is null`),
    index('security_policies_approved_by_user_id_idx').on(t.approvedByUserId),
    index('security_policies_owner_user_id_idx').on(t.ownerUserId),
    index('security_policies_next_review_on_idx')
      .on(t.nextReviewOn)
      .where(sql`${t.status} = 'approved'`),
    formatCheck(t.policyKey, SNAKE_CASE_KEY),
    formatCheck(t.version, COMPLIANCE_POLICY_VERSION),
    formatCheck(t.documentUrl, HTTP_URL),
    formatCheck(t.documentSha256, SHA256_HEX),
    inOrder(t.effectiveFrom, t.effectiveTo, { name: 'security_policies_effective_period_check', message: 'must not be before effectiveFrom' }),
    requiredWhen(t.effectiveFrom, t.status, 'approved', { name: 'security_policies_approved_effective_from_check' }),
    requiredWhen(t.approvedAt, t.status, 'approved', { name: 'security_policies_approved_at_check' }),
    requiredWith(t.approvedAt, t.approvedByUserId, { name: 'security_policies_approved_by_check' }),
    range(t.reviewIntervalMonths, { min: 1, max: 60 }),
    inOrder(t.effectiveFrom, t.nextReviewOn, { name: 'security_policies_next_review_on_check', message: 'must not be before effectiveFrom' }),
  ],
);
