import {
  createdAt,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  LANGUAGE_TAG,
  SHA256_HEX,
  SNAKE_CASE_KEY,
  textEnum,
  timestamptz,
  together,
} from '@db/core';
import { userProfiles } from '@db/users/tables';
import { index, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  COMPLIANCE_CONSENT_CHANNELS,
  COMPLIANCE_CONSENT_DECISIONS,
  COMPLIANCE_CONSENT_PURPOSES,
  COMPLIANCE_LAWFUL_BASES,
} from '../constants.ts';
import { securityPolicies } from './security-policies.ts';

/**
 * The CONSENT LEDGER (art. 7(1): the controller must be able to show the person consented): one row per decision,
 * APPEND-ONLY (the database refuses UPDATE and DELETE: `complianceDatabaseObjects`). A withdrawal is a new row; the
 * current decision for a user and a purpose is the latest row (`currentConsents`). Each row names the exact
 * notice or consent text shown (`securityPolicyId`, a security_policies version). It holds ids, not personal data; its
 * foreign keys are RESTRICT, and an erasure appends a withdrawal for each purpose still granted, the ledger
 * staying as proof against the anonymised profile. Decisions from a consent-management platform are inserted once
 * on (source, external_id).
 */
export const gdprCompliance = domainTable(
  'gdpr_compliance',
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => userProfiles.id, { onDelete: 'restrict' }),
    purpose: textEnum(COMPLIANCE_CONSENT_PURPOSES).notNull(),
    /** The basis the purpose is processed on: consent, or legitimate interests (where the decision is an objection). */
    lawfulBasis: textEnum(COMPLIANCE_LAWFUL_BASES).notNull(),
    decision: textEnum(COMPLIANCE_CONSENT_DECISIONS).notNull(),
    /** The version of the notice or consent text the decision was made under. */
    securityPolicyId: uuid()
      .notNull()
      .references(() => securityPolicies.id, { onDelete: 'restrict' }),
    capturedVia: textEnum(COMPLIANCE_CONSENT_CHANNELS).notNull(),
    capturedAt: timestamptz().notNull(),
    /** The language the text was shown in (BCP 47), e.g. en-IE, ga-IE. */
    locale: text(),
    /** SHA-256 of the exact wording shown, for texts assembled at run time. */
    consentTextSha256: text(),
    /** The staff member who keyed in a paper or phone decision (RESTRICT: the ledger is append-only). */
    recordedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'restrict' }),
    /** The consent-management platform (snake_case: onetrust, didomi) and its receipt id. */
    source: text(),
    externalId: text(),
    ...createdAt(),
  },
  (t) => [
    /** The current decision per purpose: the latest row of (user, purpose). */
    index('gdpr_compliance_user_id_purpose_captured_at_idx').on(t.userId, t.purpose, t.capturedAt),
    index('gdpr_compliance_security_policy_id_idx').on(t.securityPolicyId),
    index('gdpr_compliance_recorded_by_user_id_idx').on(t.recordedByUserId),
    uniqueIndex('gdpr_compliance_source_external_id_key').on(t.source, t.externalId),
    formatCheck(t.locale, LANGUAGE_TAG),
    formatCheck(t.consentTextSha256, SHA256_HEX),
    together(t.source, t.externalId, { name: 'gdpr_compliance_external_check' }),
    formatCheck(t.source, SNAKE_CASE_KEY),
    formatCheck(t.externalId, EXTERNAL_ID),
  ],
);
