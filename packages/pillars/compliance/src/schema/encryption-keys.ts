import { differ, domainTable, formatCheck, id, inOrder, range, requiredWhen, textEnum, timestamps, timestamptz } from '@db/core';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { boolean, index, integer, text, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import {
  COMPLIANCE_KEY_ALGORITHMS,
  COMPLIANCE_KEY_PURPOSES,
  COMPLIANCE_KEY_STATUSES,
  COMPLIANCE_KMS_KEY_ID,
  COMPLIANCE_KMS_PROVIDERS,
} from '../constants.ts';

/**
 * The inventory of encryption keys: METADATA ONLY. Key material never leaves the KMS or HSM and has no column
 * here; what is recorded is which key (the KMS's own id, the upsert key of the inventory sync), what it protects,
 * its algorithm, and its life: created, last rotated, retired, in that order, against a rotation period. A
 * replaced key points at its successor.
 */
export const encryptionKeys = domainTable(
  'encryption_keys',
  {
    id: id(),
    kmsProvider: textEnum(COMPLIANCE_KMS_PROVIDERS).notNull(),
    /** The KMS's id for the key: an AWS key ARN, a GCP key resource name, an Azure key identifier. */
    kmsKeyId: text().notNull(),
    /** The alias applications use, e.g. alias/equine-health-records. */
    keyAlias: text(),
    algorithm: textEnum(COMPLIANCE_KEY_ALGORITHMS).notNull(),
    purpose: textEnum(COMPLIANCE_KEY_PURPOSES).notNull(),
    /** What it protects: a column, a bucket, a backup set, e.g. health_records.clinical_notes. */
    protectedResource: text(),
    /** Version of the key material as the KMS counts it (rotations keep the key id). */
    keyVersion: integer().notNull().default(1),
    isHsmBacked: boolean().notNull().default(false),
    status: textEnum(COMPLIANCE_KEY_STATUSES).notNull().default('active'),
    /** When the KMS created the key. */
    keyCreatedAt: timestamptz().notNull(),
    lastRotatedAt: timestamptz(),
    retiredAt: timestamptz(),
    /** Policy: rotate at least every N days (PCI DSS 3.6.4 cryptoperiods); null when rotation is manual only. */
    rotationPeriodDays: integer(),
    /** The key that replaced this one, once it is retired or compromised. */
    replacedByKeyId: uuid().references((): AnyPgColumn => encryptionKeys.id, { onDelete: 'set null' }),
    /** The key custodian: a credit, nulled on erasure. */
    custodianUserId: uuid().references(() => userProfiles.id, { onDelete: 'set null' }),
    /** When the KMS inventory last reported a change to the key. */
    sourceUpdatedAt: timestamptz(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('encryption_keys_kms_provider_key_id_key').on(t.kmsProvider, t.kmsKeyId),
    index('encryption_keys_replaced_by_key_id_idx').on(t.replacedByKeyId),
    index('encryption_keys_custodian_user_id_idx').on(t.custodianUserId),
    /** Active keys on a rotation schedule, oldest rotation first (the rotation report). */
    index('encryption_keys_rotation_due_idx')
      .on(t.lastRotatedAt, t.keyCreatedAt)
      .where(sql`${t.status} = 'active' and ${t.rotationPeriodDays} is not null`),
    formatCheck(t.kmsKeyId, COMPLIANCE_KMS_KEY_ID),
    range(t.keyVersion, { min: 1 }),
    inOrder(t.keyCreatedAt, t.lastRotatedAt, { name: 'encryption_keys_last_rotated_at_check', message: 'must not be before keyCreatedAt' }),
    inOrder(t.lastRotatedAt, t.retiredAt, { name: 'encryption_keys_retired_after_rotation_check', message: 'must not be before lastRotatedAt' }),
    inOrder(t.keyCreatedAt, t.retiredAt, { name: 'encryption_keys_retired_at_check', message: 'must not be before keyCreatedAt' }),
    requiredWhen(t.retiredAt, t.status, 'retired', { name: 'encryption_keys_retired_check' }),
    range(t.rotationPeriodDays, { min: 1, max: 3650 }),
    differ(t.id, t.replacedByKeyId, { name: 'encryption_keys_replaced_by_check', message: 'a key cannot replace itself' }),
  ],
);
