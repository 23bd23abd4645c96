import {
  allOneOf,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  positive,
  range,
  requiredWhen,
  SNAKE_CASE_KEY,
  textEnum,
  timestamps,
  timestamptz,
} from '@db/core';
import { encryptionKeys } from '@db/compliance/tables';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, smallint, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  AUDITING_ENCRYPTION_CHECK_RESULTS,
  AUDITING_ENCRYPTION_FINDINGS,
  AUDITING_KEY_ALGORITHMS,
  AUDITING_KEY_LENGTH_BITS_MAX,
  AUDITING_KEY_LENGTH_BITS_MIN,
} from '../constants.ts';
import { complianceAudits } from './compliance-audits.ts';

/**
 * A check of one key of @db/compliance's `encryption_keys` inventory, as a configuration scanner (AWS Config,
 * Prowler) or a reviewer sees it: the algorithm and key length observed, HSM backing, automatic rotation, when it
 * was last rotated and when rotation is due, the findings and the verdict. What was observed, not what the
 * inventory says: a difference is itself a finding. Key material never appears. Scanner evaluations are
 * upserted on (source, external_id); a manual review has no external id.
 */
export const encryptionAudit = domainTable(
  'encryption_audit',
  {
    id: id(),
    /** The key checked. RESTRICT: audit evidence; a key is retired in the inventory, never deleted. */
    encryptionKeyId: uuid()
      .notNull()
      .references(() => encryptionKeys.id, { onDelete: 'restrict' }),
    /** The engagement that sampled it (a PCI DSS assessment, an ISO audit). SET NULL: provenance. */
    complianceAuditId: uuid().references(() => complianceAudits.id, { onDelete: 'set null' }),
    /** Who or what checked, snake_case: aws_config, prowler, manual_review. */
    source: text().notNull(),
    /** The scanner's id of the evaluation; null for a manual review. */
    externalId: text(),
    checkedAt: timestamptz().notNull(),
    algorithm: textEnum(AUDITING_KEY_ALGORITHMS).notNull(),
    keyLengthBits: smallint().notNull(),
    /** The version of the key material the KMS reported. */
    keyVersion: integer(),
    hsmBacked: boolean().notNull(),
    autoRotationEnabled: boolean().notNull(),
    lastRotatedAt: timestamptz(),
    /** When the policy's cryptoperiod requires the next rotation. */
    rotationDueAt: timestamptz(),
    result: textEnum(AUDITING_ENCRYPTION_CHECK_RESULTS).notNull(),
    findings: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    remediationDueOn: date(),
    /** The reviewer of a manual check. SET NULL: a credit, nulled on erasure. */
    checkedByUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    /** When the scanner last re-evaluated. */
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('encryption_audit_source_external_id_key').on(t.source, t.externalId),
    /** A key's checks over time. */
    index('encryption_audit_encryption_key_id_idx').on(t.encryptionKeyId, t.checkedAt),
    index('encryption_audit_compliance_audit_id_idx').on(t.complianceAuditId),
    index('encryption_audit_checked_by_user_id_idx').on(t.checkedByUserId),
    /** Failed checks still to remediate, by due date. */
    index('encryption_audit_non_compliant_idx')
      .on(t.remediationDueOn)
      .where(sql`${t.result} = 'non_compliant'`),
    formatCheck(t.source, SNAKE_CASE_KEY),
    formatCheck(t.externalId, EXTERNAL_ID),
    range(t.keyLengthBits, { min: AUDITING_KEY_LENGTH_BITS_MIN, max: AUDITING_KEY_LENGTH_BITS_MAX }),
    positive(t.keyVersion),
    inOrder(t.lastRotatedAt, t.checkedAt, { name: 'encryption_audit_last_rotated_at_check', message: 'must not be before lastRotatedAt' }),
    inOrder(t.lastRotatedAt, t.rotationDueAt, { strict: true, name: 'encryption_audit_rotation_due_at_check', message: 'must be after lastRotatedAt' }),
    allOneOf(t.findings, AUDITING_ENCRYPTION_FINDINGS),
    requiredWhen(t.remediationDueOn, t.result, 'non_compliant', { name: 'encryption_audit_remediation_check' }),
  ],
);
