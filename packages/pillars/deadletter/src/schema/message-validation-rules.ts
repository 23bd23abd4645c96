import { adminUsers } from '@db/admin/tables';
import { domainTable, EXTERNAL_ID, formatCheck, id, inOrder, jsonObject, positive, requiredWhen, textEnum, timestamps, timestamptz } from '@db/core';
import { sql } from 'drizzle-orm';
import { foreignKey, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  DLQ_MESSAGE_TYPE,
  DLQ_SCHEMA_COMPATIBILITIES,
  DLQ_SCHEMA_FORMATS,
  DLQ_SCHEMA_REGISTRIES,
  DLQ_SCHEMA_VERSION,
  DLQ_VALIDATION_FAILURE_ACTIONS,
  DLQ_VALIDATION_RULE_STATUSES,
} from '../constants.ts';

/**
 * What a message of one type and schema version must look like before a consumer accepts it: its schema (JSON
 * Schema, or the Avro/Protobuf definition as the registry returns it), required fields, size limit, and what the
 * consumer does with a message that fails (dead-letter it, reject it, log only). One row per (message type,
 * schema version); a rule synced from a schema registry also has the registry's id, the upsert key of the sync.
 */
export const messageValidationRules = domainTable(
  'message_validation_rules',
  {
    id: id(),
    messageType: text().notNull(),
    schemaVersion: text().notNull(),
    schemaFormat: textEnum(DLQ_SCHEMA_FORMATS).notNull().default('json_schema'),
    /** The schema document itself (a JSON Schema, an Avro record schema, a Protobuf descriptor as JSON): open-ended by nature. */
    schemaDocument: jsonObject<Record<string, unknown>>(),
    registry: textEnum(DLQ_SCHEMA_REGISTRIES).notNull().default('internal'),
    /** The registry's id of this schema version, e.g. Confluent's schema id 100342, a Glue version ARN. */
    registrySchemaId: text(),
    /** When the registry last changed the schema, as the sync read it. */
    sourceUpdatedAt: timestamptz(),
    /** JSON pointers that must be present, e.g. /horse/id, /event/occurredAt (a quick check before the full schema). */
    requiredFields: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    maxPayloadBytes: integer(),
    compatibility: textEnum(DLQ_SCHEMA_COMPATIBILITIES).notNull().default('backward'),
    onFailure: textEnum(DLQ_VALIDATION_FAILURE_ACTIONS).notNull().default('dead_letter'),
    status: textEnum(DLQ_VALIDATION_RULE_STATUSES).notNull().default('draft'),
    activatedAt: timestamptz(),
    deprecatedAt: timestamptz(),
    description: text(),
    /** Who wrote or last approved the rule: a credit. */
    createdByAdminUserId: uuid(),
    ...timestamps(),
  },
  (t) => [
    // Named here: the generated names would pass PostgreSQL's 63 characters.
    foreignKey({
      name: 'message_validation_rules_created_by_admin_user_id_fkey',
      columns: [t.createdByAdminUserId],
      foreignColumns: [adminUsers.id],
    }).onDelete('set null'),
    uniqueIndex('message_validation_rules_message_type_schema_version_key').on(t.messageType, t.schemaVersion),
    uniqueIndex('message_validation_rules_registry_schema_id_key').on(t.registry, t.registrySchemaId),
    /** The rules consumers load: active ones by type. */
    index('message_validation_rules_active_idx')
      .on(t.messageType)
      .where(sql`${t.status} = 'active'`),
    index('message_validation_rules_created_by_admin_user_id_idx').on(t.createdByAdminUserId),
    formatCheck(t.messageType, DLQ_MESSAGE_TYPE),
    formatCheck(t.schemaVersion, DLQ_SCHEMA_VERSION),
    formatCheck(t.registrySchemaId, EXTERNAL_ID),
    positive(t.maxPayloadBytes),
    requiredWhen(t.activatedAt, t.status, 'active', { name: 'message_validation_rules_active_check' }),
    requiredWhen(t.deprecatedAt, t.status, 'deprecated', { name: 'message_validation_rules_deprecated_check' }),
    inOrder(t.activatedAt, t.deprecatedAt, { name: 'message_validation_rules_deprecated_at_check', message: 'must not be before activatedAt' }),
  ],
);
