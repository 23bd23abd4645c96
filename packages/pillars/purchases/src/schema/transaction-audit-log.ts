import {
  createdAt,
  differ,
  domainTable,
  EXTERNAL_ID,
  formatCheck,
  id,
  jsonObject,
  onlyWhen,
  requiredWhen,
  textEnum,
  timestamptz,
  together,
} from '@db/core';
import { userProfiles } from '@db/users/tables';
import { index, inet, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import {
  PURCHASE_AUDIT_ACTIONS,
  PURCHASE_AUDIT_ACTOR_TYPES,
  PURCHASE_AUDITED_ENTITIES,
  PURCHASE_PROCESSORS,
} from '../constants.ts';

/** A field's value before and after a change, as the audit log records it. */
export interface PurchaseAuditChange {
  from?: unknown;
  to?: unknown;
}

/**
 * Append-only trail (the database refuses UPDATE and DELETE: `purchasesDatabaseObjects`) of every change to a
 * financial record of this package: who (a user, the platform, a
 * processor's webhook, an integration) did what to which row, when, from where. `entityId` has no foreign key
 * by design: the trail outlives the rows it describes. Webhook deliveries are recorded once: (processor,
 * processor_event_id) is unique, so a redelivered event is a no-op upsert.
 */
export const transactionAuditLog = domainTable(
  'transaction_audit_log',
  {
    id: id(),
    entityType: textEnum(PURCHASE_AUDITED_ENTITIES).notNull(),
    entityId: uuid().notNull(),
    action: textEnum(PURCHASE_AUDIT_ACTIONS).notNull(),
    actorType: textEnum(PURCHASE_AUDIT_ACTOR_TYPES).notNull(),
    /** The person, when actorType is user. RESTRICT: the trail is append-only; an erased user stays, anonymised. */
    actorUserId: uuid().references(() => userProfiles.id, { onDelete: 'restrict' }),
    processor: textEnum(PURCHASE_PROCESSORS),
    /** The webhook event that caused the change, e.g. Stripe evt_1PJq... */
    processorEventId: text(),
    previousStatus: text(),
    newStatus: text(),
    /** Changed fields (property names) with their values before and after. */
    changes: jsonObject<Record<string, PurchaseAuditChange>>(),
    reason: text(),
    /** The request or job that made the change, to correlate with application logs. */
    requestId: text(),
    ipAddress: inet(),
    occurredAt: timestamptz().notNull().defaultNow(),
    ...createdAt(),
  },
  (t) => [
    index('transaction_audit_log_entity_idx').on(t.entityType, t.entityId, t.occurredAt),
    index('transaction_audit_log_actor_user_id_idx').on(t.actorUserId),
    uniqueIndex('transaction_audit_log_processor_event_id_key').on(t.processor, t.processorEventId),
    onlyWhen(t.actorUserId, t.actorType, 'user', { name: 'transaction_audit_log_actor_user_check' }),
    together(t.processor, t.processorEventId, { name: 'transaction_audit_log_processor_event_check' }),
    onlyWhen(t.processorEventId, t.actorType, 'processor_webhook', { name: 'transaction_audit_log_webhook_event_check' }),
    formatCheck(t.processorEventId, EXTERNAL_ID),
    requiredWhen(t.newStatus, t.action, 'status_changed', { name: 'transaction_audit_log_new_status_check' }),
    differ(t.previousStatus, t.newStatus, { name: 'transaction_audit_log_status_change_check', message: 'must differ from previousStatus' }),
  ],
);
