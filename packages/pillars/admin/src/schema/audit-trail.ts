import {
  createdAt,
  differ,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  onlyWhen,
  requiredWhen,
  requiredWith,
  SNAKE_CASE_KEY,
  textEnum,
  timestamptz,
  together,
} from '@db/core';
import { userProfiles } from '@db/users/tables';
import { sql } from 'drizzle-orm';
import { bigint, index, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { ADMIN_AUDIT_ACTOR_TYPES, ADMIN_AUDIT_OPERATIONS, ADMIN_SQL_IDENTIFIER } from '../constants.ts';

/**
 * The platform-wide change log, append-only (the database refuses UPDATE and DELETE: `adminDatabaseObjects`):
 * which row of which table was inserted, updated or deleted, which columns changed, by whom, in which request. It
 * holds ids and column names, never copies of the data, so erasing a person leaves nothing of theirs here but
 * their profile's id (RESTRICT: the profile is anonymised in place). Entries imported from the existing production
 * systems keep their own event ids: (source_system, external_event_id) is unique, so a re-import adds nothing.
 */
export const auditTrail = domainTable(
  'audit_trail',
  {
    id: id(),
    /** SQL name of the table, with the row's id: no foreign key, the trail outlives the row. */
    tableName: text().notNull(),
    rowId: uuid().notNull(),
    operation: textEnum(ADMIN_AUDIT_OPERATIONS).notNull(),
    /** Columns whose values changed (all columns for INSERT and DELETE, as the trigger sees them), by name only. */
    changedColumns: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    actorType: textEnum(ADMIN_AUDIT_ACTOR_TYPES).notNull(),
    /** The person, when a person made the change (an admin too: admin_users names the profile). */
    actorUserId: uuid().references(() => userProfiles.id, { onDelete: 'restrict' }),
    /** A support admin signed in as the actor ("log in as"): the one who really made the change. */
    impersonatorUserId: uuid().references(() => userProfiles.id, { onDelete: 'restrict' }),
    /** The API request, and the trace or correlation id across services. */
    requestId: text(),
    correlationId: text(),
    /** PostgreSQL's txid_current(): the changes one transaction made together. */
    databaseTransactionXid: bigint({ mode: 'number' }),
    /** The service that connected (application_name), e.g. equine-api, ingestion-worker. */
    applicationName: text(),
    /** For entries imported from another system: that system, snake_case, and its id of the event. */
    sourceSystem: text(),
    externalEventId: text(),
    occurredAt: timestamptz().notNull().defaultNow(),
    ...createdAt(),
  },
  (t) => [
    /** A row's history. */
    index('audit_trail_row_idx').on(t.tableName, t.rowId, t.occurredAt),
    /** A person's recent changes. */
    index('audit_trail_actor_user_id_idx').on(t.actorUserId, t.occurredAt),
    index('audit_trail_impersonator_user_id_idx').on(t.impersonatorUserId),
    index('audit_trail_request_id_idx').on(t.requestId).where(sql`${t.requestId} is not null`),
    index('audit_trail_occurred_at_idx').on(t.occurredAt),
    uniqueIndex('audit_trail_source_system_external_event_id_key').on(t.sourceSystem, t.externalEventId),
    formatCheck(t.tableName, ADMIN_SQL_IDENTIFIER),
    requiredWhen(t.actorUserId, t.actorType, 'user', { name: 'audit_trail_actor_user_check' }),
    onlyWhen(t.actorUserId, t.actorType, 'user', { name: 'audit_trail_actor_user_type_check' }),
    requiredWith(t.actorUserId, t.impersonatorUserId, { name: 'audit_trail_impersonated_actor_check', message: 'is required when impersonatorUserId is given' }),
    differ(t.actorUserId, t.impersonatorUserId, { name: 'audit_trail_impersonator_check', message: 'must differ from actorUserId' }),
    formatCheck(t.requestId, EXTERNAL_ID),
    formatCheck(t.correlationId, EXTERNAL_ID),
    formatCheck(t.sourceSystem, SNAKE_CASE_KEY),
    formatCheck(t.externalEventId, EXTERNAL_ID),
    together(t.sourceSystem, t.externalEventId, { name: 'audit_trail_source_event_check' }),
  ],
);
