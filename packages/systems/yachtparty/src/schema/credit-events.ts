import { boolean, foreignKey, index, integer, pgTable, text, timestamp, unique, uuid, varchar } from 'drizzle-orm/pg-core';
import { users } from './users.ts';

/**
 * Migration 002 (described without DDL; written in the style of its neighbours): the credit ledger, event
 * sourced. `user_credit_balances` sums the processed rows; the `on_credit_event_processed` trigger copies that
 * sum into `users.credit_balance`. The idempotency key keeps a retried award from counting twice.
 */
export const creditEvents = pgTable(
  'credit_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').notNull(),
    /** Positive earns, negative spends. */
    amount: integer('amount').notNull(),
    /** 'intro_completed', 'community_response', 'purchase', 'spend', ... */
    eventType: varchar('event_type', { length: 100 }).notNull(),
    referenceType: varchar('reference_type', { length: 50 }),
    referenceId: uuid('reference_id'),
    idempotencyKey: varchar('idempotency_key', { length: 255 }).notNull(),
    description: text('description'),
    processed: boolean('processed').default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).defaultNow(),
    processedAt: timestamp('processed_at', { withTimezone: true }),
  },
  (t) => [
    foreignKey({ name: 'credit_events_user_id_fkey', columns: [t.userId], foreignColumns: [users.id] }),
    unique('credit_events_idempotency_key_key').on(t.idempotencyKey),
    index('idx_credit_events_user').on(t.userId, t.createdAt.desc().nullsFirst()),
    index('idx_credit_events_reference').on(t.referenceType, t.referenceId),
  ],
);
