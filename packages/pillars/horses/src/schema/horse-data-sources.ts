import { domainTable, formatCheck, id, jsonList, jsonObject, nonNegative, SHA256_HEX, textEnum, timestamps, timestamptz } from '@db/core';
import { index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { HORSE_DATA_SOURCE_TYPES, HORSE_SYNC_STATUSES } from '../constants.ts';
import { horses } from './horses.ts';

/**
 * Where a horse's data came from: one row per external record (registry entry, sales catalogue lot, stable
 * management system record) linked to the horse. (source name, external record id) is the upsert key.
 */
export const horseDataSources = domainTable(
  'horse_data_sources',
  {
    id: id(),
    horseId: uuid()
      .notNull()
      .references(() => horses.id, { onDelete: 'cascade' }),
    sourceType: textEnum(HORSE_DATA_SOURCE_TYPES).notNull(),
    /** Stable machine name of the source, e.g. weatherbys, fei, tattersalls. */
    sourceName: text().notNull(),
    externalRecordId: text().notNull(),
    sourceUrl: text(),
    syncStatus: textEnum(HORSE_SYNC_STATUSES).notNull().default('pending'),
    lastSyncedAt: timestamptz(),
    lastSyncError: text(),
    syncAttemptCount: integer().notNull().default(0),
    /** SHA-256 of the raw payload, to skip unchanged records. */
    payloadChecksum: text(),
    /** Which horse fields this source supplies, e.g. ['registeredName', 'foalingDate']. */
    fieldsProvided: jsonList<string>(),
    rawPayload: jsonObject<Record<string, unknown>>(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('horse_data_sources_source_name_external_record_id_key').on(t.sourceName, t.externalRecordId),
    index('horse_data_sources_horse_id_idx').on(t.horseId),
    nonNegative(t.syncAttemptCount),
    formatCheck(t.payloadChecksum, SHA256_HEX),
  ],
);
