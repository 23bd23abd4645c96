import {
  createdAt,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  inOrder,
  requiredWhen,
  SHA256_HEX,
  SNAKE_CASE_KEY,
  textEnum,
  timestamptz,
  together,
} from '@db/core';
import { userProfiles } from '@db/users/tables';
import { index, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  AI_DATASET_SPLITS,
  AI_LAWFUL_BASES,
  AI_MODEL_VERSION,
  AI_TRAINING_LICENCES,
  AI_TRAINING_SOURCE_TYPES,
} from '../constants.ts';

/**
 * Provenance of every item in a training dataset version: where it came from (a platform record, a user's
 * upload, a licensed or public dataset, a partner feed), under which licence, on which lawful basis (with the
 * consent time when it is consent), and exactly which bytes (`storage_key` and their SHA-256). It holds ids and
 * hashes, never the content or a copy of personal data. Append-only audit evidence of what a model was trained on:
 * the database refuses UPDATE and DELETE (`recommendationsDatabaseObjects`); a withdrawn consent leaves the item
 * out of the next dataset version, it does not rewrite this one. Hence RESTRICT on the contributor: an erased
 * user stays, anonymised. An item is in a dataset version once: (dataset_name, dataset_version, content_sha256).
 */
export const aiTrainingData = domainTable(
  'ai_training_data',
  {
    id: id(),
    datasetName: text().notNull(),
    datasetVersion: text().notNull(),
    split: textEnum(AI_DATASET_SPLITS).notNull(),
    sourceType: textEnum(AI_TRAINING_SOURCE_TYPES).notNull(),
    /** The source system or dataset, snake_case: platform, hsi_registry, weatherbys, open_images_v7. */
    sourceName: text().notNull(),
    /** The item's id at an external source (a licensed dataset's row id, a partner's record id). */
    externalId: text(),
    /** For platform records: the table (snake_case) and id of the row the item was taken from. */
    sourceRecordType: text(),
    sourceRecordId: uuid(),
    /** Where the item's bytes are, e.g. training/horse-conformation/v3/00412.jpg. */
    storageKey: text().notNull(),
    contentSha256: text().notNull(),
    licence: textEnum(AI_TRAINING_LICENCES).notNull(),
    /** The licence agreement's reference, for commercial licences. */
    licenceReference: text(),
    lawfulBasis: textEnum(AI_LAWFUL_BASES).notNull(),
    /** When the contributor consented to training use, for lawful basis consent. */
    consentRecordedAt: timestamptz(),
    /** The person whose data or upload it is; RESTRICT: this log is append-only. */
    contributorUserId: uuid().references(() => userProfiles.id, { onDelete: 'restrict' }),
    /** When the item was taken into the dataset (after any consent). */
    collectedAt: timestamptz().notNull(),
    ...createdAt(),
  },
  (t) => [
    uniqueIndex('ai_training_data_dataset_item_key').on(t.datasetName, t.datasetVersion, t.contentSha256),
    index('ai_training_data_source_idx').on(t.sourceName, t.externalId),
    index('ai_training_data_source_record_idx').on(t.sourceRecordType, t.sourceRecordId),
    index('ai_training_data_contributor_user_id_idx').on(t.contributorUserId),
    formatCheck(t.datasetName, SNAKE_CASE_KEY),
    formatCheck(t.datasetVersion, AI_MODEL_VERSION),
    formatCheck(t.sourceName, SNAKE_CASE_KEY),
    formatCheck(t.externalId, EXTERNAL_ID),
    together(t.sourceRecordType, t.sourceRecordId, { name: 'ai_training_data_source_record_check' }),
    formatCheck(t.sourceRecordType, SNAKE_CASE_KEY),
    formatCheck(t.contentSha256, SHA256_HEX),
    requiredWhen(t.licenceReference, t.licence, 'commercial_licence', { name: 'ai_training_data_licence_reference_check' }),
    requiredWhen(t.consentRecordedAt, t.lawfulBasis, 'consent', { name: 'ai_training_data_consent_check' }),
    inOrder(t.consentRecordedAt, t.collectedAt, { name: 'ai_training_data_collected_at_check', message: 'must not be before the consent' }),
  ],
);
